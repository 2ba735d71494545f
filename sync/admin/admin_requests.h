// Request bodies of the admin API (protocol §11) built from what an operator
// types or loads: pure functions, so every rule (batches of at most 50 000
// records, money in integer minor units, whole-second times, the price key)
// is tested without a server.
#pragma once

#include "core/barcode/scan_rules.h"
#include "core/catalogue/catalogue_csv_rows.h"
#include "core/common/result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace retailos::admin {

inline constexpr qsizetype kMaxRecordsPerRequest = 50'000;        // §11
inline constexpr qsizetype kMaxBatchBytes = 12 * 1024 * 1024;     // below the 16 MiB admin body limit

// One request's worth of records of one array ("departments", "products",
// "prices"), and the CSV line each record came from (to name the line of a
// record the server refuses: 422 details.index).
struct RecordBatch
{
    QString endpoint;             // "/v1/admin/catalogue" or "/v1/admin/prices"
    QString array;                // the body member holding the records
    std::string body;             // the JSON request body
    std::vector<qint64> lines;    // CSV line of record i
};

struct BatchLimits
{
    qsizetype maxRecords = kMaxRecordsPerRequest;
    qsizetype maxBytes = kMaxBatchBytes;
};

// "2026-12-01 06:00", "2026-12-01T06:00:00", "2026-12-01" (midnight) in the
// IANA zone `timeZone` (empty: this machine's zone), or ISO 8601 with an
// offset or Z. Returns ms since the epoch, whole seconds (the replica stores
// seconds). "admin.bad_time" / "admin.bad_time_zone".
[[nodiscard]] Result<qint64> parseMoment(const QString &text, const QString &timeZone);

// "M1|*|1795413600000": the key of a price record (§8.2).
[[nodiscard]] QString priceKey(const QString &sku, const QString &storeId, qint64 effectiveFromMs);

// ---- catalogue import ------------------------------------------------------

struct CatalogueUploadOptions
{
    QString defaultCurrency = QStringLiteral("EUR");
    qint64 nowMs = 0;                  // start of prices without price_from; rounded down to the second
    bool sendDepartments = true;       // departments named in the file, created with their id as name
    ScanRules scanRules = ScanRules::defaults();
    BatchLimits limits;
    int maxReportedIssues = 1000;
};

struct CatalogueUpload
{
    qint64 rowsRead = 0;
    qint64 badRows = 0;
    QList<ImportIssue> issues;         // the first maxReportedIssues, as the lane importer words them
    qint64 departments = 0, products = 0, prices = 0;
    std::vector<RecordBatch> batches;  // in sending order: departments, products, prices
};

// Reads the whole file; good rows become batches, bad rows issues (the caller
// sends nothing when there are issues, unless told to skip bad rows). Fails
// only when the file cannot be used at all (header, quoting, encoding).
[[nodiscard]] Result<CatalogueUpload> buildCatalogueUpload(QIODevice &csv, const CatalogueUploadOptions &options);

// ---- price changes -----------------------------------------------------------

struct PriceScheduleOptions
{
    qint64 fromMs = 0;
    std::optional<qint64> untilMs;
    QString storeId;                   // empty: a chain price (store_id null)
    QString defaultCurrency = QStringLiteral("EUR");
    BatchLimits limits;
    int maxReportedIssues = 1000;
};

struct PriceSchedule
{
    qint64 rowsRead = 0;
    qint64 badRows = 0;
    QList<ImportIssue> issues;
    qint64 prices = 0;
    std::vector<RecordBatch> batches;
};

// A CSV with the columns sku and price (and optionally currency); price in
// major units with '.', converted exactly (core/money). "import.header" etc.
[[nodiscard]] Result<PriceSchedule> buildPriceSchedule(QIODevice &csv, const PriceScheduleOptions &options);

// {"prices":[],"delete":["<key>"]}
[[nodiscard]] std::string priceCancelBody(const QString &sku, const QString &storeId, qint64 effectiveFromMs);

// ---- stores and terminals -----------------------------------------------------

[[nodiscard]] std::string storeBody(const QString &storeId, const QString &name, const QString &currency,
                                    const QString &timeZone);
[[nodiscard]] std::string terminalBody(const QString &storeId, const QString &laneId, const QString &name);
[[nodiscard]] std::string enrolmentCodeBody(bool newKey);
[[nodiscard]] std::string revokeBody(const QString &reason);

// Paths with their query, percent-encoded.
[[nodiscard]] QString terminalsPath(const QString &storeId);
[[nodiscard]] QString terminalPath(const QString &terminalId, const QString &action);   // …/{id}/{action}
[[nodiscard]] QString salesPath(const QString &storeId, const QString &day, const QString &pageToken);

// Local checks before anything is sent; the message says what to type instead.
[[nodiscard]] Result<> checkCode(const QString &what, const QString &value);      // §2 `code`
[[nodiscard]] Result<> checkCurrency(const QString &code);
[[nodiscard]] Result<> checkTimeZone(const QString &ianaId);
[[nodiscard]] Result<> checkDay(const QString &day);                              // YYYY-MM-DD

} // namespace retailos::admin
