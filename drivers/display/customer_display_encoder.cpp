// Customer display commands (see customer_display_encoder.h).
#include "drivers/display/customer_display_encoder.h"

#include <QCoreApplication>
#include <QString>

namespace retailos::drivers {

namespace {
struct EncoderText
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDisplay)
};

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}
} // namespace

Result<DisplayProtocol> displayProtocolFromName(QStringView name)
{
    if (name == u"epson")
        return DisplayProtocol::Epson;
    if (name == u"cd5220")
        return DisplayProtocol::Cd5220;
    return fail(QStringLiteral("display.protocol"),
        EncoderText::tr("\"%1\" is not a customer display protocol; use one of: epson, cd5220.").arg(name.toString()));
}

QString displayProtocolName(DisplayProtocol protocol)
{
    return protocol == DisplayProtocol::Cd5220 ? QStringLiteral("cd5220") : QStringLiteral("epson");
}

CustomerDisplayEncoder::CustomerDisplayEncoder(DisplayProtocol protocol, CodePage page)
    : m_protocol(protocol)
    , m_page(page)
{
}

QByteArray CustomerDisplayEncoder::initialise() const
{
    if (m_protocol == DisplayProtocol::Cd5220)
        return bytes({ 0x1B, 0x40, 0x1B, 0x11, 0x1B, 0x5F, 0x00 });
    return bytes({ 0x1B, 0x40, 0x1F, 0x01, 0x1F, 0x43, 0x00, 0x1B, 0x74, escPosCodePageNumber(m_page) });
}

QByteArray CustomerDisplayEncoder::screen(QStringView line1, QStringView line2) const
{
    QByteArray out;
    if (m_protocol == DisplayProtocol::Cd5220) {
        out += bytes({ 0x1B, 0x51, 0x41 }) + fitLine(line1) + '\r';
        out += bytes({ 0x1B, 0x51, 0x42 }) + fitLine(line2) + '\r';
    } else {
        out += bytes({ 0x1F, 0x24, 0x01, 0x01 }) + fitLine(line1);
        out += bytes({ 0x1F, 0x24, 0x01, 0x02 }) + fitLine(line2);
    }
    return out;
}

QByteArray CustomerDisplayEncoder::clear() const
{
    return QByteArray(1, '\x0C');
}

QByteArray CustomerDisplayEncoder::fitLine(QStringView text) const
{
    const QString normalised = text.toString().normalized(QString::NormalizationForm_C);
    QByteArray out;
    for (qsizetype i = 0; i < normalised.size() && out.size() < kColumns;) {
        // One character at a time (a surrogate pair is one), so that every
        // character takes exactly one column or none.
        const qsizetype length = normalised.at(i).isHighSurrogate() && i + 1 < normalised.size() ? 2 : 1;
        if (length == 1 && normalised.at(i).category() == QChar::Other_Control) {
            // A tab or line break in a product name would move the display's
            // cursor or run a command: a space takes its column.
            out += ' ';
            ++i;
            continue;
        }
        const EncodedText one = encodeText(QStringView(normalised).sliced(i, length), m_page);
        i += length;
        if (one.bytes.size() == 1)
            out += one.bytes;
        else if (!one.bytes.isEmpty())
            out += '?'; // "EUR" and the like would not fit the column
    }
    return out.leftJustified(kColumns, ' ', true);
}

} // namespace retailos::drivers
