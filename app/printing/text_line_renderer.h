// Receipt lines the printer's code page cannot print, drawn as a picture in
// the printer's Font A grid (see drivers/escpos/text_layout.h for the cell
// layout). Drawing text needs fonts and so a QGuiApplication: the lane has
// one and hands textLineRenderer() to the encoder through the profile.
#pragma once

#include "app/printing/printer_bitmap.h"
#include "drivers/escpos/text_layout.h"

#include <QImage>
#include <QList>

#include <memory>

namespace retailos::printing {

using drivers::TextCell;
using drivers::TextLineStyle;

struct TextLinePicture
{
    QImage bitmap;                  // printerBitmap(): `widthDots` wide, as tall as the printed text line
    QList<char32_t> missing;        // characters no installed font has: drawn as '?'
};

// True when a QGuiApplication exists: without one (a command-line program)
// no font can be drawn, and the encoder falls back to replacement characters.
[[nodiscard]] bool canRenderText();

// The cells left to right from the line's start, `cellWidthDots` apart,
// aligned like the printer aligns text in its `widthDots` print area, in DejaVu Sans Mono (with the
// system's fallback fonts for other scripts), bold and scaled as asked, black
// on white, thresholded (text is line art: no dither noise on the edges).
// The picture is as tall as the printer's line pitch, max(34, 24 × height)
// dots, with the characters at the top like the printer prints them.
// Needs canRenderText().
[[nodiscard]] TextLinePicture renderTextLine(const QList<TextCell> &cells, const TextLineStyle &style,
                                             int widthDots, int cellWidthDots = drivers::kFontACellWidthDots);

// renderTextLine() for the encoder (PrinterProfile::textRenderer); it can
// draw while a QGuiApplication exists.
[[nodiscard]] std::shared_ptr<const drivers::TextLineRenderer> textLineRenderer();

} // namespace retailos::printing
