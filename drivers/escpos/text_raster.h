// Receipt lines the printer's code page cannot print (Greek, Cyrillic, CJK,
// emoji, …), drawn as a picture in the printer's own Font A grid: 12×24
// dots per character at 203 dpi (13×24 in Epson's 42-column mode on 80 mm
// paper), so the line lines up with its text neighbours. Drawing text needs
// fonts and so a QGuiApplication.
#pragma once

#include "drivers/escpos/raster_image.h"

#include <QImage>
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
    QImage bitmap;                  // printerBitmap(): `widthDots` wide, as tall as the printed text line
    QList<char32_t> missing;        // characters no installed font has: drawn as '?'
};

// True when a QGuiApplication exists: without one (a command-line program)
// no font can be drawn, and the encoder falls back to replacement characters.
[[nodiscard]] bool canRenderText();

// Columns a character takes in a monospace receipt font: 2 for wide East
// Asian characters (CJK, Hangul, full-width forms) and emoji, otherwise 1.
[[nodiscard]] int displayCells(QStringView grapheme);

// Font A's cell width for a profile: its columns spread over its dots, 12
// for 48 columns on 576 dots or 32 on 384, 13 for 42 columns on 576.
[[nodiscard]] int fontACellWidth(int dotsPerLine, int columns);

// The cells left to right from the line's start, `cellWidthDots` apart,
// aligned like the printer aligns text in its `widthDots` print area, in DejaVu Sans Mono (with the
// system's fallback fonts for other scripts), bold and scaled as asked, black
// on white, thresholded (text is line art: no dither noise on the edges).
// The picture is as tall as the printer's line pitch, max(34, 24 × height)
// dots, with the characters at the top like the printer prints them.
// Needs canRenderText().
[[nodiscard]] RenderedTextLine renderTextLine(const QList<TextCell> &cells, const TextLineStyle &style,
                                              int widthDots, int cellWidthDots = kFontACellWidthDots);

} // namespace retailos::drivers
