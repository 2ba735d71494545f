// Settings: defaults, a round trip through the file, and validation naming the key.
#include "core/settings/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retailos;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void missingFileGivesDefaults();
    void roundTrip();
    void invalidValuesNameTheKey_data();
    void invalidValuesNameTheKey();
    void environmentOverridesPath();
    void scanRulesRoundTripAndReplaceDefaults();
};

void tst_Settings::missingFileGivesDefaults()
{
    QTemporaryDir dir;
    auto s = Settings::load(dir.filePath(u"none.json"_qs));
    QVERIFY(s);
    QCOMPARE(s->store.currency, QStringLiteral("EUR"));
    QCOMPARE(s->log.level, log::Level::Info);
}

void tst_Settings::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"conf/retailos.json"_qs);
    Settings s;
    s.store.id = u"berlin-7"_qs;
    s.store.currency = u"CHF"_qs;
    s.store.taxInclusive = false;
    s.laneId = u"lane-3"_qs;
    s.log.level = log::Level::Debug;
    s.log.maxFiles = 9;
    QVERIFY(s.save(path));
    auto back = Settings::load(path);
    QVERIFY(back);
    QCOMPARE(back->store.id, s.store.id);
    QCOMPARE(back->store.currency, s.store.currency);
    QCOMPARE(back->store.taxInclusive, false);
    QCOMPARE(back->laneId, s.laneId);
    QCOMPARE(back->log.level, log::Level::Debug);
    QCOMPARE(back->log.maxFiles, 9);
}

void tst_Settings::invalidValuesNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{ store: ") << u"settings.syntax"_qs << u"offset"_qs;
    QTest::newRow("array") << QByteArray("[]") << u"settings.syntax"_qs << u"object"_qs;
    QTest::newRow("level") << QByteArray(R"({"log": {"level": "loud"}})") << u"settings.invalid"_qs << u"log.level"_qs;
    QTest::newRow("type") << QByteArray(R"({"store": {"tax_inclusive": "yes"}})") << u"settings.invalid"_qs
                          << u"store.tax_inclusive"_qs;
    QTest::newRow("currency") << QByteArray(R"({"store": {"currency": "euro"}})") << u"settings.invalid"_qs
                              << u"store.currency"_qs;
    QTest::newRow("range") << QByteArray(R"({"log": {"max_files": 0}})") << u"settings.invalid"_qs << u"log.max_files"_qs;
    QTest::newRow("fraction") << QByteArray(R"({"log": {"max_files": 2.5}})") << u"settings.invalid"_qs
                              << u"log.max_files"_qs;
    QTest::newRow("rule kind") << QByteArray(R"({"scanning": {"embedded": [{"prefix": "24", "kind": "volume"}]}})")
                               << u"settings.invalid"_qs << u"scanning.embedded[0].kind"_qs;
    QTest::newRow("rule layout") << QByteArray(R"({"scanning": {"embedded": [{"prefix": "24", "item_start": 2, "item_length": 9, "value_length": 5}]}})")
                                 << u"settings.invalid"_qs << u"scanning.embedded[0]"_qs;
    QTest::newRow("rules not a list") << QByteArray(R"({"scanning": {"embedded": {"prefix": "24"}}})")
                                      << u"settings.invalid"_qs << u"scanning.embedded"_qs;
    QTest::newRow("misspelt key") << QByteArray(R"({"store": {"tax_inclusiv": false}})") << u"settings.invalid"_qs
                                  << u"store.tax_inclusiv"_qs;
    QTest::newRow("unknown section") << QByteArray(R"({"printer": {}})") << u"settings.invalid"_qs << u"printer"_qs;
    QTest::newRow("unknown currency") << QByteArray(R"({"store": {"currency": "XYZ"}})") << u"settings.invalid"_qs
                                      << u"store.currency"_qs;
    QTest::newRow("huge number") << QByteArray(R"({"log": {"max_files": 1e30}})") << u"settings.invalid"_qs
                                 << u"log.max_files"_qs;
    QTest::newRow("lane id") << QByteArray(R"({"lane": {"id": "../etc"}})") << u"settings.invalid"_qs << u"lane.id"_qs;
}

void tst_Settings::invalidValuesNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    auto s = Settings::load(path);
    QVERIFY(!s);
    QCOMPARE(s.error().code, code);
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void tst_Settings::environmentOverridesPath()
{
    qputenv("RETAILOS_CONFIG", "/tmp/elsewhere/retailos.json");
    QCOMPARE(Settings::defaultPath(), QStringLiteral("/tmp/elsewhere/retailos.json"));
    qunsetenv("RETAILOS_CONFIG");
    QVERIFY(Settings::defaultPath().endsWith(u"/retailos/retailos.json"));
}

void tst_Settings::scanRulesRoundTripAndReplaceDefaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scan.json"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A store whose scales print prefix 24 labels: 4-digit PLU, weight in grams.
    f.write(R"({"scanning": {"embedded": [{"prefix": "24", "kind": "weight", "item_start": 2, "item_length": 4,
             "value_length": 6, "value_decimals": 3, "lookup": "plu"}], "store_code_prefixes": ["SC"],
             "any_alphanumeric_is_store_code": false}})");
    f.close();
    auto s = Settings::load(path);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->scanning.embedded.size(), 1); // the list replaces the defaults
    QCOMPARE(s->scanning.embedded.first().prefix, QStringLiteral("24"));
    QCOMPARE(s->scanning.embedded.first().kind, EmbeddedKind::Weight);
    QCOMPARE(s->scanning.embedded.first().valueLength, 6);
    QCOMPARE(s->scanning.storeCodePrefixes, QStringList{u"SC"_qs});
    QVERIFY(!s->scanning.anyAlphanumericIsStoreCode);

    const QString copy = dir.filePath(u"copy.json"_qs);
    QVERIFY(s->save(copy));
    auto back = Settings::load(copy);
    QVERIFY(back);
    QCOMPARE(back->scanning.embedded, s->scanning.embedded);
    QCOMPARE(back->scanning.storeCodePrefixes, s->scanning.storeCodePrefixes);
}

QTEST_APPLESS_MAIN(tst_Settings)
#include "tst_settings.moc"
