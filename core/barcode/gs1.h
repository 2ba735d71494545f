// GS1 element strings, bracketed "(01)…(17)…" or raw with FNC1 sent as ASCII GS.
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace retailos {

// The group separator scanners send for FNC1.
inline constexpr char16_t kGs1Separator = u'\x1D';

struct Gs1Element
{
    QString ai; // "01", "3103", "10"
    QString value; // the data field as encoded, "000750"

    friend bool operator==(const Gs1Element &, const Gs1Element &) = default;
};

struct Gs1Data
{
    QString gtin14; // (01), else (02) (the content of a logistic unit); empty if neither

    // (310n) kg with n decimals, exact to the gram for n <= 3 (3103 000750 →
    // 750 g, 3102 001250 → 12500 g); n = 4, 5 round half up to the gram.
    // Else (320n) lb × 453.59237 g/lb, rounded half up to the gram.
    std::optional<qint64> netWeightGrams;

    // (392n) or (393n): the amount as encoded with `priceDecimals` implied
    // decimals (3922 1299 → price 1299, decimals 2). `priceCurrency` is the
    // ISO 4217 numeric code of 393n ("978"), empty for 392n (local currency).
    std::optional<qint64> price;
    int priceDecimals = 0;
    QString priceCurrency;

    QDate expiry; // (17) use by / expiry; day 00 means the month's last day
    QDate bestBefore; // (15)
    QString batch; // (10)
    QString serial; // (21)
    std::optional<qint64> count; // (30) variable count, else (37) count of trade items

    QList<Gs1Element> elements; // every element, in the order scanned
};

// Parses a GS1 element string. Bracket form when it starts with "(", else
// the raw form: application identifiers back to back, a GS after every
// variable-length field that is not last (a leading GS for the implied FNC1
// and a GS after fixed-length fields are tolerated).
// Validates the known AIs: lengths, digits, mod-10 check digits (00, 01, 02,
// 41x, …), dates (11, 13, 15, 16, 17: YYMMDD, day 00 allowed).
// Errors: "barcode.gs1_empty", "barcode.gs1_syntax" (brackets),
// "barcode.gs1_unknown_ai" (naming the AI), "barcode.gs1_truncated" (data ends
// inside an AI or fixed-length field), "barcode.gs1_missing_separator" (a
// variable-length field runs past its maximum: raw form),
// "barcode.gs1_length", "barcode.gs1_not_numeric", "barcode.gs1_bad_char",
// "barcode.gs1_date", "barcode.check_digit", "barcode.gs1_duplicate_ai"
// (same AI twice with different values).
// `currentYear` picks the century of YY (0: this year), for tests.
[[nodiscard]] Result<Gs1Data> parseGs1(QStringView data, int currentYear = 0);

// YYMMDD by the GS1 sliding century (GS1 General Specifications 7.12): with
// diff = YY - (currentYear mod 100), diff 51..99 is the previous century,
// diff -99..-50 the next one, else this century. Day 00 (when allowed) is
// the month's last day.
// Invalid QDate when not a date. Precondition: 6 digits.
[[nodiscard]] QDate gs1Date(QStringView yymmdd, int currentYear, bool allowDayZero = true);

} // namespace retailos
