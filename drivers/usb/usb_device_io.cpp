// Small helpers around UsbDeviceIo's value types (see usb_device_io.h).
#include "drivers/usb/usb_device_io.h"

#include <QCoreApplication>

namespace retailos::drivers {

namespace {
struct UsbIdText
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};
} // namespace

QString describeUsb(const UsbMatch &match)
{
    QString text = u"usb:"_qs + usbIdText(match.vendorId, match.productId);
    if (!match.serial.isEmpty())
        text += u'/' + match.serial;
    return text;
}

QString usbIdText(quint16 vendorId, quint16 productId)
{
    return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
}

const UsbEndpoint *UsbInterface::endpoint(UsbTransferType type, bool in) const
{
    for (const UsbEndpoint &e : endpoints) {
        if (e.type == type && e.isIn() == in)
            return &e;
    }
    return nullptr;
}

Result<quint16> parseUsbId(QStringView text)
{
    QStringView id = text.trimmed();
    if (id.startsWith(u"0x", Qt::CaseInsensitive))
        id = id.mid(2);
    bool ok = false;
    const uint value = id.size() == 4 ? id.toUInt(&ok, 16) : 0;
    if (!ok)
        return fail(u"usb.bad_id"_qs, UsbIdText::tr("\"%1\" is not a USB id: use the four hex digits lsusb shows "
                                                    "(\"ID 04b8:0e15\" is vendor 04b8, product 0e15).")
                                          .arg(text));
    return quint16(value);
}

Result<UsbMatch> parseUsbMatch(QStringView vendor, QStringView product, const QString &serial)
{
    auto v = parseUsbId(vendor);
    if (!v)
        return std::unexpected(v.error());
    auto p = parseUsbId(product);
    if (!p)
        return std::unexpected(p.error());
    if (*v == 0)
        return fail(u"usb.bad_id"_qs, UsbIdText::tr("The USB vendor id 0000 belongs to no device maker."));
    return UsbMatch{*v, *p, serial.trimmed()};
}

} // namespace retailos::drivers
