// A 2×20 customer display on a pty: parses the Epson ESC/POS display
// commands or the CD5220 set into a screen of two 20-character lines.
// DisplayCommandParser is the pure part (bytes in, screen out; fuzzed);
// DisplaySimulator puts it on a pty and signals every change.
//
// Characters are decoded with the system's ICU tables (IBM437, IBM850,
// IBM00858, windows-1252 through QStringDecoder), not with the lane's
// encoder tables, so a wrong table in the lane shows as a wrong character.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace retailos::drivers::sim {

class PtyPort;

enum class DisplayDialect { Epson, Cd5220 };

class DisplayCommandParser
{
public:
    static constexpr int kColumns = 20;
    static constexpr int kLines = 2;

    explicit DisplayCommandParser(DisplayDialect dialect = DisplayDialect::Epson);

    // Parses what is complete and keeps an unfinished command for the next
    // call. Unknown commands and stray control bytes are skipped.
    void feed(const QByteArray &bytes);

    [[nodiscard]] QStringList lines() const { return { m_lines[0], m_lines[1] }; }
    [[nodiscard]] int cursorColumn() const { return m_column; } // 0-based
    [[nodiscard]] int cursorRow() const { return m_row; } // 0-based
    // ESC t n as last selected (Epson; 0 = CP437 at power-on).
    [[nodiscard]] int codeTable() const { return m_table; }
    [[nodiscard]] qint64 ignoredBytes() const { return m_ignored; }
    [[nodiscard]] DisplayDialect dialect() const { return m_dialect; }

private:
    // Bytes of the command at the front; 0: incomplete, wait for more.
    qsizetype step(QByteArrayView in);
    qsizetype stepEpsonUs(QByteArrayView in);
    qsizetype stepEsc(QByteArrayView in);
    qsizetype moveCursor(QByteArrayView in);
    void put(unsigned char byte);
    void setLine(int row, QByteArrayView text);
    void clearAll();
    void lineFeed();
    void reset();
    [[nodiscard]] QChar decode(unsigned char byte) const;

    DisplayDialect m_dialect;
    QByteArray m_buffer;
    QString m_lines[kLines];
    int m_row = 0;
    int m_column = 0;
    int m_table = 0;
    bool m_verticalScroll = false;
    qint64 m_ignored = 0;
};

class DisplaySimulator : public QObject
{
    Q_OBJECT

public:
    explicit DisplaySimulator(DisplayDialect dialect = DisplayDialect::Epson, QObject *parent = nullptr);
    ~DisplaySimulator() override;

    // The pty the lane opens like /dev/ttyUSB0. "sim.pty" when there is none.
    [[nodiscard]] Result<QString> open();
    // Gone, as an unplugged USB adapter: the lane's next write fails.
    void close();
    [[nodiscard]] QString path() const;

    [[nodiscard]] QStringList lines() const { return m_parser.lines(); }
    [[nodiscard]] const DisplayCommandParser &parser() const { return m_parser; }
    // Feeds bytes as if they came over the line (tests without a pty).
    void feed(const QByteArray &bytes);

signals:
    void screenChanged(const QString &line1, const QString &line2);
    void bytesReceived(qint64 count);

private:
    DisplayCommandParser m_parser;
    PtyPort *m_pty;
};

} // namespace retailos::drivers::sim
