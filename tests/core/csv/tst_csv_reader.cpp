// CSV reading: quoting, line numbers, encoding errors; and writing round trips.
#include "core/csv/csv_reader.h"

#include <QBuffer>
#include <QTest>

using namespace retailos;

namespace {

Result<QList<CsvRecord>> readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (true) {
        auto more = reader.next(record);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            return records;
        records.append(record);
    }
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parsesFields_data();
    void parsesFields();
    void reportsLineNumbers();
    void rejectsBrokenQuoting_data();
    void rejectsBrokenQuoting();
    void rejectsInvalidUtf8();
    void writesFieldsThatReadBack_data();
    void writesFieldsThatReadBack();
};

void tst_CsvReader::parsesFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QByteArray("a,b,c\n") << QStringList{u"a"_qs, u"b"_qs, u"c"_qs};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QStringList{u"a,b"_qs, u"c"_qs};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\r\n") << QStringList{u"say \"hi\""_qs, u"x"_qs};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{QString(), QString(), QString()};
    QTest::newRow("utf-8") << QByteArray("Crème brûlée,€1\n") << QStringList{u"Crème brûlée"_qs, u"€1"_qs};
    QTest::newRow("bom stripped") << QByteArray("\xEF\xBB\xBFsku,name\n") << QStringList{u"sku"_qs, u"name"_qs};
    QTest::newRow("no final newline") << QByteArray("a,b") << QStringList{u"a"_qs, u"b"_qs};
}

void tst_CsvReader::parsesFields()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, fields);
    auto records = readAll(input);
    QVERIFY2(records, qPrintable(records ? QString() : records.error().message));
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().fields, fields);
}

void tst_CsvReader::reportsLineNumbers()
{
    auto records = readAll("h1,h2\n\nx,\"multi\nline\"\ny,z\n");
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).line, 1);
    QCOMPARE(records->at(1).line, 4); // the record ends on line 4
    QCOMPARE(records->at(1).fields.at(1), QStringLiteral("multi\nline"));
    QCOMPARE(records->at(2).line, 5);
}

void tst_CsvReader::rejectsBrokenQuoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("line");
    QTest::newRow("unclosed") << QByteArray("a,b\nc,\"open\n") << u"line 2"_qs;
    QTest::newRow("stray quote") << QByteArray("a,b\n\"x\"y,z\n") << u"line 2"_qs;
}

void tst_CsvReader::rejectsBrokenQuoting()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, line);
    auto records = readAll(input);
    QVERIFY(!records);
    QCOMPARE(records.error().code, QStringLiteral("csv.quote"));
    QVERIFY2(records.error().message.contains(line), qPrintable(records.error().message));
}

void tst_CsvReader::rejectsInvalidUtf8()
{
    auto records = readAll("a,b\nok,\xff\xfe bad\n");
    QVERIFY(!records);
    QCOMPARE(records.error().code, QStringLiteral("csv.utf8"));
    QVERIFY(records.error().message.contains(u"line 2"));
}

void tst_CsvReader::writesFieldsThatReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Milk 1 l"_qs;
    QTest::newRow("comma") << u"Salt, fine"_qs;
    QTest::newRow("quotes") << u"12\" pizza"_qs;
    QTest::newRow("newline") << u"two\nlines"_qs;
    QTest::newRow("accent") << u"Crème"_qs;
}

void tst_CsvReader::writesFieldsThatReadBack()
{
    QFETCH(QString, text);
    auto records = readAll(csvField(text) + ",end\n");
    QVERIFY(records);
    QCOMPARE(records->first().fields, (QStringList{text, u"end"_qs}));
}

QTEST_APPLESS_MAIN(tst_CsvReader)
#include "tst_csv_reader.moc"
