// The printer-side code pages of the simulator: the bytes 0x80–0xFF of a
// receipt back to Unicode, so a test can see whether "€" and "ä" arrived.
// Kept apart from drivers/escpos/code_page on purpose: the printer a test
// prints to must not share the encoder's tables, or a wrong table would
// print "correctly" in every round trip.
#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace retailos::drivers::sim {

enum class CodePage { Cp437, Cp850, Cp858, Cp1252 };

// The page `ESC t n` selects: 0 CP437, 2 CP850, 16 CP1252, 19 CP858; nullopt
// for the pages the simulator does not know (Katakana, CP866, ...).
[[nodiscard]] std::optional<CodePage> codePageFromEscPos(int n) noexcept;
[[nodiscard]] int escPosNumber(CodePage page) noexcept;
[[nodiscard]] QString codePageName(CodePage page);

// The character a printable byte (0x20–0xFF) prints as. Bytes that the page
// leaves undefined (0x81 in CP1252) give U+FFFD.
[[nodiscard]] QChar decodeByte(CodePage page, unsigned char byte) noexcept;

} // namespace retailos::drivers::sim
