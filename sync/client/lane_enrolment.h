// Enrolment from the lane (docs/sync-protocol.md §6.1, R-6.1– ): the
// one-time code HQ gave the store becomes this lane's own credential, kept in a
// file only the lane's user can read. A retry after a lost answer uses the same
// request id and gets a fresh secret for the same terminal.
#pragma once

#include "core/common/result.h"
#include "sync/client/https_client.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace retailos::sync {

struct EnrolmentRequest
{
    std::string code;                  // as typed: the server ignores hyphens, spaces and case
    std::string requestId;             // a uuid made once per code, the same on every retry
    std::string storeId, laneId;       // what the lane is configured as; empty on a fresh install
    std::string journalPublicKey;      // base64 of the lane's Ed25519 journal key
    std::string software = "retailos/1";
};

struct LaneCredential
{
    std::string terminalId, tenantId, storeId, laneId, name;
    std::string credential;            // the bearer secret: never logged, never shown
    std::vector<std::string> scopes;
    std::int64_t ackedThrough = 0;     // where the server's copy of this lane's stream stands
};

// Error codes: sync.enrol.code_invalid (unknown, used or expired code),
// sync.enrol.mismatch (the code is for another store or lane, or another
// journal key), sync.enrol.rate_limited, sync.enrol.unreachable,
// sync.enrol.bad_answer (an answer that cannot be trusted).
[[nodiscard]] Result<LaneCredential> enrolLane(HttpsClient &client, const EnrolmentRequest &request);

// The credential file: JSON, written atomically with mode 0600. Loading
// refuses a file that others can read or write (sync.credential.permissions),
// a missing file (sync.credential.missing) and a damaged one (sync.credential.damaged).
[[nodiscard]] Result<> saveLaneCredential(const QString &path, const LaneCredential &credential);
[[nodiscard]] Result<LaneCredential> loadLaneCredential(const QString &path);

} // namespace retailos::sync
