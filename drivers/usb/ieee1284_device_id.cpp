// IEEE 1284 device id parsing (see ieee1284_device_id.h).
#include "drivers/usb/ieee1284_device_id.h"

#include <QCoreApplication>

namespace retailos::drivers {

namespace {
struct DeviceIdText
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};

QString firstOf(const QMap<QString, QString> &fields, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const auto it = fields.constFind(QString::fromUtf16(key));
        if (it != fields.constEnd())
            return *it;
    }
    return {};
}
} // namespace

Result<Ieee1284DeviceId> parseIeee1284DeviceId(const QString &text)
{
    Ieee1284DeviceId id;
    const QStringList pairs = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype colon = pair.indexOf(u':');
        if (colon <= 0)
            continue;   // padding, a stray NUL, a trailing fragment
        const QString key = pair.left(colon).trimmed().toUpper();
        if (key.isEmpty())
            continue;
        id.fields.insert(key, pair.mid(colon + 1).trimmed());
    }
    if (id.fields.isEmpty())
        return fail(u"usb.bad_device_id"_qs,
                    DeviceIdText::tr("The printer's device id is not readable: \"%1\".").arg(text.left(80)));
    id.manufacturer = firstOf(id.fields, {u"MFG", u"MANUFACTURER"});
    id.model = firstOf(id.fields, {u"MDL", u"MODEL"});
    id.deviceClass = firstOf(id.fields, {u"CLS", u"CLASS"});
    id.description = firstOf(id.fields, {u"DES", u"DESCRIPTION"});
    id.serial = firstOf(id.fields, {u"SN", u"SERN", u"SERIALNUMBER"});
    for (const QString &set : firstOf(id.fields, {u"CMD", u"COMMAND SET"}).split(u',', Qt::SkipEmptyParts))
        id.commandSets.append(set.trimmed());
    return id;
}

Result<Ieee1284DeviceId> parseIeee1284DeviceIdReply(const QByteArray &reply)
{
    if (reply.size() < 2)
        return fail(u"usb.bad_device_id"_qs, DeviceIdText::tr("The printer sent no device id."));
    // The text ends where the length says, unless the printer sent less (or
    // the length is wrong); stop at a NUL too.
    const int declared = (quint8(reply[0]) << 8) | quint8(reply[1]);
    qsizetype end = reply.size();
    if (declared >= 2 && declared <= reply.size() && declared + 2 != reply.size())
        end = declared;   // (declared + 2 == size: a printer that left its own two bytes out)
    QByteArray body = reply.mid(2, end - 2);
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0)
        body.truncate(nul);
    return parseIeee1284DeviceId(QString::fromLatin1(body));
}

} // namespace retailos::drivers
