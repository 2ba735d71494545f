// Scanner byte framing (see scan_framer.h).
#include "drivers/scanner/scan_framer.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace retailos::drivers {

namespace {
struct ScanFramerText
{
    Q_DECLARE_TR_FUNCTIONS(ScanFramer)
};

constexpr char kCr = '\r';
constexpr char kLf = '\n';
constexpr char kGs = '\x1d'; // GS1 field separator inside a code: kept

bool isTerminator(char byte)
{
    return byte == kCr || byte == kLf;
}

// What a scanner never sends inside a code: control bytes other than GS.
bool hasLineNoise(const QByteArray &frame)
{
    for (const char byte : frame) {
        const auto b = static_cast<unsigned char>(byte);
        if ((b < 0x20 && byte != kGs) || b == 0x7f)
            return true;
    }
    return false;
}

Error tooLong(int maxLength)
{
    return { u"scanner.too_long"_qs,
        ScanFramerText::tr("The scanner sent a code longer than %1 characters; it was "
                           "ignored. Scan the item again.")
            .arg(maxLength) };
}

Error garbage()
{
    return { u"scanner.garbage"_qs,
        ScanFramerText::tr("The scanner sent unreadable data (a loose cable or interference?); scan the item again.") };
}
} // namespace

ScanFramer::ScanFramer(ScanFramerOptions options)
    : m_options(std::move(options))
{
    if (m_options.maxLength < 1)
        m_options.maxLength = 1;
}

void ScanFramer::feed(QByteArrayView bytes, qint64 nowMs)
{
    if (bytes.isEmpty())
        return;
    expire(nowMs);
    const qsizetype limit = m_options.maxLength + m_options.prefix.size() + m_options.suffix.size();
    for (const char byte : bytes) {
        if (isTerminator(byte)) {
            endFrame();
            continue;
        }
        if (m_skipping)
            continue;
        m_frame.append(byte);
        if (m_frame.size() > limit) {
            // Reported at once; the rest of it up to its terminator is dropped.
            m_ready.push_back({ {}, tooLong(m_options.maxLength) });
            m_frame.clear();
            m_skipping = true;
        }
    }
    m_lastByteMs = nowMs;
}

void ScanFramer::expire(qint64 nowMs)
{
    if (hasPartialFrame() && nowMs - m_lastByteMs > m_options.interCharTimeoutMs)
        giveUpPartialFrame();
}

std::optional<Result<QString>> ScanFramer::take()
{
    if (m_ready.empty())
        return std::nullopt;
    Item item = std::move(m_ready.front());
    m_ready.pop_front();
    if (!item.error.code.isEmpty())
        return Result<QString>(std::unexpect, std::move(item.error));
    return Result<QString>(std::move(item.code));
}

std::optional<qint64> ScanFramer::deadline() const
{
    if (!hasPartialFrame())
        return std::nullopt;
    return m_lastByteMs + m_options.interCharTimeoutMs + 1;
}

QByteArray ScanFramer::stripped(QByteArray frame) const
{
    if (!m_options.prefix.isEmpty() && frame.startsWith(m_options.prefix))
        frame.remove(0, m_options.prefix.size());
    if (!m_options.suffix.isEmpty() && frame.endsWith(m_options.suffix))
        frame.chop(m_options.suffix.size());
    return frame;
}

void ScanFramer::endFrame()
{
    if (m_skipping) {
        m_skipping = false; // resynchronised: the next byte starts a new code
        m_frame.clear();
        return;
    }
    if (m_frame.isEmpty())
        return; // the LF of CR LF, or a stray terminator
    const QByteArray code = stripped(std::exchange(m_frame, {}));
    if (code.isEmpty())
        return; // only a prefix/suffix: nothing was scanned
    if (code.size() > m_options.maxLength) {
        m_ready.push_back({ {}, tooLong(m_options.maxLength) }); // a prefix/suffix it was allowed did not come
        return;
    }
    if (hasLineNoise(code)) {
        m_ready.push_back({ {}, garbage() });
        return;
    }
    // Codes are ASCII (GS1, EAN, Code 128); QR codes may carry UTF-8. Bytes
    // that are neither are noise, not a code to look up.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(code);
    if (utf8.hasError() || text.isEmpty()) { // empty: only a byte order mark
        m_ready.push_back({ {}, garbage() });
        return;
    }
    m_ready.push_back({ std::move(text), {} });
}

void ScanFramer::giveUpPartialFrame()
{
    if (m_skipping) {
        // Already reported as too long; its terminator never came.
        m_skipping = false;
        m_frame.clear();
        return;
    }
    const QByteArray partial = stripped(std::exchange(m_frame, {}));
    if (partial.isEmpty())
        return;
    if (hasLineNoise(partial)) {
        m_ready.push_back({ {}, garbage() });
        return;
    }
    m_ready.push_back({ {},
        { u"scanner.incomplete"_qs,
            ScanFramerText::tr("The scanner sent an incomplete code; scan the item again.") } });
}

} // namespace retailos::drivers
