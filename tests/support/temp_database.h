// Test support: a real SQLite file in a temporary folder, migrated to the lane schema.
#pragma once

#include "core/db/database.h"
#include "core/db/migrations.h"

#include <QTemporaryDir>
#include <QTest>

namespace retailos::test {

class TempDatabase
{
public:
    TempDatabase()
    {
        QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
    }

    // Opens <tmp>/name and applies the lane migrations; fails the test on error.
    Database open(const QString &name = QStringLiteral("lane.db"))
    {
        auto db = Database::open(path(name));
        if (!db)
            qFatal("open failed: %s", qPrintable(db.error().message));
        auto migrated = migrate(*db, laneMigrations());
        if (!migrated)
            qFatal("migrate failed: %s", qPrintable(migrated.error().message));
        return std::move(*db);
    }

    [[nodiscard]] QString path(const QString &name = QStringLiteral("lane.db")) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace retailos::test
