// Pictures for a thermal printer: any QImage as one bit per dot, and that
// bitmap as `GS v 0` commands in slices a printer's receive buffer can take.
// Pure pixel work: no fonts, so it works without a QGuiApplication.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace retailos::drivers {

enum class RasterAlign { Left, Center, Right };

// How grey becomes black or white. Threshold keeps line art (logos, text)
// crisp: its edges get no dither noise. Floyd–Steinberg spreads the error
// to the neighbours so photos keep their tones; ordered (Bayer) dithering
// would too, but its cross-hatch shows at 203 dpi. Auto picks Threshold
// unless more than a tenth of the dots are mid-grey, as in a photo.
enum class Dither { Auto, Threshold, FloydSteinberg };

// `source` as printed: transparent parts white, grey by luminance, scaled
// down (never up) to fit `widthDots` keeping the aspect ratio, then set
// into a bitmap exactly `widthDots` wide (rounded down to whole bytes) at
// `align`. So the picture lands where asked on every printer, including
// those that ignore `ESC a` for images. QImage::Format_Mono, MSB first as
// `GS v 0` sends it, colour table {white, black}: index 1 = a black dot.
// A null source or width below 8 gives a null image.
[[nodiscard]] QImage printerBitmap(const QImage &source, int widthDots, RasterAlign align = RasterAlign::Center,
                                   Dither dither = Dither::Auto);

// The bitmap (any format; not Format_Mono with {white, black} goes through
// printerBitmap() with Threshold first) as consecutive `GS v 0 0 xL xH yL yH
// data` commands of at most `maxRowsPerSlice` rows each (clamped to
// 1..4095) and nothing in between: one long command overflows the buffer
// of cheap printers and comes out garbled. Empty for a null image.
[[nodiscard]] QByteArray rasterCommands(const QImage &bitmap, int maxRowsPerSlice);

// The store's receipt logo from a file or a Qt resource (":/receipt/…").
// "escpos.logo_missing": no such file; "escpos.logo_format": not an image Qt
// reads; "escpos.logo_size": wider or taller than 4096 pixels.
[[nodiscard]] Result<QImage> loadLogo(const QString &path);

} // namespace retailos::drivers
