// What a cashier types, in the store's locale ("1,99" in Germany, "1.99"
// elsewhere), turned into engine values. Errors say what to type instead.
#pragma once

#include "core/common/result.h"
#include "core/money/money.h"
#include "core/money/quantity.h"
#include "core/sale/sale.h"

#include <QLocale>

namespace retailos::ui {

[[nodiscard]] Result<Money> parseMoneyInput(const QString &text, Currency currency, const QLocale &locale);
[[nodiscard]] Result<Quantity> parseWeightInput(const QString &text, const QLocale &locale);
// "10 %" / "10%" → a percent discount; anything else an amount off.
[[nodiscard]] Result<Discount> parseDiscountInput(const QString &text, Currency currency, const QLocale &locale);
// "3*", "3x", "3×" typed before a code: the quantity and the rest of the input.
struct QuantityPrefix
{
    int quantity = 0;              // 0: no prefix
    QString rest;
};
[[nodiscard]] QuantityPrefix splitQuantityPrefix(const QString &text);

} // namespace retailos::ui
