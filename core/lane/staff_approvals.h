// Approvals for the sale engine checked against the staff directory: the
// supervisor's own PIN (with lock-out), the permission the action needs, and
// never the cashier who asks.
#pragma once

#include "core/sale/sale_session.h"
#include "core/staff/staff_directory.h"

#include <functional>

namespace retailos {

class StaffApprovals final : public ApprovalVerifier
{
public:
    StaffApprovals(StaffDirectory &staff, std::function<qint64()> clock) : m_staff(staff), m_clock(std::move(clock)) {}

    [[nodiscard]] Result<retailos::Approval> verify(const ApprovalRequest &request, const QString &permission,
                                                    const Operator &requester) override;

private:
    StaffDirectory &m_staff;
    std::function<qint64()> m_clock;
};

} // namespace retailos
