// HID POS scanned-data reports laid out as Honeywell and Access-IS document
// them (64 bytes: id 2, length, AIM id, 56 data bytes, vendor symbology id,
// reserved, continuation flag), for the decoder, reader and fuzz seeds.
#pragma once

#include <QByteArray>
#include <QList>

namespace retailos::drivers::testing {

inline QByteArray hidPosReport(const QByteArray &aim, const QByteArray &data, bool more = false,
                               char vendorSymbology = '\0')
{
    QByteArray report(64, '\0');
    report[0] = '\x02';
    report[1] = char(data.size());
    for (int i = 0; i < 3 && i < aim.size(); ++i)
        report[2 + i] = aim[i];
    for (int i = 0; i < data.size() && 5 + i < 61; ++i)
        report[5 + i] = data[i];
    report[61] = vendorSymbology;
    report[63] = more ? '\x01' : '\0';
    return report;
}

// A code as the scanner splits it: 56 bytes a report, the same AIM id on each.
inline QList<QByteArray> hidPosReports(const QByteArray &aim, const QByteArray &data)
{
    QList<QByteArray> reports;
    for (qsizetype at = 0; at < data.size() || reports.isEmpty(); at += 56) {
        const QByteArray piece = data.mid(at, 56);
        reports.append(hidPosReport(aim, piece, at + 56 < data.size()));
    }
    return reports;
}

} // namespace retailos::drivers::testing
