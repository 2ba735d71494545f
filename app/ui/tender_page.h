// The payment screen: what is due, large; cash with quick-cash buttons and
// the change; card on the external terminal; gift card; store credit; any
// mix of them. The sale completes (durably) once nothing is due.
#pragma once

#include "app/ui/lane_context.h"
#include "core/sale/sale_store.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace retailos::ui {

class ErrorBanner;

class TenderPage : public QWidget
{
    Q_OBJECT

public:
    explicit TenderPage(LaneContext &context, QWidget *parent = nullptr);

    void enter();
    [[nodiscard]] ErrorBanner *banner() const { return m_banner; }

signals:
    void backToSale();
    void saleCompleted(const retailos::CompletedSale &completed);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void payCash(std::optional<Money> received);
    void payCard();
    void payAccount(TenderKind kind);
    void removeLastPayment();
    // Adds the tender; an empty string means it was taken.
    QString addTender(const Tender &tender);
    void completeIfPaid();
    void focusAmount();
    [[nodiscard]] QList<Money> quickCashAmounts() const;

    LaneContext &m_context;
    QLabel *m_due = nullptr;
    QLabel *m_total = nullptr;
    QListWidget *m_tenders = nullptr;
    QLineEdit *m_amount = nullptr;
    ErrorBanner *m_banner = nullptr;
    QList<QPushButton *> m_quickCash;
};

} // namespace retailos::ui
