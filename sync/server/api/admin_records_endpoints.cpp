// The admin API for promotions, customers, staff and roles, terminal settings
// and the sales export (docs/sync-protocol.md §11).
#include "sync/server/api/api_impl.h"

#include "sync/server/store/change_log.h"

#include "sync/server/store/admin_records.h"
#include "sync/server/store/ids.h"
#include "sync/server/store/sales_export.h"

#include <QByteArray>

namespace retailos::server::api {

using sync::json::Value;
using sync::json::Writer;

namespace {

} // namespace

Reply ServerApi::Impl::adminRecords(Call &call, const std::string &credential, const std::string &path,
                                    std::map<std::string, std::int64_t> &visibleAt, std::string &tenant)
{
    const std::string &method = call.request.method;
    auto counts = [&](const store::StoreResult<store::WriteCounts> &result) {
        if (!result) return failure(result.error());
        visibleAt = result->visibleAt;
        Writer w;
        w.beginObject().field("written", result->written).field("unchanged", result->unchanged).field("deleted", result->deleted);
        return ok(w);
    };
    using Write = store::StoreResult<store::WriteCounts> (*)(sql::Session &, const store::AdminIdentity &, const Value &,
                                                             std::int64_t);
    auto post = [&](Write write) {
        if (method != "POST") return failure(405, "method_not_allowed", "This path takes POST.");
        Reply parseError;
        auto doc = parseBody(call, parseError);
        if (!doc) return parseError;
        return inTransaction(sql::TxMode::Write, [&](sql::Session &s) {
            const store::AdminIdentity admin = requireAdmin(s, credential);
            tenant = admin.tenantId;
            store::ChangeLogBatch changeLog(s);   // the bookkeeping written once
            Reply reply = counts(write(s, admin, doc->root(), store::nowMs()));
            if (reply.status < 300) {
                changeLog.flush();
                announce(s, admin.tenantId, visibleAt);
            }
            return reply;
        });
    };

    if (path == "promotions") return post(store::writePromotions);
    if (path == "customers") return post(store::writeCustomers);
    if (path == "settings") return post(store::writeSettings);

    if (path == "staff") {
        if (method != "POST") return failure(405, "method_not_allowed", "This path takes POST.");
        Reply parseError;
        auto doc = parseBody(call, parseError);
        if (!doc) return parseError;
        // PINs are hashed between two transactions (PBKDF2 is slow on purpose):
        // never while holding the database's write lock.
        std::map<std::string, std::string> stored;
        Reply checked = inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
            const store::AdminIdentity admin = requireAdmin(s, credential);
            if (!admin.mayWrite()) return failure(403, "store_forbidden", "An analyst token cannot change staff.");
            stored = store::storedPinHashes(s, admin.tenantId, doc->root());
            return Reply{};
        });
        if (checked.status >= 400) return checked;
        auto batch = store::readStaffBatch(doc->root(), stored);
        if (!batch) return failure(batch.error());
        return inTransaction(sql::TxMode::Write, [&](sql::Session &s) {
            const store::AdminIdentity admin = requireAdmin(s, credential);
            tenant = admin.tenantId;
            store::ChangeLogBatch changeLog(s);
            Reply reply = counts(store::writeStaff(s, admin, *batch, store::nowMs()));
            if (reply.status < 300) {
                changeLog.flush();
                announce(s, admin.tenantId, visibleAt);
            }
            return reply;
        });
    }

    if (path == "sales") {
        if (method != "GET") return failure(405, "method_not_allowed", "This path takes GET.");
        store::SalesPageRequest request;
        request.storeId = queryParam(call.request.query, "store_id");
        request.day = queryParam(call.request.query, "day");
        request.pageToken = queryParam(call.request.query, "page_token");
        if (const std::string size = queryParam(call.request.query, "page_size"); !size.empty()) {
            request.pageSize = 0;   // refused below unless a plain number in range
            if (size.size() <= 6 && size.find_first_not_of("0123456789") == std::string::npos)
                request.pageSize = std::stoll(size);
        }
        return inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
            const store::AdminIdentity admin = requireAdmin(s, credential);
            auto page = store::readSalesPage(s, admin, request);
            if (!page) return failure(page.error());
            Writer w;
            w.beginObject();
            store::writeSalesPage(w, *page);
            return ok(w);
        });
    }

    return failure(404, "not_found", "There is no such admin path.");
}

} // namespace retailos::server::api
