// Fuzz target: the printer simulator's ESC/POS parser. Whatever the lane or a
// stranger sends, the parser never crashes, never reads past its input and
// ends with every byte accounted for; the renderers draw whatever it made.
#include "drivers/simulator/escpos_parser.h"
#include "drivers/simulator/receipt_renderer.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace retailos::drivers::sim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    EscPosParser parser;
    // In two pieces: a command split across TCP segments must parse the same.
    const size_t half = size / 2;
    parser.feed(QByteArray(reinterpret_cast<const char *>(data), qsizetype(half)));
    parser.feed(QByteArray(reinterpret_cast<const char *>(data + half), qsizetype(size - half)));
    if (parser.bytesFed() != qint64(size))
        std::abort();
    (void)parser.takeEvents();
    for (const Receipt &receipt : parser.receipts())
        (void)renderText(receipt);
    (void)renderText(parser.openReceipt());
    return 0;
}
