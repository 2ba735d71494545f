// Bytes for a 2×20 customer (pole) display: two lines of text in, the
// display's commands out. Two command sets:
//
// Epson ESC/POS customer display (DM-D110/D210 and compatibles):
//   initialise  1B 40 (ESC @), 1F 01 (US MD1, overwrite mode), 1F 43 00 (cursor off),
//               1B 74 n (ESC t, character table: 0 CP437, 2 CP850, 16 CP1252, 19 CP858)
//   screen      1F 24 01 01 (US $ 1 1, upper line start) + 20 bytes,
//               1F 24 01 02 (US $ 1 2, lower line start) + 20 bytes
//   clear       0C (CLR)
// CD5220 (and the many displays that emulate it):
//   initialise  1B 40 (ESC @), 1B 11 (ESC DC1, overwrite mode), 1B 5F 00 (cursor off);
//               no code page command: the table is set on the display (DIP switches/ESC f)
//   screen      1B 51 41 (ESC Q A) + 20 bytes + 0D, 1B 51 42 (ESC Q B) + 20 bytes + 0D
//   clear       0C (CLR)
// Each line is always sent as exactly 20 characters (cut or padded with
// spaces), so a screen replaces the previous one whole. Pure: no I/O.
#pragma once

#include "core/common/result.h"
#include "drivers/escpos/code_page.h"

#include <QByteArray>
#include <QStringView>

namespace retailos::drivers {

enum class DisplayProtocol { Epson, Cd5220 };

// Settings names "epson", "cd5220". "display.protocol": anything else.
[[nodiscard]] Result<DisplayProtocol> displayProtocolFromName(QStringView name);
[[nodiscard]] QString displayProtocolName(DisplayProtocol protocol);

class CustomerDisplayEncoder
{
public:
    static constexpr int kColumns = 20;
    static constexpr int kLines = 2;

    // CP858 (with €) suits Epson displays, which select it with ESC t;
    // a CD5220 shows the table it is set to, most often CP437.
    explicit CustomerDisplayEncoder(DisplayProtocol protocol, CodePage page = CodePage::Cp858);

    [[nodiscard]] DisplayProtocol protocol() const noexcept { return m_protocol; }
    [[nodiscard]] CodePage codePage() const noexcept { return m_page; }

    // Sent once when the line is opened: reset, overwrite mode, cursor off, table.
    [[nodiscard]] QByteArray initialise() const;
    // Both lines, whole.
    [[nodiscard]] QByteArray screen(QStringView line1, QStringView line2) const;
    [[nodiscard]] QByteArray clear() const;

    // One line as exactly 20 display bytes: each character through the code
    // page (ä, ö, ü, ß, € where the page has them), a one-letter fallback
    // where code_page.h has one (é → e on a page without é), '?' for the
    // rest; combining marks merge or vanish; cut at 20, padded with spaces.
    [[nodiscard]] QByteArray fitLine(QStringView text) const;

private:
    DisplayProtocol m_protocol;
    CodePage m_page;
};

} // namespace retailos::drivers
