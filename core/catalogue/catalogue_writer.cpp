// Catalogue rows into the replica (see catalogue_writer.h).
#include "core/catalogue/catalogue_writer.h"

#include "core/barcode/gtin.h"

#include <QCoreApplication>

#include <algorithm>

namespace retailos {

namespace {

struct CatalogueWriterText
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

Result<bool> exists(Statement &stmt, const QString &id)
{
    stmt.bind(1, id);
    auto row = stmt.step();
    stmt.reset();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

} // namespace

bool isCatalogueBarcodeKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 20)
        return false;
    const bool digits = std::all_of(key.begin(), key.end(), [](QChar c) { return c.isDigit(); });
    if (digits)
        return key.size() == 14 && validateGtin(key).has_value();
    // Store codes: upper case letters, digits and - . / _ (as the scan parser keys them).
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || c.isDigit() || c == u'-' || c == u'.' || c == u'/' || c == u'_';
    });
}

CatalogueWriter::CatalogueWriter(Database &db, Statement department, Statement departmentExists,
                                 Statement taxClassExists, Statement product, Statement productId, Statement barcode,
                                 Statement barcodeOwner, Statement pluOwner, Statement clearBarcodes,
                                 Statement deletePrice, Statement insertPrice)
    : m_db(&db), m_department(std::move(department)), m_departmentExists(std::move(departmentExists)),
      m_taxClassExists(std::move(taxClassExists)), m_product(std::move(product)), m_productId(std::move(productId)),
      m_barcode(std::move(barcode)), m_barcodeOwner(std::move(barcodeOwner)), m_pluOwner(std::move(pluOwner)),
      m_clearBarcodes(std::move(clearBarcodes)), m_deletePrice(std::move(deletePrice)),
      m_insertPrice(std::move(insertPrice))
{
}

Result<CatalogueWriter> CatalogueWriter::open(Database &db)
{
    auto department = db.prepare(
        "INSERT INTO departments(id, name) VALUES (?1, ?2) ON CONFLICT(id) DO UPDATE SET name = excluded.name");
    auto departmentExists = db.prepare("SELECT 1 FROM departments WHERE id = ?1");
    auto taxClassExists = db.prepare("SELECT 1 FROM tax_classes WHERE id = ?1");
    auto product = db.prepare(
        "INSERT INTO products(sku, name, department_id, tax_class_id, plu, unit, age_limit, returnable, active, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT(sku) DO UPDATE SET name = excluded.name, department_id = excluded.department_id, "
        "tax_class_id = excluded.tax_class_id, plu = excluded.plu, unit = excluded.unit, "
        "age_limit = excluded.age_limit, returnable = excluded.returnable, active = excluded.active, "
        "updated_at = excluded.updated_at "
        "WHERE (products.name, products.department_id, products.tax_class_id, products.plu, products.unit, "
        "products.age_limit, products.returnable, products.active) IS NOT (excluded.name, excluded.department_id, "
        "excluded.tax_class_id, excluded.plu, excluded.unit, excluded.age_limit, excluded.returnable, "
        "excluded.active) RETURNING id");
    auto productId = db.prepare("SELECT id FROM products WHERE sku = ?1");
    auto pluOwner = db.prepare("SELECT sku FROM products WHERE plu = ?1");
    auto clearBarcodes = db.prepare("DELETE FROM product_barcodes WHERE product_id = ?1");
    auto barcode = db.prepare("INSERT INTO product_barcodes(code, product_id) VALUES (?1, ?2) ON CONFLICT(code) DO NOTHING");
    auto barcodeOwner = db.prepare(
        "SELECT p.id, p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?1");
    auto deletePrice = db.prepare(
        "DELETE FROM prices WHERE product_id = ?1 AND store_id IS ?2 AND effective_from = ?3");
    auto insertPrice = db.prepare(
        "INSERT INTO prices(product_id, store_id, amount_minor, currency, effective_from, effective_to) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const auto *r : {&department, &departmentExists, &taxClassExists, &product, &productId, &barcode,
                          &barcodeOwner, &pluOwner, &clearBarcodes, &deletePrice, &insertPrice}) {
        if (!*r)
            return std::unexpected(r->error());
    }
    return CatalogueWriter(db, std::move(*department), std::move(*departmentExists), std::move(*taxClassExists),
                           std::move(*product), std::move(*productId), std::move(*barcode), std::move(*barcodeOwner),
                           std::move(*pluOwner), std::move(*clearBarcodes), std::move(*deletePrice),
                           std::move(*insertPrice));
}

Result<> CatalogueWriter::putDepartment(const QString &id, const QString &name)
{
    return m_department.bind(1, id).bind(2, name).run();
}

Result<bool> CatalogueWriter::departmentExists(const QString &id)
{
    return exists(m_departmentExists, id);
}

Result<bool> CatalogueWriter::taxClassExists(const QString &id)
{
    return exists(m_taxClassExists, id);
}

Result<> CatalogueWriter::putTaxRate(const TaxRateRow &rate)
{
    auto stmt = m_db->prepare("INSERT INTO tax_rates(id, name, rate_ppm) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT(id) DO UPDATE SET name = excluded.name, rate_ppm = excluded.rate_ppm");
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, rate.id).bind(2, rate.name).bind(3, rate.ratePpm).run();
}

Result<> CatalogueWriter::putTaxClass(const TaxClassRow &taxClass)
{
    auto upsert = m_db->prepare("INSERT INTO tax_classes(id, name) VALUES (?1, ?2) "
                                "ON CONFLICT(id) DO UPDATE SET name = excluded.name");
    auto clear = m_db->prepare("DELETE FROM tax_class_rates WHERE tax_class_id = ?1");
    auto link = m_db->prepare("INSERT INTO tax_class_rates(tax_class_id, tax_rate_id) VALUES (?1, ?2)");
    for (const auto *r : {&upsert, &clear, &link}) {
        if (!*r)
            return std::unexpected(r->error());
    }
    if (auto r = upsert->bind(1, taxClass.id).bind(2, taxClass.name).run(); !r)
        return r;
    if (auto r = clear->bind(1, taxClass.id).run(); !r)
        return r;
    for (const QString &rateId : taxClass.rateIds) {
        if (auto r = link->bind(1, taxClass.id).bind(2, rateId).run(); !r)
            return r;
    }
    return {};
}

Result<qint64> CatalogueWriter::upsert(const ProductRecord &record, qint64 nowUtcSeconds)
{
    const Product &p = record.product;
    // Keys are checked here, not only by the importer: sync writes through
    // this class too, and a key in the wrong form would never be found.
    for (const QString &code : record.barcodeKeys) {
        if (!isCatalogueBarcodeKey(code))
            return fail(QStringLiteral("catalogue.bad_key"),
                        CatalogueWriterText::tr("\"%1\" is not a normalised barcode (GTIN-14 or store code).").arg(code));
    }
    if (!p.plu.isEmpty() && (p.plu.size() > 6 || p.plu.startsWith(u'0')
                             || !std::all_of(p.plu.begin(), p.plu.end(), [](QChar c) { return c.isDigit(); })))
        return fail(QStringLiteral("catalogue.bad_key"),
                    CatalogueWriterText::tr("\"%1\" is not a PLU (1 to 6 digits, no leading zero).").arg(p.plu));
    if (!p.plu.isEmpty()) {
        m_pluOwner.bind(1, p.plu);
        auto owner = m_pluOwner.step();
        const QString ownerSku = owner && *owner ? m_pluOwner.text(0) : QString();
        m_pluOwner.reset();
        if (!owner)
            return std::unexpected(owner.error());
        if (!ownerSku.isNull() && ownerSku != p.sku)
            return fail(QStringLiteral("catalogue.plu_taken"),
                        CatalogueWriterText::tr("The PLU %1 already belongs to SKU %2.").arg(p.plu, ownerSku));
    }
    // Barcodes first: a code that belongs to another SKU refuses the whole row
    // before anything is written.
    for (const QString &code : record.barcodeKeys) {
        m_barcodeOwner.bind(1, code);
        auto owner = m_barcodeOwner.step();
        const QString ownerSku = owner && *owner ? m_barcodeOwner.text(1) : QString();
        m_barcodeOwner.reset();
        if (!owner)
            return std::unexpected(owner.error());
        if (!ownerSku.isNull() && ownerSku != p.sku)
            return fail(QStringLiteral("catalogue.barcode_taken"),
                        CatalogueWriterText::tr("The barcode %1 already belongs to SKU %2.").arg(code, ownerSku));
    }

    m_product.bind(1, p.sku).bind(2, p.name).bind(3, p.departmentId).bind(4, p.taxClassId);
    if (p.plu.isEmpty())
        m_product.bindNull(5);
    else
        m_product.bind(5, p.plu);
    m_product.bindUtf8(6, p.unit == SaleUnit::Kilogram ? "kg" : "each")
        .bind(7, p.ageLimit).bind(8, p.returnable).bind(9, p.active).bind(10, nowUtcSeconds);
    auto row = m_product.step();
    qint64 id = row && *row ? m_product.int64(0) : 0;
    m_product.reset();
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        // Unchanged product: the conditional update returned nothing.
        m_productId.bind(1, p.sku);
        auto existing = m_productId.step();
        id = existing && *existing ? m_productId.int64(0) : 0;
        m_productId.reset();
        if (!existing)
            return std::unexpected(existing.error());
        if (id == 0)
            return fail(QStringLiteral("db.error"), CatalogueWriterText::tr("The product %1 was not saved.").arg(p.sku));
    }

    if (record.replaceBarcodes) {
        if (auto r = m_clearBarcodes.bind(1, id).run(); !r)
            return std::unexpected(r.error());
    }
    for (const QString &code : record.barcodeKeys) {
        if (auto r = m_barcode.bind(1, code).bind(2, id).run(); !r)
            return std::unexpected(r.error());
    }

    if (record.price) {
        const Price &price = *record.price;
        auto bindStore = [&](Statement &s, int index) -> Statement & {
            return record.priceStoreId.isEmpty() ? s.bindNull(index) : s.bind(index, record.priceStoreId);
        };
        m_deletePrice.bind(1, id);
        bindStore(m_deletePrice, 2).bind(3, price.effectiveFrom);
        if (auto r = m_deletePrice.run(); !r)
            return std::unexpected(r.error());
        m_insertPrice.bind(1, id);
        bindStore(m_insertPrice, 2).bind(3, price.amountMinor).bind(4, price.currency).bind(5, price.effectiveFrom);
        if (price.effectiveTo)
            m_insertPrice.bind(6, *price.effectiveTo);
        else
            m_insertPrice.bindNull(6);
        if (auto r = m_insertPrice.run(); !r)
            return std::unexpected(r.error());
    }
    return id;
}

} // namespace retailos
