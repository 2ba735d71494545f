// What the encoder needs to know about a receipt printer model: paper width,
// code page and which optional commands it understands.
#pragma once

#include "drivers/escpos/code_page.h"

#include <QString>

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

    // Epson TM-T20/T88 class, 80 mm paper.
    [[nodiscard]] static PrinterProfile epson80mm()
    {
        return {QStringLiteral("Epson 80 mm"), 42, 576, CodePage::Cp858, true, true, true, true, 4};
    }

    // A no-name 58 mm printer: assumed without cutter and without QR support
    // (GS ( k is the command such printers most often lack); configure a
    // profile of its own for a better model.
    [[nodiscard]] static PrinterProfile generic58mm()
    {
        return {QStringLiteral("Generic 58 mm"), 32, 384, CodePage::Cp858, false, false, false, true, 4};
    }
};

} // namespace retailos::drivers
