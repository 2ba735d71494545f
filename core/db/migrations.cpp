// Applies schema migrations (see migrations.h).
#include "core/db/migrations.h"

#include "core/db/database.h"

#include <QCoreApplication>

namespace retailos {

Result<int> migrate(Database &db, std::span<const Migration> migrations)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return std::unexpected(current.error());
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > newest)
        return fail(QStringLiteral("db.schema_too_new"),
                    QCoreApplication::translate("Database",
                        "This database was written by a newer Retail OS (schema %1, this program knows %2). "
                        "Update the program before using it.").arg(*current).arg(newest));

    int expected = 1;
    for (const Migration &m : migrations) {
        Q_ASSERT_X(m.version == expected, "migrate", "migration versions must be consecutive");
        ++expected;
        if (m.version <= *current)
            continue;
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
        if (auto r = db.exec(m.sql); !r)
            return std::unexpected(r.error());
        if (auto r = db.exec("PRAGMA user_version=" + std::to_string(m.version)); !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        *current = m.version;
    }
    return int(*current);
}

} // namespace retailos
