// USB HID POS bar code scanners (HID usage page 0x8C, "HID Point of Sale
// Usage Tables" 1.02): the Scanned Data Report turned into the code as a
// serial scanner would send it, AIM identifier first ("]E04006381333931").
// Pure: bytes in, codes out; the reader feeds it interrupt transfers.
//
// The input report as Honeywell (Voyager, Xenon) and Access-IS document it
// for their HID POS mode (64 bytes, report id 2); other makers follow the
// same usages but may place them differently, hence HidPosReportLayout:
//   byte 0       report id (0x02: scanned data)
//   byte 1       number of data bytes in this report (0 … 56)
//   bytes 2-4    AIM symbology identifier: ']', code, modifier ("]E0");
//                zeros when the scanner sends none
//   bytes 5-60   decoded data, zero padded
//   byte 61      the vendor's own symbology id (Honeywell code id), ignored
//   byte 62      reserved
//   byte 63      bit 0: more of this code follows in the next report
// A code longer than one report comes in several, each with the same AIM
// id, all but the last with the continuation bit set; they are joined.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace retailos::drivers {

struct HidPosReportLayout
{
    quint8 reportId = 0x02;        // the scanned-data report; others are ignored
    int lengthOffset = 1;
    int aimOffset = 2;             // three bytes
    int dataOffset = 5;
    int trailerBytes = 3;          // vendor symbology id, reserved, flags (continuation: bit 0 of the last byte)
    int maxCodeBytes = 4096;       // a longer code is an error, not a memory hog
};

class HidPosReportDecoder
{
public:
    explicit HidPosReportDecoder(HidPosReportLayout layout = {}) : m_layout(layout) {}

    // One input report as the interrupt endpoint delivers it (report id first).
    // A code when this report completes one; nullopt when more reports are to
    // come, or the report is not scanned data (another report id, an empty
    // read). "scanner.bad_report" for what cannot be a scanned-data report
    // (too short, a length beyond the report, a bad AIM id, continuation
    // reports of a different code, a code beyond maxCodeBytes): the code in
    // progress is dropped with it.
    [[nodiscard]] Result<std::optional<QString>> feed(QByteArrayView report);

    // A code is half received (a continuation report is awaited).
    [[nodiscard]] bool pending() const { return m_pending; }
    // Drops a half received code (the reader gave up waiting for its rest).
    void reset();

private:
    HidPosReportLayout m_layout;
    bool m_pending = false;
    QByteArray m_aim;
    QByteArray m_data;
};

} // namespace retailos::drivers
