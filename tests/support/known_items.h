// Test support: the four items every lane test sells (milk, wine 18+, soap,
// bananas by weight) and the demo tax classes, written into a lane database.
#pragma once

#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_writer.h"
#include "core/db/database.h"

namespace retailos::test {

inline void writeKnownItems(Database &db, const QString &currency)
{
    auto check = [](const auto &r, const char *what) {
        if (!r)
            qFatal("%s: %s", what, qPrintable(r.error().message));
    };
    check(CatalogueGenerator::writeReferenceData(db), "reference data");
    auto writer = CatalogueWriter::open(db);
    check(writer, "writer");
    auto add = [&](const char16_t *sku, const char16_t *name, const char16_t *dept, const char16_t *tax,
                   QList<QString> keys, qint64 price, int age = 0, const QString &plu = {}) {
        ProductRecord r;
        r.product.sku = QString::fromUtf16(sku);
        r.product.name = QString::fromUtf16(name);
        r.product.departmentId = QString::fromUtf16(dept);
        r.product.taxClassId = QString::fromUtf16(tax);
        r.product.ageLimit = age;
        r.product.plu = plu;
        if (!plu.isEmpty())
            r.product.unit = SaleUnit::Kilogram;
        r.barcodeKeys = std::move(keys);
        r.price = Price{price, currency, 0, std::nullopt};
        check(writer->upsert(r, 0), "item");
    };
    add(u"MILK", u"Nordhof Milk 1 l", u"dairy", u"reduced", {u"04006381333931"_qs}, 199);
    add(u"WINE", u"Casa Verde Red Wine 750 ml", u"alcohol", u"standard", {u"00000073513537"_qs}, 649, 18);
    add(u"SOAP", u"Lumière Soap 100 ml", u"health", u"standard", {u"00036000291452"_qs}, 249);
    add(u"BANANA", u"Organic Bananas", u"produce", u"reduced", {}, 299, 0, u"4011"_qs);
}

} // namespace retailos::test
