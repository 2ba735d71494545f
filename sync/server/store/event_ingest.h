// Upstream: storing a terminal's events exactly once (docs/sync-protocol.md §7).
// One request is one transaction; every new event is stored with its
// status, its effects applied in the same transaction, and the stream
// never wedges on one bad event.
#pragma once

#include "sync/protocol/events/event_payloads.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/store_error.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace retailos::server::store {

struct IncomingEvent
{
    std::string eventId;
    std::int64_t seq = 0;
    std::string type;
    std::int64_t createdAt = 0;
    std::string prevHash, hash;
    std::string payload;        // the exact bytes the lane hashed
    std::string envelopeError;  // non-empty: step 1 failed (bad_envelope), says which member

    // Work done before the write transaction by prepareEvents() (no database
    // needed): the ingest uses it instead of doing it again under the lock.
    std::optional<bool> hashMatches;                     // over this event's own members
    std::optional<sync::events::PayloadResult> parsed;   // steps 5, 6, 8
    sync::events::EventContext parsedFor;                // whom it was parsed for
};

// Checks every event's hash and parses its payload (known types only) for the
// sender `context`, before the write transaction: SQLite has one writer, so
// what is done here, for several uploads at once, is not done while the others
// wait. ingestEvents() gives the result to the applier (EffectContext::parsed)
// only when the sender is still `context`.
void prepareEvents(std::vector<IncomingEvent> &events, const sync::events::EventContext &context,
                   const std::function<bool(std::string_view type)> &isKnownType);

struct EventResult
{
    std::int64_t seq = 0;
    std::string status;         // applied, duplicate, rejected, held
    std::string code, message;  // rejected / held
    std::string storedStatus;   // duplicate: what it was stored as
    std::string storedCode;
};

struct IngestOutcome
{
    std::int64_t ackedThrough = 0;
    std::string lastHash;
    std::vector<EventResult> results;
    std::map<std::string, std::int64_t> visibleAt;
};

// What the domain makes of one chained, hash-checked event of a known type
// (R-7.12 steps 5–8): parse its payload and apply its effects.
struct EffectContext
{
    std::string tenantId, storeId, laneId, terminalId, currency, eventId;
    std::int64_t seq = 0;
    std::int64_t nowMs = 0;
    const sync::events::PayloadResult *parsed = nullptr;   // prepared by prepareEvents(), else null
};
struct AppliedOutcome
{
    std::string status = "applied";   // applied, rejected, held
    std::string code, message;
    std::vector<std::pair<std::string, std::int64_t>> visibleAt;
};
using EventApplier = std::function<AppliedOutcome(sql::Session &, const EffectContext &, std::string_view type,
                                                  std::string_view payload)>;
using KnownTypePredicate = std::function<bool(std::string_view type)>;

struct StreamState
{
    std::int64_t ackedThrough = 0;
    std::string lastHash;
    std::int64_t rejectedCount = 0, heldCount = 0;
};

StreamState readStream(sql::Session &session, std::string_view terminalId);

// The events must be in ascending consecutive seq (the API checked it, R-7.14).
// Refusals: 409 sequence_gap, 409 event_conflict.
StoreResult<IngestOutcome> ingestEvents(sql::Session &session, const TerminalIdentity &terminal,
                                        std::string_view currency, const std::vector<IncomingEvent> &events,
                                        const KnownTypePredicate &isKnownType, const EventApplier &apply,
                                        std::int64_t nowMs);

// SHA-256(prev_hash bytes ‖ seq ‖ '\n' ‖ type ‖ '\n' ‖ payload), hex.
std::string chainHash(std::string_view prevHashHex, std::int64_t seq, std::string_view type,
                      std::string_view payload);

// events held as `unknown_type` whose type this server version knows
// are examined again, oldest first, each in its terminal's stream order: applied
// or rejected, never deleted. Returns how many were settled. Run at start-up.
std::int64_t settleHeldUnknownTypes(sql::Session &session, const KnownTypePredicate &isKnownType,
                                    const EventApplier &apply, std::int64_t nowMs);

// Counts a conflict for `retailos-admin terminals show` (its own transaction,
// since the refused request's transaction is rolled back).
void recordConflict(sql::Session &session, std::string_view terminalId);

} // namespace retailos::server::store
