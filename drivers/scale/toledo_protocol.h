// The Mettler Toledo 8217 ("Toledo", weight-only ECR) protocol, as POS
// scales (Viva, Ariva, Diva, scanner-scales in 8217 mode) speak it on a
// 9600 baud, 7 data bits, even parity, 1 stop bit line.
//
// Exactly what is implemented (bytes in hex):
//   request   57                       'W': send the weight. Nothing else is sent.
//   weight    02 [20…] d… [2E d…] [4E] 0D
//             STX, optional spaces, the displayed weight in kilograms with up
//             to three decimals ("01.234" = 1234 g; "1.2" = 1200 g), an
//             optional 'N' (net weight), CR. The scale sends a weight only
//             when it is stable and within range; "00.000" means empty.
//   status    02 3F s 0D               STX '?' status-byte CR, instead of a weight
//             when the scale cannot give one. Status bits (bit 7 is the
//             parity bit on an 8-bit line and is ignored; bit 6 is always 1):
//               0x01 in motion             → Motion
//               0x02 over capacity         → OverCapacity
//               0x04 under zero (negative) → UnderZero
//               0x08 outside zero capture range (zero error) → Error
//               0x10 at centre of zero     → Zero
//               0x20 net weight            (informational)
//             Precedence when several are set: over capacity, under zero,
//             motion, zero error, centre of zero. No flag at all: Error (the
//             scale answered without a weight).
// Pounds are not supported: the scale must be set to kilograms. Anything
// else in a frame (letters, more than three decimals, no digits, a missing
// CR) is "scale.bad_reply".
#pragma once

#include "core/common/result.h"
#include "drivers/scale/scale_reading.h"

#include <QByteArray>

#include <optional>

namespace retailos::drivers {

class ToledoProtocol
{
public:
    static constexpr char kStx = '\x02';
    static constexpr char kCr = '\r';

    [[nodiscard]] static QByteArray weightRequest() { return QByteArrayLiteral("W"); }

    // Takes the first complete reply (STX … CR) out of `buffer`, dropping any
    // bytes before its STX (a late answer's tail, noise). nullopt: no
    // complete reply yet (bytes before an STX are kept until one arrives).
    [[nodiscard]] static std::optional<QByteArray> takeReply(QByteArray &buffer);
    // One reply frame, STX through CR, as takeReply() returns it.
    [[nodiscard]] static Result<ScaleReading> parseReply(const QByteArray &frame);

    // The frames a scale sends (the simulator and tests use these).
    [[nodiscard]] static QByteArray weightReply(int grams, bool net = false);
    [[nodiscard]] static QByteArray statusReply(quint8 flags); // flags: the low 6 bits above

    // Status bits.
    static constexpr quint8 kMotion = 0x01;
    static constexpr quint8 kOverCapacity = 0x02;
    static constexpr quint8 kUnderZero = 0x04;
    static constexpr quint8 kOutsideZeroRange = 0x08;
    static constexpr quint8 kCentreOfZero = 0x10;
    static constexpr quint8 kNet = 0x20;
};

} // namespace retailos::drivers
