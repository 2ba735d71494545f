// The upstream half of a sync cycle (docs/sync-protocol.md §6.4, §7): the
// lane's unacknowledged outbox events, oldest first, in batches to
// POST /v1/events; what the server acknowledges is marked sent. A resend after
// a lost answer is harmless; a server that lost events (restored from
// an older backup) says where it stands and they are sent again; a
// conflict stops the upload and is reported, never papered over.
#pragma once

#include "core/common/result.h"
#include "sync/client/https_client.h"

#include <QString>

#include <cstdint>
#include <string>

namespace retailos {
class Outbox;
}

namespace retailos::sync {

struct UploadLimits
{
    int maxEvents = 500;                          // the server's max_events_per_upload
    std::int64_t maxPayloadBytes = 4 * 1024 * 1024;   // per request, before JSON escaping
};

struct UploadOutcome
{
    enum class State {
        UpToDate,        // nothing left to send
        Sent,            // a batch was acknowledged; more may be waiting
        ServerBehind,    // the server holds less than the lane thought: resent from `ackedThrough` + 1
        Conflict,        // the server holds other events under these numbers; stops until HQ acts
        NotAuthorised,   // 401/403: the credential is revoked or unknown
        Failed           // network, server error or an answer that cannot be trusted: try again later
    };
    State state = State::UpToDate;
    int sent = 0;                   // events in the request
    std::int64_t ackedThrough = 0;  // what the server said it holds
    int rejected = 0, held = 0;     // stored but not applied: for HQ to look at
    QString message;                // for the log and the status bar; empty when all is well
};

struct LaneHeaders
{
    std::string credential;         // "Authorization: Bearer …"
    std::string software = "retailos/1";
    std::int64_t clockOffsetMs = 0;
};

// Sends one batch (the oldest unacknowledged events) and records the answer.
// Returns an Error only when the lane's own database fails.
[[nodiscard]] Result<UploadOutcome> uploadOneBatch(HttpsClient &client, const LaneHeaders &headers, Outbox &outbox,
                                                   const UploadLimits &limits = {});

} // namespace retailos::sync
