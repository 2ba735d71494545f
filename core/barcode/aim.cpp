// AIM identifier table (ISO/IEC 15424) for the symbologies seen at a till.
#include "core/barcode/aim.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>

namespace retailos {

const char *symbologyName(Symbology symbology) noexcept
{
    switch (symbology) {
    case Symbology::Unknown:
        return "unknown";
    case Symbology::Ean13:
        return "EAN-13";
    case Symbology::Ean8:
        return "EAN-8";
    case Symbology::UpcA:
        return "UPC-A";
    case Symbology::UpcE:
        return "UPC-E";
    case Symbology::EanAddOn:
        return "EAN add-on";
    case Symbology::Code128:
        return "Code 128";
    case Symbology::Gs1_128:
        return "GS1-128";
    case Symbology::DataMatrix:
        return "Data Matrix";
    case Symbology::Gs1DataMatrix:
        return "GS1 DataMatrix";
    case Symbology::QrCode:
        return "QR Code";
    case Symbology::Gs1QrCode:
        return "GS1 QR Code";
    case Symbology::Gs1DataBar:
        return "GS1 DataBar";
    case Symbology::Code39:
        return "Code 39";
    case Symbology::Itf:
        return "ITF";
    }
    return "unknown";
}

std::optional<AimId> lookupAimId(QChar code, QChar modifier) noexcept
{
    const char16_t m = modifier.unicode();
    const auto id = [code, modifier](Symbology s, bool gs1 = false, bool addOn = false) {
        return std::optional<AimId>(AimId { code, modifier, s, gs1, addOn });
    };
    switch (code.unicode()) {
    case u'A': // 0-7 = check digit and full-ASCII options, data unchanged for us
        if (m >= u'0' && m <= u'7' && m != u'2' && m != u'6')
            return id(Symbology::Code39);
        break;
    case u'C':
        if (m == u'1')
            return id(Symbology::Gs1_128, true);
        if (m == u'0' || m == u'2' || m == u'4') // 2: FNC1 in second position (AIM application), not GS1
            return id(Symbology::Code128);
        break;
    case u'd':
        if (m == u'2' || m == u'5') // FNC1 in first position, without / with ECI
            return id(Symbology::Gs1DataMatrix, true);
        if (m >= u'0' && m <= u'6')
            return id(Symbology::DataMatrix);
        break;
    case u'E':
        if (m == u'0')
            return id(Symbology::Ean13); // also UPC-A/UPC-E; refined from the length
        if (m == u'1' || m == u'2')
            return id(Symbology::EanAddOn);
        if (m == u'3')
            return id(Symbology::Ean13, false, true);
        if (m == u'4')
            return id(Symbology::Ean8);
        break;
    case u'e':
        if (m == u'0') // every DataBar variant carries GS1 data
            return id(Symbology::Gs1DataBar, true);
        break;
    case u'I':
        if (m == u'0' || m == u'1' || m == u'3')
            return id(Symbology::Itf);
        break;
    case u'Q':
        if (m == u'3' || m == u'4')
            return id(Symbology::Gs1QrCode, true);
        if (m >= u'0' && m <= u'6')
            return id(Symbology::QrCode);
        break;
    default:
        break;
    }
    return std::nullopt;
}

Result<AimSplit> splitAimId(QStringView raw)
{
    if (!raw.startsWith(u']'))
        return AimSplit { std::nullopt, raw };
    if (raw.size() >= 3) {
        if (auto id = lookupAimId(raw[1], raw[2]))
            return AimSplit { id, raw.mid(3) };
    }
    return fail(QStringLiteral("barcode.aim_unknown"),
        QCoreApplication::translate("Barcode", "Unknown symbology identifier %1")
            .arg(raw.first(std::min<qsizetype>(raw.size(), 3))));
}

} // namespace retailos
