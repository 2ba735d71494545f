// Exclusive device claims across names: a serial port reached through a
// /dev/serial/by-id style link and by its own name is one device, and a
// second claim on it is refused, naming the process that holds it.
#include "drivers/device/device_claim.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retailos::drivers;

class tst_DeviceClaim : public QObject
{
    Q_OBJECT

private slots:
    void secondClaimIsRefused();
    void linkAndTargetAreOneDevice();
};

void tst_DeviceClaim::secondClaimIsRefused()
{
    const QString where = u"tcp://127.0.0.1:%1"_qs.arg(QCoreApplication::applicationPid());
    DeviceClaim first;
    DeviceClaim second;
    QVERIFY(first.claim(where, u"The printer"_qs));
    QVERIFY(first.claim(where, u"The printer"_qs));   // again while held: fine
    auto refused = second.claim(where, u"The printer"_qs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"device.busy"_qs);
    QVERIFY2(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(refused.error().message));
    first.release();
    QVERIFY(second.claim(where, u"The printer"_qs));
}

void tst_DeviceClaim::linkAndTargetAreOneDevice()
{
    // A stand-in for /dev/ttyUSB0 and its /dev/serial/by-id link.
    QTemporaryDir dir;
    const QString port = dir.filePath(u"ttyUSB0"_qs);
    QFile file(port);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString byId = dir.filePath(u"usb-Datalogic_Scanner_1234-if00"_qs);
    QVERIFY(QFile::link(port, byId));

    DeviceClaim viaLink;
    DeviceClaim viaName;
    QVERIFY(viaLink.claim(u"serial:"_qs + byId, u"The scanner"_qs));
    auto refused = viaName.claim(u"serial:"_qs + port, u"The scale"_qs);
    QVERIFY2(!refused, "the same port was claimed twice under two names");
    QCOMPARE(refused.error().code, u"device.busy"_qs);
}

QTEST_GUILESS_MAIN(tst_DeviceClaim)
#include "tst_device_claim.moc"
