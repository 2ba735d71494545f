// Robustness of every parser a stranger can feed: scanner input, GS1 element
// strings, catalogue CSV and saved sale documents. Seeded random and mutated
// inputs (hundreds of thousands per run): nothing crashes or hangs, every
// rejection carries a code and a message, and a rejected import changes
// nothing. Runs under AddressSanitizer/UBSan with the asan preset.
#include "core/barcode/gs1.h"
#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_importer.h"
#include "core/csv/csv_reader.h"
#include "core/sale/sale_json.h"
#include "tests/support/temp_database.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace retailos;

namespace {

// Valid inputs to start mutations from: the mutants sit close to what real
// scanners and files send, where the interesting parser edges are.
const QList<QByteArray> kSeeds{
    "4006381333931", "036000291452", "0425261", "01234565", "73513537", "]E04006381333931", "]C1010950110153000317260131",
    "(01)09501101530003(17)260131(10)AB-123", "]C10109501101530003\x1d" "10LOT7\x1d" "3103000750", "2104011003499",
    "2004011012500", "4011", "94011", "STORE-77", "]Q3010950110153000321SERIAL", "(392)1234", "(3103)000750"};

QByteArray mutate(QByteArray s, QRandomGenerator &rng)
{
    const int edits = 1 + int(rng.bounded(4));
    for (int e = 0; e < edits; ++e) {
        const int op = int(rng.bounded(5));
        const qsizetype at = s.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(s.size())));
        const char c = char(rng.bounded(256));
        switch (op) {
        case 0: s.insert(at, c); break;
        case 1: if (!s.isEmpty()) s.remove(at, 1); break;
        case 2: if (!s.isEmpty()) s[at] = c; break;
        case 3: if (!s.isEmpty()) s[at] = char('0' + rng.bounded(10)); break;
        default: s.append(s.mid(at, 8)); break;
        }
    }
    return s;
}

QByteArray randomBytes(QRandomGenerator &rng, int maxLength)
{
    QByteArray b(int(rng.bounded(quint32(maxLength + 1))), Qt::Uninitialized);
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

} // namespace

class tst_ParsersRandom : public QObject
{
    Q_OBJECT

private slots:
    void scanParserNeverFailsSilently();
    void gs1ParserNeverFailsSilently();
    void csvReaderNamesEveryBrokenLine();
    void importOfGarbageChangesNothing();
    void savedSaleDocumentsAreCheckedField_by_field();
};

void tst_ParsersRandom::scanParserNeverFailsSilently()
{
    QRandomGenerator rng(1);
    const ScanParser parser(ScanRules::defaults());
    int accepted = 0;
    for (int i = 0; i < 200'000; ++i) {
        const QByteArray input = i % 4 == 0 ? randomBytes(rng, 40) : mutate(kSeeds.at(i % kSeeds.size()), rng);
        auto r = parser.parse(QString::fromLatin1(input));
        if (r) {
            ++accepted;
            QVERIFY(!r->lookupKey.isEmpty());
        } else {
            QVERIFY2(!r.error().code.isEmpty() && !r.error().message.isEmpty(), input.toHex().constData());
        }
    }
    qInfo("scan parser: 200000 inputs, %d accepted, %d rejected with a reason", accepted, 200'000 - accepted);
}

void tst_ParsersRandom::gs1ParserNeverFailsSilently()
{
    QRandomGenerator rng(2);
    for (int i = 0; i < 100'000; ++i) {
        const QByteArray input = mutate(kSeeds.at(6 + i % 4), rng);
        auto r = parseGs1(QString::fromLatin1(input), 2026);
        if (!r)
            QVERIFY2(r.error().code.startsWith(u"barcode.") && !r.error().message.isEmpty(), input.toHex().constData());
    }
}

void tst_ParsersRandom::csvReaderNamesEveryBrokenLine()
{
    QRandomGenerator rng(3);
    const QByteArray valid = "sku,name,price\nA1,\"Milk, 1 l\",1.19\nA2,\"say \"\"hi\"\"\",2.00\n";
    for (int i = 0; i < 20'000; ++i) {
        QBuffer buffer;
        buffer.setData(i % 3 == 0 ? randomBytes(rng, 200) : mutate(valid, rng));
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        for (int guard = 0; guard < 1000; ++guard) {   // a bounded loop: the reader must end
            auto more = reader.next(record);
            if (!more) {
                QVERIFY(more.error().message.contains(u"line"));
                break;
            }
            if (!*more)
                break;
            QVERIFY(record.line >= 1);
        }
    }
}

void tst_ParsersRandom::importOfGarbageChangesNothing()
{
    test::TempDatabase tmp;
    Database db = tmp.open();
    QVERIFY(CatalogueGenerator::writeReferenceData(db));
    GeneratorOptions g;
    g.items = 50;
    QBuffer seed;
    seed.open(QIODevice::ReadWrite);
    QVERIFY(CatalogueGenerator(g).writeCsv(seed));
    const QByteArray valid = seed.data();
    QRandomGenerator rng(4);
    int rejected = 0;
    for (int i = 0; i < 300; ++i) {
        const qint64 before = *db.queryInt("SELECT count(*) FROM products");
        const qint64 pricesBefore = *db.queryInt("SELECT count(*) FROM prices");
        QBuffer buffer;
        buffer.setData(mutate(valid, rng));
        buffer.open(QIODevice::ReadOnly);
        auto report = importCatalogueCsv(db, buffer, ImportOptions{});
        QVERIFY(!db.inTransaction());
        if (!report || !report->committed) {
            ++rejected;
            QCOMPARE(*db.queryInt("SELECT count(*) FROM products"), before);
            QCOMPARE(*db.queryInt("SELECT count(*) FROM prices"), pricesBefore);
            if (report)
                QVERIFY(!report->issues.isEmpty());
        }
    }
    QVERIFY(rejected > 0);
    qInfo("catalogue import: 300 mutated files, %d refused whole with nothing changed", rejected);
}

void tst_ParsersRandom::savedSaleDocumentsAreCheckedField_by_field()
{
    QRandomGenerator rng(5);
    const QByteArray valid = R"({"id":"s1","lane_id":"l","store_id":"st","cashier_id":"c","currency":"EUR",)"
                             R"("opened_at":1,"cash_rounding":0,"lines":[{"line_no":1,"product_id":2,"sku":"A",)"
                             R"("name":"Milk","department_id":"d","tax_class_id":"t","unit":"each","age_limit":0,)"
                             R"("returnable":true,"quantity_milli":1000,"unit_price":199,"catalogue_unit_price":199,)"
                             R"("price_source":"catalogue","age_confirmed":false,"voided":false}],"tenders":[]})";
    QVERIFY(saleFromJson(QJsonDocument::fromJson(valid).object()));
    for (int i = 0; i < 20'000; ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(mutate(valid, rng));
        auto sale = saleFromJson(doc.object());
        if (!sale)
            QCOMPARE(sale.error().code, QStringLiteral("sale.bad_document"));
    }
}

QTEST_GUILESS_MAIN(tst_ParsersRandom)
#include "tst_parsers_random.moc"
