// The selling screen: the basket, the running total, the scan/search field
// with instant results, the quick keys and the function keys. Everything
// works from the keyboard (see docs/cashier-guide.md) and by touch.
#pragma once

#include "app/ui/lane_context.h"
#include "core/catalogue/product.h"
#include "core/common/result.h"
#include "core/sale/receipt.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTimer;

namespace retailos::ui {

class BasketModel;
class ErrorBanner;

class SalePage : public QWidget
{
    Q_OBJECT

public:
    explicit SalePage(LaneContext &context, QWidget *parent = nullptr);

    // A code from a scanner (the keyboard wedge or, later, a device).
    void handleScan(const QString &code);
    // Called when the page shows: focus on the input, totals fresh.
    void enter();

    [[nodiscard]] BasketModel *basketModel() const { return m_model; }
    [[nodiscard]] ErrorBanner *banner() const { return m_banner; }
    [[nodiscard]] QTableView *basketView() const { return m_basket; }

    // Tells the cashier something without taking the focus.
    void showError(const Error &error);
    void showInfo(const QString &message);

signals:
    void payRequested();
    void receiptCopyReady(const retailos::ReceiptDocument &receipt);
    void helpRequested();
    // A no-sale: the drawer should open (the hardware layer connects here).
    void drawerOpenRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFunctionKeys();
    void buildQuickKeys(QGridLayout *grid);
    void submitInput();
    // `typed`: what the cashier typed, given back to correct when it fails.
    void sellCode(const QString &code, bool fromScanner, int quantity, const QString &typed = {});
    void sellProduct(qint64 productId);
    void afterAdd(int lineNo);
    // Asks whether the customer is old enough for an age-restricted line:
    // "Yes" confirms it, "No" takes it off. True when it may be sold.
    bool askAge(int lineNo);
    void askWeightAndSell(const std::function<Result<int>(const Quantity &)> &sell);
    void updateSearch();
    void showDepartment(const QString &departmentId);
    void fillResults(const QList<CatalogueItem> &items);
    void hideSearch();
    void updateTotals();
    void updatePendingLabel();
    void fitColumns();
    void focusInput();
    void selectRow(int row);
    [[nodiscard]] int selectedLineNo() const;
    [[nodiscard]] int takeTypedQuantity();

    void changeQuantity();
    void changePrice();
    void discount(bool wholeSale);
    void voidLine();
    void parkOrResume();
    void voidSale();
    void reprint();
    void noSale();
    void pay();

    LaneContext &m_context;
    BasketModel *m_model = nullptr;
    QTableView *m_basket = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_input = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_tax = nullptr;
    QLabel *m_items = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace retailos::ui
