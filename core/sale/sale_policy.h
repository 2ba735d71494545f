// What a cashier may do alone at this store, and the tender rules.
#pragma once

#include <QtGlobal>

namespace retailos {

struct SalePolicy
{
    // Discounts up to these limits need no approval; above them a user with
    // the "sale.discount_over_limit" permission must approve with a reason.
    qint64 discountPercentLimitPpm = 100'000;   // 10 %
    qint64 discountAmountLimitMinor = 500;      // 5.00 in a two-decimal currency
    // Cash rounding of the amount due when cash settles it (0: none; 5 for CHF).
    qint64 cashRoundingIncrementMinor = 0;
    // Larger amounts "received" in cash are refused as typing mistakes.
    qint64 maxCashReceivedMinor = 1'000'000;
    // Largest quantity on one line (units, or kg for weighed items).
    qint64 maxQuantityUnits = 999;
    // A new sale is refused when the disk holding the database has less
    // free space than this: the reserve lets the sales already open finish
    // and the day be closed. 0 turns the check off.
    qint64 minFreeBytesForNewSale = 64 * 1024 * 1024;
    // Typing guards that also keep every sum far from integer overflow.
    qint64 maxUnitPriceMinor = 10'000'000;      // 100,000.00 per unit or kg
    int maxLines = 500;
};

} // namespace retailos
