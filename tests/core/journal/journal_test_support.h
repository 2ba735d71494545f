// Test support for the journal tests: a lane database with the journal schema.
#pragma once

#include "core/journal/journal.h"
#include "core/journal/journal_schema.h"
#include "tests/support/temp_database.h"

#include <QJsonObject>

namespace retailos::test {

template<typename T> QByteArray why(const Result<T> &r)
{
    return r ? QByteArray() : QString(r.error().code + u": "_qs + r.error().message).toUtf8();
}

// The lane schema with the journal: applied as a lane migration once that
// lists it, else on top in one exec, exactly as the migration will.
class JournalDatabase
{
public:
    JournalDatabase()
        : m_db(m_tmp.open())
    {
        auto present = m_db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'journal'");
        if (!present)
            qFatal("schema: %s", qPrintable(present.error().message));
        if (*present == 0) {
            if (auto r = m_db.exec(kJournalSchema); !r)
                qFatal("journal schema: %s", qPrintable(r.error().message));
        }
    }

    Database &db() { return m_db; }
    [[nodiscard]] QString path() const { return m_tmp.path(); }

private:
    TempDatabase m_tmp;
    Database m_db;
};

inline constexpr qint64 kT0 = 1'795'000'000'000; // 2026-11-18, UTC ms

// A plausible mix: sign-in, sales, a line void, a return, a drawer opening.
inline Result<JournalRecord> appendScripted(Journal &journal, int i)
{
    const qint64 at = kT0 + i * 1000;
    const QJsonObject payload { { u"receipt"_qs, QStringLiteral("R-%1").arg(i, 6, 10, QLatin1Char('0')) },
        { u"cashier"_qs, u"c-07"_qs }, { u"note"_qs, u"Crème fraîche ×2"_qs } };
    switch (i % 7) {
    case 0:
        return journal.append(RecordType::SignIn, payload, 0, at);
    case 3:
        return journal.append(RecordType::LineVoid, payload, 0, at);
    case 5:
        return journal.append(RecordType::Return, payload, -(i % 13) * 100 - 5, at);
    case 6:
        return journal.append(RecordType::DrawerOpenNoSale, payload, 0, at);
    default:
        return journal.append(RecordType::Sale, payload, 1000 + i * 37, at);
    }
}

} // namespace retailos::test
