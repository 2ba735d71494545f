// The lane's main window (see lane_window.h).
#include "app/ui/lane_window.h"

#include "app/ui/customer_display_feed.h"
#include "app/ui/error_banner.h"
#include "app/ui/lane_devices.h"
#include "app/ui/receipt_page.h"
#include "app/ui/sale_page.h"
#include "app/ui/sign_in_page.h"
#include "app/ui/tender_page.h"
#include "app/ui/wedge_scan_filter.h"
#include "core/lane/lane_services.h"
#include "core/logging/log.h"
#include "core/money/money_format.h"
#include "core/sale/sale_session.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace retailos::ui {

namespace {
constexpr int kMaxHeldScans = 20;
constexpr int kHeldScanRetryMs = 100;

void setState(QLabel *label, const char *state)
{
    label->setProperty("state", QString::fromLatin1(state));
    label->style()->unpolish(label);
    label->style()->polish(label);
}
} // namespace

LaneWindow::LaneWindow(LaneServices &lane, const QLocale &locale, const LaneWindowOptions &options, QWidget *parent)
    : QMainWindow(parent), m_context(std::make_unique<LaneContext>(LaneContext{lane, locale, options.quickKeys}))
{
    setObjectName(u"laneWindow"_qs);
    m_context->receiptsDir = options.receiptsDir;
    setWindowTitle(tr("Retail OS · lane %1").arg(lane.options().laneId));
    setMinimumSize(1024, 768);

    m_pages = new QStackedWidget(this);
    m_signIn = new SignInPage(*m_context, m_pages);
    m_sale = new SalePage(*m_context, m_pages);
    m_tender = new TenderPage(*m_context, m_pages);
    m_receipt = new ReceiptPage(*m_context, m_pages);
    for (QWidget *page : {static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_sale),
                          static_cast<QWidget *>(m_tender), static_cast<QWidget *>(m_receipt)})
        m_pages->addWidget(page);
    setCentralWidget(m_pages);

    m_user = new QLabel(this);
    m_user->setObjectName(u"statusUser"_qs);
    m_link = new QLabel(this);
    m_link->setObjectName(u"statusLink"_qs);
    m_devices = new QLabel(this);
    m_devices->setObjectName(u"statusDevices"_qs);
    statusBar()->addWidget(m_user, 1);
    statusBar()->addPermanentWidget(m_link);
    statusBar()->addPermanentWidget(m_devices);
    statusBar()->setSizeGripEnabled(false);

    connect(m_signIn, &SignInPage::signedIn, this, &LaneWindow::afterSignIn);
    connect(m_sale, &SalePage::payRequested, this, &LaneWindow::showTender);
    connect(m_sale, &SalePage::helpRequested, this, &LaneWindow::showHelp);
    connect(m_sale, &SalePage::receiptCopyReady, this, [this](const ReceiptDocument &copy) {
        showReceipt(copy, QString());
        printReceipt(copy);
    });
    connect(m_sale, &SalePage::drawerOpenRequested, this, [this] {
        if (m_laneDevices)
            m_laneDevices->openDrawer();
    });
    connect(m_tender, &TenderPage::backToSale, this, &LaneWindow::showSale);
    connect(m_tender, &TenderPage::saleCompleted, this, &LaneWindow::saleCompleted);
    connect(m_receipt, &ReceiptPage::nextCustomer, this, &LaneWindow::showSale);

    m_wedge = new WedgeScanFilter(options.wedgeMaxGapMs, options.wedgeMinLength, this);
    connect(m_wedge, &WedgeScanFilter::scanned, this, &LaneWindow::deliverScan);
    qApp->installEventFilter(m_wedge);
    qApp->installEventFilter(this);   // any key or touch counts as activity for the idle lock

    for (const QKeySequence &keys : {QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::Key_L)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] { lock(); });
    }
    auto *help = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(help, &QShortcut::activated, this, &LaneWindow::showHelp);
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(options.idleCheckMs);
    connect(m_idleTimer, &QTimer::timeout, this, &LaneWindow::checkIdle);
    m_idleTimer->start();

    setLinkState(LinkState::NotConfigured);
    setDevices({});
    if (lane.signedIn())
        afterSignIn();
    else
        showSignIn(lane.session().hasOpenSale() ? tr("A sale is open. Sign in to go on with it.") : QString());
}

LaneWindow::~LaneWindow()
{
    qApp->removeEventFilter(m_wedge);
    qApp->removeEventFilter(this);
}

QWidget *LaneWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void LaneWindow::deliverScan(const QString &code)
{
    // Only a field made for codes takes a scan as typed text plus Enter: a
    // staff badge at sign-in, a gift card number. Never a PIN, a price or a
    // quantity field.
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (edit && edit->property("acceptsScan").toBool() && edit->isVisible()) {
        edit->setText(code);
        emit edit->returnPressed();
        return;
    }
    // Scanning goes on while a dialog asks something (the age check, say):
    // the codes wait and are sold once it closes, in order — also before a
    // code scanned right after it closed.
    if (!m_heldScans.isEmpty() && !QApplication::activeModalWidget()) {
        m_heldScans.append(code);
        deliverHeldScans();
        return;
    }
    if (QApplication::activeModalWidget()) {
        if (m_heldScans.size() >= kMaxHeldScans) {
            QApplication::beep();
            return;
        }
        m_heldScans.append(code);
        QTimer::singleShot(kHeldScanRetryMs, this, &LaneWindow::deliverHeldScans);
        return;
    }
    if (currentPage() == m_signIn) {
        QApplication::beep();
        m_signIn->reset(tr("Sign in first: the scan of %1 was not taken.").arg(code));
        return;
    }
    if (currentPage() == m_receipt)
        showSale();   // the next customer's first item
    if (currentPage() == m_tender) {
        m_tender->banner()->showMessage(tr("Finish the payment first (Esc goes back to the basket)."),
                                        ErrorBanner::Severity::Warning);
        return;
    }
    m_sale->handleScan(code);
}

void LaneWindow::deliverHeldScans()
{
    if (m_heldScans.isEmpty())
        return;
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(kHeldScanRetryMs, this, &LaneWindow::deliverHeldScans);
        return;
    }
    const QStringList codes = std::exchange(m_heldScans, {});
    for (const QString &code : codes)
        deliverScan(code);
}

void LaneWindow::lock(const QString &message)
{
    if (!m_context->lane.signedIn())
        return;
    if (auto r = m_context->lane.signOut(); !r)
        log::error(u"ui", QStringLiteral("sign-out failed: %1").arg(r.error().message));
    showSignIn(message.isEmpty() ? tr("Lane locked. The open sale waits for the next sign-in.") : message);
}

void LaneWindow::showHelp()
{
    // Two columns per screen, as a table: fits 1024×768 in any language.
    auto rows = [](const QList<std::pair<QString, QString>> &keys) {
        QString html;
        for (const auto &[key, action] : keys)
            html += u"<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>"_qs.arg(key.toHtmlEscaped(), action.toHtmlEscaped());
        return html;
    };
    const QString selling =
        u"<h3>%1</h3><table>"_qs.arg(tr("Selling").toHtmlEscaped())
        + rows({{tr("Scan / code + Enter"), tr("Sell the item")},
                {tr("Letters"), tr("Find by name; Up/Down, Enter")},
                {tr("3* then scan"), tr("Sell 3")},
                {tr("F2"), tr("Find item")},
                {tr("F3"), tr("Quantity of the selected line")},
                {tr("F4"), tr("Change price")},
                {tr("F5 / Shift+F5"), tr("Discount on the line / the sale")},
                {tr("F6 / Delete"), tr("Void line")},
                {tr("F7"), tr("Park / resume sale")},
                {tr("F8"), tr("Void sale")},
                {tr("F9"), tr("Reprint last receipt")},
                {tr("F10"), tr("No sale (open drawer)")},
                {tr("F11 / Ctrl+L"), tr("Lock")},
                {tr("F12"), tr("Pay")},
                {tr("Esc"), tr("Back out one step")}})
        + u"</table>"_qs;
    const QString payment =
        u"<h3>%1</h3><table>"_qs.arg(tr("Payment").toHtmlEscaped())
        + rows({{tr("Enter"), tr("Cash: the typed amount, or exact")},
                {tr("F5"), tr("Exact cash")},
                {tr("F6 F7 F8"), tr("Quick cash notes")},
                {tr("F2 / F3 / F4"), tr("Card / gift card / store credit")},
                {tr("F9"), tr("Take back the last payment")},
                {tr("Esc"), tr("Back to the basket")}})
        + u"</table>"_qs;
    QDialog dialog(this);
    dialog.setObjectName(u"helpDialog"_qs);
    dialog.setWindowTitle(tr("Keys"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *columns = new QHBoxLayout;
    for (const QString &html : {selling, payment}) {
        auto *text = new QLabel(html, &dialog);
        text->setTextFormat(Qt::RichText);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        columns->addWidget(text, 1);
    }
    layout->addLayout(columns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void LaneWindow::setLinkState(LinkState state)
{
    m_linkState = state;
    refreshPending();
}

void LaneWindow::refreshPending()
{
    if (auto pending = m_context->lane.store().unsentEventCount())
        m_pending = *pending;
    QString text;
    const char *state = "unknown";
    switch (m_linkState) {
    case LinkState::NotConfigured: text = tr("Sync not set up"); break;
    case LinkState::Offline: text = tr("Offline"); state = "offline"; break;
    case LinkState::Online: text = tr("Online"); state = "online"; break;
    case LinkState::Syncing: text = tr("Syncing"); state = "online"; break;
    }
    if (m_pending > 0)
        text = tr("%1 · %n to send", nullptr, int(m_pending)).arg(text);
    m_link->setText(text);
    setState(m_link, state);
}

void LaneWindow::setDevices(const DeviceSummary &devices)
{
    static const char *const states[] = {"unknown", "ok", "warning", "error"};
    m_devices->setText(!devices.text.isEmpty() ? devices.text
                       : devices.health == DeviceHealth::NotConfigured
                           ? tr("No devices: receipts on screen only")
                           : tr("Devices ready"));
    setState(m_devices, states[int(devices.health)]);
}

bool LaneWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        m_context->lane.noteActivity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void LaneWindow::closeEvent(QCloseEvent *event)
{
    // Closing never loses a sale: the basket is saved after every change and
    // comes back at the next start. Say so, and sign out (journaled).
    if (m_context->lane.signedIn())
        (void)m_context->lane.signOut();
    event->accept();
}

void LaneWindow::showSignIn(const QString &message)
{
    updateUserLabel();
    m_pages->setCurrentWidget(m_signIn);
    m_signIn->reset(message);
}

void LaneWindow::showSale()
{
    m_pages->setCurrentWidget(m_sale);
    m_sale->enter();
}

void LaneWindow::showTender()
{
    m_pages->setCurrentWidget(m_tender);
    m_tender->enter();
    if (m_displayFeed)
        m_displayFeed->showAmountDue();
}

void LaneWindow::showReceipt(const ReceiptDocument &receipt, const QString &change)
{
    m_pages->setCurrentWidget(m_receipt);
    m_receipt->showReceipt(receipt, change);
}

void LaneWindow::afterSignIn()
{
    updateUserLabel();
    // A sale interrupted while paying goes back to the payment screen.
    if (!m_context->lane.session().sale().tenders.isEmpty())
        showTender();
    else
        showSale();
}

void LaneWindow::saleCompleted(const CompletedSale &completed)
{
    const QString change = completed.change.isPositive() ? formatMoney(completed.change, m_context->locale) : QString();
    const ReceiptDocument &receipt = m_context->lane.session().lastReceipt();
    showReceipt(receipt, change);
    // Durable first, then paper: the receipt prints only after the commit.
    // The drawer goes first: the change is handed over while the receipt prints.
    if (m_laneDevices && completed.cashTaken)
        m_laneDevices->openDrawer();
    printReceipt(receipt);
    refreshPending();
}

void LaneWindow::printReceipt(const ReceiptDocument &receipt)
{
    if (!m_laneDevices || !m_laneDevices->printReceipt(receipt))
        m_receipt->setPrintStatus(tr("No printer: the receipt is on screen only."), false);
    else
        m_receipt->setPrintStatus(tr("Printing…"), false);
}

void LaneWindow::setLaneDevices(LaneDevices *devices)
{
    if (m_laneDevices)
        m_laneDevices->disconnect(this);
    delete std::exchange(m_displayFeed, nullptr);
    m_laneDevices = devices;
    m_context->devices = devices;
    if (!devices) {
        setDevices({});
        return;
    }
    setDevices(devices->summary());
    m_displayFeed = new CustomerDisplayFeed(m_context->lane, *devices, m_context->locale, this);
    // A scanner on its own port sells like a wedge scan, with the same rules
    // (held during dialogs, refused while signed out).
    connect(devices, &LaneDevices::scanned, this, &LaneWindow::deliverScan);
    connect(devices, &LaneDevices::scanFailed, this, [this](const QString &message) {
        // A noisy cable or a wrong speed sends frame after frame of junk:
        // one beep and one message every couple of seconds, not a siren.
        if (m_lastScanFailure.isValid() && m_lastScanFailure.elapsed() < kScanFailureQuietMs)
            return;
        m_lastScanFailure.start();
        QApplication::beep();
        m_sale->banner()->showMessage(message, ErrorBanner::Severity::Warning);
    });
    connect(devices, &LaneDevices::drawerLeftOpen, this, [this](int seconds) {
        m_sale->banner()->showMessage(tr("The cash drawer has been open for %1 s. Please close it.").arg(seconds),
                                      ErrorBanner::Severity::Warning);
    });
    connect(devices, &LaneDevices::summaryChanged, this, &LaneWindow::setDevices);
    connect(devices, &LaneDevices::receiptPrinted, this, [this](qint64 number) {
        if (number == m_receipt->receiptNumber())
            m_receipt->setPrintStatus(tr("Printed."), false);
    });
    connect(devices, &LaneDevices::printFailed, this, [this](qint64 number, const QString &message) {
        // Said about the receipt it concerns, wherever the cashier is by now.
        const QString text = tr("Receipt %1 did not print: %2 F9 prints a copy of the last receipt.")
                                 .arg(number)
                                 .arg(message);
        if (number == m_receipt->receiptNumber())
            m_receipt->setPrintStatus(text, true);
        m_sale->banner()->showMessage(text, ErrorBanner::Severity::Warning);
    });
}

void LaneWindow::checkIdle()
{
    if (!m_context->lane.signedIn())
        return;
    auto locked = m_context->lane.lockIfIdle();
    if (!locked || !*locked)
        return;
    // Nobody may finish a dialog left open under the cashier's name: each
    // closes as cancelled (the engine refuses anything now: signed out).
    m_heldScans.clear();
    while (QWidget *modal = QApplication::activeModalWidget()) {
        modal->close();
        if (QApplication::activeModalWidget() == modal)
            break;
    }
    showSignIn(tr("Locked after a time without use. The open sale waits for the next sign-in."));
}

void LaneWindow::updateUserLabel()
{
    const auto &user = m_context->lane.signedIn();
    m_user->setText(user ? tr("%1 · lane %2").arg(user->displayName, m_context->lane.options().laneId)
                         : tr("Signed out · lane %1").arg(m_context->lane.options().laneId));
}

} // namespace retailos::ui
