// The receipt as a file, for a lane without a printer (or a customer who
// wants it by mail): plain text exactly as the printer would print it, or a
// PDF on an 80 mm wide page. Files go into the lane's receipts folder with
// the lane and receipt number in their name, so nothing is overwritten by
// the next sale.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace retailos {
struct ReceiptDocument;
}

namespace retailos::ui {

// "receipt-lane-01-000042.txt" (…-copy.txt for a copy).
[[nodiscard]] QString receiptFileName(const ReceiptDocument &receipt, const QString &laneId, const QString &suffix);

// The path written, or why not ("receipt.save": folder or disk problem).
[[nodiscard]] Result<QString> saveReceiptText(const ReceiptDocument &receipt, const QString &laneId,
                                              const QString &directory);
[[nodiscard]] Result<QString> saveReceiptPdf(const ReceiptDocument &receipt, const QString &laneId,
                                             const QString &directory);

} // namespace retailos::ui
