// The lane database: durability settings in force, migrations, transactions, errors.
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "tests/support/temp_database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace retailos;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void opensInWalWithFullSync();
    void refusesFileThatCannotBeDurable();
    void migratesToLatestAndIsIdempotent();
    void refusesSchemaFromNewerSoftware();
    void failedMigrationLeavesVersionUnchanged();
    void transactionRollsBackOnScopeExit();
    void constraintErrorIsSpecific();
    void foreignKeysAreEnforced();
};

void tst_Database::opensInWalWithFullSync()
{
    test::TempDatabase tmp;
    Database db = tmp.open();
    auto mode = db.prepare("PRAGMA journal_mode");
    QVERIFY(mode);
    QVERIFY(*mode->step());
    QCOMPARE(mode->text(0), QStringLiteral("wal"));
    QCOMPARE(*db.queryInt("PRAGMA synchronous"), 2);
    QCOMPARE(*db.queryInt("PRAGMA foreign_keys"), 1);
    QVERIFY(QFile::exists(tmp.path() + u"-wal"));
}

void tst_Database::refusesFileThatCannotBeDurable()
{
    // An in-memory database cannot use WAL: the open must refuse it, not sell on it.
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.not_durable"));
}

void tst_Database::migratesToLatestAndIsIdempotent()
{
    test::TempDatabase tmp;
    auto db = Database::open(tmp.path());
    QVERIFY(db);
    const int latest = laneMigrations().back().version;
    QCOMPARE(*migrate(*db, laneMigrations()), latest);
    QCOMPARE(*migrate(*db, laneMigrations()), latest);
    QCOMPARE(*db->queryInt("PRAGMA user_version"), qint64(latest));
    QCOMPARE(*db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'products'"), 1);
}

void tst_Database::refusesSchemaFromNewerSoftware()
{
    test::TempDatabase tmp;
    auto db = Database::open(tmp.path());
    QVERIFY(db);
    QVERIFY(db->exec("PRAGMA user_version = 999"));
    auto r = migrate(*db, laneMigrations());
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("db.schema_too_new"));
    QVERIFY(r.error().message.contains(u"999"));
}

void tst_Database::failedMigrationLeavesVersionUnchanged()
{
    test::TempDatabase tmp;
    auto db = Database::open(tmp.path());
    QVERIFY(db);
    const std::array migrations{
        Migration{1, "ok", "CREATE TABLE a(x INTEGER);"},
        Migration{2, "broken", "CREATE TABLE b(x INTEGER); INSERT INTO nowhere VALUES (1);"},
    };
    auto r = migrate(*db, migrations);
    QVERIFY(!r);
    QCOMPARE(*db->queryInt("PRAGMA user_version"), 1);
    // The half-applied step 2 left nothing behind.
    QCOMPARE(*db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'b'"), 0);
}

void tst_Database::transactionRollsBackOnScopeExit()
{
    test::TempDatabase tmp;
    Database db = tmp.open();
    {
        Transaction tx(db);
        QVERIFY(tx.begin());
        QVERIFY(db.exec("INSERT INTO departments(id, name) VALUES ('d1', 'Dairy')"));
        // no commit
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(*db.queryInt("SELECT count(*) FROM departments"), 0);
    {
        Transaction tx(db);
        QVERIFY(tx.begin());
        QVERIFY(db.exec("INSERT INTO departments(id, name) VALUES ('d1', 'Dairy')"));
        QVERIFY(tx.commit());
    }
    QCOMPARE(*db.queryInt("SELECT count(*) FROM departments"), 1);
}

void tst_Database::constraintErrorIsSpecific()
{
    test::TempDatabase tmp;
    Database db = tmp.open();
    QVERIFY(db.exec("INSERT INTO departments(id, name) VALUES ('d1', 'Dairy')"));
    auto r = db.exec("INSERT INTO departments(id, name) VALUES ('d1', 'Again')");
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("db.constraint"));
}

void tst_Database::foreignKeysAreEnforced()
{
    test::TempDatabase tmp;
    Database db = tmp.open();
    auto r = db.exec("INSERT INTO products(sku, name, department_id, tax_class_id) VALUES ('1', 'x', 'nope', 'nope')");
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("db.constraint"));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
