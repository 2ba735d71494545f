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
    void everyDeviceRoundTrips();
    void deviceDefaults();
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
    QTest::newRow("usb printer without ids") << QByteArray(R"({"devices": {"printer": {"transport": "usb"}}})")
                                             << u"settings.invalid"_qs << u"devices.printer.usb_vendor"_qs;
    QTest::newRow("usb vendor not hex") << QByteArray(R"({"devices": {"printer": {"transport": "usb", "usb_vendor": "EPSN", "usb_product": "0e15"}}})")
                                        << u"settings.invalid"_qs << u"devices.printer.usb_vendor: expected 4 hex digits"_qs;
    QTest::newRow("odd serial speed") << QByteArray(R"({"devices": {"scanner": {"transport": "serial", "path": "/dev/ttyACM0", "baud": 14400}}})")
                                      << u"settings.invalid"_qs << u"devices.scanner.baud: use one of: 1200"_qs;
    QTest::newRow("serial parity") << QByteArray(R"({"devices": {"printer": {"transport": "serial", "path": "/dev/ttyS0", "parity": "mark"}}})")
                                   << u"settings.invalid"_qs << u"devices.printer.parity: use one of: none, even, odd"_qs;
    QTest::newRow("serial data bits") << QByteArray(R"({"devices": {"scale": {"transport": "serial", "path": "/dev/ttyS1", "data_bits": 6}}})")
                                      << u"settings.invalid"_qs << u"devices.scale.data_bits"_qs;
    QTest::newRow("flow") << QByteArray(R"({"devices": {"display": {"flow": "xon"}}})")
                          << u"settings.invalid"_qs << u"devices.display.flow"_qs;
    QTest::newRow("drawer pin") << QByteArray(R"({"devices": {"drawer": {"pin": 3}}})")
                                << u"settings.invalid"_qs << u"devices.drawer.pin: use 2 or 5"_qs;
    QTest::newRow("drawer pulse") << QByteArray(R"({"devices": {"drawer": {"pulse_on_ms": 0}}})")
                                  << u"settings.invalid"_qs << u"devices.drawer.pulse_on_ms"_qs;
    QTest::newRow("drawer sensor") << QByteArray(R"({"devices": {"drawer": {"sensor": "sometimes"}}})")
                                   << u"settings.invalid"_qs << u"devices.drawer.sensor"_qs;
    QTest::newRow("drawer trigger") << QByteArray(R"({"devices": {"drawer": {"transport": "serial", "path": "/dev/ttyS2", "trigger": "0g"}}})")
                                    << u"settings.invalid"_qs << u"devices.drawer.trigger: expected up to 16 bytes"_qs;
    QTest::newRow("serial drawer without trigger") << QByteArray(R"({"devices": {"drawer": {"transport": "serial", "path": "/dev/ttyS2", "trigger": ""}}})")
                                                   << u"settings.invalid"_qs << u"devices.drawer.trigger"_qs;
    QTest::newRow("serial drawer without port") << QByteArray(R"({"devices": {"drawer": {"transport": "serial"}}})")
                                                << u"settings.invalid"_qs << u"devices.drawer.path"_qs;
    QTest::newRow("drawer status byte") << QByteArray(R"({"devices": {"drawer": {"status_answer_bytes": 2, "status_byte": 2}}})")
                                        << u"settings.invalid"_qs << u"devices.drawer.status_byte: must lie inside"_qs;
    QTest::newRow("drawer status mask") << QByteArray(R"({"devices": {"drawer": {"status_mask": "00"}}})")
                                        << u"settings.invalid"_qs << u"devices.drawer.status_mask"_qs;
    QTest::newRow("display code page") << QByteArray(R"({"devices": {"display": {"code_page": "CP932"}}})")
                                       << u"settings.invalid"_qs << u"devices.display.code_page"_qs;
    QTest::newRow("scanner transport") << QByteArray(R"({"devices": {"scanner": {"transport": "bluetooth"}}})")
                                       << u"settings.invalid"_qs << u"devices.scanner.transport"_qs;
    QTest::newRow("serial scanner without port") << QByteArray(R"({"devices": {"scanner": {"transport": "serial"}}})")
                                                 << u"settings.invalid"_qs << u"devices.scanner.path"_qs;
    QTest::newRow("usb scanner without ids") << QByteArray(R"({"devices": {"scanner": {"transport": "usb-hid", "usb_vendor": "0x0c2e"}}})")
                                             << u"settings.invalid"_qs << u"devices.scanner.usb_vendor"_qs;
    QTest::newRow("scanner prefix") << QByteArray(R"({"devices": {"scanner": {"prefix": "€"}}})")
                                    << u"settings.invalid"_qs << u"devices.scanner.prefix"_qs;
    QTest::newRow("scanner debounce") << QByteArray(R"({"devices": {"scanner": {"debounce_ms": -1}}})")
                                      << u"settings.invalid"_qs << u"devices.scanner.debounce_ms"_qs;
    QTest::newRow("scale protocol") << QByteArray(R"({"devices": {"scale": {"protocol": "dibal"}}})")
                                    << u"settings.invalid"_qs << u"devices.scale.protocol: use one of: toledo"_qs;
    QTest::newRow("scale without port") << QByteArray(R"({"devices": {"scale": {"transport": "serial"}}})")
                                        << u"settings.invalid"_qs << u"devices.scale.path"_qs;
    QTest::newRow("display protocol") << QByteArray(R"({"devices": {"display": {"protocol": "vfd"}}})")
                                      << u"settings.invalid"_qs << u"devices.display.protocol: use one of: epson, cd5220"_qs;
    QTest::newRow("device section type") << QByteArray(R"({"devices": {"scale": "serial"}})")
                                         << u"settings.invalid"_qs << u"devices.scale: expected an object"_qs;
    QTest::newRow("unknown device") << QByteArray(R"({"devices": {"keyboard": {}}})")
                                    << u"settings.invalid"_qs << u"devices.keyboard: unknown setting"_qs;
    QTest::newRow("old drawer key") << QByteArray(R"({"devices": {"printer": {"drawer": true}}})")
                                    << u"settings.invalid"_qs << u"devices.printer.drawer: unknown setting"_qs;
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
    s.devices.printer.transport = u"tcp"_qs;
    s.devices.printer.host = u"192.168.1.50"_qs;
    s.devices.printer.port = 9101;
    s.devices.printer.serial.baud = 19200;
    s.devices.printer.profile = u"58mm"_qs;
    s.devices.drawer.transport = u"none"_qs;
    QVERIFY(s.save(path));
    auto back = Settings::load(path);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->devices.printer.transport, u"tcp"_qs);
    QCOMPARE(back->devices.printer.host, u"192.168.1.50"_qs);
    QCOMPARE(back->devices.printer.port, 9101);
    QCOMPARE(back->devices.printer.profile, u"58mm"_qs);
    QCOMPARE(back->devices.printer.serial.baud, 19200);
    QCOMPARE(back->devices.drawer.transport, u"none"_qs);
}

void tst_Settings::everyDeviceRoundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"devices.json"_qs);
    Settings s;
    DeviceSettings &d = s.devices;
    d.printer.transport = u"usb"_qs;
    d.printer.usb = {0x04b8, 0x0e15, u"X5E1234"_qs};
    d.printer.logo = u"/etc/retailos/logo.png"_qs;
    d.drawer.transport = u"serial"_qs;
    d.drawer.serial.path = u"/dev/ttyUSB2"_qs;
    d.drawer.pin = 5;
    d.drawer.pulseOnMs = 100;
    d.drawer.pulseOffMs = 200;
    d.drawer.sensor = u"open_low"_qs;
    d.drawer.closeTimeoutSeconds = 45;
    d.drawer.trigger = QByteArray("\x1b\x70", 2);
    d.drawer.statusQuery = QByteArray("\x1b\x75\x00", 3);
    d.drawer.statusAnswerBytes = 2;
    d.drawer.statusByte = 1;
    d.drawer.statusMask = 0x04;
    d.scanner.transport = u"serial"_qs;
    d.scanner.serial = {u"/dev/ttyACM0"_qs, 115200, 8, u"none"_qs, 1, u"rtscts"_qs};
    d.scanner.debounceMs = 500;
    d.scanner.prefix = u"@"_qs;
    d.scanner.suffix = u"#"_qs;
    d.scale.transport = u"serial"_qs;
    d.scale.serial.path = u"/dev/ttyS1"_qs;
    d.display.transport = u"serial"_qs;
    d.display.serial = {u"/dev/ttyS3"_qs, 9600, 8, u"odd"_qs, 2, u"none"_qs};
    d.display.protocol = u"cd5220"_qs;
    d.display.codePage = u"CP437"_qs;
    QVERIFY(s.save(path));
    auto back = Settings::load(path);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    const DeviceSettings &b = back->devices;
    QCOMPARE(b.printer.transport, u"usb"_qs);
    QCOMPARE(b.printer.usb, d.printer.usb);
    QCOMPARE(b.printer.logo, d.printer.logo);
    QCOMPARE(b.drawer.transport, u"serial"_qs);
    QCOMPARE(b.drawer.serial, d.drawer.serial);
    QCOMPARE(b.drawer.pin, 5);
    QCOMPARE(b.drawer.pulseOnMs, 100);
    QCOMPARE(b.drawer.pulseOffMs, 200);
    QCOMPARE(b.drawer.sensor, u"open_low"_qs);
    QCOMPARE(b.drawer.closeTimeoutSeconds, 45);
    QCOMPARE(b.drawer.trigger, d.drawer.trigger);
    QCOMPARE(b.drawer.statusQuery, d.drawer.statusQuery);
    QCOMPARE(b.drawer.statusAnswerBytes, 2);
    QCOMPARE(b.drawer.statusByte, 1);
    QCOMPARE(b.drawer.statusMask, quint8(0x04));
    QCOMPARE(b.scanner.transport, u"serial"_qs);
    QCOMPARE(b.scanner.serial, d.scanner.serial);
    QCOMPARE(b.scanner.debounceMs, 500);
    QCOMPARE(b.scanner.prefix, u"@"_qs);
    QCOMPARE(b.scanner.suffix, u"#"_qs);
    QCOMPARE(b.scale.serial, d.scale.serial);
    QCOMPARE(b.display.serial, d.display.serial);
    QCOMPARE(b.display.protocol, u"cd5220"_qs);
    QCOMPARE(b.display.codePage, u"CP437"_qs);
}

void tst_Settings::deviceDefaults()
{
    // Nothing configured: a lane that sells with keyboard, screen and wedge scanner.
    const DeviceSettings d;
    QCOMPARE(d.printer.transport, u"none"_qs);
    QCOMPARE(d.scanner.transport, u"none"_qs);
    QCOMPARE(d.scale.transport, u"none"_qs);
    QCOMPARE(d.display.transport, u"none"_qs);
    // The usual drawer hangs on the printer and opens on pin 2 with the
    // pulse most drawers need (ESC p 0 25 250).
    QCOMPARE(d.drawer.transport, u"printer"_qs);
    QCOMPARE(d.drawer.pin, 2);
    QCOMPARE(d.drawer.pulseOnMs, 50);
    QCOMPARE(d.drawer.pulseOffMs, 500);
    // Toledo scales talk 9600 7E1.
    QCOMPARE(d.scale.serial.baud, 9600);
    QCOMPARE(d.scale.serial.dataBits, 7);
    QCOMPARE(d.scale.serial.parityLetter(), 'E');
    // Hex in the file: "trigger": "07".
    QCOMPARE(d.toJson().value(u"drawer").toObject().value(u"trigger").toString(), u"07"_qs);
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
