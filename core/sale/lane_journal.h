// The sale engine's journal port backed by the lane's tamper-evident journal.
#pragma once

#include "core/journal/journal.h"
#include "core/sale/sale_store.h"

namespace retailos {

class LaneJournal final : public SaleJournal
{
public:
    explicit LaneJournal(Journal &journal) : m_journal(journal) {}

    [[nodiscard]] Result<qint64> record(const QString &type, const QByteArray &canonicalPayload, qint64 amountMinor,
                                        qint64 nowUtcMs) override
    {
        auto r = m_journal.appendCanonical(type, canonicalPayload, amountMinor, nowUtcMs);
        if (!r)
            return std::unexpected(r.error());
        return r->sequence;
    }

private:
    Journal &m_journal;
};

} // namespace retailos
