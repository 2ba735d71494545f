// The downstream change log (docs/sync-protocol.md §8): one log per (tenant,
// scope), numbered in commit order under the scope head's row lock,
// written in the same transaction as the state it describes, with the
// current record and the running digest kept beside it.
#pragma once

#include "sync/server/db/sql.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

// the first 8 bytes of SHA-256 of the canonical JSON, big-endian, as a
// signed 64-bit number (the digest sums wrap modulo 2^64).
std::int64_t rowHash(std::string_view canonicalData);

// "01234567…" 16 lower-case hex digits of a digest sum.
std::string digestHex(std::int64_t sum);

} // namespace retailos::server::store
