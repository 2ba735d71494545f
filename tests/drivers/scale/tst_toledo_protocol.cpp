// The Toledo 8217 bytes: what the lane sends, and what every answer a scale
// can give means for the cashier (a weight in grams to sell by, or why not).
#include "drivers/scale/toledo_protocol.h"

#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

Q_DECLARE_METATYPE(retailos::drivers::ScaleState)

class tst_ToledoProtocol : public QObject
{
    Q_OBJECT

private slots:
    void requestIsW();
    void replies_data();
    void replies();
    void malformed_data();
    void malformed();
    void malformedMessageNamesTheSettings();
    void takeReplyFindsFramesInTheStream();
    void encodersMatchTheParser_data();
    void encodersMatchTheParser();
};

void tst_ToledoProtocol::requestIsW()
{
    QCOMPARE(ToledoProtocol::weightRequest(), QByteArray::fromHex("57"));
}

void tst_ToledoProtocol::replies_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<ScaleState>("state");
    QTest::addColumn<int>("grams");

    // Weights: kilograms, leading zeros, up to three decimals.
    QTest::newRow("1.234 kg") << QByteArray::fromHex("02 30 31 2e 32 33 34 0d") << ScaleState::Stable << 1234;
    QTest::newRow("0.005 kg") << QByteArray("\x02"
                                            "00.005\r")
                              << ScaleState::Stable << 5;
    QTest::newRow("net weight N") << QByteArray("\x02"
                                                "00.250N\r")
                                  << ScaleState::Stable << 250;
    QTest::newRow("leading spaces") << QByteArray("\x02  1.500\r") << ScaleState::Stable << 1500;
    QTest::newRow("two decimals") << QByteArray("\x02"
                                                "12.34\r")
                                  << ScaleState::Stable << 12340;
    QTest::newRow("whole kilograms") << QByteArray("\x02"
                                                   "15\r")
                                     << ScaleState::Stable << 15000;
    QTest::newRow("empty platter 00.000") << QByteArray("\x02"
                                                        "00.000\r")
                                          << ScaleState::Zero << 0;
    // Status bytes: 0x40 | flags.
    QTest::newRow("? @ no flag: no weight") << QByteArray::fromHex("02 3f 40 0d") << ScaleState::Error << 0;
    QTest::newRow("bit 0 motion") << QByteArray::fromHex("02 3f 41 0d") << ScaleState::Motion << 0;
    QTest::newRow("bit 1 over capacity") << QByteArray::fromHex("02 3f 42 0d") << ScaleState::OverCapacity << 0;
    QTest::newRow("bit 2 under zero") << QByteArray::fromHex("02 3f 44 0d") << ScaleState::UnderZero << 0;
    QTest::newRow("bit 3 outside zero capture range") << QByteArray::fromHex("02 3f 48 0d") << ScaleState::Error << 0;
    QTest::newRow("bit 4 centre of zero") << QByteArray::fromHex("02 3f 50 0d") << ScaleState::Zero << 0;
    QTest::newRow("bit 5 net alone: no weight") << QByteArray::fromHex("02 3f 60 0d") << ScaleState::Error << 0;
    QTest::newRow("motion + net") << QByteArray::fromHex("02 3f 61 0d") << ScaleState::Motion << 0;
    QTest::newRow("over wins over motion") << QByteArray::fromHex("02 3f 43 0d") << ScaleState::OverCapacity << 0;
    QTest::newRow("under wins over motion") << QByteArray::fromHex("02 3f 45 0d") << ScaleState::UnderZero << 0;
    QTest::newRow("motion wins over centre of zero") << QByteArray::fromHex("02 3f 51 0d") << ScaleState::Motion << 0;
    QTest::newRow("parity bit 7 ignored") << QByteArray::fromHex("02 3f c1 0d") << ScaleState::Motion << 0;
}

void tst_ToledoProtocol::replies()
{
    QFETCH(QByteArray, frame);
    QFETCH(ScaleState, state);
    QFETCH(int, grams);
    const auto reading = ToledoProtocol::parseReply(frame);
    QVERIFY2(reading, reading ? "" : qPrintable(reading.error().message));
    QCOMPARE(reading->state, state);
    QCOMPARE(reading->grams, grams);
}

void tst_ToledoProtocol::malformed_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no STX") << QByteArray("01.234\r");
    QTest::newRow("no CR") << QByteArray("\x02"
                                         "01.234");
    QTest::newRow("STX CR only") << QByteArray("\x02\r");
    QTest::newRow("pounds-ounces text") << QByteArray("\x02"
                                                      "1LB 2.5OZ\r");
    QTest::newRow("units") << QByteArray("\x02"
                                         "01.234KG\r");
    QTest::newRow("four decimals") << QByteArray("\x02"
                                                 "1.2345\r");
    QTest::newRow("two points") << QByteArray("\x02"
                                              "1.2.3\r");
    QTest::newRow("only a point") << QByteArray("\x02.\r");
    QTest::newRow("no integer digit") << QByteArray("\x02.250\r");
    QTest::newRow("negative number") << QByteArray("\x02-0.250\r");
    QTest::newRow("too many digits") << QByteArray("\x02"
                                                   "1234567.000\r");
    QTest::newRow("status without byte") << QByteArray::fromHex("02 3f 0d");
    QTest::newRow("status with two bytes") << QByteArray::fromHex("02 3f 41 41 0d");
    QTest::newRow("status byte without bit 6") << QByteArray::fromHex("02 3f 01 0d");
    QTest::newRow("N alone") << QByteArray("\x02N\r");
}

void tst_ToledoProtocol::malformed()
{
    QFETCH(QByteArray, frame);
    const auto reading = ToledoProtocol::parseReply(frame);
    QVERIFY(!reading);
    QCOMPARE(reading.error().code, u"scale.bad_reply"_qs);
}

void tst_ToledoProtocol::malformedMessageNamesTheSettings()
{
    const auto reading = ToledoProtocol::parseReply("\x02"
                                                    "garbage\r");
    QVERIFY(!reading);
    const QString message = reading.error().message;
    QVERIFY2(message.contains(u"8217"_qs) && message.contains(u"9600"_qs), qPrintable(message));
}

void tst_ToledoProtocol::takeReplyFindsFramesInTheStream()
{
    QByteArray buffer("\x0d\x33\x02"
                      "01.2"); // the tail of a late answer, then half a new one
    QVERIFY(!ToledoProtocol::takeReply(buffer));
    QCOMPARE(buffer,
        QByteArray("\x02"
                   "01.2")); // junk before STX dropped, the start kept
    buffer += "34\r\x02?A\r";
    QCOMPARE(*ToledoProtocol::takeReply(buffer),
        QByteArray("\x02"
                   "01.234\r"));
    QCOMPARE(*ToledoProtocol::takeReply(buffer), QByteArray("\x02?A\r"));
    QVERIFY(!ToledoProtocol::takeReply(buffer));
    QVERIFY(buffer.isEmpty());

    QByteArray noise("line noise without any start byte");
    QVERIFY(!ToledoProtocol::takeReply(noise));
    QVERIFY(noise.isEmpty());

    QByteArray endless = QByteArray(1, '\x02') + QByteArray(100, '9'); // never a CR
    const auto frame = ToledoProtocol::takeReply(endless);
    QVERIFY(frame); // handed over to fail, not waited for forever
    QVERIFY(!ToledoProtocol::parseReply(*frame));
}

void tst_ToledoProtocol::encodersMatchTheParser_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("1234 g") << ToledoProtocol::weightReply(1234) << QByteArray::fromHex("02 30 31 2e 32 33 34 0d");
    QTest::newRow("0 g") << ToledoProtocol::weightReply(0)
                         << QByteArray("\x02"
                                       "00.000\r");
    QTest::newRow("net 250 g") << ToledoProtocol::weightReply(250, true)
                               << QByteArray("\x02"
                                             "00.250N\r");
    QTest::newRow("motion") << ToledoProtocol::statusReply(ToledoProtocol::kMotion)
                            << QByteArray::fromHex("02 3f 41 0d");
    QTest::newRow("over") << ToledoProtocol::statusReply(ToledoProtocol::kOverCapacity)
                          << QByteArray::fromHex("02 3f 42 0d");
    QTest::newRow("under") << ToledoProtocol::statusReply(ToledoProtocol::kUnderZero)
                           << QByteArray::fromHex("02 3f 44 0d");
}

void tst_ToledoProtocol::encodersMatchTheParser()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, expected);
    QCOMPARE(frame, expected);
    QVERIFY(ToledoProtocol::parseReply(frame));
}

QTEST_APPLESS_MAIN(tst_ToledoProtocol)
#include "tst_toledo_protocol.moc"
