// Streaming CSV reading and writing (RFC 4180, UTF-8), libcsv behind our own
// interface so the rest of core never sees it.
#pragma once

#include "core/common/result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <deque>
#include <memory>

namespace retailos {

struct CsvRecord
{
    qint64 line = 0;   // line of the file on which the record ends (1-based)
    QList<QString> fields;
};

class CsvReader
{
public:
    // The device must stay open for the reader's lifetime.
    explicit CsvReader(QIODevice *device);
    CsvReader(CsvReader &&) noexcept;
    ~CsvReader();

    // Fills `record` and returns true, or returns false at the end of input.
    // Malformed quoting and invalid UTF-8 are errors naming the line.
    [[nodiscard]] Result<bool> next(CsvRecord &record);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Quotes a field when it needs quoting; everything else passes as is.
[[nodiscard]] QByteArray csvField(QStringView text);

} // namespace retailos
