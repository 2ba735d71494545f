// Receipt to text and to image. The image lays out the same lines as the
// text: a character cell is widthDots / columns wide, so 42 columns fill
// 576 dots whatever the font's own advance is.
#include "drivers/simulator/receipt_renderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <qrencode.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace retailos::drivers::sim {

namespace {

struct RenderText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSimulator)
};

constexpr int kCharHeight = 24;      // Font A is 12 × 24 dots
constexpr int kQuietModules = 10;    // Code 128 and EAN want 10 modules of white each side
constexpr int kQrQuietModules = 4;
constexpr int kHriGap = 4;

QString barcodeTypeName(BarcodeType type)
{
    switch (type) {
    case BarcodeType::UpcA:
        return QStringLiteral("UPC-A");
    case BarcodeType::UpcE:
        return QStringLiteral("UPC-E");
    case BarcodeType::Ean13:
        return QStringLiteral("EAN-13");
    case BarcodeType::Ean8:
        return QStringLiteral("EAN-8");
    case BarcodeType::Code39:
        return QStringLiteral("Code 39");
    case BarcodeType::Itf:
        return QStringLiteral("ITF");
    case BarcodeType::Codabar:
        return QStringLiteral("Codabar");
    case BarcodeType::Code93:
        return QStringLiteral("Code 93");
    case BarcodeType::Code128:
        return QStringLiteral("Code 128");
    }
    return {};
}

// ---- Code 128 --------------------------------------------------------------

// Bar and space widths of symbols 0–105 (3 bars, 3 spaces, 11 modules); the
// stop symbol 106 has a seventh element.
constexpr std::array<const char *, 107> kCode128 = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
};

void appendWidths(QList<bool> &modules, const char *widths)
{
    bool bar = true;
    for (const char *w = widths; *w; ++w) {
        for (int i = 0; i < *w - '0'; ++i)
            modules.append(bar);
        bar = !bar;
    }
}

// ESC/POS Code 128 data: "{A", "{B", "{C" pick the code set (the first pair
// picks the start symbol), "{S" shifts A/B for one character, "{1".."{4"
// are FNC1–FNC4, "{{" is "{". Code set C takes one byte per digit pair (0–99).
Result<QList<int>> code128Symbols(const QByteArray &data)
{
    const auto bad = [] {
        return fail(QStringLiteral("barcode.data"),
            RenderText::tr("Code 128 data must start with a code set ({A, {B or {C) and hold only characters of it"));
    };
    if (data.size() < 3 || data[0] != '{' || (data[1] != 'A' && data[1] != 'B' && data[1] != 'C'))
        return bad();
    QList<int> symbols;
    char set = data[1];
    symbols.append(set == 'A' ? 103 : set == 'B' ? 104 : 105);
    bool shift = false;
    for (qsizetype i = 2; i < data.size(); ++i) {
        auto c = static_cast<unsigned char>(data[i]);
        if (c == '{' && i + 1 < data.size() && data[i + 1] != '{') {
            const char code = data[++i];
            switch (code) {
            case 'A':
            case 'B':
            case 'C':
                // CODE A is 101 and CODE B 100 wherever they appear, CODE C 99.
                if (code != set)
                    symbols.append(code == 'A' ? 101 : code == 'B' ? 100 : 99);
                set = code;
                continue;
            case 'S':
                if (set == 'C')
                    return bad();
                symbols.append(98);
                shift = true;
                continue;
            case '1':
                symbols.append(102);
                break;
            case '2':
                symbols.append(set == 'C' ? -1 : 97);
                break;
            case '3':
                symbols.append(set == 'C' ? -1 : 96);
                break;
            case '4':
                symbols.append(set == 'A' ? 101 : set == 'B' ? 100 : -1);
                break;
            default:
                return bad();
            }
            if (symbols.last() < 0)
                return bad();
            continue;
        }
        if (c == '{')
            ++i;   // "{{": one literal brace
        const char effective = shift ? (set == 'A' ? 'B' : 'A') : set;
        shift = false;
        if (effective == 'C') {
            if (c > 99)
                return bad();
            symbols.append(c);
        } else if (effective == 'B') {
            if (c < 0x20 || c > 0x7F)
                return bad();
            symbols.append(c - 0x20);
        } else {
            if (c < 0x20)
                symbols.append(c + 64);
            else if (c < 0x60)
                symbols.append(c - 0x20);
            else
                return bad();
        }
    }
    // The check symbol: start value plus each symbol times its position, mod 103.
    int sum = symbols[0];
    for (qsizetype i = 1; i < symbols.size(); ++i)
        sum += symbols[i] * int(i);
    symbols.append(sum % 103);
    symbols.append(106);
    return symbols;
}

// ---- EAN / UPC -------------------------------------------------------------

constexpr std::array<const char *, 10> kEanL = {
    "0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"};
constexpr std::array<const char *, 10> kEanParity = {
    "LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};

void appendBits(QList<bool> &modules, const char *bits)
{
    for (const char *b = bits; *b; ++b)
        modules.append(*b == '1');
}

// L as listed, R its complement, G the reverse of R.
void appendEanDigit(QList<bool> &modules, int digit, char kind)
{
    const char *l = kEanL[size_t(digit)];
    for (int i = 0; i < 7; ++i) {
        const bool lBit = kind == 'G' ? l[6 - i] == '1' : l[i] == '1';
        modules.append(kind == 'L' ? lBit : !lBit);
    }
}

int gs1Check(const QByteArray &body)
{
    int sum = 0;
    bool three = true;
    for (qsizetype i = body.size(); i-- > 0;) {
        const int d = body[i] - '0';
        sum += three ? 3 * d : d;
        three = !three;
    }
    return (10 - sum % 10) % 10;
}

Result<QByteArray> gtinDigits(QByteArray digits, qsizetype withCheck)
{
    const bool allDigits = std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!allDigits || (digits.size() != withCheck && digits.size() != withCheck - 1)) {
        return fail(QStringLiteral("barcode.data"),
            RenderText::tr("This barcode takes %1 or %2 digits").arg(withCheck - 1).arg(withCheck));
    }
    if (digits.size() == withCheck - 1)
        digits.append(char('0' + gs1Check(digits)));
    return digits;
}

QList<bool> ean13(const QByteArray &d)
{
    QList<bool> modules;
    appendBits(modules, "101");
    const char *parity = kEanParity[size_t(d[0] - '0')];
    for (int i = 1; i <= 6; ++i)
        appendEanDigit(modules, d[i] - '0', parity[i - 1]);
    appendBits(modules, "01010");
    for (int i = 7; i <= 12; ++i)
        appendEanDigit(modules, d[i] - '0', 'R');
    appendBits(modules, "101");
    return modules;
}

QList<bool> ean8(const QByteArray &d)
{
    QList<bool> modules;
    appendBits(modules, "101");
    for (int i = 0; i < 4; ++i)
        appendEanDigit(modules, d[i] - '0', 'L');
    appendBits(modules, "01010");
    for (int i = 4; i < 8; ++i)
        appendEanDigit(modules, d[i] - '0', 'R');
    appendBits(modules, "101");
    return modules;
}

// ---- layout ----------------------------------------------------------------

int alignedX(Align align, int width, int total)
{
    switch (align) {
    case Align::Left:
        return 0;
    case Align::Center:
        return (total - width) / 2;
    case Align::Right:
        return total - width;
    }
    return 0;
}

struct Cell
{
    QChar ch;
    TextStyle style;
};

// One printed line's characters, wrapped at the paper's edge.
QList<QList<Cell>> wrapLine(const TextLine &line, int columns)
{
    QList<QList<Cell>> rows(1);
    int used = 0;
    for (const TextRun &run : line.runs) {
        const int w = std::min(run.style.widthScale, columns);
        for (const QChar ch : run.text) {
            if (used + w > columns) {
                rows.append(QList<Cell>());
                used = 0;
            }
            rows.last().append(Cell{ch, run.style});
            used += w;
        }
    }
    return rows;
}

int cellsOf(const QList<Cell> &row)
{
    int cells = 0;
    for (const Cell &c : row)
        cells += c.style.widthScale;
    return cells;
}

QString codeLabel(const ReceiptBlock &block)
{
    if (const auto *barcode = std::get_if<Barcode>(&block))
        return QStringLiteral("[%1: %2]").arg(barcodeTypeName(barcode->type), barcode->text());
    if (const auto *qr = std::get_if<QrCode>(&block))
        return QStringLiteral("[QR: %1]").arg(QString::fromUtf8(qr->data));
    if (const auto *image = std::get_if<RasterImage>(&block)) {
        return QStringLiteral("[image %1×%2]")
            .arg(image->image.width() * image->scaleX)
            .arg(image->image.height() * image->scaleY);
    }
    return {};
}

Align blockAlign(const ReceiptBlock &block)
{
    return std::visit(
        [](const auto &b) {
            if constexpr (requires { b.align; })
                return b.align;
            else
                return Align::Left;
        },
        block);
}

class ImageLayout
{
public:
    ImageLayout(const RenderOptions &options, QPainter *painter)
        : m_options(options)
        , m_painter(painter)
        , m_cell(double(options.widthDots) / options.columns)
    {
        m_font = QFont(options.fontFamily);
        m_font.setStyleHint(QFont::Monospace);
        // DejaVu Sans Mono advances 0.602 em: this size fills the cell.
        m_font.setPixelSize(std::max(6, int(m_cell / 0.602)));
        m_bold = m_font;
        m_bold.setBold(true);
    }

    int run(const Receipt &receipt)
    {
        m_y = 8;
        for (const ReceiptBlock &block : receipt.blocks) {
            if (const auto *line = std::get_if<TextLine>(&block))
                textLine(*line);
            else if (const auto *barcode = std::get_if<Barcode>(&block))
                drawBarcode(*barcode);
            else if (const auto *qr = std::get_if<QrCode>(&block))
                drawQr(*qr);
            else if (const auto *image = std::get_if<RasterImage>(&block))
                drawRaster(*image);
            else if (const auto *feed = std::get_if<PaperFeed>(&block))
                m_y += feed->dots;
        }
        return m_y + 24;
    }

private:
    void textLine(const TextLine &line)
    {
        const int height = kCharHeight * line.maxHeightScale();
        const auto rows = wrapLine(line, m_options.columns);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (m_painter)
                drawRow(rows[r], line.align, m_y, height);
            // Wrapped rows advance by their own height, the last by the line spacing.
            m_y += (r + 1 < rows.size()) ? height : std::max(line.feedDots, height);
        }
    }

    void drawRow(const QList<Cell> &row, Align align, int top, int height)
    {
        const int cells = cellsOf(row);
        int column = 0;
        switch (align) {
        case Align::Left:
            break;
        case Align::Center:
            column = (m_options.columns - cells) / 2;
            break;
        case Align::Right:
            column = m_options.columns - cells;
            break;
        }
        for (const Cell &cell : row) {
            const QFont &font = cell.style.bold ? m_bold : m_font;
            const QFontMetricsF metrics(font);
            const double x = column * m_cell;
            const double w = cell.style.widthScale;
            const double h = cell.style.heightScale;
            m_painter->save();
            m_painter->setFont(font);
            // Characters stand on the line's base: tall ones grow upwards.
            m_painter->translate(x, top + height - metrics.descent() * h);
            m_painter->scale(w * m_cell / metrics.horizontalAdvance(u'M'), h);
            m_painter->drawText(QPointF(0, 0), QString(cell.ch));
            m_painter->restore();
            if (cell.style.underline > 0) {
                m_painter->fillRect(QRectF(x, top + height - cell.style.underline, w * m_cell, cell.style.underline),
                    Qt::black);
            }
            column += cell.style.widthScale;
        }
    }

    void hri(const Barcode &barcode, int x, int width)
    {
        if (m_painter) {
            m_painter->setFont(m_font);
            m_painter->drawText(QRectF(x, m_y, width, kCharHeight), Qt::AlignHCenter | Qt::AlignBottom,
                barcode.text());
        }
        m_y += kCharHeight + kHriGap;
    }

    void drawBarcode(const Barcode &barcode)
    {
        const auto modules = barcodeModules(barcode);
        if (!modules) {
            placeholder(codeLabel(barcode), barcode.align);
            return;
        }
        // Narrower modules when the symbol and its quiet zones would not fit.
        const int count = int(modules->size());
        int module = barcode.moduleWidth;
        while (module > 1 && (count + 2 * kQuietModules) * module > m_options.widthDots)
            --module;
        const int width = count * module;
        const int quiet = kQuietModules * module;
        const int x = std::clamp(alignedX(barcode.align, width, m_options.widthDots), std::min(quiet, m_options.widthDots - width),
            std::max(0, m_options.widthDots - width - quiet));
        if (barcode.hri == HriPosition::Above || barcode.hri == HriPosition::Both)
            hri(barcode, x, width);
        if (m_painter) {
            for (int i = 0; i < count; ++i) {
                if ((*modules)[i])
                    m_painter->fillRect(QRect(x + i * module, m_y, module, barcode.height), Qt::black);
            }
        }
        m_y += barcode.height + kHriGap;
        if (barcode.hri == HriPosition::Below || barcode.hri == HriPosition::Both)
            hri(barcode, x, width);
    }

    void drawQr(const QrCode &qr)
    {
        const auto symbol = qrModules(qr);
        if (!symbol) {
            placeholder(codeLabel(qr), qr.align);
            return;
        }
        const int size = symbol->width() * qr.moduleSize;
        const int quiet = kQrQuietModules * qr.moduleSize;
        const int x = std::clamp(alignedX(qr.align, size, m_options.widthDots), std::min(quiet, m_options.widthDots - size),
            std::max(0, m_options.widthDots - size - quiet));
        m_y += quiet;
        if (m_painter) {
            for (int row = 0; row < symbol->height(); ++row) {
                for (int col = 0; col < symbol->width(); ++col) {
                    if (symbol->pixelIndex(col, row) == 1)
                        m_painter->fillRect(
                            QRect(x + col * qr.moduleSize, m_y + row * qr.moduleSize, qr.moduleSize, qr.moduleSize),
                            Qt::black);
                }
            }
        }
        m_y += size + quiet;
    }

    void drawRaster(const RasterImage &raster)
    {
        const int width = raster.image.width() * raster.scaleX;
        const int height = raster.image.height() * raster.scaleY;
        if (m_painter) {
            const int x = std::max(0, alignedX(raster.align, width, m_options.widthDots));
            m_painter->drawImage(QRect(x, m_y, width, height), raster.image);
        }
        m_y += height;
    }

    void placeholder(const QString &label, Align align)
    {
        if (m_painter) {
            m_painter->setFont(m_font);
            const auto flag = align == Align::Left ? Qt::AlignLeft : align == Align::Center ? Qt::AlignHCenter : Qt::AlignRight;
            m_painter->drawText(QRectF(0, m_y, m_options.widthDots, kCharHeight), int(flag) | Qt::AlignBottom, label);
        }
        m_y += kCharHeight + kHriGap;
    }

    const RenderOptions &m_options;
    QPainter *m_painter;
    double m_cell;
    QFont m_font;
    QFont m_bold;
    int m_y = 0;
};

} // namespace

QString renderText(const Receipt &receipt, const RenderOptions &options)
{
    QString out;
    const auto pad = [&](Align align, int cells) {
        const int free = std::max(0, options.columns - cells);
        return QString(align == Align::Left ? 0 : align == Align::Center ? free / 2 : free, u' ');
    };
    for (const ReceiptBlock &block : receipt.blocks) {
        if (const auto *line = std::get_if<TextLine>(&block)) {
            for (const QList<Cell> &row : wrapLine(*line, options.columns)) {
                QString text;
                for (const Cell &cell : row)
                    text += cell.ch;
                out += row.isEmpty() ? QString() : pad(line->align, cellsOf(row)) + text;
                out += u'\n';
            }
        } else if (const auto *feed = std::get_if<PaperFeed>(&block)) {
            for (int i = 0; i < feed->dots / EscPosParser::kDefaultLineSpacing; ++i)
                out += u'\n';
        } else {
            const QString label = codeLabel(block);
            out += pad(blockAlign(block), int(label.size())) + label + u'\n';
        }
    }
    return out;
}

QImage renderImage(const Receipt &receipt, const RenderOptions &options)
{
    const int height = ImageLayout(options, nullptr).run(receipt);
    QImage image(options.widthDots, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        ImageLayout(options, &painter).run(receipt);
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

Result<QList<bool>> barcodeModules(const Barcode &barcode)
{
    QList<bool> modules;
    switch (barcode.type) {
    case BarcodeType::Code128: {
        auto symbols = code128Symbols(barcode.data);
        if (!symbols)
            return std::unexpected(symbols.error());
        for (const int symbol : *symbols)
            appendWidths(modules, kCode128[size_t(symbol)]);
        return modules;
    }
    case BarcodeType::Ean13: {
        auto digits = gtinDigits(barcode.data, 13);
        if (!digits)
            return std::unexpected(digits.error());
        return ean13(*digits);
    }
    case BarcodeType::UpcA: {
        auto digits = gtinDigits(barcode.data, 12);
        if (!digits)
            return std::unexpected(digits.error());
        return ean13('0' + *digits);   // UPC-A is EAN-13 with a leading zero
    }
    case BarcodeType::Ean8: {
        auto digits = gtinDigits(barcode.data, 8);
        if (!digits)
            return std::unexpected(digits.error());
        return ean8(*digits);
    }
    default:
        return fail(QStringLiteral("barcode.unsupported"),
            RenderText::tr("The simulator does not draw %1 barcodes").arg(barcodeTypeName(barcode.type)));
    }
}

Result<QImage> qrModules(const QrCode &qr)
{
    const QRecLevel level = qr.errorCorrection == 'M' ? QR_ECLEVEL_M
        : qr.errorCorrection == 'Q'                   ? QR_ECLEVEL_Q
        : qr.errorCorrection == 'H'                   ? QR_ECLEVEL_H
                                                      : QR_ECLEVEL_L;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(qr.data.size()), reinterpret_cast<const unsigned char *>(qr.data.constData()), 0, level),
        &QRcode_free);
    if (!code) {
        return fail(QStringLiteral("qr.encode"),
            RenderText::tr("%1 bytes do not fit a QR code at error correction %2")
                .arg(qr.data.size())
                .arg(QLatin1Char(qr.errorCorrection)));
    }
    QImage symbol(code->width, code->width, QImage::Format_Mono);
    symbol.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x)
            symbol.setPixel(x, y, code->data[y * code->width + x] & 1);   // bit 0: dark module
    }
    return symbol;
}

} // namespace retailos::drivers::sim
