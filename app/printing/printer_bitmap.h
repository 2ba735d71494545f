// Pictures for a thermal printer: any QImage as one bit per dot (the
// drivers' MonoBitmap), the store's logo fitted to the paper. The image
// work lives here, with the lane, so the hardware layer needs no GUI
// library. Pure pixel work: no fonts, so it works without a QGuiApplication.
#pragma once

#include "core/common/result.h"
#include "drivers/escpos/mono_bitmap.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace retailos::drivers {
struct PrinterProfile;
}

namespace retailos::printing {

using drivers::RasterAlign;

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

// The bits of an image (any format; not Format_Mono with {white, black}
// goes through printerBitmap() with Threshold first), for the printer.
[[nodiscard]] drivers::MonoBitmap toMonoBitmap(const QImage &bitmap);

// drivers::rasterCommands() of toMonoBitmap(bitmap). Empty for a null image.
[[nodiscard]] QByteArray rasterCommands(const QImage &bitmap, int maxRowsPerSlice);

// The profile's logo from an image: printerBitmap(logo, dotsPerLine,
// logoAlign), done once when the printer is set up, not per receipt.
[[nodiscard]] drivers::MonoBitmap receiptLogo(const QImage &logo, const drivers::PrinterProfile &profile);

// The store's receipt logo from a file or a Qt resource (":/receipt/…").
// "escpos.logo_missing": no such file; "escpos.logo_format": not an image Qt
// reads; "escpos.logo_size": wider or taller than 4096 pixels.
[[nodiscard]] Result<QImage> loadLogo(const QString &path);

} // namespace retailos::printing
