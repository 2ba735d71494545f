#include "sync/server/store/downstream.h"

#include "sync/protocol/json.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/ids.h"

#include <QByteArray>
#include <QList>

#include <array>

namespace retailos::server::store {

using sql::Param;

namespace {

std::optional<std::string> changeIdAt(sql::Session &s, std::string_view tenant, std::string_view scope, std::int64_t seq)
{
    const std::array<Param, 3> p{tenant, scope, seq};
    return s.queryText("SELECT change_id FROM changes WHERE tenant_id = ?1 AND scope = ?2 AND seq = ?3", p);
}

PullAnswer pullOne(sql::Session &s, std::string_view tenant, const PullRequestScope &request,
                   std::int64_t maxChanges, std::int64_t maxBytes)
{
    PullAnswer a;
    a.scope = request.scope;
    const ScopeHead head = readScopeHead(s, tenant, request.scope);
    a.epoch = head.epoch;
    a.headSeq = head.seq;
    auto snapshot = [&](const char *reason) {
        a.status = "snapshot_required";
        a.reason = reason;
        return a;
    };
    if (!request.cursor) return snapshot("no_cursor");
    const Cursor &c = *request.cursor;
    if (c.epoch != head.epoch) return snapshot("epoch_changed");
    if (c.seq < head.retainedFrom - 1) return snapshot("cursor_too_old");
    if (c.seq > head.seq) return snapshot("cursor_unknown");
    // A restored server may have numbered different changes with the numbers
    // the lane already saw: the change id tells (R-8.4).
    if (c.seq == 0 ? c.changeId != kNilUuid : changeIdAt(s, tenant, request.scope, c.seq) != c.changeId)
        return snapshot("cursor_unknown");

    a.status = "changes";
    a.cursor = c;
    if (maxChanges <= 0 || maxBytes <= 0) {
        a.hasMore = head.seq > c.seq;
        return a;
    }
    const std::array<Param, 4> p{tenant, std::string_view(request.scope), c.seq, maxChanges};
    auto rows = s.query("SELECT seq, change_id, kind, op, record_key, committed_at, data FROM changes"
                        " WHERE tenant_id = ?1 AND scope = ?2 AND seq > ?3 ORDER BY seq LIMIT ?4", p);
    std::string out = "[";
    while (rows->next()) {
        sync::json::Writer w;
        w.beginObject()
            .field("seq", rows->integer(0))
            .field("change_id", rows->text(1))
            .field("kind", rows->text(2))
            .field("op", rows->text(3))
            .field("key", rows->text(4))
            .field("committed_at", rows->integer(5));
        if (rows->isNull(6)) w.nullField("data");
        else w.rawField("data", rows->text(6));
        w.endObject();
        // Always at least one change when one exists (R-6.5).
        if (a.changeCount > 0 && std::int64_t(out.size() + w.text().size() + 1) > maxBytes) break;
        if (a.changeCount > 0) out.push_back(',');
        out += w.text();
        ++a.changeCount;
        a.cursor = Cursor{head.epoch, rows->integer(0), std::string(rows->text(1))};
    }
    out.push_back(']');
    a.changesJson = std::move(out);
    a.hasMore = head.seq > a.cursor->seq;
    return a;
}

// Page tokens: "v1.<base64url of fields joined by \n>"; opaque to lanes.
std::string encodeToken(const std::vector<std::string> &fields)
{
    QByteArray joined;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) joined.append('\n');
        joined.append(QByteArray::fromStdString(fields[i]));
    }
    return "v1." + joined.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

std::optional<std::vector<std::string>> decodeToken(std::string_view token)
{
    if (!token.starts_with("v1.") || token.size() > 4096) return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray(token.data() + 3, qsizetype(token.size() - 3)),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    std::vector<std::string> fields;
    for (const QByteArray &f : decoded.decoded.split('\n')) fields.push_back(f.toStdString());
    return fields;
}

} // namespace

std::vector<PullAnswer> pull(sql::Session &session, std::string_view tenant, const std::vector<PullRequestScope> &scopes,
                             const PullLimits &limits)
{
    std::vector<PullAnswer> answers;
    std::int64_t total = 0;
    for (const PullRequestScope &scope : scopes) {
        // Scopes past the response's total budget answer "nothing yet, more to come".
        const std::int64_t budget = std::min(limits.maxBytes, limits.totalBytes - total);
        PullAnswer a = pullOne(session, tenant, scope, budget > 0 ? limits.maxChanges : 0, budget);
        total += std::int64_t(a.changesJson.size());
        answers.push_back(std::move(a));
    }
    return answers;
}

bool anyNews(const std::vector<PullAnswer> &answers)
{
    for (const PullAnswer &a : answers)
        if (a.status != "changes" || a.changeCount > 0 || a.hasMore) return true;
    return false;
}

StoreResult<SnapshotPage> snapshotPage(sql::Session &session, std::string_view tenant, std::string_view scope,
                                       std::string_view pageToken, std::int64_t maxRows, std::int64_t maxBytes,
                                       std::int64_t nowMs)
{
    SnapshotPage page;
    std::string afterKind, afterKey;
    std::int64_t createdAt = nowMs;
    const ScopeHead head = readScopeHead(session, tenant, scope);
    if (pageToken.empty()) {
        page.snapshotId = newUuid();
        page.epoch = head.epoch;
        page.startCursor = Cursor{head.epoch, head.seq,
                                  head.seq == 0 ? std::string(kNilUuid)
                                                : changeIdAt(session, tenant, scope, head.seq).value_or(std::string(kNilUuid))};
    } else {
        const auto f = decodeToken(pageToken);
        // fields: snapshot id, scope, epoch, start seq, start change id, created at, count so far, kind, key
        if (!f || f->size() != 9 || (*f)[1] != scope)
            return refuse(400, "bad_request", "page_token is not a token this server gave for this scope.",
                          R"({"field":"page_token"})");
        createdAt = std::strtoll((*f)[5].c_str(), nullptr, 10);
        if ((*f)[2] != head.epoch || nowMs - createdAt > kSnapshotTokenLifetimeMs)
            return refuse(409, "snapshot_expired", "This snapshot is older than 24 hours or from an earlier epoch; start it again.");
        page.snapshotId = (*f)[0];
        page.epoch = (*f)[2];
        page.startCursor = Cursor{(*f)[2], std::strtoll((*f)[3].c_str(), nullptr, 10), (*f)[4]};
        page.rowCountSoFar = std::strtoll((*f)[6].c_str(), nullptr, 10);
        afterKind = (*f)[7];
        afterKey = (*f)[8];
    }

    const std::array<Param, 5> p{tenant, scope, std::string_view(afterKind), std::string_view(afterKey), maxRows + 1};
    // A row value comparison, so both back ends seek the primary key straight
    // to the page's start (an OR of two conditions made SQLite scan the kind).
    auto rows = session.query("SELECT kind, record_key, data FROM records WHERE tenant_id = ?1 AND scope = ?2"
                              " AND (kind, record_key) > (?3, ?4)"
                              " ORDER BY kind, record_key LIMIT ?5", p);
    std::string out = "[";
    std::string lastKind, lastKey;
    bool more = false;
    while (rows->next()) {
        if (page.rowCount == maxRows) {
            more = true;
            break;
        }
        std::string row;
        row.reserve(64 + rows->text(2).size());
        row += "{\"kind\":";
        sync::json::appendQuoted(row, rows->text(0));
        row += ",\"key\":";
        sync::json::appendQuoted(row, rows->text(1));
        row += ",\"data\":";
        row += rows->text(2);
        row += '}';
        if (page.rowCount > 0 && std::int64_t(out.size() + row.size() + 1) > maxBytes) {
            more = true;
            break;
        }
        if (page.rowCount > 0) out.push_back(',');
        out += row;
        ++page.rowCount;
        lastKind = rows->text(0);
        lastKey = rows->text(1);
    }
    out.push_back(']');
    page.rowsJson = std::move(out);
    page.rowCountSoFar += page.rowCount;
    if (more)
        page.nextPageToken = encodeToken({page.snapshotId, std::string(scope), page.epoch,
                                          std::to_string(page.startCursor.seq), page.startCursor.changeId,
                                          std::to_string(createdAt), std::to_string(page.rowCountSoFar), lastKind,
                                          lastKey});
    return page;
}

std::vector<std::pair<std::string, KindDigest>> scopeDigests(sql::Session &session, std::string_view tenant,
                                                            std::string_view scope)
{
    const std::array<Param, 2> p{tenant, scope};
    auto rows = session.query("SELECT kind, row_count, row_sum FROM record_digests WHERE tenant_id = ?1 AND scope = ?2"
                              " ORDER BY kind", p);
    std::vector<std::pair<std::string, KindDigest>> out;
    while (rows->next())
        out.emplace_back(std::string(rows->text(0)), KindDigest{rows->integer(1), digestHex(rows->integer(2))});
    return out;
}

} // namespace retailos::server::store
