// HID POS scanned-data reports to codes (see hid_pos_report_decoder.h).
#include "drivers/scanner/hid_pos_report_decoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace retailos::drivers {

namespace {
struct HidPosText
{
    Q_DECLARE_TR_FUNCTIONS(HidPosScanner)
};

Error badReport(const QString &why)
{
    return {u"scanner.bad_report"_qs,
            HidPosText::tr("The USB scanner sent a report this lane cannot read (%1); scan the item again.").arg(why)};
}

bool isAimCharacter(char c)
{
    return c > 0x20 && c < 0x7f;
}
} // namespace

void HidPosReportDecoder::reset()
{
    m_pending = false;
    m_aim.clear();
    m_data.clear();
}

Result<std::optional<QString>> HidPosReportDecoder::feed(QByteArrayView report)
{
    if (report.isEmpty() || quint8(report[0]) != m_layout.reportId)
        return std::nullopt;   // another report (status, trigger) or nothing: not ours to judge
    const int minimum = m_layout.dataOffset + m_layout.trailerBytes;
    if (report.size() < minimum) {
        reset();
        return std::unexpected(badReport(HidPosText::tr("%1 bytes, at least %2 expected").arg(report.size()).arg(minimum)));
    }
    const int length = quint8(report[m_layout.lengthOffset]);
    const qsizetype capacity = report.size() - m_layout.dataOffset - m_layout.trailerBytes;
    if (length > capacity) {
        reset();
        return std::unexpected(badReport(HidPosText::tr("%1 data bytes announced, room for %2").arg(length).arg(capacity)));
    }
    const QByteArrayView aimBytes = report.sliced(m_layout.aimOffset, 3);
    QByteArray aim;
    if (aimBytes != QByteArrayView("\0\0\0", 3)) {
        if (aimBytes[0] != ']' || !isAimCharacter(aimBytes[1]) || !isAimCharacter(aimBytes[2])) {
            reset();
            return std::unexpected(badReport(HidPosText::tr("no AIM symbology identifier")));
        }
        aim = aimBytes.toByteArray();
    }
    const bool more = (quint8(report.back()) & 0x01) != 0;
    if (m_pending && aim != m_aim) {
        // The rest of one code with another code's identifier: both are suspect.
        reset();
        return std::unexpected(badReport(HidPosText::tr("parts of two different codes")));
    }
    if (m_data.size() + length > m_layout.maxCodeBytes) {
        reset();
        return std::unexpected(badReport(HidPosText::tr("a code longer than %1 bytes").arg(m_layout.maxCodeBytes)));
    }
    m_aim = aim;
    m_data += report.sliced(m_layout.dataOffset, length);
    if (more) {
        m_pending = true;
        return std::nullopt;
    }
    QByteArray data = std::exchange(m_data, {});
    const QByteArray identifier = std::exchange(m_aim, {});
    m_pending = false;
    // A scanner set up with a CR or LF suffix sends it here too.
    while (data.endsWith('\r') || data.endsWith('\n'))
        data.chop(1);
    if (data.isEmpty())
        return std::nullopt;   // a report without data (a no-read): nothing scanned
    // Codes are ASCII (GS1 with its GS separators, EAN, Code 128); QR codes
    // may carry UTF-8, or Latin-1 from older encoders.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(data);
    if (utf8.hasError())
        text = QString::fromLatin1(data);
    return std::optional<QString>(QString::fromLatin1(identifier) + text);
}

} // namespace retailos::drivers
