// The verifier: every kind of tampering with an export or the database is
// found and the FIRST bad record named; clean journals verify; truncation is
// visible through the last sequence and caught against an anchor.
#include "core/journal/journal.h"
#include "core/journal/journal_verifier.h"
#include "tests/core/journal/journal_test_support.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace retailos;
using test::why;

namespace {

// The export format re-implemented from docs/journal.md, independently of the
// verifier, so the tests can edit an export the way a person with a text editor would.
struct ExportFile
{
    QJsonObject header;
    QList<JournalRecord> records;

    static ExportFile parse(const QByteArray &bytes)
    {
        ExportFile file;
        const QList<QByteArray> lines = bytes.split('\n');
        file.header = QJsonDocument::fromJson(lines.first()).object();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            JournalRecord r;
            r.sequence = o.value(u"sequence").toInteger();
            r.laneId = o.value(u"laneId").toString();
            r.type = o.value(u"type").toString();
            r.createdAtUtcMs = o.value(u"createdAtUtcMs").toInteger();
            r.payload = QByteArray::fromBase64(o.value(u"payload").toString().toLatin1());
            r.amountMinor = o.value(u"amountMinor").toInteger();
            r.grandTotalMinor = o.value(u"grandTotalMinor").toInteger();
            r.previousHash = QByteArray::fromBase64(o.value(u"previousHash").toString().toLatin1());
            r.hash = QByteArray::fromBase64(o.value(u"hash").toString().toLatin1());
            r.signature = QByteArray::fromBase64(o.value(u"signature").toString().toLatin1());
            file.records.append(r);
        }
        return file;
    }

    [[nodiscard]] QByteArray bytes() const
    {
        auto b64 = [](const QByteArray &b) { return QString::fromLatin1(b.toBase64()); };
        QByteArray out = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
        for (const JournalRecord &r : records) {
            const QJsonObject o { { u"sequence"_qs, r.sequence }, { u"laneId"_qs, r.laneId }, { u"type"_qs, r.type },
                { u"createdAtUtcMs"_qs, r.createdAtUtcMs }, { u"payload"_qs, b64(r.payload) },
                { u"amountMinor"_qs, r.amountMinor }, { u"grandTotalMinor"_qs, r.grandTotalMinor },
                { u"previousHash"_qs, b64(r.previousHash) }, { u"hash"_qs, b64(r.hash) },
                { u"signature"_qs, b64(r.signature) } };
            out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        return out;
    }

    // Record with sequence n, as it stands in the list (1-based position).
    JournalRecord &at(qsizetype n) { return records[n - 1]; }
};

// What someone without the key can still do: recompute hashes (and totals)
// from record `from` on so that every hash and link is consistent again.
void rechain(ExportFile &file, qsizetype from)
{
    for (qsizetype i = from - 1; i < file.records.size(); ++i) {
        JournalRecord &r = file.records[i];
        const JournalRecord *previous = i > 0 ? &file.records[i - 1] : nullptr;
        r.sequence = i + 1;
        r.previousHash = previous ? previous->hash : journalGenesisHash();
        r.grandTotalMinor = (previous ? previous->grandTotalMinor : 0) + r.amountMinor;
        r.hash = journalHash(r);
    }
}

void editPayload(JournalRecord &r)
{
    r.payload.replace("R-", "X-");
}

VerifyReport verifyBytes(const QByteArray &bytes, const QByteArray &trustedKey, const VerifyAnchor &anchor = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        qFatal("buffer");
    return verifyExport(buffer, trustedKey, anchor);
}

QByteArray exportOf(Database &db, const QString &lane)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        qFatal("buffer");
    if (auto r = exportJournal(db, lane, buffer); !r)
        qFatal("export: %s", qPrintable(r.error().message));
    return bytes;
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

} // namespace

using Tamper = std::function<void(ExportFile &)>;
Q_DECLARE_METATYPE(Tamper)

class tst_JournalVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanExportVerifies();
    void cleanDatabaseVerifies();
    void reportsTheFirstBadRecordOfAnExport_data();
    void reportsTheFirstBadRecordOfAnExport();
    void truncationShowsInTheLastSequence_data();
    void truncationShowsInTheLastSequence();
    void reportsMalformedExports_data();
    void reportsMalformedExports();
    void reportsTheFirstBadRecordInTheDatabase_data();
    void reportsTheFirstBadRecordInTheDatabase();
    void thousandRecordJournalVerifies();
    void largeAmountsSurviveTheExport();

private:
    test::JournalDatabase m_lane;
    std::optional<LaneKey> m_key;
    std::optional<LaneKey> m_otherKey;
    QByteArray m_export; // lane-01, 10 records
    ExportFile m_file;
    ExportFile m_otherFile; // lane-02, 10 records, another key
};

void tst_JournalVerifier::initTestCase()
{
    auto key = LaneKey::generate();
    auto other = LaneKey::generate();
    QVERIFY(key && other);
    m_key.emplace(*key);
    m_otherKey.emplace(*other);
    auto a = Journal::open(m_lane.db(), u"lane-01"_qs, *m_key);
    auto b = Journal::open(m_lane.db(), u"lane-02"_qs, *m_otherKey);
    QVERIFY2(a && b, why(a).constData());
    for (int i = 1; i <= 10; ++i) {
        QVERIFY(test::appendScripted(*a, i));
        QVERIFY(test::appendScripted(*b, i + 3));
    }
    m_export = exportOf(m_lane.db(), u"lane-01"_qs);
    m_file = ExportFile::parse(m_export);
    m_otherFile = ExportFile::parse(exportOf(m_lane.db(), u"lane-02"_qs));
    QCOMPARE(m_file.records.size(), 10);
    QCOMPARE(m_file.bytes(), m_export); // the test's re-implementation writes the same bytes
    QCOMPARE(m_export.count('\n'), 11);
}

void tst_JournalVerifier::cleanExportVerifies()
{
    const VerifyReport trusted = verifyBytes(m_export, m_key->publicKey());
    QVERIFY2(trusted.ok, qPrintable(trusted.summary()));
    QCOMPARE(trusted.recordsChecked, 10);
    QCOMPARE(trusted.lastSequence, 10);
    QCOMPARE(trusted.lastHash, m_file.at(10).hash);
    QCOMPARE(trusted.lastGrandTotalMinor, m_file.at(10).grandTotalMinor);
    QCOMPARE(trusted.laneId, u"lane-01"_qs);
    QVERIFY(!trusted.keyFromExport);
    QVERIFY2(
        trusted.summary().startsWith(u"OK: 10 records, last #10 hash " + QString::fromLatin1(trusted.lastHash.toHex())),
        qPrintable(trusted.summary()));

    const VerifyReport selfKeyed = verifyBytes(m_export, {});
    QVERIFY(selfKeyed.ok);
    QVERIFY(selfKeyed.keyFromExport);
    QCOMPARE(selfKeyed.publicKey, m_key->publicKey());
}

void tst_JournalVerifier::cleanDatabaseVerifies()
{
    auto report = verifyJournal(m_lane.db(), u"lane-01"_qs, m_key->publicKey());
    QVERIFY2(report, why(report).constData());
    QVERIFY2(report->ok, qPrintable(report->summary()));
    QCOMPARE(report->recordsChecked, 10);
    QCOMPARE(report->lastHash, m_file.at(10).hash);

    auto wrongKey = verifyJournal(m_lane.db(), u"lane-01"_qs, m_otherKey->publicKey());
    QVERIFY(wrongKey);
    QVERIFY(!wrongKey->ok);
    QCOMPARE(wrongKey->failedSequence, 1);
    QCOMPARE(wrongKey->problem, VerifyProblem::BadSignature);

    auto empty = verifyJournal(m_lane.db(), u"lane-77"_qs, m_key->publicKey());
    QVERIFY(empty && empty->ok);
    QCOMPARE(empty->recordsChecked, 0);
}

void tst_JournalVerifier::reportsTheFirstBadRecordOfAnExport_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("code");

    const QString edited = u"journal.hash_mismatch"_qs;
    QTest::newRow("payload edited") << Tamper([](ExportFile &f) { editPayload(f.at(4)); }) << true << qint64(4)
                                    << edited;
    QTest::newRow("amount edited") << Tamper([](ExportFile &f) { f.at(5).amountMinor += 100; }) << true << qint64(5)
                                   << edited;
    QTest::newRow("grand total edited") << Tamper([](ExportFile &f) { f.at(8).grandTotalMinor -= 1; }) << true
                                        << qint64(8) << edited;
    QTest::newRow("time edited") << Tamper([](ExportFile &f) { f.at(2).createdAtUtcMs -= 3'600'000; }) << true
                                 << qint64(2) << edited;
    QTest::newRow("type edited") << Tamper([](ExportFile &f) { f.at(3).type = u"sale"_qs; }) << true << qint64(3)
                                 << edited;
    QTest::newRow("last record edited") << Tamper([](ExportFile &f) { editPayload(f.at(10)); }) << true << qint64(10)
                                        << edited;
    QTest::newRow("amount edited, its hash recomputed") << Tamper([](ExportFile &f) {
        f.at(5).amountMinor += 100;
        f.at(5).hash = journalHash(f.at(5));
    }) << true << qint64(5) << u"journal.grand_total_mismatch"_qs;
    QTest::newRow("payload edited, its hash recomputed") << Tamper([](ExportFile &f) {
        editPayload(f.at(4));
        f.at(4).hash = journalHash(f.at(4));
    }) << true << qint64(4) << u"journal.bad_signature"_qs;
    QTest::newRow("amount edited, whole chain recomputed") << Tamper([](ExportFile &f) {
        f.at(5).amountMinor -= 1000;
        rechain(f, 5);
    }) << true << qint64(5) << u"journal.bad_signature"_qs;

    QTest::newRow("record deleted") << Tamper([](ExportFile &f) { f.records.removeAt(5); }) << true << qint64(6)
                                    << u"journal.sequence_gap"_qs;
    QTest::newRow("first record deleted")
        << Tamper([](ExportFile &f) { f.records.removeFirst(); }) << true << qint64(1) << u"journal.sequence_gap"_qs;
    QTest::newRow("two records deleted") << Tamper([](ExportFile &f) { f.records.remove(2, 2); }) << true << qint64(3)
                                         << u"journal.sequence_gap"_qs;
    QTest::newRow("record deleted, later ones renumbered and re-hashed") << Tamper([](ExportFile &f) {
        f.records.removeAt(5);
        for (qsizetype i = 5; i < f.records.size(); ++i) {
            f.records[i].sequence = i + 1;
            f.records[i].hash = journalHash(f.records[i]);
        }
    }) << true << qint64(6) << u"journal.previous_hash_mismatch"_qs;
    QTest::newRow("record deleted, chain rebuilt without the key") << Tamper([](ExportFile &f) {
        f.records.removeAt(5);
        rechain(f, 6);
    }) << true << qint64(6) << u"journal.bad_signature"_qs;
    QTest::newRow("sequence number edited")
        << Tamper([](ExportFile &f) { f.at(9).sequence = 10; }) << true << qint64(9) << u"journal.sequence_gap"_qs;

    QTest::newRow("two records swapped") << Tamper([](ExportFile &f) { f.records.swapItemsAt(2, 3); }) << true
                                         << qint64(3) << u"journal.out_of_order"_qs;
    QTest::newRow("record moved to the end")
        << Tamper([](ExportFile &f) { f.records.move(1, 9); }) << true << qint64(2) << u"journal.out_of_order"_qs;
    QTest::newRow("record duplicated") << Tamper([](ExportFile &f) { f.records.insert(5, f.at(5)); }) << true
                                       << qint64(6) << u"journal.out_of_order"_qs;
    QTest::newRow("swapped and renumbered") << Tamper([](ExportFile &f) {
        f.records.swapItemsAt(2, 3);
        f.records[2].sequence = 3;
        f.records[3].sequence = 4;
    }) << true << qint64(3) << edited;
    QTest::newRow("swapped, renumbered and re-hashed") << Tamper([](ExportFile &f) {
        f.records.swapItemsAt(2, 3);
        for (qsizetype i : { 2, 3 }) {
            f.records[i].sequence = i + 1;
            f.records[i].hash = journalHash(f.records[i]);
        }
    }) << true << qint64(3) << u"journal.previous_hash_mismatch"_qs;

    QTest::newRow("record spliced in from another lane")
        << Tamper([this](ExportFile &f) { f.at(7) = m_otherFile.at(7); }) << true << qint64(7)
        << u"journal.wrong_lane"_qs;
    QTest::newRow("record inserted from another lane")
        << Tamper([this](ExportFile &f) { f.records.insert(5, m_otherFile.at(6)); }) << true << qint64(6)
        << u"journal.wrong_lane"_qs;
    QTest::newRow("spliced, lane id rewritten") << Tamper([this](ExportFile &f) {
        f.at(7) = m_otherFile.at(7);
        f.at(7).laneId = u"lane-01"_qs;
    }) << true << qint64(7) << edited;
    QTest::newRow("spliced, lane id rewritten and re-hashed") << Tamper([this](ExportFile &f) {
        f.at(7) = m_otherFile.at(7);
        f.at(7).laneId = u"lane-01"_qs;
        f.at(7).hash = journalHash(f.at(7));
    }) << true << qint64(7) << u"journal.previous_hash_mismatch"_qs;

    QTest::newRow("record signed with another key")
        << Tamper([this](ExportFile &f) { f.at(3).signature = m_otherKey->sign(f.at(3).hash).value(); }) << true
        << qint64(3) << u"journal.bad_signature"_qs;
    QTest::newRow("signature of another record") << Tamper([](ExportFile &f) { f.at(6).signature = f.at(5).signature; })
                                                 << true << qint64(6) << u"journal.bad_signature"_qs;
    QTest::newRow("header names another key, no trusted key")
        << Tamper([this](ExportFile &f) { f.header[u"publicKey"_qs] = m_otherKey->publicKeyBase64(); }) << false
        << qint64(1) << u"journal.bad_signature"_qs;
    QTest::newRow("header names another key, trusted key given")
        << Tamper([this](ExportFile &f) { f.header[u"publicKey"_qs] = m_otherKey->publicKeyBase64(); }) << true
        << qint64(0) << u"journal.key_mismatch"_qs;
    QTest::newRow("journal rewritten and re-signed with another key") << Tamper([this](ExportFile &f) {
        editPayload(f.at(2));
        rechain(f, 2);
        for (JournalRecord &r : f.records)
            r.signature = m_otherKey->sign(r.hash).value();
        f.header[u"publicKey"_qs] = m_otherKey->publicKeyBase64();
    }) << true << qint64(0) << u"journal.key_mismatch"_qs;
    QTest::newRow("header names another lane") << Tamper([](ExportFile &f) { f.header[u"laneId"_qs] = u"lane-02"_qs; })
                                               << true << qint64(1) << u"journal.wrong_lane"_qs;
}

void tst_JournalVerifier::reportsTheFirstBadRecordOfAnExport()
{
    QFETCH(Tamper, tamper);
    QFETCH(bool, trusted);
    QFETCH(qint64, sequence);
    QFETCH(QString, code);
    ExportFile file = m_file;
    tamper(file);
    QVERIFY2(file.bytes() != m_export, "the tampering changed nothing");

    const VerifyReport report = verifyBytes(file.bytes(), trusted ? m_key->publicKey() : QByteArray());
    QVERIFY2(!report.ok, "tampering was not detected");
    QCOMPARE(verifyProblemCode(report.problem), code);
    QCOMPARE(report.failedSequence, sequence);
    QCOMPARE(report.recordsChecked, std::max<qint64>(sequence - 1, 0));
    QVERIFY(!report.reason.isEmpty());
    const QString expected
        = sequence == 0 ? u"FAILED before record #1: "_qs : QStringLiteral("FAILED at record #%1: ").arg(sequence);
    QVERIFY2(report.summary().startsWith(expected), qPrintable(report.summary()));
}

void tst_JournalVerifier::truncationShowsInTheLastSequence_data()
{
    QTest::addColumn<int>("kept");
    QTest::addColumn<qint64>("anchorSequence");
    QTest::addColumn<bool>("anchorHash");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("failedSequence");
    QTest::addColumn<QString>("code");
    QTest::newRow("last 3 cut, no anchor") << 7 << qint64(0) << false << true << qint64(0) << u"journal.ok"_qs;
    QTest::newRow("last 3 cut, Z report says #10")
        << 7 << qint64(10) << false << false << qint64(8) << u"journal.truncated"_qs;
    QTest::newRow("all cut, Z report says #10")
        << 0 << qint64(10) << false << false << qint64(1) << u"journal.truncated"_qs;
    QTest::newRow("complete, Z report says #10 and its hash")
        << 10 << qint64(10) << true << true << qint64(0) << u"journal.ok"_qs;
    QTest::newRow("complete, Z report at #6 and later records")
        << 10 << qint64(6) << true << true << qint64(0) << u"journal.ok"_qs;
}

void tst_JournalVerifier::truncationShowsInTheLastSequence()
{
    QFETCH(int, kept);
    QFETCH(qint64, anchorSequence);
    QFETCH(bool, anchorHash);
    QFETCH(bool, ok);
    QFETCH(qint64, failedSequence);
    QFETCH(QString, code);
    ExportFile file = m_file;
    file.records.resize(kept);
    VerifyAnchor anchor;
    anchor.lastSequence = anchorSequence;
    if (anchorHash)
        anchor.lastHash = m_file.at(anchorSequence).hash;

    const VerifyReport report = verifyBytes(file.bytes(), m_key->publicKey(), anchor);
    QCOMPARE(report.ok, ok);
    QCOMPARE(verifyProblemCode(report.problem), code);
    QCOMPARE(report.failedSequence, failedSequence);
    // Whatever the outcome, the end of the chain is there to compare with the Z report.
    QCOMPARE(report.lastSequence, qint64(kept));
    QCOMPARE(report.lastHash, kept ? m_file.at(kept).hash : QByteArray());
}

void tst_JournalVerifier::reportsMalformedExports_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray header = m_export.left(m_export.indexOf('\n') + 1);
    const QList<QByteArray> lines = m_export.split('\n');
    QTest::newRow("empty file") << QByteArray() << qint64(0) << u"journal.malformed"_qs << QString();
    QTest::newRow("not JSON") << QByteArrayLiteral("sequence,type\n1,sale\n") << qint64(0) << u"journal.malformed"_qs
                              << QString();
    QTest::newRow("another format") << QByteArrayLiteral("{\"format\":\"x\",\"version\":1}\n") << qint64(0)
                                    << u"journal.malformed"_qs << QString();
    QByteArray future = header;
    future.replace("\"version\":1", "\"version\":2");
    QTest::newRow("newer version") << future << qint64(0) << u"journal.malformed"_qs << u"2"_qs;
    QTest::newRow("garbage line") << header + lines.at(1) + '\n' + lines.at(2) + "\n#!garbage\n"
                                  << qint64(3) << u"journal.malformed"_qs << u"line 4"_qs;
    QTest::newRow("line cut off") << header + lines.at(1) + '\n' + lines.at(2).left(80) << qint64(2)
                                  << u"journal.malformed"_qs << u"line 3"_qs;
    QByteArray noHash = lines.at(1);
    noHash.replace("\"hash\":", "\"hush\":");
    QTest::newRow("field missing") << header + noHash + '\n' << qint64(1) << u"journal.malformed"_qs << u"hash"_qs;
    QByteArray badBase64 = lines.at(1);
    badBase64.replace("\"signature\":\"", "\"signature\":\"*");
    QTest::newRow("bad base64") << header + badBase64 + '\n' << qint64(1) << u"journal.malformed"_qs << u"signature"_qs;
    QByteArray fraction = lines.at(1);
    fraction.replace("\"sequence\":1", "\"sequence\":1.5");
    QTest::newRow("fractional sequence") << header + fraction + '\n'
                                         << qint64(1) << u"journal.malformed"_qs << u"sequence"_qs;
    QByteArray shortHash = lines.at(1);
    const QByteArray hash = QJsonDocument::fromJson(lines.at(1)).object().value(u"hash").toString().toLatin1();
    shortHash.replace(hash, QByteArray::fromBase64(hash).left(31).toBase64());
    QTest::newRow("hash of the wrong length") << header + shortHash + '\n'
                                              << qint64(1) << u"journal.malformed"_qs << QString();
}

void tst_JournalVerifier::reportsMalformedExports()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, sequence);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const VerifyReport report = verifyBytes(bytes, m_key->publicKey());
    QVERIFY(!report.ok);
    QCOMPARE(verifyProblemCode(report.problem), code);
    QCOMPARE(report.failedSequence, sequence);
    QVERIFY2(report.reason.contains(mentions), qPrintable(report.reason));
}

void tst_JournalVerifier::reportsTheFirstBadRecordInTheDatabase_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("code");
    // Someone with the sqlite3 shell drops the triggers first; the chain still tells.
    QTest::newRow("payload edited") << QByteArrayLiteral("UPDATE journal SET payload = '{}' WHERE sequence = 4")
                                    << qint64(4) << u"journal.hash_mismatch"_qs;
    QTest::newRow("amount edited") << QByteArrayLiteral(
        "UPDATE journal SET amount_minor = amount_minor - 100 WHERE sequence >= 5")
                                   << qint64(5) << u"journal.hash_mismatch"_qs;
    QTest::newRow("record deleted") << QByteArrayLiteral("DELETE FROM journal WHERE sequence = 6") << qint64(6)
                                    << u"journal.sequence_gap"_qs;
    QTest::newRow("first record deleted")
        << QByteArrayLiteral("DELETE FROM journal WHERE sequence = 1") << qint64(1) << u"journal.sequence_gap"_qs;
    QTest::newRow("records swapped by renumbering") << QByteArrayLiteral(
        "UPDATE journal SET sequence = CASE sequence WHEN 3 THEN 1004 ELSE 1003 END WHERE sequence IN (3, 4);"
        "UPDATE journal SET sequence = sequence - 1000 WHERE sequence > 1000")
                                                    << qint64(3) << u"journal.hash_mismatch"_qs;
    QTest::newRow("signature copied from another record") << QByteArrayLiteral(
        "UPDATE journal SET signature = (SELECT signature FROM journal WHERE sequence = 1) WHERE sequence = 2")
                                                          << qint64(2) << u"journal.bad_signature"_qs;
    QTest::newRow("last record deleted (shows as truncation)")
        << QByteArrayLiteral("DELETE FROM journal WHERE sequence = 10") << qint64(10) << u"journal.truncated"_qs;
}

void tst_JournalVerifier::reportsTheFirstBadRecordInTheDatabase()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, sequence);
    QFETCH(QString, code);
    test::JournalDatabase lane;
    auto journal = Journal::open(lane.db(), u"lane-01"_qs, *m_key);
    QVERIFY(journal);
    for (int i = 1; i <= 10; ++i)
        QVERIFY(test::appendScripted(*journal, i));
    auto head = journal->lastRecord();
    QVERIFY(head && head->has_value());
    VerifyAnchor zReport { (*head)->sequence, (*head)->hash };

    QVERIFY(lane.db().exec("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;"));
    auto edited = lane.db().exec(view(sql));
    QVERIFY2(edited, why(edited).constData());

    auto report = verifyJournal(lane.db(), u"lane-01"_qs, m_key->publicKey(), zReport);
    QVERIFY2(report, why(report).constData());
    QVERIFY2(!report->ok, "tampering was not detected");
    QCOMPARE(verifyProblemCode(report->problem), code);
    QCOMPARE(report->failedSequence, sequence);

    // The export of the tampered database fails the same way.
    const VerifyReport exported = verifyBytes(exportOf(lane.db(), u"lane-01"_qs), m_key->publicKey(), zReport);
    QCOMPARE(verifyProblemCode(exported.problem), code);
    QCOMPARE(exported.failedSequence, sequence);
}

void tst_JournalVerifier::thousandRecordJournalVerifies()
{
    test::JournalDatabase lane;
    auto journal = Journal::open(lane.db(), u"lane-01"_qs, *m_key);
    QVERIFY(journal);
    QVERIFY(lane.db().begin());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(test::appendScripted(*journal, i));
    QVERIFY(lane.db().commit());

    QElapsedTimer timer;
    timer.start();
    auto report = verifyJournal(lane.db(), u"lane-01"_qs, m_key->publicKey());
    const qint64 dbMs = timer.restart();
    QVERIFY2(report, why(report).constData());
    QVERIFY2(report->ok, qPrintable(report->summary()));
    QCOMPARE(report->recordsChecked, 1000);
    QCOMPARE(report->lastSequence, 1000);

    const QByteArray bytes = exportOf(lane.db(), u"lane-01"_qs);
    const VerifyReport exported = verifyBytes(bytes, m_key->publicKey(), VerifyAnchor { 1000, report->lastHash });
    const qint64 exportMs = timer.elapsed();
    QVERIFY2(exported.ok, qPrintable(exported.summary()));
    QCOMPARE(exported.recordsChecked, 1000);
    QCOMPARE(exported.lastGrandTotalMinor, report->lastGrandTotalMinor);
    qInfo("1,000 records: database verified in %lld ms; export (%lld KiB) written and verified in %lld ms", dbMs,
        qlonglong(bytes.size() / 1024), exportMs);
}

void tst_JournalVerifier::largeAmountsSurviveTheExport()
{
    // Beyond 2^53 a JSON number read as a double would lose digits and break the hash.
    test::JournalDatabase lane;
    auto journal = Journal::open(lane.db(), u"lane-01"_qs, *m_key);
    QVERIFY(journal);
    const qint64 big = (qint64(1) << 62) + 123;
    QVERIFY(journal->append(RecordType::Sale, {}, big, (qint64(1) << 55) + 7));
    QVERIFY(journal->append(RecordType::Return, {}, -big - 246, test::kT0));
    const QByteArray bytes = exportOf(lane.db(), u"lane-01"_qs);
    const VerifyReport report = verifyBytes(bytes, m_key->publicKey());
    QVERIFY2(report.ok, qPrintable(report.summary()));
    QCOMPARE(report.lastGrandTotalMinor, -246);
    QVERIFY(bytes.contains("4611686018427388027"));
}

QTEST_GUILESS_MAIN(tst_JournalVerifier)
#include "tst_journal_verifier.moc"
