// What retailos-admin prints: the server's errors (§5) in words an operator can
// act on, transport failures, the terminals table, enrolment codes and the
// sales CSV. Pure functions of their input, so each is tested on its own.
#pragma once

#include "core/catalogue/catalogue_csv_rows.h"
#include "sync/client/https_client.h"
#include "sync/protocol/json.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

namespace retailos::admin {

struct RecordBatch;

// An error answer of the /v1 API (§5), or what could be made of a broken one.
struct ApiError
{
    int status = 0;
    QString code;            // "invalid_value", …; "bad_response" when the body is not §5's shape
    QString message;
    QString requestId;
    QString detailsArray;    // 422: the body member holding the refused record
    std::optional<qint64> detailsIndex;
    QString detailsField;    // 422 and 400: the member's path, "products[3].tax_class_id"
};

[[nodiscard]] ApiError readApiError(int status, std::string_view body);

// "error: <message> (<code>, HTTP <status>, request <id>)" and, for a record
// of a batch built from a CSV, the line and column it came from.
[[nodiscard]] QString describeApiError(const ApiError &error, const RecordBatch *batch = nullptr);

// The CSV column a record member came from ("tax_class_id" → "tax_class").
[[nodiscard]] QString csvColumnOf(const QString &fieldPath);

// "cannot reach the server: …", "the server's certificate is not trusted: …".
[[nodiscard]] QString describeTransportError(const sync::HttpsError &error);

// "line 3, price: bad price …" exactly as the lane's `catalogue import` prints it.
[[nodiscard]] QString formatIssue(const ImportIssue &issue);

// 16 characters grouped by four: "ABCD-EFGH-JKMN-PQRS" (hyphens and spaces ignored).
[[nodiscard]] QString groupEnrolmentCode(const QString &code);

// "2026-11-25 14:02 UTC"; "never" for a missing time.
[[nodiscard]] QString formatUtc(std::optional<qint64> ms);
// "+1.2 s", "-350 ms", "0 ms".
[[nodiscard]] QString formatOffset(qint64 ms);

// The terminals of GET /v1/admin/terminals as an aligned text table.
[[nodiscard]] QString terminalsTable(const sync::json::Value &terminals);
// Events the server refused or holds, HQ flags, admin tokens.
[[nodiscard]] QString eventsTable(const sync::json::Value &events);
[[nodiscard]] QString flagsTable(const sync::json::Value &flags);
[[nodiscard]] QString tokensTable(const sync::json::Value &tokens);
[[nodiscard]] QString plainTable(const QList<QStringList> &rows);

// The sales of one page of GET /v1/admin/sales as CSV rows (money in major
// units of each sale's currency, times in UTC and in the store's `timeZone`);
// the header once per export.
[[nodiscard]] QByteArray salesCsvHeader();
[[nodiscard]] QByteArray salesCsvRows(const sync::json::Value &sales, const QString &timeZone = {});

} // namespace retailos::admin
