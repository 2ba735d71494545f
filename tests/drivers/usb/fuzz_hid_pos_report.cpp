// Fuzz target: the HID POS report decoder. Whatever a scanner (or a broken
// cable) delivers, the decoder never crashes or reads past a report, every
// code it gives is non-empty, and a half-received code never grows past its
// limit. The input is cut into reports the way interrupt transfers arrive:
// the first byte of each piece says how long it is (1 … 64 bytes).
#include "drivers/scanner/hid_pos_report_decoder.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

using namespace retailos::drivers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HidPosReportLayout layout;
    layout.maxCodeBytes = 512;
    HidPosReportDecoder decoder(layout);
    qint64 pendingBytes = 0;
    size_t at = 0;
    while (at < size) {
        const size_t length = std::min<size_t>(size - at - 1, size_t(data[at] % 64) + 1);
        ++at;
        const QByteArrayView report(reinterpret_cast<const char *>(data + at), qsizetype(length));
        at += length;
        auto result = decoder.feed(report);
        if (!result) {
            if (result.error().code != u"scanner.bad_report" || decoder.pending())
                std::abort();
            pendingBytes = 0;
            continue;
        }
        if (result->has_value()) {
            if ((*result)->isEmpty() || decoder.pending())
                std::abort();
            pendingBytes = 0;
        } else if (decoder.pending()) {
            pendingBytes += length;
            if (pendingBytes > qint64(64) * (layout.maxCodeBytes / 56 + 2))
                std::abort();   // it should have refused the code long ago
        }
    }
    return 0;
}
