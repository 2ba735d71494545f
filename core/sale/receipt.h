// The receipt as a device-independent document: the drivers print it, the
// lane previews it, the headless driver renders it as text. Amounts are
// already formatted for the store's locale; reprints are marked as copies.
#pragma once

#include "core/sale/pricing.h"
#include "core/sale/sale.h"
#include "core/sale/sale_store.h"

#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace retailos {

struct ReceiptHeader
{
    QStringList lines;             // store name, address, tax number
    QStringList footer;            // "Thank you", returns policy
};

struct ReceiptItem
{
    QString text;                  // item name
    QString detail;                // "3 × 1,99" or "0,750 kg × 2,99/kg"; empty for 1 ×
    QString amount;                // line gross
    QString taxCode;               // "A", "B": keys into the tax table
    QList<std::pair<QString, QString>> adjustments;   // ("Discount 10 %", "-0,20"), shown under the line
    bool voided = false;
};

struct ReceiptTaxRow
{
    QString code;
    QString name;
    QString net;
    QString tax;
    QString gross;
};

struct ReceiptDocument
{
    QStringList header;
    bool copy = false;             // a reprint: printed "COPY" top and bottom
    QList<std::pair<QString, QString>> meta;          // receipt no., lane, cashier, date
    QList<ReceiptItem> items;
    QList<std::pair<QString, QString>> totals;        // subtotal, discounts, rounding, TOTAL
    QList<ReceiptTaxRow> taxes;
    QList<std::pair<QString, QString>> tenders;       // ("Cash", "20,00"), ("Card ************1234", "5,00")
    QString change;
    QString loyalty;               // filled by loyalty later; empty: not printed
    QStringList footer;
    QString barcodePayload;        // receipt number as printed in a barcode/QR: "R<lane>-<number>"
    QString journalReference;      // "#123 a1b2c3d4": journal sequence and hash extract
    qint64 receiptNumber = 0;
};

[[nodiscard]] ReceiptDocument buildReceipt(const Sale &sale, const PricedSale &priced, const CompletedSale &completed,
                                           const ReceiptHeader &header, const QLocale &locale);

[[nodiscard]] QJsonObject receiptToJson(const ReceiptDocument &doc);
[[nodiscard]] ReceiptDocument receiptFromJson(const QJsonObject &json);

// Plain text, `width` characters per line (42 for 80 mm, 32 for 58 mm paper).
[[nodiscard]] QString renderReceiptText(const ReceiptDocument &doc, int width = 42);

} // namespace retailos
