// Small helpers on the sale value types (see sale.h).
#include "core/sale/sale.h"

#include <algorithm>

namespace retailos {

bool Sale::isEmpty() const
{
    return std::none_of(lines.begin(), lines.end(), [](const SaleLine &l) { return !l.voided; });
}

int Sale::nextLineNo() const
{
    int highest = 0;
    for (const SaleLine &l : lines)
        highest = std::max(highest, l.lineNo);
    return highest + 1;
}

SaleLine *Sale::line(int lineNo)
{
    auto it = std::find_if(lines.begin(), lines.end(), [&](const SaleLine &l) { return l.lineNo == lineNo; });
    return it == lines.end() ? nullptr : &*it;
}

const SaleLine *Sale::line(int lineNo) const
{
    return const_cast<Sale *>(this)->line(lineNo);
}

QString tenderKindName(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash: return QStringLiteral("cash");
    case TenderKind::Card: return QStringLiteral("card");
    case TenderKind::GiftCard: return QStringLiteral("gift_card");
    case TenderKind::StoreCredit: return QStringLiteral("store_credit");
    }
    return QStringLiteral("cash");
}

std::optional<TenderKind> tenderKindFromName(QStringView name)
{
    for (TenderKind k : {TenderKind::Cash, TenderKind::Card, TenderKind::GiftCard, TenderKind::StoreCredit}) {
        if (tenderKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

} // namespace retailos
