// Character cells of a receipt line (see text_layout.h).
#include "drivers/escpos/text_layout.h"

#include <algorithm>
#include <iterator>

namespace retailos::drivers {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Wide and Fullwidth blocks and the emoji blocks (Unicode's
// EastAsianWidth.txt, condensed to whole blocks).
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},   {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},
    {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},   {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},   {0x274C, 0x274C},
    {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xA960, 0xA97F},
    {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},   {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
    {0x1F200, 0x1F2FF}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F900, 0x1F9FF},
    {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD},
};

bool isWide(char32_t c)
{
    const auto it = std::lower_bound(std::begin(kWide), std::end(kWide), c,
                                     [](const Range &r, char32_t v) { return r.last < v; });
    return it != std::end(kWide) && it->first <= c;
}

} // namespace

int displayCells(QStringView grapheme)
{
    if (grapheme.isEmpty())
        return 1;
    if (grapheme.contains(QChar(0xFE0F)))   // emoji presentation selector: drawn as an emoji
        return 2;
    const char32_t first = grapheme.size() >= 2 && grapheme.at(0).isHighSurrogate()
        ? QChar::surrogateToUcs4(grapheme.at(0), grapheme.at(1))
        : char32_t(grapheme.at(0).unicode());
    return isWide(first) ? 2 : 1;
}

int fontACellWidth(int dotsPerLine, int columns)
{
    return columns > 0 ? std::clamp(dotsPerLine / columns, 8, 24) : kFontACellWidthDots;
}

} // namespace retailos::drivers
