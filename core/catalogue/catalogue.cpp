// Catalogue look-ups and search over the lane replica (see catalogue.h).
#include "core/catalogue/catalogue.h"

#include "core/barcode/scan_parser.h"

#include <QCoreApplication>

namespace retailos {

namespace {

struct CatalogueText
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

// Columns 0-9 are the product, 10-13 the price in force. A store's own price
// wins over the chain-wide one; among those the latest start wins.
#define PRODUCT_COLUMNS \
    "p.id, p.sku, p.name, p.department_id, p.tax_class_id, p.plu, p.unit, p.age_limit, p.returnable, p.active, " \
    "pr.amount_minor, pr.currency, pr.effective_from, pr.effective_to "
#define PRICE_JOIN \
    "LEFT JOIN prices pr ON pr.id = (SELECT id FROM prices WHERE product_id = p.id " \
    "AND (store_id = ?1 OR store_id IS NULL) AND effective_from <= ?2 " \
    "AND (effective_to IS NULL OR effective_to > ?2) " \
    "ORDER BY store_id IS NULL, effective_from DESC, id DESC LIMIT 1) "

constexpr std::string_view kByBarcode =
    "SELECT " PRODUCT_COLUMNS "FROM product_barcodes b JOIN products p ON p.id = b.product_id " PRICE_JOIN
    "WHERE b.code = ?3";
constexpr std::string_view kByPlu =
    "SELECT " PRODUCT_COLUMNS "FROM products p " PRICE_JOIN "WHERE p.plu = ?3";
constexpr std::string_view kById =
    "SELECT " PRODUCT_COLUMNS "FROM products p " PRICE_JOIN "WHERE p.id = ?3";
// Ranked by bm25 among at most 2,000 matches: a word that a
// person has only begun to type ("or") can match 5% of a million names, and
// ranking all of them costs ~1 us each. Below that many matches the ranking
// is exact; above it the query is too broad for ranking to help, and the
// lane asks for more letters. Ties: shorter, then alphabetically first name.
constexpr std::string_view kSearch =
    "SELECT " PRODUCT_COLUMNS "FROM (SELECT id, score FROM ("
    "SELECT f.rowid AS id, bm25(product_search) AS score FROM product_search f "
    "JOIN products a ON a.id = f.rowid WHERE product_search MATCH ?3 AND a.active = 1 LIMIT 2000) "
    "ORDER BY score LIMIT ?4) s "
    "JOIN products p ON p.id = s.id " PRICE_JOIN
    "ORDER BY s.score, length(p.name), p.name";

constexpr std::string_view kByDepartment =
    "SELECT " PRODUCT_COLUMNS "FROM (SELECT id FROM products WHERE department_id = ?3 AND active = 1 "
    "ORDER BY name LIMIT ?4) s JOIN products p ON p.id = s.id " PRICE_JOIN "ORDER BY p.name";

// Numbered parameters: the same position in every statement above.
constexpr int kStoreParam = 1;
constexpr int kAtParam = 2;
constexpr int kKeyParam = 3;
constexpr int kLimitParam = 4;

CatalogueItem readItem(const Statement &s)
{
    CatalogueItem item;
    Product &p = item.product;
    p.id = s.int64(0);
    p.sku = s.text(1);
    p.name = s.text(2);
    p.departmentId = s.text(3);
    p.taxClassId = s.text(4);
    if (!s.isNull(5))
        p.plu = s.text(5);
    p.unit = s.utf8(6) == "kg" ? SaleUnit::Kilogram : SaleUnit::Each;
    p.ageLimit = int(s.int64(7));
    p.returnable = s.int64(8) != 0;
    p.active = s.int64(9) != 0;
    if (!s.isNull(10)) {
        Price price;
        price.amountMinor = s.int64(10);
        price.currency = s.text(11);
        price.effectiveFrom = s.int64(12);
        if (!s.isNull(13))
            price.effectiveTo = s.int64(13);
        item.price = std::move(price);
    }
    return item;
}

} // namespace

Catalogue::Catalogue(QString storeId, Statement byBarcode, Statement byPlu, Statement byId,
                     Statement search, Statement department, Statement count)
    : m_storeId(std::move(storeId)), m_byBarcode(std::move(byBarcode)), m_byPlu(std::move(byPlu)),
      m_byId(std::move(byId)), m_search(std::move(search)), m_department(std::move(department)),
      m_count(std::move(count))
{
}

Result<Catalogue> Catalogue::open(Database &db, QString storeId)
{
    auto byBarcode = db.prepare(kByBarcode);
    auto byPlu = db.prepare(kByPlu);
    auto byId = db.prepare(kById);
    auto search = db.prepare(kSearch);
    auto department = db.prepare(kByDepartment);
    auto count = db.prepare("SELECT count(*) FROM products");
    for (const auto *r : {&byBarcode, &byPlu, &byId, &search, &department, &count}) {
        if (!*r)
            return std::unexpected(r->error());
    }
    return Catalogue(std::move(storeId), std::move(*byBarcode), std::move(*byPlu), std::move(*byId),
                     std::move(*search), std::move(*department), std::move(*count));
}

Result<CatalogueItem> Catalogue::readOne(Statement &stmt, const QString &notFoundCode, const QString &notFoundMessage)
{
    auto row = stmt.step();
    if (!row) {
        stmt.reset();
        return std::unexpected(row.error());
    }
    if (!*row) {
        stmt.reset();
        return fail(notFoundCode, notFoundMessage);
    }
    CatalogueItem item = readItem(stmt);
    stmt.reset();
    return item;
}

Result<CatalogueItem> Catalogue::findByBarcodeKey(QStringView normalisedCode, qint64 atUtcSeconds)
{
    m_byBarcode.bind(kStoreParam, m_storeId).bind(kAtParam, atUtcSeconds).bind(kKeyParam, normalisedCode);
    return readOne(m_byBarcode, QStringLiteral("catalogue.not_found"),
                   CatalogueText::tr("No item has the barcode %1.").arg(normalisedCode));
}

Result<CatalogueItem> Catalogue::findByPlu(QStringView plu, qint64 atUtcSeconds)
{
    m_byPlu.bind(kStoreParam, m_storeId).bind(kAtParam, atUtcSeconds).bind(kKeyParam, plu);
    return readOne(m_byPlu, QStringLiteral("catalogue.not_found"), CatalogueText::tr("No item has the PLU %1.").arg(plu));
}

Result<CatalogueItem> Catalogue::findById(qint64 productId, qint64 atUtcSeconds)
{
    m_byId.bind(kStoreParam, m_storeId).bind(kAtParam, atUtcSeconds).bind(kKeyParam, productId);
    return readOne(m_byId, QStringLiteral("catalogue.not_found"), CatalogueText::tr("No item has the id %1.").arg(productId));
}

Result<CatalogueItem> Catalogue::findByCode(const ScannedCode &code, qint64 atUtcSeconds)
{
    switch (code.lookupKind) {
    case LookupKind::Gtin:
    case LookupKind::StoreCode:
        return findByBarcodeKey(code.lookupKey, atUtcSeconds);
    case LookupKind::Plu:
        return findByPlu(code.lookupKey, atUtcSeconds);
    }
    return fail(QStringLiteral("catalogue.not_found"), CatalogueText::tr("No item has the code %1.").arg(code.raw));
}

Result<ScanMatch> Catalogue::findByScan(QStringView raw, const ScanParser &parser, qint64 atUtcSeconds)
{
    auto code = parser.parse(raw);
    if (!code)
        return std::unexpected(code.error());
    auto item = findByCode(*code, atUtcSeconds);
    if (!item)
        return std::unexpected(item.error());
    return ScanMatch{std::move(*item), code->embeddedPriceMinor, code->embeddedWeightGrams};
}

QString Catalogue::searchExpression(QStringView text)
{
    QString expr;
    QString word;
    int words = 0;
    auto flush = [&] {
        if (word.isEmpty() || words >= 8)
            return;
        if (!expr.isEmpty())
            expr += u' ';
        // Quoted, so FTS5 operators typed by a person (AND, NEAR, -) are just words.
        expr += u'"' + word.left(64) + u"\"*";
        ++words;
        word.clear();
    };
    // NFC first: "cre" + combining grave must stay one word, like "crè".
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    for (qsizetype i = 0; i < composed.size(); ++i) {
        const QChar c = composed.at(i);
        if (c.isHighSurrogate() && i + 1 < composed.size()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, composed.at(i + 1));
            if (QChar::isLetterOrNumber(ucs)) {
                word += c;
                word += composed.at(++i);
                continue;
            }
        }
        if (c.isLetterOrNumber() || (c.isMark() && !word.isEmpty()))
            word += c;
        else
            flush();
    }
    flush();
    return expr;
}

Result<QList<CatalogueItem>> Catalogue::search(QStringView text, int limit, qint64 atUtcSeconds)
{
    const QString expr = searchExpression(text);
    QList<CatalogueItem> items;
    if (expr.isEmpty() || limit <= 0)
        return items;
    m_search.bind(kStoreParam, m_storeId).bind(kAtParam, atUtcSeconds).bind(kKeyParam, expr).bind(kLimitParam, limit);
    return readAll(m_search);
}

Result<QList<CatalogueItem>> Catalogue::browseDepartment(QStringView departmentId, int limit, qint64 atUtcSeconds)
{
    if (limit <= 0)
        return QList<CatalogueItem>();
    m_department.bind(kStoreParam, m_storeId)
        .bind(kAtParam, atUtcSeconds)
        .bind(kKeyParam, departmentId)
        .bind(kLimitParam, limit);
    auto items = readAll(m_department);
    if (items && items->isEmpty())
        return fail(QStringLiteral("catalogue.department_empty"),
                    CatalogueText::tr("The department %1 has no items to sell.").arg(departmentId));
    return items;
}

Result<QList<CatalogueItem>> Catalogue::readAll(Statement &stmt)
{
    QList<CatalogueItem> items;
    while (true) {
        auto row = stmt.step();
        if (!row) {
            stmt.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        items.append(readItem(stmt));
    }
    stmt.reset();
    return items;
}

Result<qint64> Catalogue::productCount()
{
    auto row = m_count.step();
    if (!row) {
        m_count.reset();
        return std::unexpected(row.error());
    }
    const qint64 n = m_count.int64(0);
    m_count.reset();
    return n;
}

} // namespace retailos
