// The journal: gap-free numbering and chaining, the database refusing to change
// history, appends inside the sale's transaction, and the documented hash layout.
#include "core/journal/journal.h"
#include "core/journal/journal_verifier.h"
#include "tests/core/journal/journal_test_support.h"

#include <QElapsedTimer>
#include <QTest>

using namespace retailos;
using test::why;

namespace {

struct Fixture
{
    Fixture()
    {
        auto k = LaneKey::generate();
        if (!k)
            qFatal("key: %s", qPrintable(k.error().message));
        key.emplace(*k);
    }
    test::JournalDatabase lane;
    std::optional<LaneKey> key;
};

QList<JournalRecord> allRecords(Database &db, const QString &laneId)
{
    QList<JournalRecord> records;
    auto r = forEachJournalRecord(db, laneId, [&](const JournalRecord &record) {
        records.append(record);
        return true;
    });
    if (!r)
        qFatal("read: %s", qPrintable(r.error().message));
    return records;
}

QByteArray insertSql(
    const QString &lane, qint64 sequence, const QByteArray &previousHash, qint64 amount, qint64 grandTotal)
{
    return QStringLiteral("INSERT INTO journal VALUES ('%1', %2, 'sale', 0, '{}', %3, %4, '%5', '%6', '%7')")
        .arg(lane)
        .arg(sequence)
        .arg(amount)
        .arg(grandTotal)
        .arg(QString::fromLatin1(previousHash.toHex()), QString(64, u'a'), QString(128, u'b'))
        .toUtf8();
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

} // namespace

class tst_Journal : public QObject
{
    Q_OBJECT

private slots:
    void hashInputMatchesDocumentedLayout();
    void appendsGapFreeSignedChain();
    void lanesAreNumberedIndependently();
    void refusesBadAppends_data();
    void refusesBadAppends();
    void databaseRefusesChangingHistory_data();
    void databaseRefusesChangingHistory();
    void databaseRefusesOutOfStepInserts_data();
    void databaseRefusesOutOfStepInserts();
    void appendJoinsTheCallersTransaction();
    void rolledBackAppendFreesItsSequence();
    void refusesAnotherKeyForTheLane();
    void appendCost();
};

void tst_Journal::hashInputMatchesDocumentedLayout()
{
    // The worked example in docs/journal.md; expected bytes and hash computed
    // independently (Python struct + hashlib).
    JournalRecord r;
    r.sequence = 1;
    r.laneId = u"lane-01"_qs;
    r.type = u"sale"_qs;
    r.createdAtUtcMs = test::kT0;
    r.payload = Journal::canonicalPayload(QJsonObject { { u"total"_qs, 1234 }, { u"item"_qs, u"Crème"_qs } });
    r.amountMinor = 1234;
    r.grandTotalMinor = 1234;
    r.previousHash = journalGenesisHash();
    QCOMPARE(r.payload, QByteArray("{\"item\":\"Cr\xc3\xa8me\",\"total\":1234}"));
    QCOMPARE(journalHashInput(r).toHex(),
        QByteArrayLiteral("0000001372657461696c6f732e6a6f75726e616c2e7631" // tag
                          "0000000000000001" // sequence
                          "000000076c616e652d3031" // lane
                          "0000000473616c65" // type
                          "000001a1ee565e00" // created at
                          "0000001e7b226974656d223a224372c3a86d65222c22746f74616c223a313233347d"
                          "00000000000004d2" // amount
                          "00000000000004d2" // grand total
                          "00000020"
                          "0000000000000000000000000000000000000000000000000000000000000000"));
    QCOMPARE(
        journalHash(r).toHex(), QByteArrayLiteral("948622eef40b9038270c74323471228e9b2bd85acba1b7c962c9f12819c0f671"));

    // Moving bytes between neighbouring fields changes the hash (length prefixes).
    JournalRecord shifted = r;
    shifted.laneId = u"lane-0"_qs;
    shifted.type = u"1sale"_qs;
    QVERIFY(journalHash(shifted) != journalHash(r));
}

void tst_Journal::appendsGapFreeSignedChain()
{
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY2(journal, why(journal).constData());
    auto empty = journal->lastRecord();
    QVERIFY(empty);
    QVERIFY(!empty->has_value());

    QList<JournalRecord> appended;
    qint64 total = 0;
    for (int i = 0; i < 20; ++i) {
        auto r = test::appendScripted(*journal, i);
        QVERIFY2(r, why(r).constData());
        total += r->amountMinor;
        QCOMPARE(r->sequence, qint64(i + 1));
        QCOMPARE(r->grandTotalMinor, total);
        QCOMPARE(r->previousHash, i == 0 ? journalGenesisHash() : appended.last().hash);
        QCOMPARE(r->hash, journalHash(*r));
        QVERIFY(f.key->lanePublicKey().verify(r->hash, r->signature));
        appended.append(*r);
    }
    QCOMPARE(appended.at(0).type, u"sign_in"_qs);
    QCOMPARE(appended.at(5).type, u"return"_qs);
    QVERIFY(appended.at(5).amountMinor < 0);

    // What the database holds is exactly what append returned.
    QCOMPARE(allRecords(f.lane.db(), u"lane-01"_qs), appended);
    auto last = journal->lastRecord();
    QVERIFY(last && last->has_value());
    QCOMPARE(**last, appended.last());

    // Reopening continues the same chain.
    auto reopened = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(reopened);
    auto next = reopened->append(u"z_close"_qs, QJsonObject { { u"z"_qs, 1 } }, 0, test::kT0 + 60'000);
    QVERIFY2(next, why(next).constData());
    QCOMPARE(next->sequence, 21);
    QCOMPARE(next->previousHash, appended.last().hash);
    QCOMPARE(next->grandTotalMinor, total);
}

void tst_Journal::lanesAreNumberedIndependently()
{
    Fixture f;
    auto other = LaneKey::generate();
    QVERIFY(other);
    auto a = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    auto b = Journal::open(f.lane.db(), u"lane-02"_qs, *other);
    QVERIFY(a && b);
    for (int i = 0; i < 3; ++i)
        QVERIFY(test::appendScripted(*a, i));
    auto first = test::appendScripted(*b, 1);
    QVERIFY2(first, why(first).constData());
    QCOMPARE(first->sequence, 1);
    QCOMPARE(first->previousHash, journalGenesisHash());
    QCOMPARE(first->grandTotalMinor, first->amountMinor);
    QCOMPARE(allRecords(f.lane.db(), u"lane-01"_qs).size(), 3);
}

void tst_Journal::refusesBadAppends_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown type") << u"sale_deleted"_qs << qint64(0) << u"journal.unknown_type"_qs;
    QTest::newRow("type in another case") << u"Sale"_qs << qint64(100) << u"journal.unknown_type"_qs;
    QTest::newRow("amount on a sign-in") << u"sign_in"_qs << qint64(1) << u"journal.amount_not_allowed"_qs;
    QTest::newRow("amount on a receipt copy") << u"receipt_copy"_qs << qint64(-500) << u"journal.amount_not_allowed"_qs;
    QTest::newRow("grand total overflow") << u"sale"_qs << std::numeric_limits<qint64>::max() << u"journal.overflow"_qs;
}

void tst_Journal::refusesBadAppends()
{
    QFETCH(QString, type);
    QFETCH(qint64, amount);
    QFETCH(QString, code);
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(journal);
    QVERIFY(journal->append(RecordType::Sale, {}, 250, test::kT0));
    auto r = journal->append(type, {}, amount, test::kT0 + 1);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QCOMPARE(allRecords(f.lane.db(), u"lane-01"_qs).size(), 1);
    QVERIFY(!f.lane.db().inTransaction());
}

void tst_Journal::databaseRefusesChangingHistory_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("edit a payload") << QByteArrayLiteral("UPDATE journal SET payload = '{}' WHERE sequence = 2");
    QTest::newRow("edit every amount") << QByteArrayLiteral("UPDATE journal SET amount_minor = amount_minor + 1");
    QTest::newRow("edit a hash") << QByteArrayLiteral("UPDATE journal SET hash = previous_hash WHERE sequence = 3");
    QTest::newRow("renumber") << QByteArrayLiteral("UPDATE journal SET sequence = sequence + 10");
    QTest::newRow("delete one") << QByteArrayLiteral("DELETE FROM journal WHERE sequence = 3");
    QTest::newRow("delete the last") << QByteArrayLiteral(
        "DELETE FROM journal WHERE sequence = (SELECT max(sequence) FROM journal)");
    QTest::newRow("delete all") << QByteArrayLiteral("DELETE FROM journal");
    QTest::newRow("replace one") << QByteArrayLiteral(
        "INSERT OR REPLACE INTO journal SELECT * FROM journal WHERE sequence = 3");
    QTest::newRow("upsert one") << QByteArrayLiteral(
        "INSERT INTO journal SELECT * FROM journal WHERE sequence = 4 ON CONFLICT DO UPDATE SET payload = '{}'");
    QTest::newRow("change the key") << QByteArrayLiteral(
        "UPDATE journal_keys SET public_key = substr(public_key, 2) || 'A'");
    QTest::newRow("delete the key") << QByteArrayLiteral("DELETE FROM journal_keys");
    QTest::newRow("replace the key") << QByteArrayLiteral(
        "REPLACE INTO journal_keys VALUES ('lane-01', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', 0)");
}

void tst_Journal::databaseRefusesChangingHistory()
{
    QFETCH(QByteArray, sql);
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(journal);
    for (int i = 0; i < 5; ++i)
        QVERIFY(test::appendScripted(*journal, i));
    const QList<JournalRecord> before = allRecords(f.lane.db(), u"lane-01"_qs);
    const auto keyBefore = registeredPublicKey(f.lane.db(), u"lane-01"_qs);
    QVERIFY(keyBefore);

    auto r = f.lane.db().exec(view(sql));
    QVERIFY2(!r, "the database accepted a change to the journal");
    QCOMPARE(r.error().code, u"db.constraint"_qs);
    QCOMPARE(allRecords(f.lane.db(), u"lane-01"_qs), before);
    QCOMPARE(registeredPublicKey(f.lane.db(), u"lane-01"_qs), keyBefore);
    auto report = verifyJournal(f.lane.db(), u"lane-01"_qs, f.key->publicKey());
    QVERIFY(report && report->ok);
}

void tst_Journal::databaseRefusesOutOfStepInserts_data()
{
    QTest::addColumn<QString>("lane");
    QTest::addColumn<int>("sequenceAfterLast");
    QTest::addColumn<bool>("genesisPrevious");
    QTest::addColumn<qint64>("totalError");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("next and chained (control)") << u"lane-01"_qs << 1 << false << qint64(0) << true;
    QTest::newRow("skipped sequence") << u"lane-01"_qs << 2 << false << qint64(0) << false;
    QTest::newRow("far ahead") << u"lane-01"_qs << 1000 << false << qint64(0) << false;
    QTest::newRow("repeated sequence") << u"lane-01"_qs << 0 << false << qint64(0) << false;
    QTest::newRow("earlier sequence") << u"lane-01"_qs << -2 << false << qint64(0) << false;
    QTest::newRow("not chained to the last") << u"lane-01"_qs << 1 << true << qint64(0) << false;
    QTest::newRow("grand total off by one") << u"lane-01"_qs << 1 << false << qint64(1) << false;
    QTest::newRow("lane without a key") << u"lane-99"_qs << 1 << true << qint64(0) << false;
}

void tst_Journal::databaseRefusesOutOfStepInserts()
{
    QFETCH(QString, lane);
    QFETCH(int, sequenceAfterLast);
    QFETCH(bool, genesisPrevious);
    QFETCH(qint64, totalError);
    QFETCH(bool, accepted);
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(journal);
    for (int i = 0; i < 4; ++i)
        QVERIFY(test::appendScripted(*journal, i));
    const JournalRecord last = allRecords(f.lane.db(), u"lane-01"_qs).last();
    const bool sameLane = lane == u"lane-01";
    const qint64 sequence = sameLane ? last.sequence + sequenceAfterLast : 1;
    const QByteArray previous = genesisPrevious ? journalGenesisHash() : last.hash;
    const qint64 amount = 700;
    const qint64 total = (sameLane ? last.grandTotalMinor : 0) + amount + totalError;
    const qint64 countBefore = allRecords(f.lane.db(), lane).size();

    auto r = f.lane.db().exec(view(insertSql(lane, sequence, previous, amount, total)));
    if (accepted) {
        QVERIFY2(r, why(r).constData());
        QCOMPARE(allRecords(f.lane.db(), lane).size(), countBefore + 1);
        return;
    }
    QVERIFY2(!r, "the database accepted an out-of-step record");
    QCOMPARE(r.error().code, u"db.constraint"_qs);
    QCOMPARE(allRecords(f.lane.db(), lane).size(), countBefore);
}

void tst_Journal::appendJoinsTheCallersTransaction()
{
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(journal);
    QVERIFY(test::appendScripted(*journal, 1));

    Transaction tx(f.lane.db());
    QVERIFY(tx.begin());
    auto sale = journal->append(RecordType::Sale, QJsonObject { { u"receipt"_qs, u"R-2"_qs } }, 999, test::kT0 + 5);
    QVERIFY2(sale, why(sale).constData());
    QVERIFY2(f.lane.db().inTransaction(), "append must not commit the caller's transaction");
    auto copy
        = journal->append(RecordType::ReceiptCopy, QJsonObject { { u"receipt"_qs, u"R-2"_qs } }, 0, test::kT0 + 6);
    QVERIFY(copy);
    QCOMPARE(copy->sequence, sale->sequence + 1);
    QVERIFY(tx.commit());

    const auto records = allRecords(f.lane.db(), u"lane-01"_qs);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1), *sale);
    QCOMPARE(records.at(2), *copy);
}

void tst_Journal::rolledBackAppendFreesItsSequence()
{
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(journal);
    QVERIFY(test::appendScripted(*journal, 1));
    auto second = test::appendScripted(*journal, 2);
    QVERIFY(second);

    {
        Transaction tx(f.lane.db());
        QVERIFY(tx.begin());
        auto abandoned
            = journal->append(RecordType::Sale, QJsonObject { { u"receipt"_qs, u"R-lost"_qs } }, 5000, test::kT0 + 10);
        QVERIFY(abandoned);
        QCOMPARE(abandoned->sequence, 3);
        // The sale's outbox write failed, say: the transaction is dropped.
    }
    QVERIFY(!f.lane.db().inTransaction());
    auto head = journal->lastRecord();
    QVERIFY(head && head->has_value());
    QCOMPARE(**head, *second);
    QCOMPARE(allRecords(f.lane.db(), u"lane-01"_qs).size(), 2);

    auto retried
        = journal->append(RecordType::Sale, QJsonObject { { u"receipt"_qs, u"R-3"_qs } }, 4000, test::kT0 + 11);
    QVERIFY2(retried, why(retried).constData());
    QCOMPARE(retried->sequence, 3);
    QCOMPARE(retried->previousHash, second->hash);
    QCOMPARE(retried->grandTotalMinor, second->grandTotalMinor + 4000);
    auto report = verifyJournal(f.lane.db(), u"lane-01"_qs, f.key->publicKey());
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->summary()));
    QCOMPARE(report->lastSequence, 3);
}

void tst_Journal::refusesAnotherKeyForTheLane()
{
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(journal);
    QVERIFY(test::appendScripted(*journal, 1));
    QCOMPARE(registeredPublicKey(f.lane.db(), u"lane-01"_qs).value(), f.key->publicKey());

    auto stranger = LaneKey::generate();
    QVERIFY(stranger);
    auto refused = Journal::open(f.lane.db(), u"lane-01"_qs, *stranger);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"journal.key_mismatch"_qs);

    auto badLane = Journal::open(f.lane.db(), u" lane-01"_qs, *f.key);
    QVERIFY(!badLane);
    QCOMPARE(badLane.error().code, u"journal.bad_lane"_qs);
}

void tst_Journal::appendCost()
{
    // Each append in its own transaction pays one fdatasync; the sale commit
    // shares it. The figure goes to the log for the performance notes.
    Fixture f;
    auto journal = Journal::open(f.lane.db(), u"lane-01"_qs, *f.key);
    QVERIFY(journal);
    constexpr int kCount = 300;
    QElapsedTimer own;
    own.start();
    for (int i = 0; i < kCount; ++i)
        QVERIFY(test::appendScripted(*journal, i));
    const double ownMs = double(own.nsecsElapsed()) / 1e6 / kCount;

    QElapsedTimer shared;
    shared.start();
    QVERIFY(f.lane.db().begin());
    for (int i = 0; i < kCount; ++i)
        QVERIFY(test::appendScripted(*journal, i));
    QVERIFY(f.lane.db().commit());
    const double sharedMs = double(shared.nsecsElapsed()) / 1e6 / kCount;
    qInfo("journal append: %.3f ms each with its own commit, %.3f ms inside one transaction", ownMs, sharedMs);
    QVERIFY2(sharedMs < 5.0, "appending (hash + sign + insert) is far slower than expected");
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
