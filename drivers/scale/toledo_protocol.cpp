// Toledo 8217 codec (see toledo_protocol.h for the bytes).
#include "drivers/scale/toledo_protocol.h"

#include <QCoreApplication>

namespace retailos::drivers {

namespace {
struct ToledoText
{
    Q_DECLARE_TR_FUNCTIONS(ToledoProtocol)
};

// A reply is at most a dozen bytes; past this without CR it is not one.
constexpr qsizetype kMaxReply = 32;
constexpr int kMaxIntegerDigits = 6;
constexpr int kMaxDecimals = 3;

Error badReply()
{
    return { u"scale.bad_reply"_qs,
        ToledoText::tr("The scale sent an answer the lane cannot read. Check that the scale is set to the "
                       "Toledo 8217 protocol in kilograms, 9600 baud, 7 data bits, even parity.") };
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

ScaleReading fromStatus(quint8 flags)
{
    if (flags & ToledoProtocol::kOverCapacity)
        return { ScaleState::OverCapacity, 0 };
    if (flags & ToledoProtocol::kUnderZero)
        return { ScaleState::UnderZero, 0 };
    if (flags & ToledoProtocol::kMotion)
        return { ScaleState::Motion, 0 };
    if (flags & ToledoProtocol::kOutsideZeroRange)
        return { ScaleState::Error, 0 };
    if (flags & ToledoProtocol::kCentreOfZero)
        return { ScaleState::Zero, 0 };
    return { ScaleState::Error, 0 };
}
} // namespace

QString scaleStateText(ScaleState state)
{
    switch (state) {
    case ScaleState::Stable:
        return ToledoText::tr("stable");
    case ScaleState::Motion:
        return ToledoText::tr("in motion");
    case ScaleState::Zero:
        return ToledoText::tr("empty");
    case ScaleState::OverCapacity:
        return ToledoText::tr("over capacity");
    case ScaleState::UnderZero:
        return ToledoText::tr("under zero");
    case ScaleState::Error:
        return ToledoText::tr("no weight");
    }
    return {};
}

std::optional<QByteArray> ToledoProtocol::takeReply(QByteArray &buffer)
{
    const qsizetype start = buffer.indexOf(kStx);
    if (start < 0) {
        buffer.clear(); // no reply begins here: noise or the tail of an old one
        return std::nullopt;
    }
    buffer.remove(0, start);
    const qsizetype end = buffer.indexOf(kCr, 1);
    if (end < 0) {
        if (buffer.size() < kMaxReply)
            return std::nullopt;
        // Too long to be a reply: hand it over so it fails as one.
        QByteArray frame = buffer.left(kMaxReply);
        buffer.remove(0, kMaxReply);
        return frame;
    }
    QByteArray frame = buffer.left(end + 1);
    buffer.remove(0, end + 1);
    return frame;
}

Result<ScaleReading> ToledoProtocol::parseReply(const QByteArray &frame)
{
    if (frame.size() < 3 || frame.front() != kStx || frame.back() != kCr)
        return std::unexpected(badReply());
    const QByteArray body = frame.mid(1, frame.size() - 2);
    if (body.startsWith('?')) {
        if (body.size() != 2)
            return std::unexpected(badReply());
        const auto status = quint8(quint8(body[1]) & 0x7f); // bit 7: parity on an 8-bit line
        if (!(status & 0x40))
            return std::unexpected(badReply()); // bit 6 is always set: this is not a status
        return fromStatus(quint8(status & 0x3f));
    }
    qsizetype i = 0;
    while (i < body.size() && body[i] == ' ')
        ++i;
    qsizetype end = body.size();
    if (end > i && body[end - 1] == 'N')
        --end; // net weight: a tare is subtracted, the number is what is sold
    qint64 whole = 0;
    int integerDigits = 0;
    for (; i < end && isDigit(body[i]); ++i, ++integerDigits) {
        if (integerDigits == kMaxIntegerDigits)
            return std::unexpected(badReply());
        whole = whole * 10 + (body[i] - '0');
    }
    if (integerDigits == 0)
        return std::unexpected(badReply());
    int fraction = 0;
    int decimals = 0;
    if (i < end && body[i] == '.') {
        for (++i; i < end && isDigit(body[i]); ++i, ++decimals) {
            if (decimals == kMaxDecimals)
                return std::unexpected(badReply()); // finer than a gram: not a kilogram scale we know
            fraction = fraction * 10 + (body[i] - '0');
        }
    }
    if (i != end)
        return std::unexpected(badReply());
    for (int d = decimals; d < kMaxDecimals; ++d)
        fraction *= 10;
    const int grams = int(whole * 1000 + fraction);
    return ScaleReading { grams == 0 ? ScaleState::Zero : ScaleState::Stable, grams };
}

QByteArray ToledoProtocol::weightReply(int grams, bool net)
{
    grams = std::max(grams, 0);
    QByteArray reply;
    reply += kStx;
    reply += QByteArray::number(grams / 1000).rightJustified(2, '0');
    reply += '.';
    reply += QByteArray::number(grams % 1000).rightJustified(3, '0');
    if (net)
        reply += 'N';
    reply += kCr;
    return reply;
}

QByteArray ToledoProtocol::statusReply(quint8 flags)
{
    QByteArray reply;
    reply += kStx;
    reply += '?';
    reply += char(0x40 | (flags & 0x3f));
    reply += kCr;
    return reply;
}

} // namespace retailos::drivers
