// The single-byte code pages of ESC/POS printers (ESC t n) and the mapping
// between Unicode text and their bytes, with an ASCII fallback for the rest.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace retailos::drivers {

// The pages every supported printer has. CP858 is CP850 with € at 0xD5
// (instead of the dotless ı), the usual choice for European receipts.
enum class CodePage { Cp437, Cp850, Cp858, Cp1252 };

// n of `ESC t n` on Epson-compatible printers: 0, 2, 19, 16.
[[nodiscard]] quint8 escPosCodePageNumber(CodePage page) noexcept;

// "CP858", for logs and configuration.
[[nodiscard]] QString codePageName(CodePage page);

// Parses "CP858", "cp858", "858", "PC858" (and "1252", "WPC1252").
// "escpos.code_page": not a supported page.
[[nodiscard]] Result<CodePage> codePageFromName(QStringView name);

// The Unicode character the printer prints for `byte` in `page`. Bytes below
// 0x80 are ASCII (0x00–0x1F and 0x7F are printer controls, returned as is);
// bytes the page leaves undefined give U+FFFD.
[[nodiscard]] char32_t codePageCharacter(CodePage page, quint8 byte) noexcept;

// Bytes back to text with codePageCharacter(): what a printer (or the
// simulator) prints for them.
[[nodiscard]] QString decodeText(QByteArrayView bytes, CodePage page);

struct EncodedText
{
    QByteArray bytes;               // one byte per printed column
    QList<char32_t> unencodable;    // characters the page lacks, each once, in order of appearance
};

// Text in `page`, after NFC normalisation. A character the page lacks is
// replaced by a close ASCII fallback where one exists (“ ” → ", – → -,
// ǎ → a, € → EUR; é → e only in a page without é), otherwise by '?' (or
// dropped when it is a combining mark), and is listed in `unencodable`.
// Control characters (tab, newline, ESC…) never reach the printer: they are
// reported too and become ' ' (tab) or '?'.
// The fallback is lossy: EscPosEncoder prints lines with such characters as
// GS v 0 pictures instead (text_layout.h, drawn by app/printing) where the printer and the program
// can, and uses this only where they cannot.
[[nodiscard]] EncodedText encodeText(QStringView text, CodePage page);

} // namespace retailos::drivers
