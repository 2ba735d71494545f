// AIM symbology identifiers ("]E0", "]C1", …) that scanners may put before the data.
#pragma once

#include "core/common/result.h"

#include <QChar>
#include <QStringView>

#include <optional>

namespace retailos {

enum class Symbology : quint8 {
    Unknown, // no AIM identifier and nothing to infer it from (keyed, wedge)
    Ean13,
    Ean8,
    UpcA,
    UpcE,
    EanAddOn, // a 2- or 5-digit add-on read on its own (]E1, ]E2)
    Code128,
    Gs1_128,
    DataMatrix,
    Gs1DataMatrix,
    QrCode,
    Gs1QrCode,
    Gs1DataBar,
    Code39,
    Itf,
};

// Stable English name for logs ("EAN-13", "GS1-128"); not for people.
[[nodiscard]] const char *symbologyName(Symbology symbology) noexcept;

struct AimId
{
    QChar code; // 'E' in "]E0"
    QChar modifier; // '0' in "]E0"
    Symbology symbology = Symbology::Unknown;
    bool gs1 = false; // FNC1 in first position: the data is a GS1 element string
    bool addOn = false; // ]E3: EAN/UPC main data followed by its 2- or 5-digit add-on
};

// The identifiers Retail OS understands: ]A0-A7 Code 39, ]C0 Code 128,
// ]C1 GS1-128, ]C2/]C4 Code 128, ]d0-d6 Data Matrix (]d2/]d5 GS1), ]E0
// EAN-13/UPC-A/UPC-E, ]E1/]E2 add-on alone, ]E3 with add-on, ]E4 EAN-8, ]e0
// GS1 DataBar, ]I0/I1/I3 ITF, ]Q0-Q6 QR (]Q3/]Q4 GS1). nullopt for others.
[[nodiscard]] std::optional<AimId> lookupAimId(QChar code, QChar modifier) noexcept;

struct AimSplit
{
    std::optional<AimId> id; // nullopt when the scanner sent no identifier
    QStringView data; // what follows it; views the input
};

// Splits a leading "]cm" off `raw`; data without one passes through.
// "barcode.aim_unknown" for an identifier not in lookupAimId(), naming it.
[[nodiscard]] Result<AimSplit> splitAimId(QStringView raw);

} // namespace retailos
