// The simulated customer display (see display_simulator.h).
#include "drivers/simulator/display_simulator.h"

#include "drivers/simulator/pty_port.h"

#include <QStringDecoder>

#include <array>

namespace retailos::drivers::sim {

namespace {

constexpr unsigned char kEsc = 0x1B;
constexpr unsigned char kUs = 0x1F;
constexpr qsizetype kMaxString = 40; // ESC Q A … CR carries at most 40 bytes on a CD5220

// The upper halves (0x80–0xFF) of the tables ESC t selects, from ICU.
const QString &upperHalf(int table)
{
    static const std::array<QString, 4> halves = [] {
        std::array<QString, 4> out;
        const char *names[] = { "IBM437", "IBM850", "windows-1252", "IBM00858" };
        for (int i = 0; i < 4; ++i) {
            QStringDecoder decoder(names[i]);
            QString half;
            for (int byte = 0x80; byte <= 0xFF; ++byte) {
                const QString one = decoder.isValid() ? decoder.decode(QByteArray(1, char(byte))) : QString();
                half += one.size() == 1 ? one.at(0) : QChar(QChar::ReplacementCharacter);
            }
            out[size_t(i)] = half;
        }
        return out;
    }();
    switch (table) {
    case 2:
        return halves[1];
    case 16:
        return halves[2];
    case 19:
        return halves[3];
    default:
        return halves[0];
    }
}

bool knownTable(int n)
{
    return n == 0 || n == 2 || n == 16 || n == 19;
}

} // namespace

DisplayCommandParser::DisplayCommandParser(DisplayDialect dialect)
    : m_dialect(dialect)
{
    reset();
}

void DisplayCommandParser::reset()
{
    clearAll();
    m_table = 0;
    m_verticalScroll = false;
}

void DisplayCommandParser::clearAll()
{
    for (QString &line : m_lines)
        line = QString(kColumns, u' ');
    m_row = m_column = 0;
}

QChar DisplayCommandParser::decode(unsigned char byte) const
{
    if (byte < 0x20 || byte == 0x7F)
        return u'?';
    if (byte < 0x80)
        return QChar(char16_t(byte));
    return upperHalf(m_table).at(byte - 0x80);
}

void DisplayCommandParser::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    qsizetype pos = 0;
    while (pos < m_buffer.size()) {
        const qsizetype used = step(QByteArrayView(m_buffer).sliced(pos));
        if (used == 0)
            break;
        pos += used;
    }
    m_buffer.remove(0, pos);
}

qsizetype DisplayCommandParser::step(QByteArrayView in)
{
    const auto b = static_cast<unsigned char>(in.at(0));
    if (b == kEsc)
        return stepEsc(in);
    if (b == kUs && m_dialect == DisplayDialect::Epson)
        return stepEpsonUs(in);
    switch (b) {
    case 0x0C: // CLR
        clearAll();
        return 1;
    case 0x18: // CAN: the cursor's line
        m_lines[m_row] = QString(kColumns, u' ');
        m_column = 0;
        return 1;
    case 0x0D: // CR
        m_column = 0;
        return 1;
    case 0x0A: // LF
        lineFeed();
        return 1;
    case 0x0B: // HOM
        m_row = m_column = 0;
        return 1;
    case 0x08: // BS
        m_column = std::max(0, m_column - 1);
        return 1;
    case 0x09: // HT
        m_column = std::min(kColumns - 1, m_column + 1);
        return 1;
    default:
        break;
    }
    if (b < 0x20) {
        ++m_ignored;
        return 1;
    }
    put(b);
    return 1;
}

// `US $ x y` and `ESC l x y`: column x 1–20, row y 1–2; outside the
// screen the command is dropped, as the displays do.
qsizetype DisplayCommandParser::moveCursor(QByteArrayView in)
{
        if (in.size() < 4)
            return 0;
        const int x = static_cast<unsigned char>(in.at(2));
        const int y = static_cast<unsigned char>(in.at(3));
        if (x >= 1 && x <= kColumns && y >= 1 && y <= kLines) {
            m_column = x - 1;
            m_row = y - 1;
        } else {
            m_ignored += 4;
        }
        return 4;
}

qsizetype DisplayCommandParser::stepEpsonUs(QByteArrayView in)
{
    if (in.size() < 2)
        return 0;
    const auto c = static_cast<unsigned char>(in.at(1));
    switch (c) {
    case 0x01: // US MD1 overwrite
    case 0x03: // US MD3 horizontal scroll: shown as overwrite
        m_verticalScroll = false;
        return 2;
    case 0x02: // US MD2 vertical scroll
        m_verticalScroll = true;
        return 2;
    case '$': // US $ x y: column x 1–20, row y 1–2
        return moveCursor(in);
    case 0x0A: // US LF: up
        m_row = 0;
        return 2;
    case 0x0D: // US CR: right-most
        m_column = kColumns - 1;
        return 2;
    case 'B': // US B: bottom
        m_row = kLines - 1;
        m_column = 0;
        return 2;
    case 'C':
    case 'E':
    case 'X':
    case 'r':
    case 'c':
    case 'v': // cursor, blink, brightness, reverse, …: one parameter
        return in.size() < 3 ? 0 : 3;
    case 'T': // US T h m: set the clock
        return in.size() < 4 ? 0 : 4;
    default:
        m_ignored += 2;
        return 2;
    }
}

qsizetype DisplayCommandParser::stepEsc(QByteArrayView in)
{
    if (in.size() < 2)
        return 0;
    const auto c = static_cast<unsigned char>(in.at(1));
    const auto withParameters = [&](qsizetype length) -> qsizetype { return in.size() < length ? 0 : length; };
    if (c == '@') {
        reset();
        return 2;
    }
    if (c == 't') { // ESC t n: character table (Epson; many CD5220 clones too)
        if (in.size() < 3)
            return 0;
        const int n = static_cast<unsigned char>(in.at(2));
        if (knownTable(n))
            m_table = n;
        else
            m_ignored += 3;
        return 3;
    }
    if (m_dialect == DisplayDialect::Epson) {
        if (c == '=' || c == 'R')
            return withParameters(3);
        m_ignored += 2;
        return 2;
    }
    switch (c) {
    case 0x11: // ESC DC1 overwrite
    case 0x13: // ESC DC3 horizontal scroll: shown as overwrite
        m_verticalScroll = false;
        return 2;
    case 0x12: // ESC DC2 vertical scroll
        m_verticalScroll = true;
        return 2;
    case 'Q': { // ESC Q A|B|D text CR
        if (in.size() < 3)
            return 0;
        const auto which = static_cast<unsigned char>(in.at(2));
        if (which != 'A' && which != 'B' && which != 'D') {
            m_ignored += 3;
            return 3;
        }
        const QByteArrayView rest = in.sliced(3);
        const qsizetype cr = rest.first(std::min(rest.size(), kMaxString + 1)).indexOf('\r');
        if (cr < 0 && rest.size() <= kMaxString)
            return 0; // the CR is still on its way
        const qsizetype length = cr < 0 ? kMaxString : cr;
        setLine(which == 'B' ? 1 : 0, rest.first(length));
        return 3 + length + (cr < 0 ? 0 : 1);
    }
    case '[': { // ESC [ A|B|C|D|H|L|R|K cursor moves
        if (in.size() < 3)
            return 0;
        switch (static_cast<unsigned char>(in.at(2))) {
        case 'A':
            m_row = 0;
            break;
        case 'B':
            m_row = kLines - 1;
            break;
        case 'C':
            m_column = std::min(kColumns - 1, m_column + 1);
            break;
        case 'D':
            m_column = std::max(0, m_column - 1);
            break;
        case 'H':
            m_row = m_column = 0;
            break;
        case 'L':
            m_column = 0;
            break;
        case 'R':
            m_column = kColumns - 1;
            break;
        case 'K':
            m_row = kLines - 1;
            m_column = 0;
            break;
        default:
            m_ignored += 3;
            break;
        }
        return 3;
    }
    case 'l': // ESC l x y, the same as US $ x y
        return moveCursor(in);
    case 'W': // ESC W s x1 x2 y: scroll window
        return withParameters(6);
    case '*':
    case '_':
    case 'f':
    case 'c':
    case '=':
    case '?':
    case '%':
    case 's':
    case 'd':
        return withParameters(3);
    default:
        m_ignored += 2;
        return 2;
    }
}

void DisplayCommandParser::put(unsigned char byte)
{
    m_lines[m_row][m_column] = decode(byte);
    if (++m_column < kColumns)
        return;
    m_column = 0;
    if (m_row == 0)
        m_row = 1;
    else
        lineFeed();
}

void DisplayCommandParser::lineFeed()
{
    if (m_row == 0) {
        m_row = 1;
    } else if (m_verticalScroll) {
        m_lines[0] = m_lines[1];
        m_lines[1] = QString(kColumns, u' ');
    } else {
        m_row = 0; // overwrite mode: from the lower line back to the upper one
    }
}

void DisplayCommandParser::setLine(int row, QByteArrayView text)
{
    QString line;
    for (char byte : text) {
        if (static_cast<unsigned char>(byte) >= 0x20)
            line += decode(static_cast<unsigned char>(byte));
    }
    m_lines[row] = line.leftJustified(kColumns, u' ', true);
    m_row = row;
    m_column = 0;
}

// ---- the device on a pty ---------------------------------------------------

DisplaySimulator::DisplaySimulator(DisplayDialect dialect, QObject *parent)
    : QObject(parent)
    , m_parser(dialect)
    , m_pty(new PtyPort(this))
{
    connect(m_pty, &PtyPort::bytesReceived, this, &DisplaySimulator::feed);
}

DisplaySimulator::~DisplaySimulator() = default;

Result<QString> DisplaySimulator::open()
{
    return m_pty->open();
}

void DisplaySimulator::close()
{
    m_pty->close();
}

QString DisplaySimulator::path() const
{
    return m_pty->path();
}

void DisplaySimulator::feed(const QByteArray &bytes)
{
    const QStringList before = m_parser.lines();
    m_parser.feed(bytes);
    emit bytesReceived(bytes.size());
    const QStringList after = m_parser.lines();
    if (after != before)
        emit screenChanged(after[0], after[1]);
}

} // namespace retailos::drivers::sim
