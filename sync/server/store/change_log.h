// The downstream change log (docs/sync-protocol.md §8): one log per (tenant,
// scope), numbered in commit order under the scope head's row lock,
// written in the same transaction as the state it describes, with the
// current record and the running digest kept beside it.
#pragma once

#include "sync/server/db/sql.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace retailos::server::store {

// Writes (kind, key, data) into `scope` of `tenant` when it differs from the
// stored record; `canonicalData` is canonical JSON, nullopt
// deletes. Returns the change's seq, or 0 when nothing changed.
std::int64_t writeChange(sql::Session &session, std::string_view tenant, std::string_view scope,
                         std::string_view kind, std::string_view key,
                         std::optional<std::string_view> canonicalData, std::int64_t nowMs);

// Adds `deltaMilli` to the store's stock of `sku` (the ledger, R-9.2) and writes
// the `stock_level` change in scope "stock:<store>". Returns the change's seq.
std::int64_t addStock(sql::Session &session, std::string_view tenant, std::string_view store,
                      std::string_view sku, std::int64_t deltaMilli, std::int64_t nowMs);

struct ScopeHead
{
    std::string epoch;
    std::int64_t seq = 0;
    std::int64_t retainedFrom = 1;
};

// The scope's head as committed; a scope never written has a fresh epoch and seq 0.
ScopeHead readScopeHead(sql::Session &session, std::string_view tenant, std::string_view scope);

// Locks the scope's head row for the rest of the transaction (creating the
// scope on first use) and returns it.
ScopeHead lockScopeHead(sql::Session &session, std::string_view tenant, std::string_view scope);

// a new epoch, numbering from 1; the records stay (a snapshot serves
// them), the old log is dropped.
ScopeHead resetScope(sql::Session &session, std::string_view tenant, std::string_view scope);

// drops the changes older than both the last `keepChanges` and the last
// `keepMs` of the scope, and advances retained_from; returns how many went.
// A lane whose cursor is older then reloads the scope from a snapshot.
std::int64_t pruneChangeLog(sql::Session &session, std::string_view tenant, std::string_view scope,
                            std::int64_t keepChanges, std::int64_t keepMs, std::int64_t nowMs);

// One transaction's change-log bookkeeping, batched: each scope head is locked
// and read once, change numbers are handed out in memory (still under the
// head's lock, so still in commit order, R-8.1), and the heads and the digest
// sums are written once by flush(), which must run before COMMIT.
// While a batch lives, writeChange() and lockScopeHead() on its session use
// it. Without one they write the bookkeeping per change, as before.
// A savepoint rolled back must also roll the batch back: use Savepoint below.
class ChangeLogBatch
{
public:
    explicit ChangeLogBatch(sql::Session &session);
    ~ChangeLogBatch();
    ChangeLogBatch(const ChangeLogBatch &) = delete;
    ChangeLogBatch &operator=(const ChangeLogBatch &) = delete;

    void flush();

    struct Head
    {
        ScopeHead head;
        std::int64_t committedSeq = 0;   // what the database row says
    };
    using Key = std::pair<std::string, std::string>;                    // tenant, scope
    using DigestKey = std::tuple<std::string, std::string, std::string>; // tenant, scope, kind
    struct State
    {
        std::map<Key, Head> heads;
        std::map<DigestKey, std::pair<std::int64_t, std::uint64_t>> digests;   // count, sum deltas
    };

    // The batch of this session, if any. A batch made while another lives on the
    // same session does nothing: the outer one numbers and flushes.
    static ChangeLogBatch *of(sql::Session &session);
    State &state() { return m_state; }
    sql::Session &session() { return m_session; }

private:
    sql::Session &m_session;
    ChangeLogBatch *m_previous = nullptr;
    bool m_owner = false;
    State m_state;
};

// A SAVEPOINT that also rolls back the change-log batch's numbering when the
// work under it is undone, so numbers stay gap-free.
class Savepoint
{
public:
    Savepoint(sql::Session &session, std::string name);
    void rollback();   // ROLLBACK TO and RELEASE
    void release();    // RELEASE
private:
    sql::Session &m_session;
    std::string m_name;
    std::optional<ChangeLogBatch::State> m_saved;
};

// the first 8 bytes of SHA-256 of the canonical JSON, big-endian, as a
// signed 64-bit number (the digest sums wrap modulo 2^64).
std::int64_t rowHash(std::string_view canonicalData);

// "01234567…" 16 lower-case hex digits of a digest sum.
std::string digestHex(std::int64_t sum);

} // namespace retailos::server::store
