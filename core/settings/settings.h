// The lane's configuration: a JSON file with defaults for everything and
// validation that names the offending key. Path overridable per process.
#pragma once

#include "core/barcode/scan_rules.h"
#include "core/common/result.h"
#include "core/settings/device_settings.h"
#include "core/logging/log.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retailos {

struct StoreSettings
{
    QString id = QStringLiteral("store-001");
    QString name = QStringLiteral("Demo Store");
    QString currency = QStringLiteral("EUR");
    QString locale = QStringLiteral("de_DE");
    bool taxInclusive = true;          // VAT-style shelf prices
    bool taxPerLine = false;           // false: tax rounded once per receipt and rate
};

// One button on the lane's quick-key pad: what it shows and the code it
// enters, as if scanned (a PLU, a barcode, a store code).
struct QuickKey
{
    QString label;   // 1..40 characters
    QString code;    // 1..64 characters

    friend bool operator==(const QuickKey &, const QuickKey &) = default;
};

// How the lane screen looks and reads its keyboard. The idle lock is not
// here: it is staff policy (StaffPolicy::idleLockSeconds).
struct UiSettings
{
    static constexpr int kMaxQuickKeys = 48;

    QString theme = QStringLiteral("default");   // "default" or "high-contrast"
    bool fullscreen = false;
    // A keyboard-wedge scanner "types" a code faster than this between
    // characters (1..200 ms) ...
    int wedgeMaxGapMs = 30;
    // ... and at least this many characters (1..64); shorter bursts are a person.
    int wedgeMinLength = 4;
    // Empty: the lane UI shows departments instead.
    QList<QuickKey> quickKeys;

    [[nodiscard]] static QStringList themes();
};

struct Settings
{
    StoreSettings store;
    QString laneId = QStringLiteral("lane-01");
    QString databasePath;              // empty: <data dir>/lane.db
    log::LogConfig log;
    // What the scanner may send: in-store label layouts (prefixes 20-29) and
    // store-code prefixes. Absent from the file: ScanRules::defaults().
    ScanRules scanning = ScanRules::defaults();
    UiSettings ui;
    DeviceSettings devices;

    [[nodiscard]] static Settings defaults();
    // Reads the file; a missing file gives the defaults, a bad one an error
    // naming the key ("log.level: unknown log level ...").
    [[nodiscard]] static Result<Settings> load(const QString &path);
    [[nodiscard]] Result<> save(const QString &path) const;

    // $RETAILOS_CONFIG if set, otherwise the per-user config location.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] static QString defaultDataDir();
    [[nodiscard]] QString resolvedDatabasePath() const;
};

} // namespace retailos
