// Downstream reads (docs/sync-protocol.md §6.5, §6.6, §8): pulls by cursor in
// bounded batches, the named reasons to reload a scope, and paged snapshots.
#pragma once

#include "sync/server/db/sql.h"
#include "sync/server/store/store_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace retailos::server::store {

inline constexpr std::string_view kNilUuid = "00000000-0000-0000-0000-000000000000";

struct Cursor
{
    std::string epoch;
    std::int64_t seq = 0;
    std::string changeId;   // kNilUuid for seq 0 (an empty scope's snapshot)
};

struct PullRequestScope
{
    std::string scope;
    std::optional<Cursor> cursor;
};

struct PullAnswer
{
    std::string scope;
    std::string status;        // "changes" or "snapshot_required"
    std::string reason;        // snapshot_required: no_cursor, epoch_changed, cursor_too_old, cursor_unknown
    std::string epoch;
    std::int64_t headSeq = 0;
    std::string changesJson = "[]";   // the changes array, already serialised
    std::size_t changeCount = 0;
    std::optional<Cursor> cursor;     // "changes": the new cursor (or the request's)
    bool hasMore = false;
};

struct PullLimits
{
    std::int64_t maxChanges = 1000;         // per scope
    std::int64_t maxBytes = 1024 * 1024;    // per scope
    std::int64_t totalBytes = 12 * 1024 * 1024;   // whole response
};

std::vector<PullAnswer> pull(sql::Session &session, std::string_view tenant,
                             const std::vector<PullRequestScope> &scopes, const PullLimits &limits);

// True when at least one scope has something to say right now.
bool anyNews(const std::vector<PullAnswer> &answers);

struct SnapshotPage
{
    std::string snapshotId, epoch;
    Cursor startCursor;
    std::string rowsJson = "[]";
    std::int64_t rowCount = 0;
    std::int64_t rowCountSoFar = 0;
    std::optional<std::string> nextPageToken;
};

inline constexpr std::int64_t kSnapshotTokenLifetimeMs = 24LL * 3600 * 1000;

// `pageToken` empty: a new snapshot. 409 snapshot_expired for an old or foreign token.
StoreResult<SnapshotPage> snapshotPage(sql::Session &session, std::string_view tenant, std::string_view scope,
                                       std::string_view pageToken, std::int64_t maxRows, std::int64_t maxBytes,
                                       std::int64_t nowMs);

struct KindDigest
{
    std::int64_t count = 0;
    std::string sum;   // 16 hex digits
};
// per kind of the scope, from the running sums.
std::vector<std::pair<std::string, KindDigest>> scopeDigests(sql::Session &session, std::string_view tenant,
                                                            std::string_view scope);

} // namespace retailos::server::store
