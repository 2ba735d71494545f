// Fuzz target: the serial scanner framer. Whatever arrives on the line, in
// whatever pieces and at whatever pace, the framer never crashes, never
// delivers a code with a terminator or line noise in it, never one longer
// than its limit, and ends with nothing pending once time has passed.
#include "drivers/scanner/scan_framer.h"

#include <cstdint>
#include <cstdlib>

using namespace retailos::drivers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte chooses the framing options, the rest is the line; a
    // byte 0xFE inside it stands for a pause of 250 ms (past the timeout).
    if (size == 0)
        return 0;
    ScanFramerOptions options;
    if (data[0] & 1)
        options.prefix = QByteArrayLiteral("\x02");
    if (data[0] & 2)
        options.suffix = QByteArrayLiteral("\x03");
    options.maxLength = (data[0] & 4) ? 16 : 256;
    ScanFramer framer(options);
    qint64 now = 0;
    const auto check = [&] {
        while (auto next = framer.take()) {
            if (!*next) {
                if (!next->error().code.startsWith(u"scanner."))
                    std::abort();
                continue;
            }
            const QString &code = **next;
            if (code.isEmpty() || code.size() > options.maxLength)
                std::abort();
            for (const QChar c : code) {
                if (c == u'\r' || c == u'\n' || (c.unicode() < 0x20 && c != QChar(0x1d)))
                    std::abort();
            }
        }
    };
    for (size_t i = 1; i < size; ++i) {
        if (data[i] == 0xfe) {
            now += 250;
            framer.expire(now);
        } else {
            framer.feed(QByteArrayView(reinterpret_cast<const char *>(data + i), 1), now);
            now += 1;
        }
        check();
    }
    framer.expire(now + 1000);
    check();
    if (framer.hasPartialFrame())
        std::abort();
    return 0;
}
