// ESC/POS bytes for receipts, the cash drawer kick and real-time status
// (the Epson subset of the hardware design brief). The text of a
// receipt is laid out line for line like renderReceiptText(), so a printer
// or the simulator prints the same lines the lane previews. The store's
// logo and lines the code page cannot print go out as `GS v 0` images.
#pragma once

#include "core/sale/receipt.h"
#include "drivers/escpos/printer_profile.h"

#include <QByteArray>
#include <QList>

namespace retailos::drivers {

// One answer byte of `DLE EOT n`. Only the bits of the requested n are set.
struct PrinterStatusBits
{
    bool valid = false;             // n is 1, 2 or 4 and the byte has the fixed bits (0x12 set, 0x81 clear)
    // n = 1, printer status
    bool drawerSensorHigh = false;  // bit 2: drawer connector pin 3; open or closed depends on the drawer
    bool offline = false;           // bit 3
    // n = 2, offline cause
    bool coverOpen = false;         // bit 2
    bool paperEndStop = false;      // bit 5: printing stopped at the paper end
    bool error = false;             // bit 6
    // n = 4, paper roll sensor
    bool paperNearEnd = false;      // bits 2–3 (0x0C)
    bool paperOut = false;          // bits 5–6 (0x60)

    friend bool operator==(const PrinterStatusBits &, const PrinterStatusBits &) = default;
};

class EscPosEncoder
{
public:
    // A complete print job: initialise, code page, the profile's logo, the
    // receipt, barcode and QR of doc.barcodePayload as the profile allows,
    // feed, cut. A line with characters the code page lacks is printed as a
    // picture of the line when the profile supports raster images and its
    // textRenderer can draw; otherwise with encodeText()'s fallbacks.
    [[nodiscard]] QByteArray encode(const ReceiptDocument &doc, const PrinterProfile &profile);

    // Characters of the last encode() that did not print as they are: the
    // code page lacks them and they could not be drawn (no raster support,
    // no text renderer or no fonts now, no font has them), so a fallback was printed (see
    // encodeText()). Empty when everything printed right.
    [[nodiscard]] const QList<char32_t> &unencodable() const noexcept { return m_unencodable; }

    // Characters of the last encode() the code page lacks that were printed
    // right, as part of a line printed as a picture. Each once, in order.
    [[nodiscard]] const QList<char32_t> &rasterised() const noexcept { return m_rasterised; }

    // `ESC p m t1 t2`: pulse drawer pin 2 (pin 0) or pin 5 (pin 1) for onMs,
    // then rest offMs; each time is sent in 2 ms units, clamped to 1..255.
    // Defaults give the usual 1B 70 00 19 FA.
    [[nodiscard]] static QByteArray drawerKick(int pin = 0, int onMs = 50, int offMs = 500);

    // `DLE EOT n`, real-time status, n = 1..4; empty for any other n.
    [[nodiscard]] static QByteArray statusRequest(int n);

    // The answer to statusRequest(n).
    [[nodiscard]] static PrinterStatusBits decodeStatus(int n, quint8 byte) noexcept;

private:
    QList<char32_t> m_unencodable;
    QList<char32_t> m_rasterised;
};

} // namespace retailos::drivers
