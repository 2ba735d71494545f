// GTIN-8/12/13/14 check digits, validation and normalisation to GTIN-14.
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

namespace retailos {

// GS1 mod-10 check digit (weights 3,1,3,… from the right) of `body`, the
// digits without their check digit. Works for every GS1 key length (GTIN,
// SSCC, GLN). Precondition: `body` holds only ASCII digits.
[[nodiscard]] int gs1CheckDigit(QStringView body) noexcept;

// Verifies the last digit of an all-digit GS1 key. "barcode.check_digit",
// message naming the correct digit: "Check digit should be 2, not 7".
[[nodiscard]] Result<void> verifyCheckDigit(QStringView digits);

// A GTIN is 8, 12, 13 or 14 digits with a valid check digit.
// "barcode.not_digits", "barcode.length", "barcode.check_digit".
[[nodiscard]] Result<void> validateGtin(QStringView code);

// The 14-digit form the catalogue is keyed on: zeros on the left, so UPC-A
// "036000291452" and EAN-13 "0036000291452" both give "00036000291452".
// Validates as validateGtin().
[[nodiscard]] Result<QString> normalizeGtin(QStringView code);

// `body` plus its check digit: "400638133393" → "4006381333931".
// Precondition: digits only.
[[nodiscard]] QString appendCheckDigit(QStringView body);

} // namespace retailos
