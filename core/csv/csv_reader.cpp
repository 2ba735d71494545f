// CsvReader over libcsv (see csv_reader.h).
#include "core/csv/csv_reader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>

namespace retailos {

struct CsvReader::State
{
    QIODevice *device = nullptr;
    csv_parser parser{};
    std::deque<CsvRecord> ready;
    CsvRecord current;
    qint64 line = 0;
    bool finished = false;
    bool firstChunk = true;
    QString utf8Error;

    static void onField(void *data, size_t size, void *self)
    {
        auto *s = static_cast<State *>(self);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(QByteArrayView(static_cast<const char *>(data), qsizetype(size)));
        if (decoder.hasError() && s->utf8Error.isEmpty())
            s->utf8Error = QCoreApplication::translate("Csv", "line %1: the text is not valid UTF-8").arg(s->line);
        s->current.fields.append(std::move(text));
    }

    static void onRecord(int /*terminator*/, void *self)
    {
        auto *s = static_cast<State *>(self);
        s->current.line = s->line;
        s->ready.push_back(std::move(s->current));
        s->current = {};
    }
};

CsvReader::CsvReader(QIODevice *device) : m_state(std::make_unique<State>())
{
    m_state->device = device;
    csv_init(&m_state->parser, CSV_STRICT | CSV_STRICT_FINI);
}

CsvReader::CsvReader(CsvReader &&) noexcept = default;

CsvReader::~CsvReader()
{
    if (m_state)
        csv_free(&m_state->parser);
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    State &s = *m_state;
    while (s.ready.empty() && !s.finished) {
        // Feed one physical line at a time so every record knows its line number.
        QByteArray chunk = s.device->readLine();
        if (chunk.isEmpty()) {
            s.finished = true;
            if (csv_fini(&s.parser, State::onField, State::onRecord, &s) != 0)
                return fail(QStringLiteral("csv.quote"),
                            QCoreApplication::translate("Csv", "line %1: a quoted field is never closed").arg(s.line));
            break;
        }
        ++s.line;
        if (s.firstChunk && chunk.startsWith("\xEF\xBB\xBF"))
            chunk.remove(0, 3); // a UTF-8 byte order mark, as spreadsheet programs write it
        s.firstChunk = false;
        const size_t fed = csv_parse(&s.parser, chunk.constData(), size_t(chunk.size()), State::onField, State::onRecord, &s);
        if (fed != size_t(chunk.size()))
            return fail(QStringLiteral("csv.quote"),
                        QCoreApplication::translate("Csv", "line %1: misplaced quote character").arg(s.line));
        if (!s.utf8Error.isEmpty())
            return fail(QStringLiteral("csv.utf8"), s.utf8Error);
    }
    if (s.ready.empty())
        return false;
    record = std::move(s.ready.front());
    s.ready.pop_front();
    return true;
}

QByteArray csvField(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool needsQuotes = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')
        || utf8.contains('\r') || utf8.startsWith(' ') || utf8.endsWith(' ');
    if (!needsQuotes)
        return utf8;
    QByteArray out(utf8.size() * 2 + 2, Qt::Uninitialized);
    const size_t written = csv_write(out.data(), size_t(out.size()), utf8.constData(), size_t(utf8.size()));
    out.truncate(qsizetype(written));
    return out;
}

} // namespace retailos
