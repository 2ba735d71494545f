// Logging: levels from names, the rotating file, and Qt messages routed in.
#include "core/logging/log.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retailos;

class tst_Log : public QObject
{
    Q_OBJECT

private slots:
    void levelNames_data();
    void levelNames();
    void writesFileAtConfiguredLevel();
    void rotatesFiles();
    void reportsUnwritableFolder();
    void cleanup() { log::shutdown(); }
};

void tst_Log::levelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("info") << u"info"_qs << true;
    QTest::newRow("upper") << u"WARN"_qs << true;
    QTest::newRow("off") << u"off"_qs << true;
    QTest::newRow("bogus") << u"verbose"_qs << false;
}

void tst_Log::levelNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    auto level = log::levelFromString(name);
    QCOMPARE(level.has_value(), valid);
    if (valid)
        QCOMPARE(log::levelName(*level), name.toLower());
    else
        QVERIFY(level.error().message.contains(name));
}

void tst_Log::writesFileAtConfiguredLevel()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"logs/lane.log"_qs);
    QVERIFY(log::init({log::Level::Warn, file, 1024 * 1024, 3, false}));
    log::info(u"test", u"hidden detail"_qs);
    log::warn(u"test", u"printer paper low"_qs);
    qWarning("from qt %d", 42);
    log::flush();
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(u"test: printer paper low"));
    QVERIFY(text.contains(u"from qt 42"));
    QVERIFY(!text.contains(u"hidden detail"));
}

void tst_Log::rotatesFiles()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"lane.log"_qs);
    QVERIFY(log::init({log::Level::Info, file, 16 * 1024, 2, false}));
    const QString line(200, u'x');
    for (int i = 0; i < 1000; ++i)
        log::info(u"fill", line);
    log::shutdown();
    const QStringList files = QDir(dir.path()).entryList({u"lane*.log"_qs}, QDir::Files);
    QCOMPARE(files.size(), 3); // current + 2 rotated, never more
    for (const QString &name : files)
        QVERIFY(QFileInfo(dir.filePath(name)).size() <= 17 * 1024);
}

void tst_Log::reportsUnwritableFolder()
{
    auto r = log::init({log::Level::Info, u"/proc/retailos-cannot/lane.log"_qs, 1024, 1, false});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("log.file"));
}

QTEST_APPLESS_MAIN(tst_Log)
#include "tst_log.moc"
