// How a receipt line the printer's code page cannot print (Greek,
// Cyrillic, CJK, emoji, …) becomes a picture in the printer's own Font A
// grid: 12×24 dots per character at 203 dpi (13×24 in Epson's 42-column
// mode on 80 mm paper), so it lines up with its text neighbours. The
// drivers lay the line out in cells; drawing needs fonts, so whoever has
// them (the lane, app/printing) hands the encoder a TextLineRenderer.
#pragma once

#include "drivers/escpos/mono_bitmap.h"

#include <QList>
#include <QString>
#include <QStringView>


namespace retailos::drivers {

constexpr int kFontACellWidthDots = 12;
constexpr int kFontACellHeightDots = 24;
constexpr int kLineSpacingDots = 34;   // the printers' default 1/6 inch: a text line's paper advance

// One printed character (a grapheme: a letter with its marks, an emoji with
// its modifiers) and the columns it takes.
struct TextCell
{
    QString text;
    int cells = 1;
};

struct TextLineStyle
{
    bool bold = false;
    int widthScale = 1;    // `GS !` double width: 2
    int heightScale = 1;   // `GS !` double height: 2
    RasterAlign align = RasterAlign::Left;
};

struct RenderedTextLine
{
    MonoBitmap bitmap;              // `widthDots` wide, as tall as the printed text line
    QList<char32_t> missing;        // characters no installed font has: drawn as '?'
};

// Draws a line of cells as the printer would print them. Given to the
// encoder through PrinterProfile::textRenderer by whoever has fonts.
class TextLineRenderer
{
public:
    virtual ~TextLineRenderer() = default;
    // False: no fonts now (a command-line program), and the encoder prints
    // the code page's replacement characters instead.
    [[nodiscard]] virtual bool canDraw() const = 0;
    // `cells` left to right, `cellWidthDots` apart, aligned in `widthDots`,
    // as tall as the printed text line.
    [[nodiscard]] virtual RenderedTextLine draw(const QList<TextCell> &cells, const TextLineStyle &style,
                                                int widthDots, int cellWidthDots) const = 0;
};

// Columns a character takes in a monospace receipt font: 2 for wide East
// Asian characters (CJK, Hangul, full-width forms) and emoji, otherwise 1.
[[nodiscard]] int displayCells(QStringView grapheme);

// Font A's cell width for a profile: its columns spread over its dots, 12
// for 48 columns on 576 dots or 32 on 384, 13 for 42 columns on 576.
[[nodiscard]] int fontACellWidth(int dotsPerLine, int columns);

} // namespace retailos::drivers
