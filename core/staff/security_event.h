// Sign-ins, failures, lock-outs and approvals, reported so the journal can record them.
#pragma once

#include "core/staff/permission.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace retailos {

enum class SecurityEventKind {
    SignedIn,
    SignInFailed,           // unknown code or wrong PIN
    LockedOut,              // this failure reached the limit
    SignInRefusedLocked,    // tried while locked; the PIN was not checked
    SignInRefusedInactive,  // right PIN, deactivated user
    ApprovalGranted,
    ApprovalDenied,         // right PIN, but the approver lacks the permission
};

// Stable ids for the journal: "staff.signed_in", "staff.sign_in_failed", ...
[[nodiscard]] QStringView securityEventId(SecurityEventKind kind);

// Never carries a PIN or a hash. userCode is empty when the code typed matches
// nobody: people type their PIN into the code field, and that must not reach a journal.
struct SecurityEvent
{
    SecurityEventKind kind = SecurityEventKind::SignInFailed;
    qint64 atUtcMs = 0;
    std::optional<qint64> userId;
    QString userCode;
    QString displayName;
    std::optional<Permission> permission;     // set when the attempt was an approval
    int failedAttempts = 0;                   // consecutive failures after this event
    std::optional<qint64> lockedUntilUtcMs;   // LockedOut and SignInRefusedLocked
};

using SecurityListener = std::function<void(const SecurityEvent &)>;

} // namespace retailos
