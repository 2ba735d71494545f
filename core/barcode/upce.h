// UPC-E (zero-suppressed UPC-A) expansion and compression.
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace retailos {

// Expands UPC-E to its 12-digit UPC-A. Scanners send one of three forms:
//   8 digits  number system + 6 digits + check digit  "04252614" (check digit verified)
//   7 digits  number system + 6 digits                "0425261"
//   6 digits  the 6 digits alone, number system 0     "425261"
// all → "042100005264". The check digit is the UPC-A one; forms without it
// get it computed. Number system must be 0 or 1.
// "barcode.not_digits", "barcode.length", "barcode.upce_number_system",
// "barcode.check_digit".
[[nodiscard]] Result<QString> expandUpcE(QStringView upce);

// The 8-digit UPC-E of a valid 12-digit UPC-A, if it can be zero-suppressed:
// "042100005264" → "04252614". nullopt otherwise.
[[nodiscard]] std::optional<QString> compressToUpcE(QStringView upcA);

} // namespace retailos
