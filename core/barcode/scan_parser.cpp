// The lane's scan decision table: GS1, GTIN family, embedded values, PLUs, store codes.
#include "core/barcode/scan_parser.h"

#include "core/barcode/digits_p.h"
#include "core/barcode/gtin.h"
#include "core/barcode/upce.h"

#include <QCoreApplication>

#include <utility>

namespace retailos {

namespace {

bool isEanAim(const std::optional<AimId> &aim)
{
    return aim && aim->code == u'E';
}

bool isStoreCodeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-' || u == u'.'
        || u == u'/' || u == u'_';
}

// Control characters (a stray GS, ESC) shown as hex rather than invisibly.
QString printable(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7F)
        return QStringLiteral("0x%1").arg(static_cast<int>(c.unicode()), 2, 16, QChar(u'0'));
    return QString(c);
}

std::unexpected<Error> gtinLengthError(qsizetype length)
{
    return fail(QStringLiteral("barcode.length"),
        QCoreApplication::translate("Barcode", "A GTIN has 8, 12, 13 or 14 digits; this code has %1").arg(length));
}

std::unexpected<Error> eanLengthError(qsizetype length)
{
    return fail(QStringLiteral("barcode.length"),
        QCoreApplication::translate("Barcode", "An EAN/UPC barcode has 6, 7, 8, 12 or 13 digits; this one has %1")
            .arg(length));
}

std::unexpected<Error> propagate(Error &error)
{
    return std::unexpected(std::move(error));
}

} // namespace

ScanParser::ScanParser(ScanRules rules)
    : m_rules(std::move(rules))
{
    for (QString &prefix : m_rules.storeCodePrefixes)
        prefix = prefix.toUpper();
}

Result<ScannedCode> ScanParser::parse(QStringView raw) const
{
    const QStringView input = raw.trimmed(); // scanners end with CR, LF or Tab
    if (input.isEmpty()) {
        return fail(QStringLiteral("barcode.empty"), QCoreApplication::translate("Barcode", "Nothing was scanned"));
    }
    auto split = splitAimId(input);
    if (!split)
        return propagate(split.error());
    const QStringView data = split->data;
    const std::optional<AimId> &aim = split->id;
    if (data.isEmpty()) {
        return fail(QStringLiteral("barcode.empty"),
            QCoreApplication::translate("Barcode", "The scanner sent a symbology identifier but no data"));
    }

    ScannedCode out;
    out.raw = raw.toString();
    out.symbology = aim ? aim->symbology : Symbology::Unknown;

    Result<void> done;
    if ((aim && aim->gs1) || data.contains(QChar(kGs1Separator)) || data.startsWith(u'(')) {
        done = parseGs1Code(data, out);
    } else if (detail::isAsciiDigits(data)) {
        done = parseDigits(data, aim, out);
    } else if (isEanAim(aim)) {
        done = fail(QStringLiteral("barcode.not_digits"),
            QCoreApplication::translate("Barcode", "An EAN/UPC barcode has digits only; this one contains “%1”")
                .arg(printable(data[detail::firstNonDigit(data)])));
    } else {
        done = parseStoreCode(data, out);
    }
    if (!done)
        return propagate(done.error());
    return out;
}

Result<void> ScanParser::parseGs1Code(QStringView data, ScannedCode &out) const
{
    auto gs1 = parseGs1(data);
    if (!gs1)
        return propagate(gs1.error());
    if (gs1->gtin14.isEmpty()) {
        return fail(QStringLiteral("barcode.gs1_no_gtin"),
            QCoreApplication::translate("Barcode", "This GS1 barcode has no GTIN (01) to look the item up by"));
    }
    if (gs1->price) {
        if (!gs1->priceCurrency.isEmpty() && gs1->priceCurrency != m_rules.currencyNumericCode) {
            return fail(QStringLiteral("barcode.gs1_currency"),
                QCoreApplication::translate("Barcode", "This barcode is priced in currency %1, not in the till's %2")
                    .arg(gs1->priceCurrency, m_rules.currencyNumericCode));
        }
        out.embeddedPriceMinor = detail::rescale(*gs1->price, gs1->priceDecimals, m_rules.currencyExponent);
        if (!out.embeddedPriceMinor) {
            return fail(QStringLiteral("barcode.value_range"),
                QCoreApplication::translate("Barcode", "The price in this barcode is too large"));
        }
    }
    out.embeddedWeightGrams = gs1->netWeightGrams;
    out.lookupKind = LookupKind::Gtin;
    out.lookupKey = gs1->gtin14;
    out.gs1 = std::move(*gs1);
    return {};
}

Result<void> ScanParser::parseDigits(QStringView digits, const std::optional<AimId> &aim, ScannedCode &out) const
{
    const qsizetype n = digits.size();
    // The AIM identifier of a non-EAN symbology (ITF, Code 128) is kept;
    // without one, or for ]E0, the length tells which EAN/UPC it was.
    const bool infer = !aim || aim->code == u'E';
    const auto upcE = [&](QStringView code) -> Result<void> {
        auto upcA = expandUpcE(code);
        if (!upcA)
            return propagate(upcA.error());
        if (infer)
            out.symbology = Symbology::UpcE;
        return parseGtin(*upcA, out);
    };

    if (isEanAim(aim)) {
        if (aim->symbology == Symbology::EanAddOn) {
            return fail(QStringLiteral("barcode.addon_only"),
                QCoreApplication::translate(
                    "Barcode", "Only the add-on of this barcode was read; scan the main barcode"));
        }
        QStringView main = digits;
        if (aim->addOn) { // main code + 2- or 5-digit add-on: only one split gives a main length
            main = {};
            for (const qsizetype addOnLength : { 2, 5 }) {
                const qsizetype mainLength = n - addOnLength;
                if (mainLength == 13 || mainLength == 12 || mainLength == 8) {
                    main = digits.first(mainLength);
                    out.addOn = digits.sliced(mainLength).toString();
                    break;
                }
            }
            if (main.isEmpty())
                return eanLengthError(n);
        }
        if (aim->symbology == Symbology::Ean8) {
            if (main.size() != 8) {
                return fail(QStringLiteral("barcode.length"),
                    QCoreApplication::translate("Barcode", "An EAN-8 barcode has 8 digits; this one has %1")
                        .arg(main.size()));
            }
            return parseGtin(main, out);
        }
        switch (main.size()) {
        case 6:
        case 7:
        case 8: // EAN-8 would have come as ]E4
            return upcE(main);
        case 12:
        case 13:
            out.symbology = main.size() == 12 ? Symbology::UpcA : Symbology::Ean13;
            return parseGtin(main, out);
        default:
            return eanLengthError(main.size());
        }
    }

    if (n >= m_rules.pluMinDigits && n <= m_rules.pluMaxDigits) {
        QStringView plu = digits;
        while (plu.size() > 1 && plu[0] == u'0')
            plu = plu.sliced(1);
        out.lookupKind = LookupKind::Plu;
        out.lookupKey = plu.toString();
        return {};
    }
    const bool upcNumberSystem = digits[0] == u'0' || digits[0] == u'1';
    if (n == 6 || (n == 7 && upcNumberSystem))
        return upcE(digits);
    if (n == 8) {
        // EAN-8 first; an 8-digit UPC-E only when the EAN-8 check digit fails and its own fits.
        if (gs1CheckDigit(digits.first(7)) != detail::digitAt(digits, 7)) {
            if (upcNumberSystem) {
                if (auto upcA = expandUpcE(digits)) {
                    if (infer)
                        out.symbology = Symbology::UpcE;
                    return parseGtin(*upcA, out);
                }
            }
            return verifyCheckDigit(digits); // the EAN-8 complaint: "Check digit should be …"
        }
        if (infer)
            out.symbology = Symbology::Ean8;
        return parseGtin(digits, out);
    }
    if (n >= 12 && n <= 14) {
        if (infer && n < 14)
            out.symbology = n == 12 ? Symbology::UpcA : Symbology::Ean13;
        return parseGtin(digits, out);
    }
    return gtinLengthError(n);
}

Result<void> ScanParser::parseGtin(QStringView digits, ScannedCode &out) const
{
    auto gtin14 = normalizeGtin(digits);
    if (!gtin14)
        return propagate(gtin14.error());
    if (!isEmbeddedCandidate(*gtin14)) {
        out.lookupKind = LookupKind::Gtin;
        out.lookupKey = std::move(*gtin14);
        return {};
    }
    auto item = decodeEmbedded(m_rules.embedded, *gtin14, m_rules.currencyExponent);
    if (!item)
        return propagate(item.error());
    out.lookupKind = item->lookup == ItemLookup::Plu ? LookupKind::Plu : LookupKind::Gtin;
    out.lookupKey = std::move(item->lookupKey);
    out.embeddedPriceMinor = item->priceMinor;
    out.embeddedWeightGrams = item->weightGrams;
    return {};
}

Result<void> ScanParser::parseStoreCode(QStringView code, ScannedCode &out) const
{
    for (const QChar c : code) {
        if (!isStoreCodeChar(c)) {
            return fail(QStringLiteral("barcode.bad_chars"),
                QCoreApplication::translate("Barcode", "This is not a barcode or store code: it contains “%1”")
                    .arg(printable(c)));
        }
    }
    if (code.size() > m_rules.storeCodeMaxLength) {
        return fail(QStringLiteral("barcode.store_code_length"),
            QCoreApplication::translate("Barcode", "A store code has at most %1 characters; this one has %2")
                .arg(m_rules.storeCodeMaxLength)
                .arg(code.size()));
    }
    QString key = code.toString().toUpper();
    bool accepted = m_rules.anyAlphanumericIsStoreCode;
    for (qsizetype i = 0; !accepted && i < m_rules.storeCodePrefixes.size(); ++i)
        accepted = key.startsWith(m_rules.storeCodePrefixes[i]);
    if (!accepted) {
        return fail(QStringLiteral("barcode.unrecognised"),
            QCoreApplication::translate("Barcode", "“%1” is not a barcode or store code this till knows").arg(key));
    }
    out.lookupKind = LookupKind::StoreCode;
    out.lookupKey = std::move(key);
    return {};
}

} // namespace retailos
