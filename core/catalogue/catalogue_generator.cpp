// Generated catalogues (see catalogue_generator.h).
#include "core/catalogue/catalogue_generator.h"

#include "core/barcode/gtin.h"
#include "core/csv/csv_reader.h"
#include "core/db/database.h"
#include "core/money/money.h"

#include <QDateTime>
#include <QTimeZone>
#include <QRandomGenerator>

#include <array>

namespace retailos {

namespace {

struct DepartmentWords
{
    const char16_t *id;
    const char16_t *name;
    const char16_t *taxClass;
    int ageLimit;
    bool returnable;
    bool weighable;
    qint64 minCents;   // shelf price range (per kg for weighed items)
    qint64 maxCents;
    std::array<const char16_t *, 8> nouns;
    std::array<const char16_t *, 4> sizes;
};

// Accented names on purpose: search must fold "creme" onto "Crème".
constexpr std::array<DepartmentWords, 12> kDepartments{{
    {u"dairy", u"Dairy", u"reduced", 0, true, false, 49, 499,
     {u"Milk", u"Yoghurt", u"Butter", u"Cheese", u"Cream", u"Quark", u"Kefir", u"Crème Fraîche"},
     {u"250 g", u"500 g", u"1 l", u"150 g"}},
    {u"bakery", u"Bakery", u"reduced", 0, true, false, 39, 599,
     {u"Bread", u"Rolls", u"Croissants", u"Baguette", u"Bagels", u"Muffins", u"Pretzel Rolls", u"Brioche"},
     {u"500 g", u"4 pack", u"6 pack", u"750 g"}},
    {u"produce", u"Fruit & Vegetables", u"reduced", 0, true, true, 79, 699,
     {u"Apples", u"Bananas", u"Tomatoes", u"Potatoes", u"Carrots", u"Onions", u"Grapes", u"Jalapeños"},
     {u"1 kg", u"500 g", u"2 kg", u"loose"}},
    {u"meat", u"Meat & Deli", u"reduced", 0, false, true, 149, 1999,
     {u"Chicken Breast", u"Beef Mince", u"Pork Chops", u"Sausages", u"Salami", u"Ham", u"Pâté", u"Bacon"},
     {u"400 g", u"200 g", u"1 kg", u"100 g"}},
    {u"frozen", u"Frozen", u"reduced", 0, true, false, 99, 899,
     {u"Pizza", u"Peas", u"Fish Fingers", u"Ice Cream", u"Spinach", u"Fries", u"Berries", u"Dumplings"},
     {u"400 g", u"750 g", u"1 kg", u"500 ml"}},
    {u"beverages", u"Beverages", u"standard", 0, true, false, 49, 699,
     {u"Orange Juice", u"Apple Juice", u"Cola", u"Lemonade", u"Mineral Water", u"Iced Tea", u"Smoothie", u"Tonic"},
     {u"1 l", u"330 ml", u"6 × 1.5 l", u"500 ml"}},
    {u"alcohol", u"Beer, Wine & Spirits", u"standard", 18, true, false, 89, 3999,
     {u"Lager", u"Pilsner", u"Red Wine", u"White Wine", u"Gin", u"Whisky", u"Rosé", u"Cider"},
     {u"500 ml", u"750 ml", u"6 × 330 ml", u"700 ml"}},
    {u"snacks", u"Snacks & Sweets", u"reduced", 0, true, false, 59, 499,
     {u"Crisps", u"Pretzels", u"Chocolate", u"Biscuits", u"Popcorn", u"Nuts", u"Gummy Bears", u"Wafers"},
     {u"100 g", u"175 g", u"200 g", u"300 g"}},
    {u"pantry", u"Pantry", u"reduced", 0, true, false, 79, 1299,
     {u"Pasta", u"Rice", u"Flour", u"Sugar", u"Olive Oil", u"Coffee", u"Müsli", u"Café Crème"},
     {u"500 g", u"1 kg", u"750 ml", u"250 g"}},
    {u"household", u"Household", u"standard", 0, true, false, 99, 1499,
     {u"Dish Soap", u"Paper Towels", u"Detergent", u"Sponges", u"Bin Bags", u"Glass Cleaner", u"Candles", u"Foil"},
     {u"500 ml", u"4 rolls", u"20 pack", u"1.5 l"}},
    {u"health", u"Health & Beauty", u"standard", 0, true, false, 99, 1999,
     {u"Shampoo", u"Toothpaste", u"Soap", u"Deodorant", u"Hand Cream", u"Sun Lotion", u"Plasters", u"Lip Balm"},
     {u"250 ml", u"75 ml", u"100 ml", u"50 ml"}},
    {u"tobacco", u"Tobacco", u"standard", 18, false, false, 399, 1299,
     {u"Cigarettes", u"Rolling Tobacco", u"Cigarillos", u"Rolling Papers", u"Filter Tips", u"Cigars", u"Pipe Tobacco", u"Lighter"},
     {u"20 pack", u"30 g", u"10 pack", u"1 box"}},
}};

constexpr std::array<const char16_t *, 24> kBrands{
    u"Nordhof", u"Alpenglück", u"Sunvale", u"Brightfield", u"Casa Verde", u"Maison Dupré", u"Hof Müller",
    u"Greenacre", u"Bella Italia", u"Oakridge", u"Blue Harbour", u"Söderberg", u"Golden Mill", u"Riverbend",
    u"Kleinhaus", u"Lumière", u"El Jardín", u"Pinecrest", u"Highland", u"Vitaland", u"Fjordkyst", u"Rosalie",
    u"Ostara", u"Valdemar"};

constexpr std::array<const char16_t *, 20> kAdjectives{
    u"Organic", u"Classic", u"Light", u"Crunchy", u"Creamy", u"Smoked", u"Fresh", u"Wholegrain", u"Spicy",
    u"Sweet", u"Salted", u"Premium", u"Family", u"Mild", u"Extra", u"Rustic", u"Golden", u"Natural", u"Zesty",
    u"Délice"};

// Company prefixes from real GS1 country ranges, so codes look like the shelf.
constexpr std::array<const char16_t *, 16> kPrefixes{
    u"400", u"401", u"402", u"403", u"404", u"405", u"406", u"407", u"408", u"409", u"420", u"440", u"500",
    u"539", u"760", u"871"};

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString padded(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

CatalogueGenerator::CatalogueGenerator(GeneratorOptions options) : m_options(std::move(options)) {}

GeneratedItem CatalogueGenerator::item(qint64 index) const
{
    // Each item draws from its own seeded stream, so item(i) needs no other item.
    QRandomGenerator rng(m_options.seed ^ quint32(index * 2654435761u) ^ quint32(index >> 32));
    const DepartmentWords &dept = kDepartments[rng.bounded(quint32(kDepartments.size()))];

    GeneratedItem out;
    Product &p = out.record.product;
    p.sku = QStringLiteral("SKU") + padded(index + 1, 7);
    p.name = str(kBrands[rng.bounded(quint32(kBrands.size()))]) + u' '
        + str(kAdjectives[rng.bounded(quint32(kAdjectives.size()))]) + u' '
        + str(dept.nouns[rng.bounded(quint32(dept.nouns.size()))]);
    const bool weighed = dept.weighable && rng.bounded(4) == 0;
    if (!weighed)
        p.name += u' ' + str(dept.sizes[rng.bounded(quint32(dept.sizes.size()))]);
    p.departmentId = str(dept.id);
    p.taxClassId = str(dept.taxClass);
    p.ageLimit = dept.ageLimit;
    p.returnable = dept.returnable;
    if (weighed) {
        p.unit = SaleUnit::Kilogram;
        // PLUs are keyed by hand, so only the first part of the range gets one.
        if (index < 99000)
            p.plu = QString::number(1000 + index);
    }

    // Unique per index: (prefix, number) pairs never repeat; every tenth item
    // is a US UPC-A instead.
    QString body;
    if (index % 10 == 9)
        body = u"036" + padded(index / 10, 8);            // 11 digits → UPC-A
    else
        body = str(kPrefixes[size_t(index % qint64(kPrefixes.size()))]) + padded(index / qint64(kPrefixes.size()), 9);
    out.barcode = appendCheckDigit(body);
    out.record.barcodeKeys.append(QString(14 - out.barcode.size(), u'0') + out.barcode);
    if (rng.bounded(20) == 0) {
        // A case/multipack GTIN-14 (indicator digit 1) for the same item.
        const QString gtin13 = out.barcode.size() == 13 ? out.barcode : u'0' + out.barcode;
        out.record.barcodeKeys.append(appendCheckDigit(QString(u'1' + gtin13.left(12))));
    }

    const qint64 base = dept.minCents + qint64(rng.bounded(quint32(dept.maxCents - dept.minCents + 1)));
    const qint64 price = (base / 10) * 10 + 9;                   // shelf prices end in 9
    out.record.price = Price{price, m_options.currency, 0, std::nullopt};
    if (int(rng.bounded(100)) < m_options.scheduledChangePercent) {
        const qint64 changed = std::max<qint64>(9, price + (rng.bounded(2) ? 20 : -20));
        out.scheduledPrice = Price{changed, m_options.currency,
                                   m_options.nowUtcSeconds + m_options.scheduledChangeDelaySeconds, std::nullopt};
    }
    return out;
}

QList<TaxRateRow> CatalogueGenerator::taxRates()
{
    return {{u"vat-19"_qs, u"VAT 19%"_qs, 190000}, {u"vat-7"_qs, u"VAT 7%"_qs, 70000}, {u"vat-0"_qs, u"VAT 0%"_qs, 0}};
}

QList<TaxClassRow> CatalogueGenerator::taxClasses()
{
    return {{u"standard"_qs, u"Standard rate"_qs, {u"vat-19"_qs}},
            {u"reduced"_qs, u"Reduced rate (food)"_qs, {u"vat-7"_qs}},
            {u"zero"_qs, u"Zero rate"_qs, {u"vat-0"_qs}}};
}

QList<std::pair<QString, QString>> CatalogueGenerator::departments()
{
    QList<std::pair<QString, QString>> list;
    for (const DepartmentWords &d : kDepartments)
        list.append({str(d.id), str(d.name)});
    return list;
}

QList<QString> CatalogueGenerator::nameWords()
{
    QList<QString> words;
    for (const char16_t *b : kBrands)
        words.append(str(b));
    for (const char16_t *a : kAdjectives)
        words.append(str(a));
    for (const DepartmentWords &d : kDepartments) {
        for (const char16_t *n : d.nouns)
            words.append(str(n));
    }
    return words;
}

Result<> CatalogueGenerator::writeCsv(QIODevice &out) const
{
    out.write("sku,name,department,tax_class,price,currency,barcodes,plu,unit,age_limit,returnable,price_from\n");
    const auto currency = Currency::fromCode(m_options.currency);
    if (!currency)
        return std::unexpected(currency.error());
    auto money = [&](qint64 minor) { return Money(minor, *currency).toDecimalString(); };
    for (qint64 i = 0; i < m_options.items; ++i) {
        const GeneratedItem g = item(i);
        const Product &p = g.record.product;
        QList<QString> codes{g.barcode};
        for (qsizetype k = 1; k < g.record.barcodeKeys.size(); ++k)
            codes.append(g.record.barcodeKeys.at(k));
        auto row = [&](const Price &price, const QString &from) {
            QByteArray line;
            line += csvField(p.sku) + ',' + csvField(p.name) + ',' + csvField(p.departmentId) + ','
                + csvField(p.taxClassId) + ',' + money(price.amountMinor).toUtf8() + ',' + price.currency.toUtf8() + ','
                + codes.join(u'|').toUtf8() + ',' + p.plu.toUtf8() + ',' + (p.weighed() ? "kg" : "each") + ','
                + QByteArray::number(p.ageLimit) + ',' + (p.returnable ? "yes" : "no") + ',' + from.toUtf8() + '\n';
            return line;
        };
        if (out.write(row(*g.record.price, QString())) < 0)
            return fail(QStringLiteral("generator.write"), out.errorString());
        if (g.scheduledPrice) {
            const QString from = QDateTime::fromSecsSinceEpoch(g.scheduledPrice->effectiveFrom, QTimeZone::utc())
                                     .toString(Qt::ISODate);
            if (out.write(row(*g.scheduledPrice, from)) < 0)
                return fail(QStringLiteral("generator.write"), out.errorString());
        }
    }
    return {};
}

Result<> CatalogueGenerator::writeReferenceData(Database &db)
{
    auto writer = CatalogueWriter::open(db);
    if (!writer)
        return std::unexpected(writer.error());
    for (const TaxRateRow &rate : taxRates()) {
        if (auto r = writer->putTaxRate(rate); !r)
            return r;
    }
    for (const TaxClassRow &taxClass : taxClasses()) {
        if (auto r = writer->putTaxClass(taxClass); !r)
            return r;
    }
    for (const auto &[id, name] : departments()) {
        if (auto r = writer->putDepartment(id, name); !r)
            return r;
    }
    return {};
}

Result<qint64> CatalogueGenerator::writeDatabase(Database &db) const
{
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (auto r = writeReferenceData(db); !r)
        return std::unexpected(r.error());
    auto writer = CatalogueWriter::open(db);
    if (!writer)
        return std::unexpected(writer.error());
    for (qint64 i = 0; i < m_options.items; ++i) {
        GeneratedItem g = item(i);
        if (auto r = writer->upsert(g.record, m_options.nowUtcSeconds); !r)
            return std::unexpected(r.error());
        if (g.scheduledPrice) {
            g.record.price = g.scheduledPrice;
            if (auto r = writer->upsert(g.record, m_options.nowUtcSeconds); !r)
                return std::unexpected(r.error());
        }
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return m_options.items;
}

} // namespace retailos
