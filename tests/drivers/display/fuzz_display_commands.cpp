// Fuzz target: the display simulator's command parser, both command sets.
// Whatever bytes arrive, it never crashes, the screen stays two lines of 20
// and the cursor stays on it; split reads parse like one.
#include "drivers/simulator/display_simulator.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace retailos::drivers::sim;

namespace {
void check(const DisplayCommandParser &parser)
{
    const QStringList lines = parser.lines();
    if (lines.size() != 2 || lines[0].size() != 20 || lines[1].size() != 20)
        std::abort();
    if (parser.cursorColumn() < 0 || parser.cursorColumn() >= 20 || parser.cursorRow() < 0 || parser.cursorRow() >= 2)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const DisplayDialect dialect : { DisplayDialect::Epson, DisplayDialect::Cd5220 }) {
        DisplayCommandParser whole(dialect);
        whole.feed(all);
        check(whole);
        DisplayCommandParser split(dialect);
        split.feed(all.left(all.size() / 2));
        check(split);
        split.feed(all.mid(all.size() / 2));
        check(split);
        if (split.lines() != whole.lines())
            std::abort();
    }
    return 0;
}
