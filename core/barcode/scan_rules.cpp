// The default scan rules.
#include "core/barcode/scan_rules.h"

namespace retailos {

ScanRules ScanRules::defaults()
{
    const auto rule
        = [](const char16_t *prefix, EmbeddedKind kind, int itemLength, bool checkDigit, ItemLookup lookup) {
              EmbeddedRule r;
              r.prefix = QString::fromUtf16(prefix);
              r.kind = kind;
              r.itemStart = 2;
              r.itemLength = itemLength;
              r.valueLength = 5;
              r.valueDecimals = kind == EmbeddedKind::Weight ? 3 : 2;
              r.valueCheckDigit = checkDigit;
              r.lookup = lookup;
              return r;
          };
    ScanRules rules;
    rules.embedded = {
        rule(u"20", EmbeddedKind::Weight, 5, false, ItemLookup::Plu),
        rule(u"21", EmbeddedKind::Price, 5, false, ItemLookup::Plu),
        rule(u"22", EmbeddedKind::Price, 4, true, ItemLookup::ZeroedBarcode),
        rule(u"23", EmbeddedKind::Weight, 4, true, ItemLookup::ZeroedBarcode),
    };
    return rules;
}

Result<void> ScanRules::validate() const
{
    for (const EmbeddedRule &rule : embedded) {
        if (auto valid = rule.validate(); !valid)
            return valid;
    }
    return {};
}

} // namespace retailos
