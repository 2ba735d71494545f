// After payment: the change due, large, and the receipt as it will print
// (marked COPY for a reprint). Enter or "Next customer" starts the next sale.
#pragma once

#include "app/ui/lane_context.h"
#include "core/sale/receipt.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace retailos::ui {

class ReceiptPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptPage(LaneContext &context, QWidget *parent = nullptr);

    // `change` empty: no change to hand back (or a reprint).
    void showReceipt(const ReceiptDocument &receipt, const QString &change);
    [[nodiscard]] QString receiptText() const;
    // The receipt on screen (0: none yet).
    [[nodiscard]] qint64 receiptNumber() const { return m_receiptNumber; }
    // Whether the receipt printed: "Printing…", "Printed.", a failure.
    void setPrintStatus(const QString &text, bool problem);

signals:
    void nextCustomer();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Ctrl+S / Ctrl+T: the receipt as a PDF or a text file in the receipts folder.
    void save(bool pdf);

    LaneContext &m_context;
    ReceiptDocument m_receipt;
    QLabel *m_saveStatus = nullptr;
    QWidget *m_saveButtons = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_changeCaption = nullptr;
    QLabel *m_printStatus = nullptr;
    qint64 m_receiptNumber = 0;
    QPlainTextEdit *m_preview = nullptr;
};

} // namespace retailos::ui
