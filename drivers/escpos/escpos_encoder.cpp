// ESC/POS encoding of receipts (see escpos_encoder.h). Layout happens on
// printed glyphs, one byte per column or a character drawn into a picture
// in the same Font A columns, so widths are what the printer prints.
#include "drivers/escpos/escpos_encoder.h"

#include "drivers/escpos/mono_bitmap.h"
#include "drivers/escpos/text_layout.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace retailos::drivers {

namespace {

// The context of renderReceiptText(): the printed words are the previewed
// words, translations included.
struct ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
};

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char FS = 0x1C;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char LF = 0x0A;

constexpr quint8 kBarcodeHeightDots = 80;
constexpr int kBarcodeModuleDots = 2;
constexpr quint8 kQrModuleDots = 6;
constexpr int kLogoGapDots = 16;   // blank paper between the logo and the first line

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    b.reserve(qsizetype(values.size()));
    for (const int v : values)
        b.append(char(v));
    return b;
}

// `GS ( k` with its two-byte length: cn 49 (QR), fn, then the parameters.
QByteArray qrFunction(quint8 fn, const QByteArray &parameters)
{
    const qsizetype len = parameters.size() + 2;
    return bytes({GS, '(', 'k', int(len & 0xFF), int(len >> 8), 49, fn}) + parameters;
}

// One printed character: what it shows and the bytes that print it.
struct Glyph
{
    QString text;          // the character (a grapheme when `raster`)
    QByteArray bytes;      // one byte in the code page; the fallback when `raster`
    int cells = 1;         // columns: 2 for a wide East Asian character
    bool raster = false;   // the code page lacks it: its line is printed as a picture
    QList<char32_t> lacking;   // when `raster`: its characters the code page lacks

    bool isSpace() const { return text == u" "_s; }
};

using Glyphs = QList<Glyph>;

int cellsOf(const Glyphs &glyphs)
{
    int cells = 0;
    for (const Glyph &g : glyphs)
        cells += g.cells;
    return cells;
}

// The glyphs from the start that fit in `cells` columns (at least one, so
// that wrapping makes progress).
qsizetype fitting(const Glyphs &glyphs, int cells)
{
    qsizetype n = 0;
    int used = 0;
    while (n < glyphs.size() && used + glyphs.at(n).cells <= cells)
        used += glyphs.at(n++).cells;
    return std::max<qsizetype>(n, std::min<qsizetype>(1, glyphs.size()));
}

Glyphs leftCells(const Glyphs &glyphs, int cells)
{
    return glyphs.first(std::min(fitting(glyphs, std::max(cells, 0)), glyphs.size()));
}

Glyphs spaces(qsizetype n)
{
    return Glyphs(std::max<qsizetype>(n, 0), Glyph{u" "_s, " "_ba, 1, false, {}});
}

bool isBlank(const Glyphs &glyphs)
{
    return std::all_of(glyphs.begin(), glyphs.end(), [](const Glyph &g) { return g.isSpace(); });
}

bool isControl(QStringView grapheme)
{
    const char16_t c = grapheme.at(0).unicode();
    return grapheme.size() == 1 && (c < 0x20 || (c >= 0x7F && c < 0xA0));
}

void appendOnce(QList<char32_t> &list, char32_t c)
{
    if (!list.contains(c))
        list.append(c);
}

// Builds one print job; encode() below reads like renderReceiptText().
// Lines are laid out in glyphs, whose cells are the columns the printer
// uses: bytes of the code page, or characters drawn into a picture.
class ReceiptWriter
{
public:
    explicit ReceiptWriter(const PrinterProfile &profile)
        : m_profile(profile)
        , m_columns(std::max(profile.columns, 8))   // room for the indented wrap to make progress
        , m_rasterText(profile.supportsRaster && profile.textRenderer && profile.textRenderer->canDraw())
    {
    }

    const PrinterProfile &m_profile;
    const int m_columns;
    const bool m_rasterText;
    QByteArray m_out;
    QList<char32_t> m_unencodable;
    QList<char32_t> m_rasterised;
    // What `ESC a`, `ESC E` and `GS !` set: a line drawn as a picture is drawn so.
    TextLineStyle m_style;

    Glyphs bytesAsGlyphs(const QByteArray &bytes) const
    {
        Glyphs glyphs;
        glyphs.reserve(bytes.size());
        for (const char b : bytes)
            glyphs.append(Glyph{decodeText(QByteArrayView(&b, 1), m_profile.codePage), QByteArray(1, b), 1, false, {}});
        return glyphs;
    }

    Glyphs text(const QString &s)
    {
        const QString composed = s.normalized(QString::NormalizationForm_C);
        EncodedText e = encodeText(composed, m_profile.codePage);
        if (e.unencodable.isEmpty() || !m_rasterText) {
            for (const char32_t c : e.unencodable)
                appendOnce(m_unencodable, c);
            return bytesAsGlyphs(e.bytes);
        }
        // Character by character (graphemes: a letter stays with its marks):
        // what the page has stays a byte, the rest is drawn.
        Glyphs glyphs;
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, composed);
        qsizetype from = 0;
        while (graphemes.toNextBoundary() > 0) {
            const qsizetype to = graphemes.position();
            const QString grapheme = composed.mid(from, to - from);
            from = to;
            EncodedText g = encodeText(grapheme, m_profile.codePage);
            if (g.unencodable.isEmpty() || isControl(grapheme)) {
                // Controls (tab, newline) would be read as printer commands or
                // drawn as boxes: the fallback is the honest rendering.
                for (const char32_t c : g.unencodable)
                    appendOnce(m_unencodable, c);
                glyphs += bytesAsGlyphs(g.bytes);
            } else {
                glyphs.append(Glyph{grapheme, g.bytes, displayCells(grapheme), true, g.unencodable});
            }
        }
        return glyphs;
    }

    void command(std::initializer_list<int> values) { m_out += bytes(values); }

    void align(int a)
    {
        command({ESC, 'a', a});
        m_style.align = a == 1 ? RasterAlign::Center : a == 2 ? RasterAlign::Right : RasterAlign::Left;
    }

    // `ESC E` and `GS !` together, the way the receipt uses them.
    void style(bool bold, int size)
    {
        if (bold)
            command({ESC, 'E', 1, GS, '!', size});
        else
            command({GS, '!', size, ESC, 'E', 0});
        m_style.bold = bold;
        m_style.widthScale = (size >> 4) + 1;
        m_style.heightScale = (size & 0x0F) + 1;
    }

    void line(const Glyphs &glyphs)
    {
        if (std::any_of(glyphs.begin(), glyphs.end(), [](const Glyph &g) { return g.raster; })) {
            pictureLine(glyphs);
            return;
        }
        for (const Glyph &g : glyphs)
            m_out += g.bytes;
        m_out += LF;
    }

    // The line as a picture as tall as the text line it stands for, so the
    // paper advances the same: no LF after it.
    void pictureLine(const Glyphs &glyphs)
    {
        QList<TextCell> cells;
        cells.reserve(glyphs.size());
        for (const Glyph &g : glyphs)
            cells.append(TextCell{g.text, g.cells});
        const RenderedTextLine rendered = m_profile.textRenderer->draw(
            cells, m_style, m_profile.dotsPerLine, fontACellWidth(m_profile.dotsPerLine, m_columns));
        if (rendered.bitmap.isNull()) {   // paper narrower than a byte: nothing to draw on
            for (const Glyph &g : glyphs) {
                m_out += g.bytes;
                for (const char32_t c : g.lacking)
                    appendOnce(m_unencodable, c);
            }
            m_out += LF;
            return;
        }
        for (const char32_t c : rendered.missing)
            appendOnce(m_unencodable, c);
        for (const Glyph &g : glyphs) {
            for (const char32_t c : g.lacking) {
                if (!rendered.missing.contains(c))
                    appendOnce(m_rasterised, c);
            }
        }
        m_out += rasterCommands(rendered.bitmap, m_profile.rasterSliceRows);
    }

    void logo()
    {
        if (!m_profile.supportsRaster || m_profile.logo.isNull())
            return;
        m_out += rasterCommands(m_profile.logo, m_profile.rasterSliceRows);
        command({ESC, 'J', kLogoGapDots});
    }

    void rule() { line(bytesAsGlyphs(QByteArray(m_columns, '-'))); }

    // renderReceiptText's twoColumns(): the left part gives way to the right.
    void twoColumns(const QString &left, const QString &right)
    {
        Glyphs l = text(left);
        const Glyphs r = text(right);
        const int room = m_columns - cellsOf(r) - 1;
        if (cellsOf(l) > room)
            l = leftCells(l, std::max(room, 1));
        line(l + spaces(m_columns - cellsOf(l) - cellsOf(r)) + r);
    }

    // Free text renderReceiptText lets run over the width (item details,
    // loyalty): broken at a space here, as the printer would break it anyway
    // but mid-word; continuation lines are indented by `indent`.
    void wrapped(Glyphs g, int indent)
    {
        while (cellsOf(g) > m_columns) {
            // The last space that starts at or before column m_columns.
            qsizetype cut = -1;
            int cutColumn = -1;
            int column = 0;
            for (qsizetype i = 0; i < g.size() && column <= m_columns; column += g.at(i++).cells) {
                if (g.at(i).isSpace()) {
                    cut = i;
                    cutColumn = column;
                }
            }
            if (cut < 0 || cutColumn <= indent || isBlank(g.first(cut)))
                cut = fitting(g, m_columns);
            line(g.first(cut));
            qsizetype rest = cut;
            while (rest < g.size() && g.at(rest).isSpace())
                ++rest;
            g = spaces(indent) + g.mid(rest);
        }
        line(g);
    }

    // Inside an `ESC a 1` block: the printer centres, so no padding is sent.
    void centred(const QString &s) { line(leftCells(text(s), m_columns)); }

    // Bold, double width and height; each character takes two columns.
    void large(const QString &s)
    {
        style(true, 0x11);
        line(leftCells(text(s), m_columns / 2));
        style(false, 0x00);
    }

    void copyBanner() { large(ReceiptText::tr("*** COPY ***")); }

    // Bold, double height only: the columns stay as they are.
    void emphasised(const QString &left, const QString &right)
    {
        style(true, 0x01);
        twoColumns(left, right);
        style(false, 0x00);
    }

    // Code 128, code set B: printable ASCII only, '{' doubled because it
    // starts a code set switch. Skipped when it would not fit the paper.
    void barcode(const QString &payload)
    {
        QByteArray data;
        for (const QChar ch : payload) {
            if (ch.unicode() < 0x20 || ch.unicode() > 0x7E)
                return;
            data.append(char(ch.unicode()));
            if (ch == u'{')
                data.append('{');
        }
        // start + data + check symbols of 11 modules each, stop of 13
        const qsizetype modules = 11 * (payload.size() + 2) + 13;
        const qsizetype length = data.size() + 2;
        if (modules * kBarcodeModuleDots > m_profile.dotsPerLine || length > 255)
            return;
        command({GS, 'h', kBarcodeHeightDots, GS, 'w', kBarcodeModuleDots, GS, 'H', 2});
        command({GS, 'k', 73, int(length), '{', 'B'});
        m_out += data;
        command({ESC, 'd', 1});
    }

    void qrCode(const QString &payload)
    {
        const QByteArray data = payload.toUtf8();
        if (data.size() > 7000)   // beyond what a receipt QR holds
            return;
        m_out += qrFunction(65, bytes({50, 0}));                  // 165: model 2
        m_out += qrFunction(67, bytes({kQrModuleDots}));          // 167: module size in dots
        m_out += qrFunction(69, bytes({49}));                     // 169: error correction M
        m_out += qrFunction(80, bytes({48}) + data);              // 180: store the data
        m_out += qrFunction(81, bytes({48}));                     // 181: print it
        command({ESC, 'd', 1});
    }
};

} // namespace

QByteArray EscPosEncoder::encode(const ReceiptDocument &doc, const PrinterProfile &profile)
{
    ReceiptWriter w(profile);
    // Cancel Kanji mode: cheap printers with a CJK font print accented
    // letters as Kanji halves otherwise.
    w.command({ESC, '@', FS, '.', ESC, 't', escPosCodePageNumber(profile.codePage)});
    w.logo();

    w.align(1);
    if (doc.copy)
        w.copyBanner();
    for (qsizetype i = 0; i < doc.header.size(); ++i) {
        if (i == 0)
            w.large(doc.header.at(i));
        else
            w.centred(doc.header.at(i));
    }
    w.align(0);
    w.rule();

    for (const auto &[k, v] : doc.meta)
        w.twoColumns(k, v);
    w.rule();

    for (const ReceiptItem &i : doc.items) {
        const QString amountText = i.voided ? ReceiptText::tr("VOID") : QString(i.amount + u' ' + i.taxCode);
        w.twoColumns(i.voided ? QString(u"  "_s + i.text) : i.text, amountText);
        if (!i.detail.isEmpty() && !i.voided)
            w.wrapped(w.text(u"  "_s + i.detail), 2);
        for (const auto &[label, value] : i.adjustments)
            w.twoColumns(u"  "_s + label, value);
    }
    w.rule();

    // buildReceipt() puts TOTAL last.
    for (qsizetype i = 0; i < doc.totals.size(); ++i) {
        const auto &[k, v] = doc.totals.at(i);
        if (i == doc.totals.size() - 1)
            w.emphasised(k, v);
        else
            w.twoColumns(k, v);
    }
    w.rule();

    for (const auto &[k, v] : doc.tenders)
        w.twoColumns(k, v);
    if (!doc.change.isEmpty())
        w.twoColumns(ReceiptText::tr("Change"), doc.change);
    if (!doc.taxes.isEmpty()) {
        w.rule();
        for (const ReceiptTaxRow &t : doc.taxes)
            w.twoColumns(t.code + u' ' + t.name, ReceiptText::tr("net %1 tax %2").arg(t.net, t.tax));
    }
    if (!doc.loyalty.isEmpty()) {
        w.rule();
        w.wrapped(w.text(doc.loyalty), 0);
    }
    w.rule();

    w.align(1);
    for (const QString &f : doc.footer)
        w.centred(f);
    w.centred(doc.barcodePayload);
    w.centred(ReceiptText::tr("Journal %1").arg(doc.journalReference));
    if (!doc.barcodePayload.isEmpty()) {
        if (profile.supportsBarcode)
            w.barcode(doc.barcodePayload);
        if (profile.supportsQr)
            w.qrCode(doc.barcodePayload);
    }
    if (doc.copy)
        w.copyBanner();
    w.align(0);

    if (profile.feedBeforeCut > 0)
        w.command({ESC, 'd', std::clamp(profile.feedBeforeCut, 1, 255)});
    // Function B (65/66) feeds to the cutter before cutting, so the last line
    // is not cut through; n = 0 adds nothing to that.
    if (profile.hasCutter)
        w.command({GS, 'V', profile.partialCut ? 66 : 65, 0});

    m_unencodable = std::move(w.m_unencodable);
    m_rasterised = std::move(w.m_rasterised);
    return std::move(w.m_out);
}

QByteArray EscPosEncoder::drawerKick(int pin, int onMs, int offMs)
{
    // Times go in 2 ms units; 0 would be no pulse at all, and a pulse too
    // short for the drawer's solenoid is what makes it open only now and then.
    const auto units = [](int ms) { return std::clamp(ms / 2, 1, 255); };
    return bytes({ESC, 'p', pin == 0 ? 0 : 1, units(onMs), units(offMs)});
}

QByteArray EscPosEncoder::statusRequest(int n)
{
    if (n < 1 || n > 4)
        return {};
    return bytes({DLE, EOT, n});
}

PrinterStatusBits EscPosEncoder::decodeStatus(int n, quint8 byte) noexcept
{
    PrinterStatusBits s;
    // Every DLE EOT answer has bits 1 and 4 set and 0 and 7 clear; anything
    // else is not an answer (an ASB block, stray data) and proves nothing.
    if ((byte & 0x93) != 0x12 || (n != 1 && n != 2 && n != 4))
        return s;
    s.valid = true;
    switch (n) {
    case 1:
        s.drawerSensorHigh = byte & 0x04;
        s.offline = byte & 0x08;
        break;
    case 2:
        s.coverOpen = byte & 0x04;
        s.paperEndStop = byte & 0x20;
        s.error = byte & 0x40;
        break;
    case 4:
        // Printers set both bits of a pair; one is enough to warn.
        s.paperNearEnd = byte & 0x0C;
        s.paperOut = byte & 0x60;
        break;
    }
    return s;
}

} // namespace retailos::drivers
