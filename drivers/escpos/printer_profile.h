// What the encoder needs to know about a receipt printer model: paper width,
// code page and which optional commands it understands; the store's logo
// and who draws text the code page lacks.
#pragma once

#include "drivers/escpos/code_page.h"
#include "drivers/escpos/mono_bitmap.h"
#include "drivers/escpos/text_layout.h"

#include <QString>

#include <memory>

namespace retailos::drivers {

struct PrinterProfile
{
    QString name;
    int columns = 42;               // Font A characters per line: 42 on 80 mm, 32 on 58 mm paper
    int dotsPerLine = 576;          // printable dots at 203 dpi: 576 on 80 mm, 384 on 58 mm
    CodePage codePage = CodePage::Cp858;
    bool hasCutter = true;
    bool partialCut = true;         // leaves a hinge so the receipt does not fall on the floor
    bool supportsQr = true;         // GS ( k
    bool supportsBarcode = true;    // GS k Code 128
    int feedBeforeCut = 4;          // lines fed (ESC d) after the last print line
    // GS v 0 raster images: the logo, and lines with characters the code page
    // lacks. Without it those lines print with replacement characters.
    bool supportsRaster = true;
    // Rows per GS v 0 command. A whole logo in one command overflows the
    // receive buffer of cheap printers and comes out garbled; slices of
    // rasterSliceRows × dotsPerLine / 8 bytes each fit.
    int rasterSliceRows = 128;
    // The store's logo, printed at the top of every receipt as it is (the
    // lane fits it to dotsPerLine at logoAlign once: printing::receiptLogo).
    // Null: no logo.
    MonoBitmap logo;
    RasterAlign logoAlign = RasterAlign::Center;
    // Draws lines with characters the code page lacks. Empty, or unable to
    // draw (no fonts): those characters print as replacements.
    std::shared_ptr<const TextLineRenderer> textRenderer;

    // Epson TM-T20/T88 class, 80 mm paper. 128 rows of 72 bytes are 9 KB,
    // well inside these printers' receive and image buffers.
    [[nodiscard]] static PrinterProfile epson80mm()
    {
        PrinterProfile p;   // the defaults above are this printer's
        p.name = QStringLiteral("Epson 80 mm");
        return p;
    }

    // A no-name 58 mm printer: assumed without cutter and without QR support
    // (GS ( k is the command such printers most often lack); configure a
    // profile of its own for a better model. Slices of 24 rows (the band
    // such printers print at once) are 1152 bytes: they fit even a 2 KB buffer.
    [[nodiscard]] static PrinterProfile generic58mm()
    {
        PrinterProfile p;
        p.name = QStringLiteral("Generic 58 mm");
        p.columns = 32;
        p.dotsPerLine = 384;
        p.hasCutter = false;
        p.partialCut = false;
        p.supportsQr = false;
        p.rasterSliceRows = 24;
        return p;
    }
};

} // namespace retailos::drivers
