// What a parsed receipt looks like on paper: as plain text (for diffs and
// golden files) and as a picture 576 dots wide (80 mm at 203 dpi) with real
// bars and QR modules, so a barcode reader can check what was printed.
#pragma once

#include "core/common/result.h"
#include "drivers/simulator/escpos_parser.h"

#include <QImage>
#include <QList>
#include <QString>

namespace retailos::drivers::sim {

struct RenderOptions
{
    int columns = 42;        // characters of Font A across 80 mm paper
    int widthDots = 576;     // printable width at 203 dpi
    QString fontFamily = QStringLiteral("DejaVu Sans Mono");
};

// The receipt as printed, one line per printed line: alignment applied over
// `columns` (double width counts twice), long lines wrapped where the printer
// wraps them, barcodes, QR codes and images as one bracketed line each
// ("[Code 128: Rlane-01-42]"). Lines end in '\n'.
[[nodiscard]] QString renderText(const Receipt &receipt, const RenderOptions &options = {});

// The receipt as an image `widthDots` wide, black on white (Format_Grayscale8).
// Needs a QGuiApplication (fonts). Codes keep a quiet zone inside the width
// even when aligned left, so zbarimg reads them.
[[nodiscard]] QImage renderImage(const Receipt &receipt, const RenderOptions &options = {});

// The bars of a barcode, one entry per module (true = black), without quiet
// zones. Code 128 (code sets A/B/C as sent, with its check symbol), EAN-13,
// UPC-A and EAN-8 (check digit added when left out). "barcode.unsupported"
// for the other symbologies, "barcode.data" when the data does not fit the
// symbology.
[[nodiscard]] Result<QList<bool>> barcodeModules(const Barcode &barcode);

// The QR symbol, one pixel per module, black = dark (Format_Mono), without
// quiet zone. "qr.encode" when the data does not fit a QR code.
[[nodiscard]] Result<QImage> qrModules(const QrCode &qr);

} // namespace retailos::drivers::sim
