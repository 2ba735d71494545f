// ESC/POS encoding of receipts (see escpos_encoder.h). Layout happens on the
// encoded bytes, one byte per column, so widths are what the printer sees.
#include "drivers/escpos/escpos_encoder.h"

#include <QCoreApplication>

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

// Builds one print job; encode() below reads like renderReceiptText().
class ReceiptWriter
{
public:
    explicit ReceiptWriter(const PrinterProfile &profile)
        : m_profile(profile)
        , m_columns(std::max(profile.columns, 8))   // room for the indented wrap to make progress
    {
    }

    const PrinterProfile &m_profile;
    const int m_columns;
    QByteArray m_out;
    QList<char32_t> m_unencodable;

    QByteArray text(const QString &s)
    {
        EncodedText e = encodeText(s, m_profile.codePage);
        for (const char32_t c : e.unencodable) {
            if (!m_unencodable.contains(c))
                m_unencodable.append(c);
        }
        return e.bytes;
    }

    void command(std::initializer_list<int> values) { m_out += bytes(values); }

    void line(const QByteArray &b)
    {
        m_out += b;
        m_out += LF;
    }

    void rule() { line(QByteArray(m_columns, '-')); }

    // renderReceiptText's twoColumns(): the left part gives way to the right.
    void twoColumns(const QString &left, const QString &right)
    {
        QByteArray l = text(left);
        const QByteArray r = text(right);
        const qsizetype room = m_columns - r.size() - 1;
        if (l.size() > room)
            l = l.left(std::max<qsizetype>(room, 1));
        line(l + QByteArray(std::max<qsizetype>(0, m_columns - l.size() - r.size()), ' ') + r);
    }

    // Free text renderReceiptText lets run over the width (item details,
    // loyalty): broken at a space here, as the printer would break it anyway
    // but mid-word; continuation lines are indented by `indent`.
    void wrapped(QByteArray b, int indent)
    {
        while (b.size() > m_columns) {
            qsizetype cut = b.lastIndexOf(' ', m_columns);
            if (cut <= indent || b.left(cut).trimmed().isEmpty())
                cut = m_columns;
            line(b.left(cut));
            qsizetype rest = cut;
            while (rest < b.size() && b.at(rest) == ' ')
                ++rest;
            b = QByteArray(indent, ' ') + b.mid(rest);
        }
        line(b);
    }

    // Inside an `ESC a 1` block: the printer centres, so no padding is sent.
    void centred(const QString &s) { line(text(s).left(m_columns)); }

    // Bold, double width and height; each character takes two columns.
    void large(const QString &s)
    {
        command({ESC, 'E', 1, GS, '!', 0x11});
        line(text(s).left(m_columns / 2));
        command({GS, '!', 0x00, ESC, 'E', 0});
    }

    void copyBanner() { large(ReceiptText::tr("*** COPY ***")); }

    // Bold, double height only: the columns stay as they are.
    void emphasised(const QString &left, const QString &right)
    {
        command({ESC, 'E', 1, GS, '!', 0x01});
        twoColumns(left, right);
        command({GS, '!', 0x00, ESC, 'E', 0});
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

    w.command({ESC, 'a', 1});
    if (doc.copy)
        w.copyBanner();
    for (qsizetype i = 0; i < doc.header.size(); ++i) {
        if (i == 0)
            w.large(doc.header.at(i));
        else
            w.centred(doc.header.at(i));
    }
    w.command({ESC, 'a', 0});
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

    w.command({ESC, 'a', 1});
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
    w.command({ESC, 'a', 0});

    if (profile.feedBeforeCut > 0)
        w.command({ESC, 'd', std::clamp(profile.feedBeforeCut, 1, 255)});
    // Function B (65/66) feeds to the cutter before cutting, so the last line
    // is not cut through; n = 0 adds nothing to that.
    if (profile.hasCutter)
        w.command({GS, 'V', profile.partialCut ? 66 : 65, 0});

    m_unencodable = std::move(w.m_unencodable);
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
