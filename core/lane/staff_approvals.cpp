// Staff-backed approvals (see staff_approvals.h).
#include "core/lane/staff_approvals.h"

#include <QCoreApplication>

namespace retailos {

Result<retailos::Approval> StaffApprovals::verify(const ApprovalRequest &request, const QString &permission,
                                                  const Operator &requester)
{
    const auto p = permissionFromId(permission);
    if (!p)
        return fail(QStringLiteral("sale.approval_required"),
                    QCoreApplication::translate("Sale", "Unknown permission %1.").arg(permission));
    if (request.code == requester.id)
        return fail(QStringLiteral("sale.self_approval"),
                    QCoreApplication::translate("Sale", "An approval must come from someone else."));
    auto approved = m_staff.approve(request.code, request.pin, *p, m_clock());
    if (!approved)
        return std::unexpected(approved.error());
    return retailos::Approval{approved->approver.code, approved->approver.displayName, request.reasonCode,
                              approved->approvedAtUtcMs};
}

} // namespace retailos
