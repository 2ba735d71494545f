// Text lines as pictures (see text_line_renderer.h).
#include "app/printing/text_line_renderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace retailos::printing {

using namespace drivers;

namespace {

// DejaVu Sans Mono advances 0.602 em: 20 pixels fill the 12-dot cell.
constexpr int kFontPixelSize = 20;

// Whether the font, with the system's fallback fonts, has a glyph for every
// character of `text`: glyph 0 is the "missing" box.
bool hasGlyphs(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    (void)layout.createLine();
    layout.endLayout();
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QList<quint32> glyphs = run.glyphIndexes();
        if (std::find(glyphs.begin(), glyphs.end(), 0U) != glyphs.end())
            return false;
    }
    return true;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

bool canRenderText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

TextLinePicture renderTextLine(const QList<TextCell> &cells, const TextLineStyle &style, int widthDots,
                                int cellWidthDots)
{
    TextLinePicture result;
    const int width = widthDots / 8 * 8;
    const int scaleX = std::clamp(style.widthScale, 1, 8);
    const int scaleY = std::clamp(style.heightScale, 1, 8);
    const int height = std::max(kLineSpacingDots, kFontACellHeightDots * scaleY);
    if (width < 8)
        return result;

    QImage canvas(width, height, QImage::Format_RGB32);
    canvas.fill(Qt::white);

    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(kFontPixelSize);
    font.setBold(style.bold);
    const QFontMetricsF metrics(font);
    // The glyph box centred in the 24-dot cell: accents and descenders stay inside.
    const qreal baseline = (kFontACellHeightDots - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();

    int total = 0;
    for (const TextCell &cell : cells)
        total += std::max(1, cell.cells);
    const int cellWidth = std::clamp(cellWidthDots, 8, 24);
    const int used = total * cellWidth * scaleX;
    const int left = style.align == RasterAlign::Left ? 0
        : style.align == RasterAlign::Center          ? std::max(0, (width - used) / 2)
                                                       : std::max(0, width - used);

    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::black);
    painter.setFont(font);
    painter.translate(left, 0);
    // The printer enlarges its characters by repeating dots; a scaled
    // painter draws the same shape, only smoother.
    painter.scale(scaleX, scaleY);
    int column = 0;
    for (const TextCell &cell : cells) {
        const int span = std::max(1, cell.cells);
        QString shown = cell.text;
        if (!isAscii(shown) && !hasGlyphs(font, shown)) {
            for (const char32_t c : shown.toUcs4()) {
                if (!result.missing.contains(c))
                    result.missing.append(c);
            }
            shown = QStringLiteral("?");
        }
        // A wide glyph is narrower than its two cells in most fonts: centred in them.
        const qreal x = column * cellWidth + std::max(0.0, (span * cellWidth - metrics.horizontalAdvance(shown)) / 2);
        painter.drawText(QPointF(x, baseline), shown);
        column += span;
    }
    painter.end();

    result.bitmap = printerBitmap(canvas, width, RasterAlign::Left, Dither::Threshold);
    return result;
}

namespace {

class FontTextLineRenderer final : public TextLineRenderer
{
public:
    bool canDraw() const override { return canRenderText(); }
    RenderedTextLine draw(const QList<TextCell> &cells, const TextLineStyle &style, int widthDots,
                          int cellWidthDots) const override
    {
        TextLinePicture picture = renderTextLine(cells, style, widthDots, cellWidthDots);
        return RenderedTextLine{toMonoBitmap(picture.bitmap), std::move(picture.missing)};
    }
};

} // namespace

std::shared_ptr<const TextLineRenderer> textLineRenderer()
{
    return std::make_shared<FontTextLineRenderer>();
}

} // namespace retailos::printing
