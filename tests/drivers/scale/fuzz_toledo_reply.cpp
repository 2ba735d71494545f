// Fuzz target: Toledo 8217 replies. Whatever comes back on the scale line,
// cut into frames and parsed, never crashes, never loses track of the
// buffer, and never yields a negative weight, a weight for a state that has
// none, or an error other than "scale.bad_reply".
#include "drivers/scale/toledo_protocol.h"

#include <cstdint>
#include <cstdlib>

using namespace retailos::drivers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The whole input as one frame…
    if (auto reading = ToledoProtocol::parseReply(bytes); reading) {
        if (reading->grams < 0 || (reading->state != ScaleState::Stable && reading->grams != 0))
            std::abort();
    } else if (reading.error().code != u"scale.bad_reply") {
        std::abort();
    }
    // …and as a stream arriving in two pieces.
    QByteArray buffer;
    const qsizetype half = bytes.size() / 2;
    for (const QByteArray &piece : { bytes.left(half), bytes.mid(half) }) {
        buffer += piece;
        while (auto frame = ToledoProtocol::takeReply(buffer)) {
            if (frame->isEmpty() || frame->front() != ToledoProtocol::kStx)
                std::abort();
            const auto reading = ToledoProtocol::parseReply(*frame);
            if (reading && reading->grams < 0)
                std::abort();
        }
        if (buffer.size() > 64)
            std::abort(); // never grows without bound
    }
    return 0;
}
