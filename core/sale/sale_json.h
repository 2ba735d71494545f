// Sale ↔ JSON: the basket saved on every change, parked sales, and the body of
// the sale event sent to HQ. Amounts are integers of minor units.
#pragma once

#include "core/common/result.h"
#include "core/sale/pricing.h"
#include "core/sale/sale.h"

#include <QJsonObject>

namespace retailos {

// The sale as JSON text (the basket header when without lines), written
// directly: the basket save and the commit are hot paths.
[[nodiscard]] QByteArray saleJson(const Sale &sale, bool withLines = true);
// One line as saleJson writes it into "lines" (the basket saves lines one by one).
[[nodiscard]] QByteArray saleLineJson(const SaleLine &line);
// Strict: every field type is checked; "sale.bad_document" names the field.
[[nodiscard]] Result<Sale> saleFromJson(const QJsonObject &json);

// The pos.sale.completed.v1 event body: the sale with its priced lines, tax
// breakdown and tenders, as HQ books it.
[[nodiscard]] QByteArray saleEventBytes(const Sale &sale, const PricedSale &priced, qint64 receiptNumber,
                                        qint64 completedAtUtcMs);
// What pricing made of a completed sale, read back from its event (for a
// receipt copy that must match the original even if tax rates changed since).
[[nodiscard]] Result<PricedSale> pricedSaleFromEvent(const QJsonObject &event, Currency currency);

} // namespace retailos
