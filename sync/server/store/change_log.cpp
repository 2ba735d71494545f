#include "sync/server/store/change_log.h"

#include "sync/protocol/json.h"
#include "sync/server/store/ids.h"

#include <algorithm>
#include <array>

namespace retailos::server::store {

using sql::Param;

namespace {

// The batch of each session in use on this thread (a transaction runs on one thread).
thread_local ChangeLogBatch *t_batch = nullptr;

struct StoredRecord
{
    std::string data;
    std::int64_t rowHash = 0;
};

std::optional<StoredRecord> readRecord(sql::Session &s, std::string_view tenant, std::string_view scope,
                                       std::string_view kind, std::string_view key)
{
    const std::array<Param, 4> p{tenant, scope, kind, key};
    auto rows = s.query("SELECT data, row_hash FROM records WHERE tenant_id = ?1 AND scope = ?2"
                        " AND kind = ?3 AND record_key = ?4", p);
    if (!rows->next()) return std::nullopt;
    return StoredRecord{std::string(rows->text(0)), rows->integer(1)};
}

std::optional<ScopeHead> selectHead(sql::Session &s, std::string_view tenant, std::string_view scope, bool lock)
{
    const std::array<Param, 2> p{tenant, scope};
    // SQLite needs no row lock: BEGIN IMMEDIATE already made this the only writer.
    const bool forUpdate = lock && s.dialect() == sql::Dialect::Postgres;
    auto rows = s.query(forUpdate ? "SELECT epoch, seq, retained_from FROM scope_heads"
                                    " WHERE tenant_id = ?1 AND scope = ?2 FOR UPDATE"
                                  : "SELECT epoch, seq, retained_from FROM scope_heads"
                                    " WHERE tenant_id = ?1 AND scope = ?2",
                        p);
    if (!rows->next()) return std::nullopt;
    return ScopeHead{std::string(rows->text(0)), rows->integer(1), rows->integer(2)};
}

} // namespace

std::int64_t rowHash(std::string_view canonicalData)
{
    const std::string digest = sha256(canonicalData);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(digest[i]);
    return static_cast<std::int64_t>(v);
}

std::string digestHex(std::int64_t sum)
{
    static constexpr char hex[] = "0123456789abcdef";
    auto v = static_cast<std::uint64_t>(sum);
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) out[i] = hex[v & 0xF];
    return out;
}

ScopeHead readScopeHead(sql::Session &session, std::string_view tenant, std::string_view scope)
{
    if (auto head = selectHead(session, tenant, scope, false)) return *head;
    return ScopeHead{};   // never written: epoch made on first write
}

namespace {
ScopeHead lockScopeHeadRow(sql::Session &session, std::string_view tenant, std::string_view scope);
}

ScopeHead lockScopeHead(sql::Session &session, std::string_view tenant, std::string_view scope)
{
    if (ChangeLogBatch *batch = ChangeLogBatch::of(session)) {
        auto &heads = batch->state().heads;
        const ChangeLogBatch::Key key{std::string(tenant), std::string(scope)};
        if (auto it = heads.find(key); it != heads.end()) return it->second.head;
        const ScopeHead head = lockScopeHeadRow(session, tenant, scope);
        heads.emplace(key, ChangeLogBatch::Head{head, head.seq});
        return head;
    }
    return lockScopeHeadRow(session, tenant, scope);
}

namespace {
ScopeHead lockScopeHeadRow(sql::Session &session, std::string_view tenant, std::string_view scope)
{
    if (auto head = selectHead(session, tenant, scope, true)) return *head;
    const std::string epoch = newUuid();
    const std::array<Param, 3> p{tenant, scope, std::string_view(epoch)};
    session.exec("INSERT INTO scope_heads (tenant_id, scope, epoch, seq, retained_from)"
                 " VALUES (?1, ?2, ?3, 0, 1) ON CONFLICT (tenant_id, scope) DO NOTHING", p);
    auto head = selectHead(session, tenant, scope, true);
    if (!head) throw sql::Error(sql::ErrorKind::Other, "scope head vanished after insert");
    return *head;
}
} // namespace

ScopeHead resetScope(sql::Session &session, std::string_view tenant, std::string_view scope)
{
    ScopeHead head = lockScopeHead(session, tenant, scope);
    head.epoch = newUuid();
    head.seq = 0;
    head.retainedFrom = 1;
    const std::array<Param, 3> p{tenant, scope, std::string_view(head.epoch)};
    session.exec("UPDATE scope_heads SET epoch = ?3, seq = 0, retained_from = 1"
                 " WHERE tenant_id = ?1 AND scope = ?2", p);
    const std::array<Param, 2> q{tenant, scope};
    session.exec("DELETE FROM changes WHERE tenant_id = ?1 AND scope = ?2", q);
    session.exec("UPDATE records SET seq = 0 WHERE tenant_id = ?1 AND scope = ?2", q);
    if (ChangeLogBatch *batch = ChangeLogBatch::of(session))
        batch->state().heads[{std::string(tenant), std::string(scope)}] = ChangeLogBatch::Head{head, 0};
    return head;
}

std::int64_t pruneChangeLog(sql::Session &session, std::string_view tenant, std::string_view scope,
                            std::int64_t keepChanges, std::int64_t keepMs, std::int64_t nowMs)
{
    const ScopeHead head = lockScopeHead(session, tenant, scope);
    const std::int64_t byCount = head.seq - keepChanges;
    const std::array<Param, 3> p{tenant, scope, nowMs - keepMs};
    const std::int64_t byAge = session.queryInt("SELECT max(seq) FROM changes WHERE tenant_id = ?1 AND scope = ?2"
                                                " AND committed_at < ?3", p).value_or(0);
    const std::int64_t through = std::min(byCount, byAge);
    if (through < head.retainedFrom) return 0;
    // The change at `through` stays: a lane whose cursor is exactly there can
    // still prove its cursor and continue without a snapshot.
    const std::array<Param, 3> d{tenant, scope, through};
    const std::int64_t removed = session.exec("DELETE FROM changes WHERE tenant_id = ?1 AND scope = ?2 AND seq < ?3", d);
    const std::array<Param, 3> u{tenant, scope, through + 1};
    session.exec("UPDATE scope_heads SET retained_from = ?3 WHERE tenant_id = ?1 AND scope = ?2", u);
    return removed;
}

std::int64_t writeChange(sql::Session &session, std::string_view tenant, std::string_view scope,
                         std::string_view kind, std::string_view key,
                         std::optional<std::string_view> canonicalData, std::int64_t nowMs)
{
    auto unchanged = [&](const std::optional<StoredRecord> &existing) {
        return canonicalData ? (existing && existing->data == *canonicalData) : !existing;
    };
    ChangeLogBatch *batch = ChangeLogBatch::of(session);
    const bool alreadyLocked = batch && batch->state().heads.contains({std::string(tenant), std::string(scope)});
    std::optional<StoredRecord> existing = readRecord(session, tenant, scope, kind, key);
    if (unchanged(existing)) return 0;

    ScopeHead head = lockScopeHead(session, tenant, scope);
    if (!alreadyLocked) {
        // Read again under the lock: on PostgreSQL another transaction may have
        // committed this record between the first read and the lock.
        existing = readRecord(session, tenant, scope, kind, key);
        if (unchanged(existing)) return 0;
    }

    const std::int64_t seq = head.seq + 1;
    const std::string changeId = newUuid();
    if (batch) {
        batch->state().heads[{std::string(tenant), std::string(scope)}].head.seq = seq;
    } else {
        const std::array<Param, 3> p{tenant, scope, seq};
        session.exec("UPDATE scope_heads SET seq = ?3 WHERE tenant_id = ?1 AND scope = ?2", p);
    }
    {
        const Param data = canonicalData ? Param(*canonicalData) : Param(nullptr);
        const std::array<Param, 9> p{tenant, scope, seq, std::string_view(changeId), kind,
                                     std::string_view(canonicalData ? "upsert" : "delete"), key, nowMs, data};
        session.execLater("INSERT INTO changes (tenant_id, scope, seq, change_id, kind, op, record_key,"
                     " committed_at, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", p);
    }

    std::int64_t countDelta = 0;
    std::uint64_t sumDelta = 0;
    if (existing) {
        countDelta -= 1;
        sumDelta -= static_cast<std::uint64_t>(existing->rowHash);
    }
    if (canonicalData) {
        const std::int64_t hash = rowHash(*canonicalData);
        countDelta += 1;
        sumDelta += static_cast<std::uint64_t>(hash);
        const std::array<Param, 7> p{tenant, scope, kind, key, *canonicalData, hash, seq};
        session.execLater("INSERT INTO records (tenant_id, scope, kind, record_key, data, row_hash, seq)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                     " ON CONFLICT (tenant_id, scope, kind, record_key)"
                     " DO UPDATE SET data = excluded.data, row_hash = excluded.row_hash, seq = excluded.seq", p);
    } else {
        const std::array<Param, 4> p{tenant, scope, kind, key};
        session.exec("DELETE FROM records WHERE tenant_id = ?1 AND scope = ?2 AND kind = ?3"
                     " AND record_key = ?4", p);
    }

    if (batch) {
        auto &delta = batch->state().digests[{std::string(tenant), std::string(scope), std::string(kind)}];
        delta.first += countDelta;
        delta.second += sumDelta;
        return seq;
    }
    // The digest sums wrap modulo 2^64; computed here, not in SQL,
    // because PostgreSQL's BIGINT arithmetic refuses to overflow.
    const std::array<Param, 3> dk{tenant, scope, kind};
    std::int64_t count = 0;
    std::uint64_t sum = 0;
    {
        auto rows = session.query("SELECT row_count, row_sum FROM record_digests WHERE tenant_id = ?1"
                                  " AND scope = ?2 AND kind = ?3", dk);
        if (rows->next()) {
            count = rows->integer(0);
            sum = static_cast<std::uint64_t>(rows->integer(1));
        }
    }
    count += countDelta;
    sum += sumDelta;
    const std::array<Param, 5> dp{tenant, scope, kind, count, static_cast<std::int64_t>(sum)};
    session.exec("INSERT INTO record_digests (tenant_id, scope, kind, row_count, row_sum)"
                 " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, scope, kind)"
                 " DO UPDATE SET row_count = excluded.row_count, row_sum = excluded.row_sum", dp);
    return seq;
}

std::int64_t addStock(sql::Session &session, std::string_view tenant, std::string_view store,
                      std::string_view sku, std::int64_t deltaMilli, std::int64_t nowMs)
{
    const std::string scope = "stock:" + std::string(store);
    // Head first, then the stock row: one lock order for every writer of this
    // store's stock, so concurrent sales on PostgreSQL queue instead of deadlocking.
    lockScopeHead(session, tenant, scope);
    std::int64_t quantity = 0;
    {
        const std::array<Param, 4> p{tenant, store, sku, deltaMilli};
        auto rows = session.query("INSERT INTO stock (tenant_id, store_id, sku, quantity_milli)"
                                  " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (tenant_id, store_id, sku)"
                                  " DO UPDATE SET quantity_milli = stock.quantity_milli + excluded.quantity_milli"
                                  " RETURNING quantity_milli", p);
        if (rows->next()) quantity = rows->integer(0);
    }
    sync::json::Writer w;   // keys in sorted order: canonical
    w.beginObject()
        .field("as_of", nowMs)
        .field("quantity_milli", quantity)
        .field("sku", sku)
        .field("store_id", store)
        .endObject();
    return writeChange(session, tenant, scope, "stock_level", sku, w.text(), nowMs);
}

ChangeLogBatch::ChangeLogBatch(sql::Session &session) : m_session(session)
{
    if (of(session)) return;   // nested: the outer batch does the work
    m_owner = true;
    m_previous = t_batch;
    t_batch = this;
}

ChangeLogBatch::~ChangeLogBatch()
{
    if (m_owner) t_batch = m_previous;
}

ChangeLogBatch *ChangeLogBatch::of(sql::Session &session)
{
    for (ChangeLogBatch *b = t_batch; b; b = b->m_previous)
        if (&b->m_session == &session) return b;
    return nullptr;
}

void ChangeLogBatch::flush()
{
    if (!m_owner) return;
    for (auto &[key, h] : m_state.heads) {
        if (h.head.seq == h.committedSeq) continue;
        m_session.exec("UPDATE scope_heads SET seq = ?3 WHERE tenant_id = ?1 AND scope = ?2",
                       {std::string_view(key.first), std::string_view(key.second), h.head.seq});
        h.committedSeq = h.head.seq;
    }
    for (auto &[key, delta] : m_state.digests) {
        if (delta.first == 0 && delta.second == 0) continue;
        const auto &[tenant, scope, kind] = key;
        std::int64_t count = 0;
        std::uint64_t sum = 0;
        {
            auto rows = m_session.query("SELECT row_count, row_sum FROM record_digests WHERE tenant_id = ?1"
                                        " AND scope = ?2 AND kind = ?3",
                                        {std::string_view(tenant), std::string_view(scope), std::string_view(kind)});
            if (rows->next()) {
                count = rows->integer(0);
                sum = static_cast<std::uint64_t>(rows->integer(1));
            }
        }
        count += delta.first;
        sum += delta.second;   // wraps modulo 2^64
        m_session.exec("INSERT INTO record_digests (tenant_id, scope, kind, row_count, row_sum)"
                       " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, scope, kind)"
                       " DO UPDATE SET row_count = excluded.row_count, row_sum = excluded.row_sum",
                       {std::string_view(tenant), std::string_view(scope), std::string_view(kind), count,
                        static_cast<std::int64_t>(sum)});
        delta = {0, 0};
    }
}

Savepoint::Savepoint(sql::Session &session, std::string name) : m_session(session), m_name(std::move(name))
{
    if (ChangeLogBatch *batch = ChangeLogBatch::of(session)) m_saved = batch->state();
    m_session.execLater("SAVEPOINT " + m_name);
}

void Savepoint::rollback()
{
    m_session.exec("ROLLBACK TO SAVEPOINT " + m_name);
    m_session.exec("RELEASE SAVEPOINT " + m_name);
    if (ChangeLogBatch *batch = ChangeLogBatch::of(m_session); batch && m_saved) batch->state() = *m_saved;
}

void Savepoint::release() { m_session.execLater("RELEASE SAVEPOINT " + m_name); }

} // namespace retailos::server::store
