// Catalogue look-ups: every barcode form of an item finds it, PLUs, the price
// in force by date and store, and name search with prefixes and folded accents.
#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_writer.h"
#include "tests/support/temp_database.h"

#include <QTest>

using namespace retailos;

namespace {

constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kNow = 1'795'000'000; // 2026-11-18

ProductRecord product(const QString &sku, const QString &name, QList<QString> keys, qint64 price,
                      const QString &plu = {})
{
    ProductRecord r;
    r.product.sku = sku;
    r.product.name = name;
    r.product.departmentId = u"pantry"_qs;
    r.product.taxClassId = u"reduced"_qs;
    r.product.plu = plu;
    if (!plu.isEmpty())
        r.product.unit = SaleUnit::Kilogram;
    r.barcodeKeys = std::move(keys);
    r.price = Price{price, u"EUR"_qs, 0, std::nullopt};
    return r;
}

} // namespace

class tst_Catalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsEveryBarcodeForm_data();
    void findsEveryBarcodeForm();
    void unknownAndInvalidCodesSayWhy_data();
    void unknownAndInvalidCodesSayWhy();
    void findsByPlu();
    void priceInForceFollowsEffectiveDates();
    void storePriceWinsOverChainPrice();
    void searchFindsWordsPrefixesAndFoldsAccents_data();
    void searchFindsWordsPrefixesAndFoldsAccents();
    void searchRanksCloserMatchesFirst();
    void searchIgnoresQueryOperators();
    void searchIsNotStarvedByInactiveItems();
    void searchAcceptsDecomposedAccents();
    void departmentListsItsActiveItemsByName();
    void writerRefusesKeysThatCannotBeFound_data();
    void writerRefusesKeysThatCannotBeFound();

private:
    test::TempDatabase m_tmp;
    std::optional<Database> m_db;
    std::optional<Catalogue> m_catalogue;
    ScanParser m_parser{ScanRules::defaults()};
};

void tst_Catalogue::initTestCase()
{
    m_db = m_tmp.open();
    QVERIFY(CatalogueGenerator::writeReferenceData(*m_db));
    auto writer = CatalogueWriter::open(*m_db);
    QVERIFY(writer);
    // 036000291452 is a UPC-A; its GTIN-14 key is 00036000291452.
    QVERIFY(writer->upsert(product(u"A1"_qs, u"Nordhof Crème Fraîche 200 g"_qs, {u"00036000291452"_qs}, 189), kNow));
    QVERIFY(writer->upsert(product(u"A2"_qs, u"Alpenglück Classic Müsli 750 g"_qs, {u"04006381333931"_qs}, 349), kNow));
    QVERIFY(writer->upsert(product(u"A3"_qs, u"Organic Bananas"_qs, {u"04000000000013"_qs}, 199, u"4011"_qs), kNow));
    QVERIFY(writer->upsert(product(u"A4"_qs, u"Coffee Beans Espresso"_qs, {u"00000073513537"_qs}, 899), kNow));
    QVERIFY(writer->upsert(product(u"A5"_qs, u"Coffee"_qs, {u"STORE-77"_qs}, 499), kNow));
    QVERIFY(writer->upsert(product(u"A6"_qs, u"Iced Coffee Drink with Coffee Flavour"_qs, {}, 129), kNow));
    auto catalogue = Catalogue::open(*m_db, u"store-001"_qs);
    QVERIFY(catalogue);
    m_catalogue.emplace(std::move(*catalogue));
}

void tst_Catalogue::findsEveryBarcodeForm_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("sku");
    QTest::newRow("UPC-A") << u"036000291452"_qs << u"A1"_qs;
    QTest::newRow("same item as EAN-13") << u"0036000291452"_qs << u"A1"_qs;
    QTest::newRow("same item as GTIN-14") << u"00036000291452"_qs << u"A1"_qs;
    QTest::newRow("with AIM prefix") << u"]E00036000291452"_qs << u"A1"_qs;
    QTest::newRow("with scanner CR LF") << u"036000291452\r\n"_qs << u"A1"_qs;
    QTest::newRow("EAN-13") << u"4006381333931"_qs << u"A2"_qs;
    QTest::newRow("EAN-8") << u"73513537"_qs << u"A4"_qs;
    QTest::newRow("GS1-128 with AI 01") << u"(01)04006381333931(10)LOT7"_qs << u"A2"_qs;
    QTest::newRow("PLU") << u"4011"_qs << u"A3"_qs;
    QTest::newRow("store code") << u"store-77"_qs << u"A5"_qs;
}

void tst_Catalogue::findsEveryBarcodeForm()
{
    QFETCH(QString, scan);
    QFETCH(QString, sku);
    auto match = m_catalogue->findByScan(scan, m_parser, kNow);
    QVERIFY2(match, qPrintable(match ? QString() : match.error().message));
    QCOMPARE(match->item.product.sku, sku);
    QVERIFY(match->item.price.has_value());
}

void tst_Catalogue::unknownAndInvalidCodesSayWhy_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown item") << u"4006381333948"_qs << u"catalogue.not_found"_qs << u"04006381333948"_qs;
    QTest::newRow("bad check digit") << u"4006381333932"_qs << u"barcode.check_digit"_qs << u"1"_qs;
    QTest::newRow("unknown PLU") << u"9999"_qs << u"catalogue.not_found"_qs << u"9999"_qs;
}

void tst_Catalogue::unknownAndInvalidCodesSayWhy()
{
    QFETCH(QString, scan);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    auto match = m_catalogue->findByScan(scan, m_parser, kNow);
    QVERIFY(!match);
    QCOMPARE(match.error().code, code);
    QVERIFY2(match.error().message.contains(mentions), qPrintable(match.error().message));
}

void tst_Catalogue::findsByPlu()
{
    auto item = m_catalogue->findByPlu(u"4011", kNow);
    QVERIFY(item);
    QCOMPARE(item->product.name, QStringLiteral("Organic Bananas"));
    QVERIFY(item->product.weighed());
}

void tst_Catalogue::priceInForceFollowsEffectiveDates()
{
    auto writer = CatalogueWriter::open(*m_db);
    QVERIFY(writer);
    ProductRecord r = product(u"P1"_qs, u"Price Test Item"_qs, {u"00000000000017"_qs}, 100);
    QVERIFY(writer->upsert(r, kNow));
    r.price = Price{150, u"EUR"_qs, kNow + 7 * kDay, std::nullopt};                 // scheduled rise
    QVERIFY(writer->upsert(r, kNow));
    r.price = Price{80, u"EUR"_qs, kNow + 2 * kDay, kNow + 4 * kDay};                // a two-day offer
    QVERIFY(writer->upsert(r, kNow));

    auto priceAt = [&](qint64 t) { return m_catalogue->findByBarcodeKey(u"00000000000017", t)->price->amountMinor; };
    QCOMPARE(priceAt(kNow), 100);
    QCOMPARE(priceAt(kNow + 2 * kDay), 80);
    QCOMPARE(priceAt(kNow + 4 * kDay - 1), 80);
    QCOMPARE(priceAt(kNow + 4 * kDay), 100);     // the offer ended; the base price is back
    QCOMPARE(priceAt(kNow + 7 * kDay - 1), 100);
    QCOMPARE(priceAt(kNow + 7 * kDay), 150);

    ProductRecord later = product(u"P2"_qs, u"Not Yet Priced"_qs, {u"00000000000024"_qs}, 100);
    later.price->effectiveFrom = kNow + kDay;
    QVERIFY(writer->upsert(later, kNow));
    auto item = m_catalogue->findByBarcodeKey(u"00000000000024", kNow);
    QVERIFY(item);
    QVERIFY(!item->price.has_value());
}

void tst_Catalogue::storePriceWinsOverChainPrice()
{
    auto writer = CatalogueWriter::open(*m_db);
    QVERIFY(writer);
    // The chain price starts last, so only "a store's own price wins" keeps
    // the store prices in force; newest-first alone would pick the chain's.
    ProductRecord r = product(u"S1"_qs, u"Store Price Item"_qs, {u"00000000000031"_qs}, 200);
    r.price->effectiveFrom = kNow - kDay;
    QVERIFY(writer->upsert(r, kNow));
    r.priceStoreId = u"store-002"_qs;
    r.price = Price{250, u"EUR"_qs, kNow - 3 * kDay, std::nullopt};
    QVERIFY(writer->upsert(r, kNow));
    r.priceStoreId = u"store-001"_qs;
    r.price = Price{180, u"EUR"_qs, kNow - 2 * kDay, std::nullopt};
    QVERIFY(writer->upsert(r, kNow));

    QCOMPARE(m_catalogue->findByBarcodeKey(u"00000000000031", kNow)->price->amountMinor, 180);
    auto other = Catalogue::open(*m_db, u"store-002"_qs);
    QVERIFY(other);
    QCOMPARE(other->findByBarcodeKey(u"00000000000031", kNow)->price->amountMinor, 250);
    auto third = Catalogue::open(*m_db, u"store-003"_qs);
    QCOMPARE(third->findByBarcodeKey(u"00000000000031", kNow)->price->amountMinor, 200);
}

void tst_Catalogue::searchFindsWordsPrefixesAndFoldsAccents_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sku");
    QTest::newRow("whole word") << u"bananas"_qs << u"A3"_qs;
    QTest::newRow("prefix") << u"banan"_qs << u"A3"_qs;
    QTest::newRow("accent folded") << u"creme fraiche"_qs << u"A1"_qs;
    QTest::newRow("accent typed") << u"Crème"_qs << u"A1"_qs;
    QTest::newRow("umlaut folded") << u"musli"_qs << u"A2"_qs;
    QTest::newRow("two prefixes, any order") << u"mues alpen"_qs << QString(); // ü folds to u, not ue
    QTest::newRow("words in any order") << u"classic alpen"_qs << u"A2"_qs;
    QTest::newRow("case") << u"ORGANIC"_qs << u"A3"_qs;
}

void tst_Catalogue::searchFindsWordsPrefixesAndFoldsAccents()
{
    QFETCH(QString, query);
    QFETCH(QString, sku);
    auto hits = m_catalogue->search(query, 10, kNow);
    QVERIFY(hits);
    if (sku.isEmpty()) {
        QVERIFY(hits->isEmpty());
        return;
    }
    QVERIFY2(!hits->isEmpty(), qPrintable(query));
    QCOMPARE(hits->first().product.sku, sku);
}

void tst_Catalogue::searchRanksCloserMatchesFirst()
{
    auto hits = m_catalogue->search(u"coffee", 10, kNow);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 3);
    // The item called just "Coffee" is the best match; the long name that
    // says coffee twice does not beat it.
    QCOMPARE(hits->first().product.sku, QStringLiteral("A5"));
}

void tst_Catalogue::searchIgnoresQueryOperators()
{
    QCOMPARE(Catalogue::searchExpression(u"coffee -beans NEAR(\"x\")"),
             QStringLiteral("\"coffee\"* \"beans\"* \"NEAR\"* \"x\"*"));
    auto hits = m_catalogue->search(u"\"coffee\" -", 10, kNow);
    QVERIFY(hits);
    QVERIFY(!hits->isEmpty());
    auto none = m_catalogue->search(u"  ,;  ", 10, kNow);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void tst_Catalogue::searchIsNotStarvedByInactiveItems()
{
    auto writer = CatalogueWriter::open(*m_db);
    QVERIFY(writer);
    for (int i = 0; i < 10; ++i) {
        ProductRecord r = product(u"T"_qs + QString::number(i), u"Teapot Model "_qs + QString::number(i), {}, 1000 + i);
        r.product.active = i % 3 == 0; // 4 of 10 active: 0, 3, 6, 9
        QVERIFY(writer->upsert(r, kNow));
    }
    auto hits = m_catalogue->search(u"teapot", 3, kNow);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 3);
    for (const CatalogueItem &item : *hits)
        QVERIFY(item.product.active);
}

void tst_Catalogue::departmentListsItsActiveItemsByName()
{
    auto writer = CatalogueWriter::open(*m_db);
    QVERIFY(writer);
    const QStringList names{u"Rye Bread"_qs, u"Apple Pie"_qs, u"Bread Roll"_qs, u"Croissant"_qs};
    for (qsizetype i = 0; i < names.size(); ++i) {
        ProductRecord r = product(u"BK"_qs + QString::number(i), names.at(i), {}, 100 + i);
        r.product.departmentId = u"bakery"_qs;
        r.product.active = names.at(i) != u"Croissant";
        QVERIFY(writer->upsert(r, kNow));
    }
    auto items = m_catalogue->browseDepartment(u"bakery", 10, kNow);
    QVERIFY(items);
    QStringList shown;
    for (const CatalogueItem &item : *items) {
        shown.append(item.product.name);
        QVERIFY(item.price.has_value());
    }
    QCOMPARE(shown, (QStringList{u"Apple Pie"_qs, u"Bread Roll"_qs, u"Rye Bread"_qs}));
    auto two = m_catalogue->browseDepartment(u"bakery", 2, kNow);
    QVERIFY(two);
    QCOMPARE(two->size(), 2);
    auto none = m_catalogue->browseDepartment(u"no-such-department", 10, kNow);
    QVERIFY(!none);
    QCOMPARE(none.error().code, u"catalogue.department_empty"_qs);
}

void tst_Catalogue::searchAcceptsDecomposedAccents()
{
    // "Crème" typed as e + combining grave (NFD), as some keyboards send it.
    const QString nfd = u"cre"_qs + QChar(0x0300) + u"me"_qs;
    QCOMPARE(Catalogue::searchExpression(nfd), QStringLiteral("\"crème\"*"));
    auto hits = m_catalogue->search(nfd, 5, kNow);
    QVERIFY(hits);
    QVERIFY(!hits->isEmpty());
    QCOMPARE(hits->first().product.sku, QStringLiteral("A1"));
}

void tst_Catalogue::writerRefusesKeysThatCannotBeFound_data()
{
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<QString>("plu");
    QTest::addColumn<QString>("code");
    QTest::newRow("not normalised GTIN") << u"4006381333931"_qs << QString() << u"catalogue.bad_key"_qs;
    QTest::newRow("bad check digit") << u"04006381333932"_qs << QString() << u"catalogue.bad_key"_qs;
    QTest::newRow("lower-case store code") << u"store-9"_qs << QString() << u"catalogue.bad_key"_qs;
    QTest::newRow("PLU with leading zero") << QString() << u"04011"_qs << u"catalogue.bad_key"_qs;
    QTest::newRow("PLU of another SKU") << QString() << u"4011"_qs << u"catalogue.plu_taken"_qs;
    QTest::newRow("barcode of another SKU") << u"04006381333931"_qs << QString() << u"catalogue.barcode_taken"_qs;
}

void tst_Catalogue::writerRefusesKeysThatCannotBeFound()
{
    QFETCH(QString, barcode);
    QFETCH(QString, plu);
    QFETCH(QString, code);
    auto writer = CatalogueWriter::open(*m_db);
    QVERIFY(writer);
    const qint64 before = *m_db->queryInt("SELECT count(*) FROM products");
    ProductRecord r = product(u"NEW"_qs, u"New Item"_qs, barcode.isEmpty() ? QList<QString>{} : QList<QString>{barcode},
                              100, plu);
    auto id = writer->upsert(r, kNow);
    QVERIFY(!id);
    QCOMPARE(id.error().code, code);
    QCOMPARE(*m_db->queryInt("SELECT count(*) FROM products"), before);
}

QTEST_GUILESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"
