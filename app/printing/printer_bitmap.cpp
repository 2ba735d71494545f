// Bitmaps for the printer (see printer_bitmap.h).
#include "app/printing/printer_bitmap.h"

#include "drivers/escpos/printer_profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>

#include <algorithm>
#include <cstring>
#include <vector>

namespace retailos::printing {

namespace {

struct RasterText
{
    Q_DECLARE_TR_FUNCTIONS(RasterImage)
};

constexpr int kMaxLogoSide = 4096;

// Over white, so a transparent PNG prints its shape and not a black box.
QImage flattenedOnWhite(const QImage &source)
{
    QImage rgb = source.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < rgb.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(rgb.scanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = line[x];
            const int white = 255 - qAlpha(p);
            line[x] = qRgb(qRed(p) + white, qGreen(p) + white, qBlue(p) + white);
        }
    }
    return rgb.convertToFormat(QImage::Format_RGB32);
}

// Luminance per dot, row by row.
std::vector<int> greyLevels(const QImage &rgb)
{
    std::vector<int> grey(size_t(rgb.width()) * size_t(rgb.height()));
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            grey[size_t(y) * size_t(rgb.width()) + size_t(x)] = qGray(line[x]);
    }
    return grey;
}

bool looksLikePhoto(const std::vector<int> &grey)
{
    const auto midTones = std::count_if(grey.begin(), grey.end(), [](int g) { return g >= 64 && g < 192; });
    return midTones * 10 > qsizetype(grey.size());
}

// Serpentine Floyd–Steinberg: alternating direction avoids the diagonal
// "worms" a one-way scan draws into flat grey areas.
std::vector<bool> floydSteinberg(std::vector<int> grey, int width, int height)
{
    std::vector<bool> ink(grey.size());
    const auto at = [&](int x, int y) -> int & { return grey[size_t(y) * size_t(width) + size_t(x)]; };
    for (int y = 0; y < height; ++y) {
        const bool forward = y % 2 == 0;
        const int step = forward ? 1 : -1;
        for (int i = 0; i < width; ++i) {
            const int x = forward ? i : width - 1 - i;
            const int old = at(x, y);
            const bool black = old < 128;
            ink[size_t(y) * size_t(width) + size_t(x)] = black;
            const int error = old - (black ? 0 : 255);
            if (x + step >= 0 && x + step < width)
                at(x + step, y) += error * 7 / 16;
            if (y + 1 < height) {
                if (x - step >= 0 && x - step < width)
                    at(x - step, y + 1) += error * 3 / 16;
                at(x, y + 1) += error * 5 / 16;
                if (x + step >= 0 && x + step < width)
                    at(x + step, y + 1) += error * 1 / 16;
            }
        }
    }
    return ink;
}

bool isPrinterBitmap(const QImage &image)
{
    return image.format() == QImage::Format_Mono && image.colorCount() == 2
        && image.color(0) == qRgb(255, 255, 255) && image.color(1) == qRgb(0, 0, 0);
}

} // namespace

QImage printerBitmap(const QImage &source, int widthDots, RasterAlign align, Dither dither)
{
    const int width = widthDots / 8 * 8;
    if (source.isNull() || width < 8)
        return {};
    QImage rgb = flattenedOnWhite(source);
    if (rgb.width() > width) {
        // Smooth scaling before dithering: dithering first and then scaling
        // would turn the dot pattern into noise.
        const int height = std::max(1, int((qint64(rgb.height()) * width + rgb.width() / 2) / rgb.width()));
        rgb = rgb.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const int w = rgb.width();
    const int h = rgb.height();
    const std::vector<int> grey = greyLevels(rgb);
    const bool diffuse = dither == Dither::FloydSteinberg || (dither == Dither::Auto && looksLikePhoto(grey));
    std::vector<bool> ink;
    if (diffuse) {
        ink = floydSteinberg(grey, w, h);
    } else {
        ink.resize(grey.size());
        std::transform(grey.begin(), grey.end(), ink.begin(), [](int g) { return g < 128; });
    }

    QImage bitmap(width, h, QImage::Format_Mono);
    bitmap.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    bitmap.fill(0);
    const int left = align == RasterAlign::Left ? 0 : align == RasterAlign::Center ? (width - w) / 2 : width - w;
    for (int y = 0; y < h; ++y) {
        uchar *line = bitmap.scanLine(y);
        for (int x = 0; x < w; ++x) {
            if (ink[size_t(y) * size_t(w) + size_t(x)]) {
                const int dot = left + x;
                line[dot >> 3] |= uchar(0x80 >> (dot & 7));
            }
        }
    }
    return bitmap;
}

drivers::MonoBitmap toMonoBitmap(const QImage &bitmap)
{
    if (bitmap.isNull())
        return {};
    const QImage mono = isPrinterBitmap(bitmap)
        ? bitmap
        : printerBitmap(bitmap, (bitmap.width() + 7) / 8 * 8, RasterAlign::Left, Dither::Threshold);
    drivers::MonoBitmap out;
    out.width = mono.width();
    out.height = mono.height();
    const int bytesPerRow = out.bytesPerRow();
    out.bits.reserve(qsizetype(bytesPerRow) * out.height);
    for (int y = 0; y < out.height; ++y)
        out.bits.append(reinterpret_cast<const char *>(mono.constScanLine(y)), bytesPerRow);
    return out;
}

QByteArray rasterCommands(const QImage &bitmap, int maxRowsPerSlice)
{
    return drivers::rasterCommands(toMonoBitmap(bitmap), maxRowsPerSlice);
}

drivers::MonoBitmap receiptLogo(const QImage &logo, const drivers::PrinterProfile &profile)
{
    return toMonoBitmap(printerBitmap(logo, profile.dotsPerLine, profile.logoAlign));
}

Result<QImage> loadLogo(const QString &path)
{
    if (path.isEmpty() || !QFile::exists(path)) {
        return fail(QStringLiteral("escpos.logo_missing"),
                    RasterText::tr("The receipt logo “%1” does not exist; check devices.printer.logo").arg(path));
    }
    QImageReader reader(path);
    const QSize announced = reader.size();
    if (announced.isValid() && (announced.width() > kMaxLogoSide || announced.height() > kMaxLogoSide)) {
        return fail(QStringLiteral("escpos.logo_size"),
                    RasterText::tr("The receipt logo “%1” is %2×%3 pixels; at most %4×%4 is printed")
                        .arg(path)
                        .arg(announced.width())
                        .arg(announced.height())
                        .arg(kMaxLogoSide));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return fail(QStringLiteral("escpos.logo_format"),
                    RasterText::tr("The receipt logo “%1” is not an image that can be read (%2); use a PNG")
                        .arg(path, reader.errorString()));
    }
    if (image.width() > kMaxLogoSide || image.height() > kMaxLogoSide) {
        return fail(QStringLiteral("escpos.logo_size"),
                    RasterText::tr("The receipt logo “%1” is %2×%3 pixels; at most %4×%4 is printed")
                        .arg(path)
                        .arg(image.width())
                        .arg(image.height())
                        .arg(kMaxLogoSide));
    }
    return image;
}

} // namespace retailos::printing
