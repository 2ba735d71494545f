// Imports a catalogue CSV (format in docs/catalogue-csv.md) into the replica:
// every row validated, every bad row reported with its line and reason, and
// nothing imported from a file with errors unless told to skip them.
#pragma once

#include "core/barcode/scan_rules.h"
#include "core/catalogue/catalogue_csv_rows.h"   // ImportIssue, catalogueCsvColumns()
#include "core/common/result.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace retailos {

class Database;

struct ImportOptions
{
    bool skipBadRows = false;
    QString defaultCurrency = QStringLiteral("EUR");  // when a row has no currency
    qint64 nowUtcSeconds = 0;                          // stamped on changed products
    int maxReportedIssues = 1000;
    // The lane's scan rules: a barcode is accepted only in a form a scan can
    // find (a prefix 20-29 code needs a label rule that looks items up by
    // the zeroed barcode), and PLUs have the lengths a cashier can key.
    ScanRules scanRules = ScanRules::defaults();
};

struct ImportReport
{
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;           // rows with at least one issue
    bool committed = false;        // false: the replica is exactly as before
    QList<ImportIssue> issues;     // the first maxReportedIssues of them
};

// Fails only when the file cannot be used at all (no header, unknown column,
// broken quoting or encoding, a database error) — and then changes nothing;
// bad rows are reported in the ImportReport.
[[nodiscard]] Result<ImportReport> importCatalogueCsv(Database &db, QIODevice &csv, const ImportOptions &options);

} // namespace retailos
