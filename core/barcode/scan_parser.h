// Turns what a scanner or keyboard sent into a catalogue lookup key.
#pragma once

#include "core/barcode/aim.h"
#include "core/barcode/gs1.h"
#include "core/barcode/scan_rules.h"
#include "core/common/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace retailos {

enum class LookupKind : quint8 { Gtin, Plu, StoreCode };

struct ScannedCode
{
    Symbology symbology = Symbology::Unknown; // from the AIM identifier, or inferred from the digits
    LookupKind lookupKind = LookupKind::Gtin;
    // Gtin: 14 digits; Plu: digits without leading zeros; StoreCode: as typed, upper-cased.
    QString lookupKey;
    std::optional<qint64> embeddedPriceMinor; // price-embedded code or GS1 392n/393n, till currency minor units
    std::optional<qint64> embeddedWeightGrams; // weight-embedded code or GS1 310n/320n
    std::optional<Gs1Data> gs1; // when it was a GS1 element string
    QString addOn; // the 2- or 5-digit EAN/UPC add-on sent with ]E3, else empty
    QString raw; // the input exactly as received, for messages and logs
};

// Stateless after construction, so one instance can serve a lane; parse()
// allocates only the strings of its result.
class ScanParser
{
public:
    explicit ScanParser(ScanRules rules = ScanRules::defaults());

    // Decision order, after trimming whitespace/CR/LF and an optional AIM id:
    //   1. GS1 element string: ]C1 ]d2 ]Q3 ]e0, or contains GS, or starts "(".
    //   2. All digits: PLU lengths (4-5) → PLU; 6, or 7 starting 0/1 → UPC-E;
    //      8 → EAN-8, or UPC-E when only that check digit fits (]E0: UPC-E,
    //      ]E4: EAN-8); 12-14 → GTIN, then the embedded rules for 2x codes.
    //   3. Anything else alphanumeric → store code.
    // Errors carry a stable code: "barcode.empty", "barcode.aim_unknown",
    // "barcode.length", "barcode.check_digit", "barcode.embedded_no_rule",
    // "barcode.gs1_*", "barcode.bad_chars", "barcode.store_code_length", …
    [[nodiscard]] Result<ScannedCode> parse(QStringView raw) const;

    [[nodiscard]] const ScanRules &rules() const { return m_rules; }

private:
    [[nodiscard]] Result<void> parseGs1Code(QStringView data, ScannedCode &out) const;
    [[nodiscard]] Result<void> parseDigits(QStringView digits, const std::optional<AimId> &aim, ScannedCode &out) const;
    [[nodiscard]] Result<void> parseGtin(QStringView digits, ScannedCode &out) const;
    [[nodiscard]] Result<void> parseStoreCode(QStringView code, ScannedCode &out) const;

    ScanRules m_rules;
};

} // namespace retailos
