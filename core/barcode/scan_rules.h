// What a lane accepts from its scanner: embedded-value rules, store codes, currency.
#pragma once

#include "core/barcode/embedded_rule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retailos {

struct ScanRules
{
    QList<EmbeddedRule> embedded;

    // Codes that are not all digits are store codes (upper-cased). With
    // `anyAlphanumericIsStoreCode` off, only those starting with one of the
    // prefixes are ("SC" accepts "sc-1042"); the rest are rejected.
    QStringList storeCodePrefixes;
    bool anyAlphanumericIsStoreCode = true;
    int storeCodeMaxLength = 20;

    // All-digit codes of these lengths are PLUs keyed at the lane (4011
    // bananas, 94011 organic); checked before the UPC-E/EAN-8 lengths.
    int pluMinDigits = 4;
    int pluMaxDigits = 5;

    // Embedded and GS1 prices are returned in minor units of this exponent.
    int currencyExponent = 2;
    // ISO 4217 numeric code of the till currency; GS1 (393n) prices in any
    // other currency are rejected.
    QString currencyNumericCode = QStringLiteral("978");

    // A European default (EUR, 2 decimals); codes 24-29 and UPC number
    // system 2 have no rule and are rejected until a store configures them:
    //   20 IIIII WWWWW C  weight in grams (3 decimals of kg), item looked up as PLU
    //   21 IIIII PPPPP C  price, 2 decimals, item looked up as PLU
    //   22 IIII K PPPPP C price, 2 decimals, price check digit K, zeroed-barcode lookup
    //   23 IIII K WWWWW C weight in grams, weight check digit K, zeroed-barcode lookup
    // 20/21 match what in-store scales print (item = scale PLU); 22/23 suit
    // labels from central packing whose catalogue rows carry the zeroed code.
    [[nodiscard]] static ScanRules defaults();

    // First invalid embedded rule, "barcode.embedded_bad_rule".
    [[nodiscard]] Result<void> validate() const;
};

} // namespace retailos
