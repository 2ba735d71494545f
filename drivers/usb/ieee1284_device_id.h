// The IEEE 1284 device id a USB printer answers to the printer-class request
// GET_DEVICE_ID: "MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;CLS:PRINTER;". Tells the
// installer which printer answered and whether it speaks ESC/POS.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace retailos::drivers {

struct Ieee1284DeviceId
{
    QString manufacturer;          // MFG / MANUFACTURER
    QString model;                 // MDL / MODEL
    QStringList commandSets;       // CMD / COMMAND SET, split at commas: "ESC/POS", "STAR"
    QString deviceClass;           // CLS / CLASS: "PRINTER"
    QString description;           // DES / DESCRIPTION
    QString serial;                // SN / SERIALNUMBER, where a printer gives one
    QMap<QString, QString> fields; // every key as sent (upper-cased), values trimmed

    [[nodiscard]] bool speaks(const QString &commandSet) const
    {
        return commandSets.contains(commandSet, Qt::CaseInsensitive);
    }
};

// The key:value; text alone (no length prefix). Errors "usb.bad_device_id"
// when nothing in it is a key:value pair.
[[nodiscard]] Result<Ieee1284DeviceId> parseIeee1284DeviceId(const QString &text);
// The printer's answer as it comes over the wire: two bytes big-endian length
// (counting themselves) and the text. Some printers count the length wrongly
// (little-endian, or without the two bytes): the text is read to the end of
// what arrived in any case.
[[nodiscard]] Result<Ieee1284DeviceId> parseIeee1284DeviceIdReply(const QByteArray &reply);

} // namespace retailos::drivers
