// UPC-E ↔ UPC-A by the zero-suppression rules of the last UPC-E digit.
#include "core/barcode/upce.h"

#include "core/barcode/digits_p.h"
#include "core/barcode/gtin.h"

#include <QCoreApplication>

#include <array>

namespace retailos {

Result<QString> expandUpcE(QStringView upce)
{
    if (const qsizetype bad = detail::firstNonDigit(upce); bad >= 0) {
        return fail(QStringLiteral("barcode.not_digits"),
            QCoreApplication::translate("Barcode", "A UPC-E code has digits only; this code contains “%1”")
                .arg(upce.mid(bad, 1)));
    }
    const qsizetype n = upce.size();
    if (n < 6 || n > 8) {
        return fail(QStringLiteral("barcode.length"),
            QCoreApplication::translate("Barcode", "A UPC-E code has 6, 7 or 8 digits; this code has %1").arg(n));
    }
    const QChar numberSystem = n == 6 ? QChar(u'0') : upce[0];
    if (numberSystem != u'0' && numberSystem != u'1') {
        return fail(QStringLiteral("barcode.upce_number_system"),
            QCoreApplication::translate("Barcode", "A UPC-E code starts with 0 or 1, not %1").arg(numberSystem));
    }
    const QStringView d = upce.mid(n == 6 ? 0 : 1, 6);

    // 11 digits of UPC-A without its check digit, built in place.
    std::array<char16_t, 12> a {};
    a.fill(u'0');
    a[0] = numberSystem.unicode();
    const auto put = [&a, d](qsizetype to, qsizetype from) { a[static_cast<size_t>(to)] = d[from].unicode(); };
    switch (d[5].unicode()) {
    case u'0':
    case u'1':
    case u'2': // manufacturer d1 d2 d6 0 0, item 0 0 d3 d4 d5
        put(1, 0), put(2, 1), put(3, 5), put(8, 2), put(9, 3), put(10, 4);
        break;
    case u'3': // manufacturer d1 d2 d3 0 0, item 0 0 0 d4 d5
        put(1, 0), put(2, 1), put(3, 2), put(9, 3), put(10, 4);
        break;
    case u'4': // manufacturer d1 d2 d3 d4 0, item 0 0 0 0 d5
        put(1, 0), put(2, 1), put(3, 2), put(4, 3), put(10, 4);
        break;
    default: // 5-9: manufacturer d1..d5, item 0 0 0 0 d6
        put(1, 0), put(2, 1), put(3, 2), put(4, 3), put(5, 4), put(10, 5);
        break;
    }
    const QStringView body(a.data(), 11);
    const int check = gs1CheckDigit(body);
    if (n == 8 && detail::digitAt(upce, 7) != check) {
        return fail(QStringLiteral("barcode.check_digit"),
            QCoreApplication::translate("Barcode", "Check digit should be %1, not %2").arg(check).arg(upce[7]));
    }
    a[11] = static_cast<char16_t>(u'0' + check);
    return QStringView(a.data(), 12).toString();
}

std::optional<QString> compressToUpcE(QStringView upcA)
{
    if (upcA.size() != 12 || !detail::isAsciiDigits(upcA) || !verifyCheckDigit(upcA))
        return std::nullopt;
    if (upcA[0] != u'0' && upcA[0] != u'1')
        return std::nullopt;
    const QStringView maker = upcA.mid(1, 5);
    const QStringView item = upcA.mid(6, 5);

    QString e;
    e.reserve(8);
    e.append(upcA[0]);
    if (maker.mid(3) == u"00" && maker[2] <= u'2' && item.startsWith(u"00")) {
        e.append(maker.first(2)).append(item.mid(2)).append(maker[2]);
    } else if (maker.mid(3) == u"00" && item.startsWith(u"000")) {
        e.append(maker.first(3)).append(item.mid(3)).append(u'3');
    } else if (maker[4] == u'0' && item.startsWith(u"0000")) {
        e.append(maker.first(4)).append(item[4]).append(u'4');
    } else if (maker[4] != u'0' && item.startsWith(u"0000") && item[4] >= u'5') {
        e.append(maker).append(item[4]);
    } else {
        return std::nullopt;
    }
    e.append(upcA[11]);
    return e;
}

} // namespace retailos
