// Settings: defaults, a round trip through the file, and validation naming the key
// (the ui section's theme, scanner timing and quick keys among it).
#include "core/settings/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retailos;

Q_DECLARE_METATYPE(retailos::UiSettings)

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
    void uiDefaultsWhenAbsent();
    void uiRoundTrip_data();
    void uiRoundTrip();
    void printerRoundTrip();
    void uiReadFromTheFile();
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
    QTest::newRow("printer transport") << QByteArray(R"({"devices": {"printer": {"transport": "usb-magic"}}})")
                                       << u"settings.invalid"_qs << u"devices.printer.transport"_qs;
    QTest::newRow("printer without host") << QByteArray(R"({"devices": {"printer": {"transport": "tcp"}}})")
                                          << u"settings.invalid"_qs << u"devices.printer.host"_qs;
    QTest::newRow("printer port") << QByteArray(R"({"devices": {"printer": {"transport": "tcp", "host": "p", "port": 70000}}})")
                                  << u"settings.invalid"_qs << u"devices.printer.port"_qs;
    QTest::newRow("printer profile") << QByteArray(R"({"devices": {"printer": {"profile": "112mm"}}})")
                                     << u"settings.invalid"_qs << u"devices.printer.profile"_qs;
    QTest::newRow("file printer without path") << QByteArray(R"({"devices": {"printer": {"transport": "file"}}})")
                                               << u"settings.invalid"_qs << u"devices.printer.path"_qs;
    QTest::newRow("serial printer without port") << QByteArray(R"({"devices": {"printer": {"transport": "serial"}}})")
                                                 << u"settings.invalid"_qs << u"devices.printer.path"_qs;
    QTest::newRow("serial speed") << QByteArray(R"({"devices": {"printer": {"transport": "serial", "path": "/dev/ttyS0", "baud": 300}}})")
                                  << u"settings.invalid"_qs << u"devices.printer.baud"_qs;
    QTest::newRow("cups printer without queue") << QByteArray(R"({"devices": {"printer": {"transport": "cups"}}})")
                                                << u"settings.invalid"_qs << u"devices.printer.queue"_qs;
    QTest::newRow("unknown device") << QByteArray(R"({"devices": {"toaster": {}}})") << u"settings.invalid"_qs
                                    << u"devices.toaster"_qs;
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

    // The ui section.
    const auto keys = [](int n) -> QByteArray {
        QByteArray list;
        for (int i = 0; i < n; ++i)
            list += (i ? "," : "") + QByteArray(R"({"label": "K)") + QByteArray::number(i) + R"(", "code": "4011"})";
        return R"({"ui": {"quick_keys": [)" + list + "]}}";
    };
    const QByteArray ok = R"({"label": "Milk", "code": "4006381333931"})";
    QTest::newRow("ui not an object") << QByteArray(R"({"ui": []})") << u"settings.invalid"_qs << u"ui"_qs;
    QTest::newRow("ui unknown key") << QByteArray(R"({"ui": {"colour": "red"}})") << u"settings.invalid"_qs
                                    << u"ui.colour"_qs;
    // The idle lock is staff policy, not a screen setting.
    QTest::newRow("ui idle is not here") << QByteArray(R"({"ui": {"idle_lock_minutes": 5}})") << u"settings.invalid"_qs
                                         << u"ui.idle_lock_minutes"_qs;
    QTest::newRow("theme unknown") << QByteArray(R"({"ui": {"theme": "dark"}})") << u"settings.invalid"_qs
                                   << u"ui.theme: use one of: default, high-contrast"_qs;
    QTest::newRow("theme case") << QByteArray(R"({"ui": {"theme": "Default"}})") << u"settings.invalid"_qs
                                << u"ui.theme"_qs;
    QTest::newRow("theme type") << QByteArray(R"({"ui": {"theme": 1}})") << u"settings.invalid"_qs << u"ui.theme"_qs;
    QTest::newRow("fullscreen type") << QByteArray(R"({"ui": {"fullscreen": "yes"}})") << u"settings.invalid"_qs
                                     << u"ui.fullscreen"_qs;
    QTest::newRow("gap 0") << QByteArray(R"({"ui": {"wedge_max_gap_ms": 0}})") << u"settings.invalid"_qs
                           << u"ui.wedge_max_gap_ms"_qs;
    QTest::newRow("gap 201") << QByteArray(R"({"ui": {"wedge_max_gap_ms": 201}})") << u"settings.invalid"_qs
                             << u"ui.wedge_max_gap_ms"_qs;
    QTest::newRow("gap fraction") << QByteArray(R"({"ui": {"wedge_max_gap_ms": 30.5}})") << u"settings.invalid"_qs
                                  << u"ui.wedge_max_gap_ms"_qs;
    QTest::newRow("min length 0") << QByteArray(R"({"ui": {"wedge_min_length": 0}})") << u"settings.invalid"_qs
                                  << u"ui.wedge_min_length"_qs;
    QTest::newRow("min length 65") << QByteArray(R"({"ui": {"wedge_min_length": 65}})") << u"settings.invalid"_qs
                                   << u"ui.wedge_min_length"_qs;
    QTest::newRow("keys not a list") << QByteArray(R"({"ui": {"quick_keys": {"label": "Milk", "code": "1"}}})")
                                     << u"settings.invalid"_qs << u"ui.quick_keys"_qs;
    QTest::newRow("49 keys") << keys(49) << u"settings.invalid"_qs << u"ui.quick_keys: at most 48"_qs;
    QTest::newRow("key not an object") << QByteArray(R"({"ui": {"quick_keys": [)" + ok + R"(, "4011"]}})")
                                       << u"settings.invalid"_qs << u"ui.quick_keys[1]:"_qs;
    QTest::newRow("key unknown field")
        << QByteArray(R"({"ui": {"quick_keys": [)" + ok + "," + ok + R"(, {"label": "A", "code": "1", "colour": "red"}]}})")
        << u"settings.invalid"_qs << u"ui.quick_keys[2].colour"_qs;
    QTest::newRow("label missing") << QByteArray(R"({"ui": {"quick_keys": [{"code": "4011"}]}})")
                                   << u"settings.invalid"_qs << u"ui.quick_keys[0].label"_qs;
    QTest::newRow("code missing") << QByteArray(R"({"ui": {"quick_keys": [{"label": "Bananas"}]}})")
                                  << u"settings.invalid"_qs << u"ui.quick_keys[0].code"_qs;
    QTest::newRow("label empty") << QByteArray(R"({"ui": {"quick_keys": [)" + ok + "," + ok + R"(, {"label": "", "code": "1"}]}})")
                                 << u"settings.invalid"_qs << u"ui.quick_keys[2].label"_qs;
    QTest::newRow("label blank") << QByteArray(R"({"ui": {"quick_keys": [{"label": "   ", "code": "1"}]}})")
                                 << u"settings.invalid"_qs << u"ui.quick_keys[0].label"_qs;
    QTest::newRow("label 41") << QByteArray(R"({"ui": {"quick_keys": [{"label": ")" + QByteArray(41, 'x') + R"(", "code": "1"}]}})")
                              << u"settings.invalid"_qs << u"ui.quick_keys[0].label"_qs;
    QTest::newRow("label type") << QByteArray(R"({"ui": {"quick_keys": [{"label": 7, "code": "1"}]}})")
                                << u"settings.invalid"_qs << u"ui.quick_keys[0].label"_qs;
    QTest::newRow("code empty") << QByteArray(R"({"ui": {"quick_keys": [{"label": "Bananas", "code": ""}]}})")
                                << u"settings.invalid"_qs << u"ui.quick_keys[0].code"_qs;
    QTest::newRow("code 65") << QByteArray(R"({"ui": {"quick_keys": [{"label": "Bananas", "code": ")" + QByteArray(65, '1') + R"("}]}})")
                             << u"settings.invalid"_qs << u"ui.quick_keys[0].code"_qs;
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

void tst_Settings::uiDefaultsWhenAbsent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-ui.json"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"lane": {"id": "lane-2"}})");
    f.close();
    for (const QString &file : {path, dir.filePath(u"none.json"_qs)}) {
        auto s = Settings::load(file);
        QVERIFY(s);
        QCOMPARE(s->ui.theme, QStringLiteral("default"));
        QCOMPARE(s->ui.fullscreen, false);
        QCOMPARE(s->ui.wedgeMaxGapMs, 30);
        QCOMPARE(s->ui.wedgeMinLength, 4);
        QVERIFY(s->ui.quickKeys.isEmpty());   // the lane falls back to departments
    }
}

void tst_Settings::uiRoundTrip_data()
{
    QTest::addColumn<UiSettings>("ui");
    QTest::newRow("defaults") << UiSettings{};
    UiSettings kiosk;
    kiosk.theme = u"high-contrast"_qs;
    kiosk.fullscreen = true;
    kiosk.wedgeMaxGapMs = 1;
    kiosk.wedgeMinLength = 64;
    kiosk.quickKeys = {{u"Bananas"_qs, u"4011"_qs}, {u"Brötchen 🥐"_qs, u"SC-ROLL"_qs}};
    QTest::newRow("high contrast, fullscreen, lowest gap, longest burst") << kiosk;
    UiSettings full;
    full.wedgeMaxGapMs = 200;
    full.wedgeMinLength = 1;
    for (int i = 0; i < UiSettings::kMaxQuickKeys; ++i)
        full.quickKeys.append({QString(40, QChar(u'A' + i % 26)), QString(64, QChar(u'0' + i % 10))});
    QTest::newRow("48 keys at their longest, highest gap") << full;
    UiSettings emoji;
    // 40 characters a person sees, 80 UTF-16 units: still fits.
    QString wide;
    for (int i = 0; i < 40; ++i)
        wide += u"🍌"_qs;
    emoji.quickKeys = {{wide, u"4011"_qs}};
    QTest::newRow("label counted in characters") << emoji;
}

void tst_Settings::uiRoundTrip()
{
    QFETCH(UiSettings, ui);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ui.json"_qs);
    Settings s;
    s.ui = ui;
    QVERIFY(s.save(path));
    auto back = Settings::load(path);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->ui.theme, ui.theme);
    QCOMPARE(back->ui.fullscreen, ui.fullscreen);
    QCOMPARE(back->ui.wedgeMaxGapMs, ui.wedgeMaxGapMs);
    QCOMPARE(back->ui.wedgeMinLength, ui.wedgeMinLength);
    QCOMPARE(back->ui.quickKeys.size(), ui.quickKeys.size());
    QCOMPARE(back->ui.quickKeys, ui.quickKeys);
}

void tst_Settings::printerRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"devices.json"_qs);
    Settings s;
    QCOMPARE(s.devices.printer.transport, u"none"_qs);   // no printer: receipts on screen
    s.devices.printer = {u"tcp"_qs, u"192.168.1.50"_qs, 9101, QString(), 19200, QString(), QString(), u"58mm"_qs, false};
    QVERIFY(s.save(path));
    auto back = Settings::load(path);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->devices.printer.transport, u"tcp"_qs);
    QCOMPARE(back->devices.printer.host, u"192.168.1.50"_qs);
    QCOMPARE(back->devices.printer.port, 9101);
    QCOMPARE(back->devices.printer.profile, u"58mm"_qs);
    QCOMPARE(back->devices.printer.baud, 19200);
    QCOMPARE(back->devices.printer.drawer, false);
}

void tst_Settings::uiReadFromTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ui.json"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"ui": {"theme": "high-contrast", "wedge_max_gap_ms": 45,
             "quick_keys": [{"label": "Bananas", "code": "4011"}, {"label": "Milk", "code": "4006381333931"}]}})");
    f.close();
    auto s = Settings::load(path);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->ui.theme, QStringLiteral("high-contrast"));
    QCOMPARE(s->ui.wedgeMaxGapMs, 45);
    QCOMPARE(s->ui.wedgeMinLength, 4);   // absent keys keep their defaults
    QCOMPARE(s->ui.fullscreen, false);
    const QList<QuickKey> expected{{u"Bananas"_qs, u"4011"_qs}, {u"Milk"_qs, u"4006381333931"_qs}};
    QCOMPARE(s->ui.quickKeys, expected);   // in the file's order
}

QTEST_APPLESS_MAIN(tst_Settings)
#include "tst_settings.moc"
