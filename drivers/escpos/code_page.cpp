// Code page tables and text encoding (see code_page.h).
#include "drivers/escpos/code_page.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <iterator>

namespace retailos::drivers {

namespace {

struct CodePageText
{
    Q_DECLARE_TR_FUNCTIONS(CodePage)
};

using Upper = std::array<char16_t, 128>;   // bytes 0x80–0xFF; 0 = undefined

// From the published charts (Unicode Consortium's VENDORS/MICSFT mapping
// files, which the IBM and Microsoft charts agree with).
constexpr Upper kCp437 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,  // 8_
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,  // 9_
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,  // A_
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,  // B_
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,  // C_
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,  // D_
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,  // E_
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,  // F_
};

constexpr Upper kCp850 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,  // 8_
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,  // 9_
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,  // A_
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,  // B_
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,  // C_
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,  // D_
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,  // E_
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,  // F_
};

constexpr Upper kCp1252 = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000,  // 8_
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,  // 9_
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,  // A_
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,  // B_
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,  // C_
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,  // D_
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,  // E_
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,  // F_
};

constexpr char16_t kEuro = 0x20AC;
constexpr quint8 kCp858EuroByte = 0xD5;

// Stand-ins for characters a page lacks that Unicode decomposition does not
// cover (NFKD already turns … into ..., ™ into TM, no-break spaces into ' ').
struct Fallback
{
    char32_t character;
    const char *ascii;
};

constexpr Fallback kFallbacks[] = {   // sorted by character
    {0x00A2, "c"},   {0x00A3, "GBP"}, {0x00A5, "JPY"}, {0x00A9, "(C)"}, {0x00AB, "<<"},  {0x00AE, "(R)"},
    {0x00B0, "o"},   {0x00B1, "+/-"}, {0x00B5, "u"},   {0x00B7, "."},   {0x00BB, ">>"},  {0x00C6, "AE"},
    {0x00D0, "D"},   {0x00D7, "x"},   {0x00D8, "O"},   {0x00DE, "Th"},  {0x00DF, "ss"},  {0x00E6, "ae"},
    {0x00F0, "d"},   {0x00F7, "/"},   {0x00F8, "o"},   {0x00FE, "th"},  {0x0110, "D"},   {0x0111, "d"},
    {0x0131, "i"},   {0x0141, "L"},   {0x0142, "l"},   {0x0152, "OE"},  {0x0153, "oe"},  {0x0192, "f"},
    {0x2010, "-"},   {0x2011, "-"},   {0x2012, "-"},   {0x2013, "-"},   {0x2014, "-"},   {0x2015, "-"},
    {0x2018, "'"},   {0x2019, "'"},   {0x201A, "'"},   {0x201B, "'"},   {0x201C, "\""},  {0x201D, "\""},
    {0x201E, "\""},  {0x201F, "\""},  {0x2020, "+"},   {0x2022, "*"},   {0x2030, "%o"},  {0x2032, "'"},
    {0x2033, "\""},  {0x2039, "<"},   {0x203A, ">"},   {0x20AC, "EUR"}, {0x2212, "-"},   {0x2219, "*"},
};

char32_t upperCharacter(CodePage page, quint8 byte) noexcept
{
    if (page == CodePage::Cp858 && byte == kCp858EuroByte)
        return kEuro;
    const Upper &table = page == CodePage::Cp437 ? kCp437 : page == CodePage::Cp1252 ? kCp1252 : kCp850;
    const char16_t c = table[byte - 0x80];
    return c == 0 ? char32_t(0xFFFD) : char32_t(c);
}

// The byte of `c` in `page`, or -1.
int byteOf(CodePage page, char32_t c) noexcept
{
    if (c >= 0x20 && c < 0x7F)
        return int(c);
    if (c < 0xA0 || c == 0xFFFD)   // controls (C0, DEL, C1) and the "undefined" marker
        return -1;
    for (int b = 0x80; b <= 0xFF; ++b) {
        if (upperCharacter(page, quint8(b)) == c)
            return b;
    }
    return -1;
}

bool isMark(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

// What stands in for `c`, which `page` lacks: ASCII bytes, possibly empty.
QByteArray fallbackFor(CodePage page, char32_t c)
{
    if (c == u'\t')
        return QByteArrayLiteral(" ");
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return QByteArrayLiteral("?");   // a control byte would be read as a printer command
    const auto it = std::lower_bound(std::begin(kFallbacks), std::end(kFallbacks), c,
                                     [](const Fallback &f, char32_t v) { return f.character < v; });
    if (it != std::end(kFallbacks) && it->character == c)
        return QByteArray(it->ascii);
    if (isMark(c))
        return {};   // a combining mark NFC could not attach: the base letter alone is the closest
    // Compatibility decomposition without the marks: ǎ → a, ﬁ → fi, Ａ → A, … → ...
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    QByteArray out;
    for (const char32_t d : decomposed.toUcs4()) {
        if (isMark(d))
            continue;
        const int b = byteOf(page, d);
        if (b < 0 || d == c)
            return QByteArrayLiteral("?");
        out.append(char(b));
    }
    return out.isEmpty() ? QByteArrayLiteral("?") : out;
}

} // namespace

quint8 escPosCodePageNumber(CodePage page) noexcept
{
    switch (page) {
    case CodePage::Cp437: return 0;
    case CodePage::Cp850: return 2;
    case CodePage::Cp858: return 19;
    case CodePage::Cp1252: return 16;
    }
    return 0;
}

QString codePageName(CodePage page)
{
    switch (page) {
    case CodePage::Cp437: return QStringLiteral("CP437");
    case CodePage::Cp850: return QStringLiteral("CP850");
    case CodePage::Cp858: return QStringLiteral("CP858");
    case CodePage::Cp1252: return QStringLiteral("CP1252");
    }
    return {};
}

Result<CodePage> codePageFromName(QStringView name)
{
    QString n = name.trimmed().toString().toUpper();
    n.remove(u' ').remove(u'-');
    for (const QStringView prefix : {u"WINDOWS", u"WPC", u"IBM", u"CP", u"PC"}) {
        if (n.startsWith(prefix)) {
            n.remove(0, prefix.size());
            break;
        }
    }
    if (n == u"437")
        return CodePage::Cp437;
    if (n == u"850")
        return CodePage::Cp850;
    if (n == u"858")
        return CodePage::Cp858;
    if (n == u"1252")
        return CodePage::Cp1252;
    return fail(QStringLiteral("escpos.code_page"),
                CodePageText::tr("Unknown printer code page “%1”; use CP437, CP850, CP858 or CP1252").arg(name));
}

char32_t codePageCharacter(CodePage page, quint8 byte) noexcept
{
    return byte < 0x80 ? char32_t(byte) : upperCharacter(page, byte);
}

QString decodeText(QByteArrayView bytes, CodePage page)
{
    QString text;
    text.reserve(bytes.size());
    for (const char b : bytes)
        text.append(QChar(char16_t(codePageCharacter(page, quint8(b)))));   // every page is within the BMP
    return text;
}

EncodedText encodeText(QStringView text, CodePage page)
{
    EncodedText result;
    // NFC first: "e" + U+0301 from a catalogue import is the é the page has.
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    result.bytes.reserve(composed.size());
    for (const char32_t c : composed.toUcs4()) {
        if (const int b = byteOf(page, c); b >= 0) {
            result.bytes.append(char(b));
            continue;
        }
        // The encoder prints a line with such characters as a picture where
        // it can (text_layout.h, drawn by app/printing); this fallback is for where it cannot.
        result.bytes.append(fallbackFor(page, c));
        if (!result.unencodable.contains(c))
            result.unencodable.append(c);
    }
    return result;
}

} // namespace retailos::drivers
