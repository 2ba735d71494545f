// Cuts the byte stream of a serial scanner into codes. Serial scanners send
// the code and then CR (some CR LF, some LF), optionally wrapped in a
// programmed prefix/suffix. Line noise, oversized frames and half barcodes
// (the scanner lost power or the cable moved mid-code) become errors the
// cashier can act on ("scan the item again"), never a wrong code.
//
// Pure: no transport, no clock of its own (the caller passes milliseconds
// from a monotonic clock), so it is tested and fuzzed byte by byte.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <deque>
#include <optional>

namespace retailos::drivers {

struct ScanFramerOptions
{
    QByteArray prefix; // stripped when a frame starts with it (e.g. STX)
    QByteArray suffix; // stripped when a frame ends with it, before the terminator (e.g. ETX)
    int maxLength = 256; // longer (prefix/suffix excluded) → "scanner.too_long"
    int interCharTimeoutMs = 200; // a frame silent this long without a terminator is discarded
};

class ScanFramer
{
public:
    explicit ScanFramer(ScanFramerOptions options = {});

    // Bytes as they arrived at `nowMs`. A partial frame older than the
    // inter-character timeout is given up first.
    void feed(QByteArrayView bytes, qint64 nowMs);
    // Gives up a partial frame that has been silent past the timeout.
    // Call when a read timed out without bytes.
    void expire(qint64 nowMs);
    // The next code ("]E04006381333931": AIM id kept, prefix, suffix and
    // terminator stripped) or error, in arrival order; nullopt when none.
    // Errors: "scanner.too_long", "scanner.garbage", "scanner.incomplete".
    [[nodiscard]] std::optional<Result<QString>> take();

    // When the partial frame will be given up (nullopt: nothing pending).
    [[nodiscard]] std::optional<qint64> deadline() const;
    [[nodiscard]] bool hasPartialFrame() const { return !m_frame.isEmpty() || m_skipping; }
    [[nodiscard]] const ScanFramerOptions &options() const { return m_options; }

private:
    void endFrame();
    void giveUpPartialFrame();
    [[nodiscard]] QByteArray stripped(QByteArray frame) const;

    ScanFramerOptions m_options;
    QByteArray m_frame;
    bool m_skipping = false; // an oversized frame was reported: drop bytes until its terminator
    qint64 m_lastByteMs = 0;
    struct Item
    {
        QString code;
        Error error; // set for an error
    };
    std::deque<Item> m_ready;
};

} // namespace retailos::drivers
