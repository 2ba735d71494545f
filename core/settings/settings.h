// The lane's configuration: a JSON file with defaults for everything and
// validation that names the offending key. Path overridable per process.
#pragma once

#include "core/barcode/scan_rules.h"
#include "core/common/result.h"
#include "core/logging/log.h"

#include <QString>

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

struct Settings
{
    StoreSettings store;
    QString laneId = QStringLiteral("lane-01");
    QString databasePath;              // empty: <data dir>/lane.db
    log::LogConfig log;
    // What the scanner may send: in-store label layouts (prefixes 20-29) and
    // store-code prefixes. Absent from the file: ScanRules::defaults().
    ScanRules scanning = ScanRules::defaults();

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
