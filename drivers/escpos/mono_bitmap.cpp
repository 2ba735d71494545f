// `GS v 0` slices (see mono_bitmap.h).
#include "drivers/escpos/mono_bitmap.h"

#include <algorithm>

namespace retailos::drivers {

namespace {
constexpr char GS = 0x1D;
constexpr int kMaxSliceRows = 4095;   // yH is at most 15 on the printers we know
} // namespace

QByteArray rasterCommands(const MonoBitmap &bitmap, int maxRowsPerSlice)
{
    if (bitmap.isNull() || bitmap.bits.size() < qsizetype(bitmap.bytesPerRow()) * bitmap.height)
        return {};
    const int bytesPerRow = bitmap.bytesPerRow();
    // Dots past the width in the last byte are padding: never ink.
    const auto lastMask = uchar(0xFF << ((8 - bitmap.width % 8) % 8));
    const int sliceRows = std::clamp(maxRowsPerSlice, 1, kMaxSliceRows);

    QByteArray out;
    out.reserve(qsizetype(bytesPerRow) * bitmap.height + (bitmap.height / sliceRows + 1) * 8);
    for (int top = 0; top < bitmap.height; top += sliceRows) {
        const int rows = std::min(sliceRows, bitmap.height - top);
        out.append(GS).append('v').append('0').append(char(0));
        out.append(char(bytesPerRow & 0xFF)).append(char(bytesPerRow >> 8));
        out.append(char(rows & 0xFF)).append(char(rows >> 8));
        for (int y = top; y < top + rows; ++y) {
            const char *line = bitmap.bits.constData() + qsizetype(y) * bytesPerRow;
            out.append(line, bytesPerRow - 1);
            out.append(char(uchar(line[bytesPerRow - 1]) & lastMask));
        }
    }
    return out;
}

} // namespace retailos::drivers
