// ESC/POS parsing. Every handler returns the length of the command at the
// front of the input, or 0 when that command is not complete yet; the loop
// in feed() never consumes a partial command, which is what makes any
// chunking give the same receipts.
#include "drivers/simulator/escpos_parser.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace retailos::drivers::sim {

namespace {

struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSimulator)
};

constexpr unsigned char LF = 0x0A, CR = 0x0D, HT = 0x09, ESC = 0x1B, GS = 0x1D, FS = 0x1C, DLE = 0x10, NUL = 0x00;
constexpr int kTabWidth = 8;   // default tab stops every 8 character cells
constexpr int kEventBytes = 16;

unsigned char at(QByteArrayView in, qsizetype i)
{
    return static_cast<unsigned char>(in[i]);
}

// `ESC a`, `ESC -`: both the digit and the ASCII digit select.
int zeroOneTwo(unsigned char n)
{
    if (n <= 2)
        return n;
    if (n >= '0' && n <= '2')
        return n - '0';
    return -1;
}

} // namespace

// ---- model helpers ---------------------------------------------------------

QString TextLine::text() const
{
    QString all;
    for (const TextRun &run : runs)
        all += run.text;
    return all;
}

int TextLine::maxWidthScale() const
{
    int scale = style.widthScale;
    for (const TextRun &run : runs)
        scale = std::max(scale, run.style.widthScale);
    return scale;
}

int TextLine::maxHeightScale() const
{
    int scale = style.heightScale;
    for (const TextRun &run : runs)
        scale = std::max(scale, run.style.heightScale);
    return scale;
}

QString Barcode::text() const
{
    if (type != BarcodeType::Code128)
        return QString::fromLatin1(data);
    // "{A", "{B", "{C" select a code set, "{S" shifts, "{1".."{4" are
    // function codes a scanner does not show, "{{" is a literal brace.
    QString out;
    char set = 'B';
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '{' && i + 1 < data.size()) {
            const char next = data[++i];
            if (next == 'A' || next == 'B' || next == 'C')
                set = next;
            else if (next == '{')
                out += u'{';
            continue;
        }
        if (set == 'C')
            out += QStringLiteral("%1").arg(int(c), 2, 10, QLatin1Char('0'));
        else
            out += QChar(char16_t(c));
    }
    return out;
}

namespace {
// The blocks of one kind, in print order.
template<typename T>
QList<T> blocksOf(const QList<ReceiptBlock> &blocks)
{
    QList<T> out;
    for (const ReceiptBlock &block : blocks) {
        if (const auto *item = std::get_if<T>(&block))
            out.append(*item);
    }
    return out;
}
} // namespace

QList<TextLine> Receipt::lines() const
{
    return blocksOf<TextLine>(blocks);
}

QStringList Receipt::textLines() const
{
    QStringList out;
    for (const TextLine &line : lines())
        out.append(line.text());
    return out;
}

QList<Barcode> Receipt::barcodes() const
{
    return blocksOf<Barcode>(blocks);
}

QList<QrCode> Receipt::qrCodes() const
{
    return blocksOf<QrCode>(blocks);
}

QList<RasterImage> Receipt::images() const
{
    return blocksOf<RasterImage>(blocks);
}

QString ParserEvent::describe() const
{
    const QString hex = QString::fromLatin1(bytes.toHex(' '));
    switch (kind) {
    case Kind::ReceiptCut:
        return SimText::tr("receipt %1 cut").arg(value);
    case Kind::DrawerKick:
        return SimText::tr("drawer kick on pin %1").arg(value);
    case Kind::StatusRequest:
        return SimText::tr("status request %1").arg(value);
    case Kind::AutoStatus:
        return SimText::tr("automatic status back %1").arg(value);
    case Kind::Unknown:
        return SimText::tr("unknown command at byte %1: %2").arg(offset).arg(hex);
    case Kind::Unsupported:
        return SimText::tr("command ignored at byte %1: %2").arg(offset).arg(hex);
    case Kind::Invalid:
        return SimText::tr("parameter out of range at byte %1: %2").arg(offset).arg(hex);
    case Kind::Truncated:
        return SimText::tr("command cut off by the end of the data at byte %1: %2").arg(offset).arg(hex);
    }
    return hex;
}

// ---- parser ----------------------------------------------------------------

EscPosParser::EscPosParser()
{
    initialise();
}

void EscPosParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_offset = 0;
    m_receipts.clear();
    m_open = {};
    m_events.clear();
    m_qrStored.clear();
    initialise();
}

void EscPosParser::initialise()
{
    // `ESC @`: the print buffer is cleared, not printed.
    m_line.clear();
    m_column = 0;
    m_codePage = CodePage::Cp437;
    m_style = {};
    m_lineStyle = {};
    m_align = Align::Left;
    m_lineAlign = Align::Left;
    m_lineSpacing = kDefaultLineSpacing;
    m_barcodeSettings = {};
    m_qrSettings = {};
    m_rasterJoinable = false;
}

void EscPosParser::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_buffer.append(bytes);
    while (m_pos < m_buffer.size()) {
        const qsizetype used = step(QByteArrayView(m_buffer).sliced(m_pos));
        if (used == 0)
            break;
        m_pos += used;
        m_offset += used;
    }
    // Drop what was parsed, but not after every command: long text would go quadratic.
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 4096 && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

void EscPosParser::endOfStream()
{
    if (m_pos < m_buffer.size())
        emitEvent(ParserEvent::Kind::Truncated, QByteArrayView(m_buffer).sliced(m_pos));
    m_offset += m_buffer.size() - m_pos;
    m_buffer.clear();
    m_pos = 0;
}

QString EscPosParser::pendingText() const
{
    QString all;
    for (const TextRun &run : m_line)
        all += run.text;
    return all;
}

QList<ParserEvent> EscPosParser::takeEvents()
{
    return std::exchange(m_events, {});
}

void EscPosParser::emitEvent(ParserEvent::Kind kind, QByteArrayView command, int value)
{
    m_events.append(ParserEvent{kind, m_offset, command.first(std::min<qsizetype>(command.size(), kEventBytes)).toByteArray(), value});
}

qsizetype EscPosParser::unknown(QByteArrayView in)
{
    // Skip the prefix and the command byte, but never a control byte after
    // the prefix: in "ESC LF" the line feed is still a line feed.
    const qsizetype skip = (in.size() >= 2 && at(in, 1) >= 0x20) ? 2 : 1;
    emitEvent(ParserEvent::Kind::Unknown, in.first(skip));
    return skip;
}

qsizetype EscPosParser::step(QByteArrayView in)
{
    const unsigned char b = at(in, 0);
    switch (b) {
    case LF:
        lineFeed(0);
        return 1;
    case CR:
        return 1;   // the printers we emulate feed on LF only
    case HT: {
        // To the next tab stop, counted in character cells.
        const int cells = kTabWidth - m_column % kTabWidth;
        appendText(QString(std::max(1, cells / m_style.widthScale), u' '));
        return 1;
    }
    case ESC:
        return stepEsc(in);
    case GS:
        return stepGs(in);
    case DLE:
        return stepDle(in);
    case FS:
        return stepFs(in);
    default:
        break;
    }
    if (b < 0x20 || b == 0x7F) {
        emitEvent(ParserEvent::Kind::Unknown, in.first(1));
        return 1;
    }
    return text(in);
}

qsizetype EscPosParser::text(QByteArrayView in)
{
    qsizetype n = 0;
    QString decoded;
    while (n < in.size()) {
        const unsigned char b = at(in, n);
        if (b < 0x20 || b == 0x7F)
            break;
        decoded += decodeByte(m_codePage, b);
        ++n;
    }
    appendText(decoded);
    return n;
}

void EscPosParser::appendText(const QString &text)
{
    if (m_discarding || text.isEmpty())
        return;
    if (m_line.isEmpty()) {
        m_lineStyle = m_style;
        m_lineAlign = m_align;
    }
    if (!m_line.isEmpty() && m_line.last().style == m_style)
        m_line.last().text += text;
    else
        m_line.append(TextRun{text, m_style});
    m_column += int(text.size()) * m_style.widthScale;
    m_rasterJoinable = false;
}

void EscPosParser::lineFeed(int blankLinesAfter, int feedDots)
{
    if (m_discarding)
        return;
    TextLine line;
    line.runs = std::exchange(m_line, {});
    line.style = line.runs.isEmpty() ? m_style : m_lineStyle;
    line.align = line.runs.isEmpty() ? m_align : m_lineAlign;
    line.feedDots = feedDots >= 0 ? feedDots : m_lineSpacing;
    m_column = 0;
    addBlock(line);
    for (int i = 0; i < blankLinesAfter; ++i) {
        TextLine blank;
        blank.style = m_style;
        blank.align = m_align;
        blank.feedDots = m_lineSpacing;
        addBlock(blank);
    }
}

void EscPosParser::flushIfPending()
{
    if (!m_line.isEmpty())
        lineFeed(0);
}

void EscPosParser::addBlock(ReceiptBlock block)
{
    if (m_discarding)
        return;
    m_open.blocks.append(std::move(block));
    m_rasterJoinable = false;
}

void EscPosParser::addRaster(RasterImage raster)
{
    if (m_discarding)
        return;
    flushIfPending();
    if (m_rasterJoinable && !m_open.blocks.isEmpty()) {
        auto *last = std::get_if<RasterImage>(&m_open.blocks.last());
        if (last && last->image.width() == raster.image.width() && last->scaleX == raster.scaleX
            && last->scaleY == raster.scaleY && last->align == raster.align) {
            const QImage &top = last->image;
            QImage joined(top.width(), top.height() + raster.image.height(), QImage::Format_Mono);
            joined.setColorTable(top.colorTable());
            const auto rowBytes = static_cast<size_t>((top.width() + 7) / 8);
            for (int y = 0; y < top.height(); ++y)
                std::memcpy(joined.scanLine(y), top.constScanLine(y), rowBytes);
            for (int y = 0; y < raster.image.height(); ++y)
                std::memcpy(joined.scanLine(top.height() + y), raster.image.constScanLine(y), rowBytes);
            last->image = joined;
            return;
        }
    }
    addBlock(std::move(raster));
    m_rasterJoinable = true;
}

void EscPosParser::cut(CutKind kind, int feed, QByteArrayView command)
{
    if (m_discarding)
        return;
    flushIfPending();
    m_open.cut = kind;
    m_open.feedBeforeCut = feed;
    m_receipts.append(std::exchange(m_open, {}));
    m_rasterJoinable = false;
    emitEvent(ParserEvent::Kind::ReceiptCut, command, int(m_receipts.size()) - 1);
}

// ---- ESC -------------------------------------------------------------------

qsizetype EscPosParser::stepEsc(QByteArrayView in)
{
    if (in.size() < 2)
        return 0;
    const unsigned char c = at(in, 1);
    // Commands of the form ESC c n: three bytes, n at [2].
    const auto needs = [&](qsizetype length) { return in.size() >= length; };
    switch (c) {
    case 0x40:   // ESC @ initialise
        initialise();
        return 2;
    case 0x32:   // ESC 2 default line spacing
        m_lineSpacing = kDefaultLineSpacing;
        return 2;
    case 0x74: {   // ESC t n code page
        if (!needs(3))
            return 0;
        if (const auto page = codePageFromEscPos(at(in, 2)))
            m_codePage = *page;
        else
            emitEvent(ParserEvent::Kind::Unsupported, in.first(3));
        return 3;
    }
    case 0x21: {   // ESC ! n print mode
        if (!needs(3))
            return 0;
        const unsigned char n = at(in, 2);
        m_style.bold = n & 0x08;
        m_style.heightScale = (n & 0x10) ? 2 : 1;
        m_style.widthScale = (n & 0x20) ? 2 : 1;
        m_style.underline = (n & 0x80) ? 1 : 0;
        return 3;
    }
    case 0x45:   // ESC E n bold
        if (!needs(3))
            return 0;
        m_style.bold = at(in, 2) & 0x01;
        return 3;
    case 0x2D: {   // ESC - n underline
        if (!needs(3))
            return 0;
        const int n = zeroOneTwo(at(in, 2));
        if (n < 0)
            emitEvent(ParserEvent::Kind::Invalid, in.first(3));
        else
            m_style.underline = n;
        return 3;
    }
    case 0x61: {   // ESC a n alignment
        if (!needs(3))
            return 0;
        const int n = zeroOneTwo(at(in, 2));
        if (n < 0)
            emitEvent(ParserEvent::Kind::Invalid, in.first(3));
        else
            m_align = n == 0 ? Align::Left : n == 1 ? Align::Center : Align::Right;
        return 3;
    }
    case 0x64: {   // ESC d n print and feed n lines
        if (!needs(3))
            return 0;
        const int n = at(in, 2);
        if (m_line.isEmpty()) {
            for (int i = 0; i < n; ++i)
                lineFeed(0);
        } else {
            lineFeed(std::max(0, n - 1));
        }
        return 3;
    }
    case 0x4A: {   // ESC J n print and feed n dots
        if (!needs(3))
            return 0;
        const int n = at(in, 2);
        if (!m_line.isEmpty())
            lineFeed(0, n);
        else if (n > 0)
            addBlock(PaperFeed{n});
        return 3;
    }
    case 0x33:   // ESC 3 n line spacing
        if (!needs(3))
            return 0;
        m_lineSpacing = at(in, 2);
        return 3;
    case 0x70: {   // ESC p m t1 t2 drawer kick
        if (!needs(5))
            return 0;
        const unsigned char m = at(in, 2);
        if (m != 0 && m != 1 && m != '0' && m != '1') {
            emitEvent(ParserEvent::Kind::Invalid, in.first(5));
            return 5;
        }
        if (m_discarding)
            return 5;
        const DrawerKick kick{(m == 0 || m == '0') ? 2 : 5, at(in, 3) * 2, at(in, 4) * 2};
        m_open.drawerKicks.append(kick);
        emitEvent(ParserEvent::Kind::DrawerKick, in.first(5), kick.pin);
        return 5;
    }
    // Real commands the simulator ignores, by length.
    case 0x20: case 0x4D: case 0x52: case 0x56: case 0x7B: case 0x47: case 0x3D: case 0x72: case 0x55:
        if (!needs(3))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(3));
        return 3;
    case 0x24: case 0x5C:   // ESC $ / ESC \ positions
        if (!needs(4))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(4));
        return 4;
    case 0x63: {   // ESC c 3/4/5 n: paper sensors, panel buttons
        if (!needs(3))
            return 0;
        const unsigned char sub = at(in, 2);
        if (sub != '3' && sub != '4' && sub != '5')
            return unknown(in);
        if (!needs(4))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(4));
        return 4;
    }
    case 0x44: {   // ESC D n1 … NUL: tab stops (at most 32)
        for (qsizetype i = 2; i < in.size(); ++i) {
            if (at(in, i) == NUL || i == 2 + 32) {
                const qsizetype length = at(in, i) == NUL ? i + 1 : i;
                emitEvent(ParserEvent::Kind::Unsupported, in.first(length));
                return length;
            }
        }
        return 0;
    }
    case 0x2A: {   // ESC * m nL nH d…: column bit image, 1 or 3 bytes per column
        if (!needs(5))
            return 0;
        const unsigned char m = at(in, 2);
        const qsizetype columns = at(in, 3) + at(in, 4) * 256;
        const int perColumn = (m == 0 || m == 1) ? 1 : (m == 32 || m == 33) ? 3 : 0;
        if (perColumn == 0) {
            emitEvent(ParserEvent::Kind::Invalid, in.first(5));
            return 5;
        }
        const qsizetype length = 5 + columns * perColumn;
        if (!needs(length))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(length));
        return length;
    }
    case 0x28: {   // ESC ( X pL pH …
        if (!needs(5))
            return 0;
        const qsizetype length = 5 + at(in, 3) + at(in, 4) * 256;
        if (!needs(length))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(length));
        return length;
    }
    default:
        return unknown(in);
    }
}

// ---- GS --------------------------------------------------------------------

qsizetype EscPosParser::stepGs(QByteArrayView in)
{
    if (in.size() < 2)
        return 0;
    const unsigned char c = at(in, 1);
    const auto needs = [&](qsizetype length) { return in.size() >= length; };
    switch (c) {
    case 0x21: {   // GS ! n character size
        if (!needs(3))
            return 0;
        const unsigned char n = at(in, 2);
        if ((n & 0x0F) > 7 || (n >> 4) > 7) {
            emitEvent(ParserEvent::Kind::Invalid, in.first(3));
            return 3;
        }
        m_style.widthScale = (n >> 4) + 1;
        m_style.heightScale = (n & 0x0F) + 1;
        return 3;
    }
    case 0x56: {   // GS V m [n] cut
        if (!needs(3))
            return 0;
        const unsigned char m = at(in, 2);
        if (m == 0 || m == 48 || m == 1 || m == 49) {
            cut((m == 0 || m == 48) ? CutKind::Full : CutKind::Partial, 0, in.first(3));
            return 3;
        }
        if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
            if (!needs(4))
                return 0;
            cut((m % 2 == 1) ? CutKind::Full : CutKind::Partial, at(in, 3), in.first(4));
            return 4;
        }
        return unknown(in);
    }
    case 0x61:   // GS a n automatic status back
        if (!needs(3))
            return 0;
        emitEvent(ParserEvent::Kind::AutoStatus, in.first(3), at(in, 2));
        return 3;
    case 0x76:   // GS v 0 raster bit image
        if (!needs(3))
            return 0;
        if (at(in, 2) != 0x30)
            return unknown(in);
        return stepRaster(in);
    case 0x68:   // GS h n barcode height
        if (!needs(3))
            return 0;
        if (at(in, 2) == 0)
            emitEvent(ParserEvent::Kind::Invalid, in.first(3));
        else
            m_barcodeSettings.height = at(in, 2);
        return 3;
    case 0x77: {   // GS w n module width
        if (!needs(3))
            return 0;
        const int n = at(in, 2);
        if (n < 1 || n > 6)
            emitEvent(ParserEvent::Kind::Invalid, in.first(3));
        else
            m_barcodeSettings.moduleWidth = n;
        return 3;
    }
    case 0x48: {   // GS H n HRI position
        if (!needs(3))
            return 0;
        int n = at(in, 2);
        if (n >= '0' && n <= '3')
            n -= '0';
        if (n > 3)
            emitEvent(ParserEvent::Kind::Invalid, in.first(3));
        else
            m_barcodeSettings.hri = static_cast<HriPosition>(n);
        return 3;
    }
    case 0x6B:   // GS k m … barcode
        return stepBarcode(in);
    case 0x28:   // GS ( X pL pH …
        return stepGsParen(in);
    // Real commands the simulator ignores, by length.
    case 0x42: case 0x62: case 0x66: case 0x49: case 0x72: case 0x2F: case 0x45: case 0x54:
        if (!needs(3))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(3));
        return 3;
    case 0x4C: case 0x57: case 0x50: case 0x24: case 0x5C:
        if (!needs(4))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(4));
        return 4;
    case 0x2A: {   // GS * x y d…: downloaded bit image, x × y × 8 bytes
        if (!needs(4))
            return 0;
        const qsizetype length = 4 + qsizetype(at(in, 2)) * at(in, 3) * 8;
        if (!needs(length))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(length));
        return length;
    }
    case 0x38: {   // GS 8 L p1 p2 p3 p4 …: graphics with a 32-bit length
        if (!needs(3))
            return 0;
        if (at(in, 2) != 0x4C)
            return unknown(in);
        if (!needs(7))
            return 0;
        const qint64 payload = at(in, 3) | (at(in, 4) << 8) | (at(in, 5) << 16) | (qint64(at(in, 6)) << 24);
        if (payload > 4 * 1024 * 1024) {   // more than any printer takes: refuse, do not wait for it
            emitEvent(ParserEvent::Kind::Invalid, in.first(7));
            return 7;
        }
        const qsizetype length = 7 + payload;
        if (!needs(length))
            return 0;
        emitEvent(ParserEvent::Kind::Unsupported, in.first(length));
        return length;
    }
    default:
        return unknown(in);
    }
}

qsizetype EscPosParser::stepRaster(QByteArrayView in)
{
    constexpr qsizetype header = 8;   // GS v 0 m xL xH yL yH
    if (in.size() < header)
        return 0;
    const unsigned char m = at(in, 3);
    const int bytesPerRow = at(in, 4) + at(in, 5) * 256;
    const int rows = at(in, 6) + at(in, 7) * 256;
    const bool modeOk = m <= 3 || (m >= 48 && m <= 51);
    if (!modeOk || bytesPerRow < 1 || bytesPerRow > kMaxRasterBytesPerRow || rows < 1 || rows > kMaxRasterRows) {
        // Refused: the header goes, the data that may follow is read as what it is.
        emitEvent(ParserEvent::Kind::Invalid, in.first(header));
        return header;
    }
    const qsizetype length = header + qsizetype(bytesPerRow) * rows;
    if (in.size() < length)
        return 0;
    RasterImage raster;
    raster.image = QImage(bytesPerRow * 8, rows, QImage::Format_Mono);
    raster.image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < rows; ++y)
        std::memcpy(raster.image.scanLine(y), in.data() + header + qsizetype(y) * bytesPerRow, size_t(bytesPerRow));
    const int mode = m & 0x03;
    raster.scaleX = (mode & 1) ? 2 : 1;
    raster.scaleY = (mode & 2) ? 2 : 1;
    raster.align = m_align;
    addRaster(std::move(raster));
    return length;
}

qsizetype EscPosParser::stepBarcode(QByteArrayView in)
{
    if (in.size() < 3)
        return 0;
    const unsigned char m = at(in, 2);
    static constexpr BarcodeType kTypes[] = {BarcodeType::UpcA, BarcodeType::UpcE, BarcodeType::Ean13,
        BarcodeType::Ean8, BarcodeType::Code39, BarcodeType::Itf, BarcodeType::Codabar, BarcodeType::Code93,
        BarcodeType::Code128};
    qsizetype length = 0;
    QByteArray data;
    BarcodeType type{};
    if (m <= 6) {
        // Function A: data up to NUL. A byte no symbology takes ends the
        // command unprinted and is read as text again, as printers do.
        type = kTypes[m];
        qsizetype i = 3;
        for (;; ++i) {
            if (i >= in.size())
                return 0;
            const unsigned char d = at(in, i);
            if (d == NUL)
                break;
            if (d < 0x20 || d > 0x7E || i - 3 >= 255) {
                emitEvent(ParserEvent::Kind::Invalid, in.first(3));
                return 3;
            }
        }
        data = in.sliced(3, i - 3).toByteArray();
        length = i + 1;
    } else if (m >= 65 && m <= 73) {
        // Function B: a length byte.
        type = kTypes[m - 65];
        if (in.size() < 4)
            return 0;
        const int n = at(in, 3);
        length = 4 + n;
        if (in.size() < length)
            return 0;
        data = in.sliced(4, n).toByteArray();
    } else {
        return unknown(in);
    }
    if (data.isEmpty()) {
        emitEvent(ParserEvent::Kind::Invalid, in.first(length));
        return length;
    }
    if (m_discarding)
        return length;
    flushIfPending();
    Barcode barcode = m_barcodeSettings;
    barcode.type = type;
    barcode.data = data;
    barcode.align = m_align;
    addBlock(barcode);
    return length;
}

qsizetype EscPosParser::stepGsParen(QByteArrayView in)
{
    if (in.size() < 5)
        return 0;
    const qsizetype parameters = at(in, 3) + at(in, 4) * 256;
    const qsizetype length = 5 + parameters;
    if (in.size() < length)
        return 0;
    const QByteArrayView command = in.first(length);
    if (at(in, 2) != 0x6B || parameters < 2 || at(in, 5) != 49) {
        // Other GS ( functions, and 2D symbols other than QR (PDF417, MaxiCode).
        emitEvent(ParserEvent::Kind::Unsupported, command);
        return length;
    }
    const unsigned char fn = at(in, 6);
    const auto invalid = [&] {
        emitEvent(ParserEvent::Kind::Invalid, command);
        return length;
    };
    switch (fn) {
    case 65: {   // function 165: model
        if (parameters != 4)
            return invalid();
        const int n = at(in, 7);
        if (n < 49 || n > 51)
            return invalid();
        m_qrSettings.model = n - 48;
        return length;
    }
    case 67: {   // function 167: module size
        if (parameters != 3)
            return invalid();
        const int n = at(in, 7);
        if (n < 1 || n > 16)
            return invalid();
        m_qrSettings.moduleSize = n;
        return length;
    }
    case 69: {   // function 169: error correction
        if (parameters != 3)
            return invalid();
        const int n = at(in, 7);
        if (n < 48 || n > 51)
            return invalid();
        m_qrSettings.errorCorrection = "LMQH"[n - 48];
        return length;
    }
    case 80:   // function 180: store data
        if (parameters < 4 || at(in, 7) != 48)
            return invalid();
        m_qrStored = in.sliced(8, length - 8).toByteArray();
        return length;
    case 81: {   // function 181: print the stored symbol
        if (parameters != 3)
            return invalid();
        if (m_discarding || m_qrStored.isEmpty())
            return length;
        flushIfPending();
        QrCode qr = m_qrSettings;
        qr.data = m_qrStored;
        qr.align = m_align;
        addBlock(qr);
        return length;
    }
    default:   // function 182 (symbol size back) and others
        emitEvent(ParserEvent::Kind::Unsupported, command);
        return length;
    }
}

// ---- DLE, FS ---------------------------------------------------------------

qsizetype EscPosParser::stepDle(QByteArrayView in)
{
    if (in.size() < 2)
        return 0;
    if (at(in, 1) != 0x04)
        return unknown(in);
    if (in.size() < 3)
        return 0;
    const int n = at(in, 2);
    if (n < 1 || n > 4) {
        // DLE EOT goes; the byte after it is read as what it is.
        emitEvent(ParserEvent::Kind::Unknown, in.first(2));
        return 2;
    }
    emitEvent(ParserEvent::Kind::StatusRequest, in.first(3), n);
    return 3;
}

qsizetype EscPosParser::stepFs(QByteArrayView in)
{
    if (in.size() < 2)
        return 0;
    switch (at(in, 1)) {
    case 0x2E:   // FS . cancel Kanji mode: what we want anyway
        return 2;
    case 0x26:   // FS & Kanji mode on
        emitEvent(ParserEvent::Kind::Unsupported, in.first(2));
        return 2;
    default:
        return unknown(in);
    }
}

} // namespace retailos::drivers::sim
