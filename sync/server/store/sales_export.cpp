#include "sync/server/store/sales_export.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <charconv>

namespace retailos::server::store {

namespace {

// The page token names where the previous page stopped (completed_at, sale_id)
// and which export it belongs to: keyset paging, so a page never repeats or
// skips a sale that was stored when the export began.
struct Position
{
    std::int64_t completedAt = 0;
    std::string saleId;
};

std::string makeToken(const SalesPageRequest &request, const Position &last)
{
    const std::string plain = "v1\n" + request.storeId + "\n" + request.day + "\n" + std::to_string(last.completedAt)
                              + "\n" + last.saleId;
    return QByteArray::fromStdString(plain)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

std::optional<Position> readToken(const SalesPageRequest &request)
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(request.pageToken),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('\n');
    if (parts.size() != 5 || parts[0] != "v1" || parts[1].toStdString() != request.storeId
        || parts[2].toStdString() != request.day || !sync::json::isUuid(parts[4].toStdString()))
        return std::nullopt;
    Position p;
    const QByteArray &at = parts[3];
    const auto [end, ec] = std::from_chars(at.constData(), at.constData() + at.size(), p.completedAt);
    if (ec != std::errc() || end != at.constData() + at.size()) return std::nullopt;
    p.saleId = parts[4].toStdString();
    return p;
}

} // namespace

std::optional<std::pair<std::int64_t, std::int64_t>> businessDay(std::string_view day, std::string_view timeZone)
{
    const QString text = QString::fromUtf8(day.data(), qsizetype(day.size()));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (text.size() != 10 || !date.isValid()) return std::nullopt;
    const QTimeZone zone(QByteArray(timeZone.data(), qsizetype(timeZone.size())));
    if (!zone.isValid()) return std::nullopt;
    // Midnight to midnight on the store's wall clock; where midnight is skipped
    // (a DST change at 00:00) the day starts at the first moment that exists.
    const QDateTime start(date, QTime(0, 0), zone);
    const QDateTime end(date.addDays(1), QTime(0, 0), zone);
    return std::pair{start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
}

StoreResult<SalesPage> readSalesPage(sql::Session &session, const AdminIdentity &admin,
                                     const SalesPageRequest &request)
{
    if (request.storeId.empty()) return refuse(400, "bad_request", "store_id is required", R"({"field":"store_id"})");
    if (!admin.mayTouchStore(request.storeId))
        return refuse(403, "store_forbidden", "This token may not read the sales of store " + request.storeId + ".");
    const auto store = findStore(session, admin.tenantId, request.storeId);
    if (!store) return refuse(404, "not_found", "There is no store " + request.storeId + ".");
    const auto range = businessDay(request.day, store->timeZone);
    if (!range) return refuse(400, "bad_request", "day must be a date YYYY-MM-DD", R"({"field":"day"})");
    if (request.pageSize < 1 || request.pageSize > kSalesPageSize)
        return refuse(400, "bad_request", "page_size must be 1 to 10000", R"({"field":"page_size"})");
    Position after{range->first - 1, std::string()};   // before the first sale of the day
    if (!request.pageToken.empty()) {
        const auto position = readToken(request);
        if (!position)
            return refuse(400, "bad_request", "page_token is not a token of this store's export of this day",
                          R"({"field":"page_token"})");
        after = *position;
    }

    SalesPage page;
    page.storeId = request.storeId;
    page.day = request.day;
    page.timeZone = store->timeZone;
    page.from = range->first;
    page.to = range->second;
    {
        // One row more than the page: whether another page follows.
        auto rows = session.query(
            "SELECT sale_id, lane_id, terminal_id, event_id, receipt_number, cashier_id, customer_id, currency,"
            " completed_at, received_at, subtotal, discount, tax, rounding, total, voided, voided_at"
            " FROM sales WHERE tenant_id = ?1 AND store_id = ?2 AND completed_at >= ?3 AND completed_at < ?4"
            " AND (completed_at > ?5 OR (completed_at = ?5 AND sale_id > ?6))"
            " ORDER BY completed_at, sale_id LIMIT ?7",
            {std::string_view(admin.tenantId), std::string_view(request.storeId), range->first, range->second,
             after.completedAt, std::string_view(after.saleId), request.pageSize + 1});
        while (rows->next()) {
            ExportedSale s;
            s.saleId = rows->text(0);
            s.storeId = request.storeId;
            s.laneId = rows->text(1);
            s.terminalId = rows->text(2);
            s.eventId = rows->text(3);
            s.receiptNumber = rows->integer(4);
            s.cashierId = rows->text(5);
            if (!rows->isNull(6)) s.customerId = std::string(rows->text(6));
            s.currency = rows->text(7);
            s.completedAt = rows->integer(8);
            s.receivedAt = rows->integer(9);
            s.subtotal = rows->integer(10);
            s.discount = rows->integer(11);
            s.tax = rows->integer(12);
            s.rounding = rows->integer(13);
            s.total = rows->integer(14);
            s.voided = rows->integer(15) != 0;
            if (!rows->isNull(16)) s.voidedAt = rows->integer(16);
            page.sales.push_back(std::move(s));
        }
    }
    if (std::int64_t(page.sales.size()) > request.pageSize) {
        page.sales.pop_back();
        page.nextPageToken = makeToken(request, {page.sales.back().completedAt, page.sales.back().saleId});
    }
    if (page.sales.empty()) return page;

    // Tender totals by kind for the sales of this page (same range, same order).
    std::map<std::string, ExportedSale *> byId;
    for (ExportedSale &s : page.sales) byId[s.saleId] = &s;
    const ExportedSale &first = page.sales.front(), &last = page.sales.back();
    auto rows = session.query(
        "SELECT t.sale_id, t.kind, SUM(t.amount) FROM sale_tenders t JOIN sales s"
        " ON s.tenant_id = t.tenant_id AND s.sale_id = t.sale_id"
        " WHERE s.tenant_id = ?1 AND s.store_id = ?2 AND s.completed_at >= ?3 AND s.completed_at <= ?4"
        " GROUP BY t.sale_id, t.kind",
        {std::string_view(admin.tenantId), std::string_view(request.storeId), first.completedAt, last.completedAt});
    while (rows->next()) {
        const auto it = byId.find(std::string(rows->text(0)));
        if (it != byId.end()) it->second->tenders[std::string(rows->text(1))] = rows->integer(2);
    }
    return page;
}

void writeSalesPage(sync::json::Writer &w, const SalesPage &page)
{
    w.field("store_id", page.storeId).field("day", page.day).field("time_zone", page.timeZone)
        .field("from", page.from).field("to", page.to);
    w.key("sales").beginArray();
    for (const ExportedSale &s : page.sales) {
        w.beginObject()
            .field("sale_id", s.saleId)
            .field("store_id", s.storeId)
            .field("lane_id", s.laneId)
            .field("terminal_id", s.terminalId)
            .field("event_id", s.eventId)
            .field("receipt_number", s.receiptNumber)
            .field("completed_at", s.completedAt)
            .field("received_at", s.receivedAt)
            .field("cashier_id", s.cashierId);
        if (s.customerId) w.field("customer_id", *s.customerId);
        else w.nullField("customer_id");
        w.field("currency", s.currency)
            .field("subtotal", s.subtotal)
            .field("discount", s.discount)
            .field("tax", s.tax)
            .field("rounding", s.rounding)
            .field("total", s.total);
        w.key("tenders").beginObject();
        for (const auto &[kind, amount] : s.tenders) w.field(kind, amount);
        w.endObject().field("voided", s.voided);
        if (s.voidedAt) w.field("voided_at", *s.voidedAt);
        else w.nullField("voided_at");
        w.endObject();
    }
    w.endArray();
    if (page.nextPageToken) w.field("next_page_token", *page.nextPageToken);
    else w.nullField("next_page_token");
}

} // namespace retailos::server::store
