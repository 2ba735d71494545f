// The receiving end of ESC/POS for the printer simulator: a streaming parser
// that takes the bytes in any chunking (whole, byte by byte, as TCP delivers
// them), knows the length of every command it meets, and turns them into
// receipts the tests can read. Junk never stops it: an unknown sequence is
// reported and skipped, and the text after it still prints.
#pragma once

#include "drivers/simulator/code_pages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace retailos::drivers::sim {

enum class Align { Left, Center, Right };

struct TextStyle
{
    bool bold = false;
    int underline = 0;    // dots: 0, 1 or 2
    int widthScale = 1;   // 1–8 (`GS !` high nibble + 1, `ESC !` bit 5)
    int heightScale = 1;  // 1–8

    friend bool operator==(const TextStyle &, const TextStyle &) = default;
};

// Characters printed in one style; a line holds several when `ESC E` or
// `GS !` change mid-line ("Total" plain, "9,99 €" bold).
struct TextRun
{
    QString text;
    TextStyle style;

    friend bool operator==(const TextRun &, const TextRun &) = default;
};

struct TextLine
{
    QList<TextRun> runs;
    TextStyle style;         // of the first character; of the line feed for a blank line
    Align align = Align::Left;
    int feedDots = 34;       // paper advance after this line (line spacing or `ESC J n`)

    [[nodiscard]] QString text() const;
    // The widest and tallest character of the line, for renderers.
    [[nodiscard]] int maxWidthScale() const;
    [[nodiscard]] int maxHeightScale() const;

    friend bool operator==(const TextLine &, const TextLine &) = default;
};

enum class BarcodeType { UpcA, UpcE, Ean13, Ean8, Code39, Itf, Codabar, Code93, Code128 };
enum class HriPosition { None, Above, Below, Both };

struct Barcode
{
    BarcodeType type = BarcodeType::Code128;
    QByteArray data;              // as sent: Code 128 keeps its "{B" code set selectors
    int height = 162;             // dots (`GS h`)
    int moduleWidth = 3;          // dots (`GS w`)
    HriPosition hri = HriPosition::None;
    Align align = Align::Left;

    // What a scanner reads: Code 128 without "{B", code set C as digits.
    [[nodiscard]] QString text() const;

    friend bool operator==(const Barcode &, const Barcode &) = default;
};

struct QrCode
{
    QByteArray data;
    int moduleSize = 3;           // dots per module (`GS ( k` function 167)
    char errorCorrection = 'L';   // L, M, Q, H (function 169)
    int model = 2;                // 1, 2; 3 = Micro QR (function 165)
    Align align = Align::Left;

    friend bool operator==(const QrCode &, const QrCode &) = default;
};

// `GS v 0`: one bit per dot, 1 = black, as a QImage::Format_Mono whose colour
// table is {white, black}. Slices sent one after the other with nothing in
// between are joined into one image, the way the paper shows them.
struct RasterImage
{
    QImage image;
    int scaleX = 1;   // 2 for `m` 1 and 3
    int scaleY = 1;   // 2 for `m` 2 and 3
    Align align = Align::Left;

    friend bool operator==(const RasterImage &, const RasterImage &) = default;
};

// `ESC J n` with nothing to print: blank paper.
struct PaperFeed
{
    int dots = 0;

    friend bool operator==(const PaperFeed &, const PaperFeed &) = default;
};

using ReceiptBlock = std::variant<TextLine, Barcode, QrCode, RasterImage, PaperFeed>;

struct DrawerKick
{
    int pin = 2;      // connector pin 2 (`m` 0) or 5 (`m` 1)
    int onMs = 0;     // t1 × 2 ms
    int offMs = 0;    // t2 × 2 ms

    friend bool operator==(const DrawerKick &, const DrawerKick &) = default;
};

enum class CutKind { None, Full, Partial };

struct Receipt
{
    QList<ReceiptBlock> blocks;        // in print order
    QList<DrawerKick> drawerKicks;
    CutKind cut = CutKind::None;       // None while the receipt is still open
    int feedBeforeCut = 0;             // `GS V 65/66 n`: n (motion units)

    [[nodiscard]] QList<TextLine> lines() const;
    [[nodiscard]] QStringList textLines() const;
    [[nodiscard]] QList<Barcode> barcodes() const;
    [[nodiscard]] QList<QrCode> qrCodes() const;
    [[nodiscard]] QList<RasterImage> images() const;
    [[nodiscard]] bool isEmpty() const { return blocks.isEmpty() && drawerKicks.isEmpty(); }

    friend bool operator==(const Receipt &, const Receipt &) = default;
};

// What the parser met besides print data, in stream order: the simulator
// answers status requests and raises signals from these; tests read them.
struct ParserEvent
{
    enum class Kind {
        ReceiptCut,      // value: index in receipts()
        DrawerKick,      // value: pin
        StatusRequest,   // `DLE EOT n`, value: n (1–4); needs an answer byte
        AutoStatus,      // `GS a n`, value: n (0 = off)
        Unknown,         // not a command of the subset: its first two bytes were skipped
        Unsupported,     // a real command with a known length that the simulator ignores
        Invalid,         // a known command with a parameter out of range
        Truncated,       // endOfStream() cut a command short: its bytes were dropped
    };

    Kind kind = Kind::Unknown;
    qint64 offset = 0;     // of the command's first byte, counted from the first byte fed
    QByteArray bytes;      // the command (its first 16 bytes when longer)
    int value = 0;

    [[nodiscard]] QString describe() const;

    friend bool operator==(const ParserEvent &, const ParserEvent &) = default;
};

class EscPosParser
{
public:
    EscPosParser();

    // Parses what is complete and keeps the rest for the next call.
    void feed(const QByteArray &bytes);
    // The sender is gone (a connection closed): a command it left unfinished
    // is dropped with a Truncated event, so the next job starts clean. Text
    // waiting for its line feed stays, as in a real printer's buffer.
    void endOfStream();
    // Power cycle: receipts, events and all settings back to the start.
    void reset();

    // While true the parser keeps in step with the commands and still
    // reports status requests, but prints, cuts and kicks nothing: a
    // printer offline, out of paper or with its cover open.
    void setDiscarding(bool discarding) { m_discarding = discarding; }
    [[nodiscard]] bool isDiscarding() const { return m_discarding; }

    [[nodiscard]] const QList<Receipt> &receipts() const { return m_receipts; }
    // The receipt after the last cut, without the text still waiting for its line feed.
    [[nodiscard]] const Receipt &openReceipt() const { return m_open; }
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] QList<ParserEvent> takeEvents();
    [[nodiscard]] const QList<ParserEvent> &events() const { return m_events; }

    [[nodiscard]] qint64 bytesFed() const { return m_offset + (m_buffer.size() - m_pos); }
    [[nodiscard]] qint64 bytesPending() const { return m_buffer.size() - m_pos; }
    [[nodiscard]] CodePage codePage() const { return m_codePage; }
    [[nodiscard]] TextStyle style() const { return m_style; }
    [[nodiscard]] Align align() const { return m_align; }

    // Limits of a 80 mm printer, beyond which `GS v 0` is refused.
    static constexpr int kMaxRasterBytesPerRow = 128;
    static constexpr int kMaxRasterRows = 4095;
    static constexpr int kDefaultLineSpacing = 34;   // 1/6 inch at 203 dpi

private:
    // Bytes of the command at the front (0: incomplete, wait for more).
    qsizetype step(QByteArrayView in);
    qsizetype stepEsc(QByteArrayView in);
    qsizetype stepGs(QByteArrayView in);
    qsizetype stepDle(QByteArrayView in);
    qsizetype stepFs(QByteArrayView in);
    qsizetype stepBarcode(QByteArrayView in);
    qsizetype stepRaster(QByteArrayView in);
    qsizetype stepGsParen(QByteArrayView in);
    qsizetype text(QByteArrayView in);

    void initialise();
    void appendText(const QString &text);
    void lineFeed(int blankLinesAfter, int feedDots = -1);
    void flushIfPending();
    void addBlock(ReceiptBlock block);
    void addRaster(RasterImage image);
    void cut(CutKind kind, int feed, QByteArrayView command);
    void emitEvent(ParserEvent::Kind kind, QByteArrayView command, int value = 0);
    qsizetype unknown(QByteArrayView in);

    QByteArray m_buffer;
    qsizetype m_pos = 0;        // first byte of m_buffer not yet parsed
    qint64 m_offset = 0;        // stream offset of m_buffer[m_pos]
    bool m_discarding = false;

    QList<Receipt> m_receipts;
    Receipt m_open;
    QList<ParserEvent> m_events;

    // The line being filled, its style and alignment when it began.
    QList<TextRun> m_line;
    TextStyle m_lineStyle;
    Align m_lineAlign = Align::Left;
    int m_column = 0;            // printed width so far, in character cells

    CodePage m_codePage = CodePage::Cp437;
    TextStyle m_style;
    Align m_align = Align::Left;
    int m_lineSpacing = kDefaultLineSpacing;
    Barcode m_barcodeSettings;
    QrCode m_qrSettings;
    QByteArray m_qrStored;
    bool m_rasterJoinable = false;   // nothing happened since the last raster slice
};

} // namespace retailos::drivers::sim
