// Locale-aware display of money for screens and receipts.
#pragma once

#include "core/money/money.h"

#include <QLocale>
#include <QString>

namespace retailos {

// Formats with the locale's digits, separators and currency pattern, e.g.
// de_DE 1234.56 EUR → "1.234,56 €", en_US 1234.56 USD → "$1,234.56". The number
// is built from the integer minor units, never through double. The locale's own
// symbol is used when the money is in the locale's currency; any other currency
// shows its ISO code ("1.234,56 USD" in de_DE) because QLocale has no symbol for
// foreign currencies and "$" alone would be ambiguous (USD, CAD, AUD…).
// Negative amounts follow the locale's currency pattern, which may be the
// accounting style "($1.00)".
[[nodiscard]] QString formatMoney(const Money &money, const QLocale &locale);

// Just the localized number with exponent() decimals, no symbol: "1.234,56".
[[nodiscard]] QString formatMoneyAmount(const Money &money, const QLocale &locale);

} // namespace retailos
