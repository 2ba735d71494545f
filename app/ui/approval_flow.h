// Runs a sale action that a supervisor may have to allow: first as the
// cashier; when the engine answers "sale.approval_required", the approval
// dialog asks for a supervisor and the action runs again with their
// credential, until it passes or the cashier cancels ("ui.cancelled").
#pragma once

#include "app/ui/reasons.h"
#include "core/common/result.h"
#include "core/sale/sale.h"

#include <functional>
#include <optional>

class QWidget;

namespace retailos::ui {

using ApprovableAction = std::function<Result<>(const std::optional<ApprovalRequest> &)>;

[[nodiscard]] Result<> runWithApproval(QWidget *parent, const QString &actionText, const QList<Reason> &reasons,
                                       const QString &reasonCode, const ApprovableAction &action);

[[nodiscard]] bool isCancelled(const Error &error);

} // namespace retailos::ui
