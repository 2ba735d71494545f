// Price/weight-embedded EAN-13 (prefixes 20-29) and UPC-A (number system 2) codes.
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace retailos {

enum class EmbeddedKind : quint8 { Price, Weight };

// How the catalogue finds the item of such a code.
enum class ItemLookup : quint8 {
    Plu, // by the item digits without leading zeros: item field "00042" → "42"
    ZeroedBarcode, // by the whole code with value (and value check digit) zeroed and the check digit redone
};

enum class EmbeddedFormat : quint8 {
    Ean13, // 13 digits starting 2 (GTIN-14 "02…")
    UpcA, // 12 digits starting 2, UPC number system 2 (GTIN-14 "002…")
};

// Layouts differ by store and country, hence configurable. Positions count
// from 0 in the 13- (or 12-) digit code. The value field
// always ends just before the code's check digit; the optional value check
// digit sits directly before the value. Example, prefix "22" with a 4-digit
// item and a checked 5-digit price: "22 IIII K VVVVV C".
struct EmbeddedRule
{
    QString prefix; // "22"; the longest matching prefix wins
    EmbeddedKind kind = EmbeddedKind::Price;
    EmbeddedFormat format = EmbeddedFormat::Ean13;
    int itemStart = 2;
    int itemLength = 5;
    int valueLength = 5;
    // Price: decimals in currency units (2: 01234 = 12.34). Weight: decimals
    // of kilograms, so 3 means the value is grams (01234 = 1.234 kg = 1234 g).
    int valueDecimals = 2;
    // GS1 price/weight check digit (General Specifications 7.9.2-7.9.4); only
    // for 4- and 5-digit values.
    bool valueCheckDigit = false;
    ItemLookup lookup = ItemLookup::Plu;

    // "barcode.embedded_bad_rule" when the fields don't describe a layout
    // that fits the code.
    [[nodiscard]] Result<void> validate() const;

    friend bool operator==(const EmbeddedRule &, const EmbeddedRule &) = default;
};

struct EmbeddedItem
{
    ItemLookup lookup = ItemLookup::Plu;
    QString lookupKey; // Plu: "42"; ZeroedBarcode: the zeroed code as GTIN-14
    std::optional<qint64> priceMinor; // Price rules, in minor units of the till currency
    std::optional<qint64> weightGrams; // Weight rules
};

// Price/weight check digit of a 4- or 5-digit value field.
// Precondition: 4 or 5 ASCII digits. "2875" → 9, "14685" → 6.
[[nodiscard]] int priceCheckDigit(QStringView value) noexcept;

// True for GTIN-14s that are restricted circulation numbers rules apply to:
// "02…" (EAN-13 prefix 20-29) and "002…" (UPC-A number system 2).
[[nodiscard]] bool isEmbeddedCandidate(QStringView gtin14) noexcept;

// The rule for a valid GTIN-14 by longest prefix, or nullptr.
[[nodiscard]] const EmbeddedRule *findEmbeddedRule(const QList<EmbeddedRule> &rules, QStringView gtin14) noexcept;

// Decodes a valid GTIN-14 with `rule`. Prices are scaled from the rule's
// decimals to `currencyExponent`, weights to grams; extra decimals are
// rounded half up. "barcode.embedded_check_digit", "barcode.embedded_bad_rule".
[[nodiscard]] Result<EmbeddedItem> decodeEmbedded(const EmbeddedRule &rule, QStringView gtin14, int currencyExponent);

// As above with the rule looked up; "barcode.embedded_no_rule" names the
// prefix: "No rule for prefix 24".
[[nodiscard]] Result<EmbeddedItem> decodeEmbedded(
    const QList<EmbeddedRule> &rules, QStringView gtin14, int currencyExponent);

} // namespace retailos
