// Loading, validating and saving the lane settings (see settings.h).
#include "core/settings/settings.h"

#include "core/settings/settings_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include "core/money/currency.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace retailos {

using namespace settings_reader;

namespace {

struct SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

Result<> readRule(const QJsonObject &obj, const QString &prefix, EmbeddedRule &rule)
{
    QString text;
    if (auto r = readString(obj, prefix, "prefix", rule.prefix); !r)
        return r;
    text = rule.kind == EmbeddedKind::Weight ? u"weight"_qs : u"price"_qs;
    if (auto r = readString(obj, prefix, "kind", text); !r)
        return r;
    if (text != u"price" && text != u"weight")
        return invalid(prefix + u"kind", SettingsText::tr("use \"price\" or \"weight\""));
    rule.kind = text == u"weight" ? EmbeddedKind::Weight : EmbeddedKind::Price;
    text = rule.lookup == ItemLookup::Plu ? u"plu"_qs : u"zeroed_barcode"_qs;
    if (auto r = readString(obj, prefix, "lookup", text); !r)
        return r;
    if (text != u"plu" && text != u"zeroed_barcode")
        return invalid(prefix + u"lookup", SettingsText::tr("use \"plu\" or \"zeroed_barcode\""));
    rule.lookup = text == u"plu" ? ItemLookup::Plu : ItemLookup::ZeroedBarcode;
    text = rule.format == EmbeddedFormat::UpcA ? u"upc_a"_qs : u"ean13"_qs;
    if (auto r = readString(obj, prefix, "format", text); !r)
        return r;
    if (text != u"ean13" && text != u"upc_a")
        return invalid(prefix + u"format", SettingsText::tr("use \"ean13\" or \"upc_a\""));
    rule.format = text == u"upc_a" ? EmbeddedFormat::UpcA : EmbeddedFormat::Ean13;
    if (auto r = readInt(obj, prefix, "item_start", 0, 12, rule.itemStart); !r)
        return r;
    if (auto r = readInt(obj, prefix, "item_length", 1, 12, rule.itemLength); !r)
        return r;
    if (auto r = readInt(obj, prefix, "value_length", 1, 12, rule.valueLength); !r)
        return r;
    if (auto r = readInt(obj, prefix, "value_decimals", 0, 6, rule.valueDecimals); !r)
        return r;
    if (auto r = readBool(obj, prefix, "value_check_digit", rule.valueCheckDigit); !r)
        return r;
    if (auto r = rule.validate(); !r)
        return invalid(prefix.chopped(1), r.error().message);
    return {};
}

// "scanning": {"embedded": [{...}, ...], "store_code_prefixes": ["SC"],
// "any_alphanumeric_is_store_code": true}. A given "embedded" list replaces
// the defaults whole, so a store states exactly the layouts its labels use.
Result<> readScanning(const QJsonObject &obj, ScanRules &rules)
{
    const QString prefix = QStringLiteral("scanning.");
    if (auto r = onlyKnownKeys(obj, prefix, {"embedded", "store_code_prefixes", "any_alphanumeric_is_store_code"}); !r)
        return r;
    if (obj.contains(u"embedded")) {
        if (!obj.value(u"embedded").isArray())
            return invalid(prefix + u"embedded", SettingsText::tr("expected a list of rules"));
        rules.embedded.clear();
        const QJsonArray list = obj.value(u"embedded").toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString rulePrefix = prefix + u"embedded[" + QString::number(i) + u"].";
            if (!list.at(i).isObject())
                return invalid(rulePrefix.chopped(1), SettingsText::tr("expected an object"));
            EmbeddedRule rule;
            if (auto r = onlyKnownKeys(list.at(i).toObject(), rulePrefix,
                                       {"prefix", "kind", "format", "item_start", "item_length", "value_length",
                                        "value_decimals", "value_check_digit", "lookup"}); !r)
                return r;
            if (auto r = readRule(list.at(i).toObject(), rulePrefix, rule); !r)
                return r;
            rules.embedded.append(rule);
        }
    }
    if (obj.contains(u"store_code_prefixes")) {
        const QJsonValue v = obj.value(u"store_code_prefixes");
        if (!v.isArray())
            return invalid(prefix + u"store_code_prefixes", SettingsText::tr("expected a list of text"));
        rules.storeCodePrefixes.clear();
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return invalid(prefix + u"store_code_prefixes", SettingsText::tr("expected a list of text"));
            rules.storeCodePrefixes.append(item.toString());
        }
    }
    if (auto r = readBool(obj, prefix, "any_alphanumeric_is_store_code", rules.anyAlphanumericIsStoreCode); !r)
        return r;
    if (auto r = rules.validate(); !r)
        return invalid(prefix + u"embedded", r.error().message);
    return {};
}

QJsonObject scanningToJson(const ScanRules &rules)
{
    QJsonArray embedded;
    for (const EmbeddedRule &rule : rules.embedded) {
        embedded.append(QJsonObject{
            {u"prefix"_qs, rule.prefix},
            {u"kind"_qs, rule.kind == EmbeddedKind::Weight ? u"weight"_qs : u"price"_qs},
            {u"format"_qs, rule.format == EmbeddedFormat::UpcA ? u"upc_a"_qs : u"ean13"_qs},
            {u"item_start"_qs, rule.itemStart}, {u"item_length"_qs, rule.itemLength},
            {u"value_length"_qs, rule.valueLength}, {u"value_decimals"_qs, rule.valueDecimals},
            {u"value_check_digit"_qs, rule.valueCheckDigit},
            {u"lookup"_qs, rule.lookup == ItemLookup::Plu ? u"plu"_qs : u"zeroed_barcode"_qs}});
    }
    return QJsonObject{{u"embedded"_qs, embedded},
                       {u"store_code_prefixes"_qs, QJsonArray::fromStringList(rules.storeCodePrefixes)},
                       {u"any_alphanumeric_is_store_code"_qs, rules.anyAlphanumericIsStoreCode}};
}

// Counted as a person reads them: an emoji or accented letter is one.
qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

Result<> readQuickKey(const QJsonValue &value, const QString &prefix, QuickKey &key)
{
    if (!value.isObject())
        return invalid(prefix.chopped(1), SettingsText::tr("expected an object with \"label\" and \"code\""));
    const QJsonObject obj = value.toObject();
    if (auto r = onlyKnownKeys(obj, prefix, {"label", "code"}); !r)
        return r;
    // Both are required: a key without a label is a blank button, one
    // without a code does nothing.
    for (const char *name : {"label", "code"}) {
        if (!obj.contains(QLatin1String(name)))
            return invalid(prefix + QLatin1String(name), SettingsText::tr("missing"));
    }
    if (auto r = readString(obj, prefix, "label", key.label); !r)
        return r;
    if (auto r = readString(obj, prefix, "code", key.code); !r)
        return r;
    if (key.label.trimmed().isEmpty() || characters(key.label) > 40)
        return invalid(prefix + u"label", SettingsText::tr("expected 1 to 40 characters"));
    if (key.code.trimmed().isEmpty() || characters(key.code) > 64)
        return invalid(prefix + u"code", SettingsText::tr("expected 1 to 64 characters"));
    return {};
}

// "ui": {"theme": "default", "fullscreen": false, "wedge_max_gap_ms": 30,
// "wedge_min_length": 4, "quick_keys": [{"label": "Bananas", "code": "4011"}]}.
Result<> readUi(const QJsonObject &obj, UiSettings &ui)
{
    const QString prefix = QStringLiteral("ui.");
    if (auto r = onlyKnownKeys(obj, prefix, {"theme", "fullscreen", "wedge_max_gap_ms", "wedge_min_length", "quick_keys"});
        !r)
        return r;
    if (auto r = readString(obj, prefix, "theme", ui.theme); !r)
        return r;
    if (!UiSettings::themes().contains(ui.theme))
        return invalid(prefix + u"theme", SettingsText::tr("use one of: %1")
                                              .arg(UiSettings::themes().join(QStringLiteral(", "))));
    if (auto r = readBool(obj, prefix, "fullscreen", ui.fullscreen); !r)
        return r;
    if (auto r = readInt(obj, prefix, "wedge_max_gap_ms", 1, 200, ui.wedgeMaxGapMs); !r)
        return r;
    if (auto r = readInt(obj, prefix, "wedge_min_length", 1, 64, ui.wedgeMinLength); !r)
        return r;
    if (obj.contains(u"quick_keys")) {
        const QJsonValue v = obj.value(u"quick_keys");
        if (!v.isArray())
            return invalid(prefix + u"quick_keys", SettingsText::tr("expected a list of keys"));
        const QJsonArray list = v.toArray();
        if (list.size() > UiSettings::kMaxQuickKeys)
            return invalid(prefix + u"quick_keys",
                           SettingsText::tr("at most %1 keys fit on the pad").arg(UiSettings::kMaxQuickKeys));
        ui.quickKeys.clear();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QuickKey key;
            if (auto r = readQuickKey(list.at(i), prefix + u"quick_keys[" + QString::number(i) + u"].", key); !r)
                return r;
            ui.quickKeys.append(key);
        }
    }
    return {};
}

QJsonObject uiToJson(const UiSettings &ui)
{
    QJsonArray keys;
    for (const QuickKey &key : ui.quickKeys)
        keys.append(QJsonObject{{u"label"_qs, key.label}, {u"code"_qs, key.code}});
    return QJsonObject{{u"theme"_qs, ui.theme}, {u"fullscreen"_qs, ui.fullscreen},
                       {u"wedge_max_gap_ms"_qs, ui.wedgeMaxGapMs}, {u"wedge_min_length"_qs, ui.wedgeMinLength},
                       {u"quick_keys"_qs, keys}};
}

#define RETAILOS_TRY(expr) \
    do { if (auto r_ = (expr); !r_) return std::unexpected(r_.error()); } while (false)

} // namespace

QStringList UiSettings::themes()
{
    return {QStringLiteral("default"), QStringLiteral("high-contrast")};
}

Settings Settings::defaults()
{
    Settings s;
    s.log.file = defaultDataDir() + u"/logs/retailos.log";
    return s;
}

QString Settings::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("RETAILOS_CONFIG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/retailos/retailos.json";
}

QString Settings::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("RETAILOS_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/retailos";
}

QString Settings::resolvedDatabasePath() const
{
    return databasePath.isEmpty() ? defaultDataDir() + u"/lane.db" : databasePath;
}

Result<Settings> Settings::load(const QString &path)
{
    Settings s = defaults();
    QFile file(path);
    if (!file.exists())
        return s;
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("settings.read"), SettingsText::tr("Cannot read the settings file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("settings.syntax"),
                    SettingsText::tr("The settings file %1 is not valid JSON at offset %2: %3")
                        .arg(path).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("settings.syntax"), SettingsText::tr("The settings file %1 must hold a JSON object.").arg(path));
    const QJsonObject root = doc.object();
    RETAILOS_TRY(onlyKnownKeys(root, QString(), {"store", "lane", "database", "log", "scanning", "ui", "devices"}));

    auto store = section(root, QString(), "store");
    if (!store)
        return std::unexpected(store.error());
    const QString sp = QStringLiteral("store.");
    RETAILOS_TRY(onlyKnownKeys(*store, sp, {"id", "name", "currency", "locale", "tax_inclusive", "tax_per_line"}));
    RETAILOS_TRY(readString(*store, sp, "id", s.store.id));
    RETAILOS_TRY(readString(*store, sp, "name", s.store.name));
    RETAILOS_TRY(readString(*store, sp, "currency", s.store.currency));
    RETAILOS_TRY(readString(*store, sp, "locale", s.store.locale));
    RETAILOS_TRY(readBool(*store, sp, "tax_inclusive", s.store.taxInclusive));
    RETAILOS_TRY(readBool(*store, sp, "tax_per_line", s.store.taxPerLine));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!idPattern.match(s.store.id).hasMatch())
        return invalid(QStringLiteral("store.id"), SettingsText::tr("use 1 to 64 letters, digits, '-', '_' or '.'"));
    if (auto currency = Currency::fromCode(s.store.currency); !currency || currency->code() != s.store.currency)
        return invalid(QStringLiteral("store.currency"), SettingsText::tr("expected an ISO 4217 code such as EUR"));
    if (QLocale(s.store.locale).name() != s.store.locale)
        return invalid(QStringLiteral("store.locale"), SettingsText::tr("expected a locale name such as de_DE"));

    auto lane = section(root, QString(), "lane");
    if (!lane)
        return std::unexpected(lane.error());
    RETAILOS_TRY(onlyKnownKeys(*lane, QStringLiteral("lane."), {"id"}));
    RETAILOS_TRY(readString(*lane, QStringLiteral("lane."), "id", s.laneId));
    if (!idPattern.match(s.laneId).hasMatch())
        return invalid(QStringLiteral("lane.id"), SettingsText::tr("use 1 to 64 letters, digits, '-', '_' or '.'"));

    auto database = section(root, QString(), "database");
    if (!database)
        return std::unexpected(database.error());
    RETAILOS_TRY(onlyKnownKeys(*database, QStringLiteral("database."), {"path"}));
    RETAILOS_TRY(readString(*database, QStringLiteral("database."), "path", s.databasePath));

    auto logSection = section(root, QString(), "log");
    if (!logSection)
        return std::unexpected(logSection.error());
    const QString lp = QStringLiteral("log.");
    RETAILOS_TRY(onlyKnownKeys(*logSection, lp, {"level", "file", "console", "max_files", "max_file_kib"}));
    QString level = log::levelName(s.log.level);
    RETAILOS_TRY(readString(*logSection, lp, "level", level));
    auto parsedLevel = log::levelFromString(level);
    if (!parsedLevel)
        return invalid(QStringLiteral("log.level"), parsedLevel.error().message);
    s.log.level = *parsedLevel;
    RETAILOS_TRY(readString(*logSection, lp, "file", s.log.file));
    RETAILOS_TRY(readBool(*logSection, lp, "console", s.log.console));
    RETAILOS_TRY(readInt(*logSection, lp, "max_files", 1, 100, s.log.maxFiles));
    qint64 maxKiB = s.log.maxFileBytes / 1024;
    RETAILOS_TRY(readInt(*logSection, lp, "max_file_kib", 16, 1024 * 1024, maxKiB));
    s.log.maxFileBytes = maxKiB * 1024;

    auto scanning = section(root, QString(), "scanning");
    if (!scanning)
        return std::unexpected(scanning.error());
    if (auto r = readScanning(*scanning, s.scanning); !r)
        return std::unexpected(r.error());

    auto ui = section(root, QString(), "ui");
    if (!ui)
        return std::unexpected(ui.error());
    if (auto r = readUi(*ui, s.ui); !r)
        return std::unexpected(r.error());

    auto devices = section(root, QString(), "devices");
    if (!devices)
        return std::unexpected(devices.error());
    auto deviceSettings = DeviceSettings::fromJson(*devices);
    if (!deviceSettings)
        return std::unexpected(deviceSettings.error());
    s.devices = *deviceSettings;
    return s;
}

Result<> Settings::save(const QString &path) const
{
    QJsonObject root{
        {QStringLiteral("store"), QJsonObject{
            {QStringLiteral("id"), store.id}, {QStringLiteral("name"), store.name},
            {QStringLiteral("currency"), store.currency}, {QStringLiteral("locale"), store.locale},
            {QStringLiteral("tax_inclusive"), store.taxInclusive}, {QStringLiteral("tax_per_line"), store.taxPerLine}}},
        {QStringLiteral("lane"), QJsonObject{{QStringLiteral("id"), laneId}}},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("path"), databasePath}}},
        {QStringLiteral("log"), QJsonObject{
            {QStringLiteral("level"), log::levelName(log.level)}, {QStringLiteral("file"), log.file},
            {QStringLiteral("console"), log.console}, {QStringLiteral("max_files"), log.maxFiles},
            {QStringLiteral("max_file_kib"), double(log.maxFileBytes / 1024)}}},
        {QStringLiteral("scanning"), scanningToJson(scanning)},
        {QStringLiteral("ui"), uiToJson(ui)},
        {QStringLiteral("devices"), devices.toJson()},
    };
    QDir().mkpath(QFileInfo(path).absolutePath());
    // QSaveFile: a crash mid-write never leaves a half-written configuration.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("settings.write"), SettingsText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        return fail(QStringLiteral("settings.write"), SettingsText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace retailos
