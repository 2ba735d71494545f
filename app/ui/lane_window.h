// The lane's main window: sign-in, selling, payment and receipt pages, the
// status bar, the keyboard-wedge scanner, the idle lock and the global keys
// (F11 / Ctrl+L lock). Pages talk to the engine; the window moves between
// them and routes scans to whichever page (or dialog) should have them.
#pragma once

#include "app/ui/lane_context.h"
#include "app/ui/lane_status.h"
#include "core/sale/receipt.h"
#include "core/sale/sale_store.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace retailos::ui {

class CustomerDisplayFeed;
class LaneDevices;
class ReceiptPage;
class SalePage;
class SignInPage;
class TenderPage;
class WedgeScanFilter;

struct LaneWindowOptions
{
    QList<QuickKeyDef> quickKeys;
    int wedgeMaxGapMs = 30;
    int wedgeMinLength = 4;
    int idleCheckMs = 5000;        // how often the idle lock looks at the clock
    QString receiptsDir;           // receipts saved as PDF or text go here; empty: not offered
};

class LaneWindow : public QMainWindow
{
    Q_OBJECT

public:
    LaneWindow(LaneServices &lane, const QLocale &locale, const LaneWindowOptions &options, QWidget *parent = nullptr);
    ~LaneWindow() override;

    [[nodiscard]] SignInPage *signInPage() const { return m_signIn; }
    [[nodiscard]] SalePage *salePage() const { return m_sale; }
    [[nodiscard]] TenderPage *tenderPage() const { return m_tender; }
    [[nodiscard]] ReceiptPage *receiptPage() const { return m_receipt; }
    [[nodiscard]] QWidget *currentPage() const;
    [[nodiscard]] WedgeScanFilter *wedge() const { return m_wedge; }

    // A code from any scanner: the wedge, or a serial/HID scanner of the
    // hardware layer. Goes to the dialog or page that is waiting for it.
    void deliverScan(const QString &code);
    // Signs the cashier out; the open basket waits for the next sign-in.
    void lock(const QString &message = {});
    // Shows the help (the key map).
    void showHelp();
    // The printer and drawer; none: receipts on screen only. Not owned.
    void setLaneDevices(LaneDevices *devices);

public slots:
    void setLinkState(retailos::ui::LinkState state);
    void setDevices(const retailos::ui::DeviceSummary &devices);
    // Re-reads how many events wait for the server.
    void refreshPending();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showSignIn(const QString &message);
    void showSale();
    void showTender();
    void showReceipt(const ReceiptDocument &receipt, const QString &change);
    void afterSignIn();
    void saleCompleted(const CompletedSale &completed);
    void printReceipt(const ReceiptDocument &receipt);
    void checkIdle();
    void deliverHeldScans();
    void updateUserLabel();

    std::unique_ptr<LaneContext> m_context;
    QStackedWidget *m_pages = nullptr;
    SignInPage *m_signIn = nullptr;
    SalePage *m_sale = nullptr;
    TenderPage *m_tender = nullptr;
    ReceiptPage *m_receipt = nullptr;
    WedgeScanFilter *m_wedge = nullptr;
    QTimer *m_idleTimer = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_devices = nullptr;
    LinkState m_linkState = LinkState::NotConfigured;
    qint64 m_pending = 0;
    QStringList m_heldScans;       // scanned while a dialog was open
    LaneDevices *m_laneDevices = nullptr;
    CustomerDisplayFeed *m_displayFeed = nullptr;   // only with devices
    static constexpr int kScanFailureQuietMs = 2000;
    QElapsedTimer m_lastScanFailure;
};

} // namespace retailos::ui
