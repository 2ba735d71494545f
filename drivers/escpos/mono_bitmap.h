// A picture as the printer takes it: one bit per dot, rows of whole bytes,
// the most significant bit first, 1 = a black dot. Plain bytes, so the
// printer side needs no image library; the lane's printing code
// (app/printing) makes these from images and from drawn text.
#pragma once

#include <QByteArray>

namespace retailos::drivers {

enum class RasterAlign { Left, Center, Right };

struct MonoBitmap
{
    int width = 0;     // dots; rows are (width + 7) / 8 bytes
    int height = 0;
    QByteArray bits;   // height × bytesPerRow()

    [[nodiscard]] bool isNull() const { return width <= 0 || height <= 0; }
    [[nodiscard]] int bytesPerRow() const { return (width + 7) / 8; }
    [[nodiscard]] bool dot(int x, int y) const
    {
        return (uchar(bits.at(qsizetype(y) * bytesPerRow() + x / 8)) >> (7 - x % 8)) & 1;
    }
    friend bool operator==(const MonoBitmap &, const MonoBitmap &) = default;
};

// The bitmap as consecutive `GS v 0 0 xL xH yL yH data` commands of at most
// `maxRowsPerSlice` rows each (clamped to 1..4095) and nothing in between:
// one long command overflows the buffer of cheap printers and comes out
// garbled. Dots past the width in a row's last byte are never ink. Empty
// for a null bitmap.
[[nodiscard]] QByteArray rasterCommands(const MonoBitmap &bitmap, int maxRowsPerSlice);

} // namespace retailos::drivers
