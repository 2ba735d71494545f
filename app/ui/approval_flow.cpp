// The approval flow (see approval_flow.h).
#include "app/ui/approval_flow.h"

#include "app/ui/approval_dialog.h"

#include <QCoreApplication>

namespace retailos::ui {

namespace {
struct FlowText
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalFlow)
};

// Failures the supervisor can fix by typing again (or another supervisor can).
bool retryable(const Error &error)
{
    return error.code.startsWith(u"staff.") || error.code == u"sale.approval_required"
        || error.code == u"sale.self_approval";
}
} // namespace

bool isCancelled(const Error &error)
{
    return error.code == u"ui.cancelled";
}

Result<> runWithApproval(QWidget *parent, const QString &actionText, const QList<Reason> &reasons,
                         const QString &reasonCode, const ApprovableAction &action)
{
    auto first = action(std::nullopt);
    if (first || first.error().code != u"sale.approval_required")
        return first;
    ApprovalDialog dialog(actionText, reasons, reasonCode, parent);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return fail(u"ui.cancelled"_qs, FlowText::tr("Cancelled; nothing was changed."));
        auto result = action(dialog.request());
        if (result || !retryable(result.error()))
            return result;
        dialog.showError(result.error().message);
    }
}

} // namespace retailos::ui
