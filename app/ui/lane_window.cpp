// The lane's main window (see lane_window.h).
#include "app/ui/lane_window.h"

#include "app/ui/error_banner.h"
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
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace retailos::ui {

namespace {
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
    connect(m_sale, &SalePage::receiptCopyReady, this,
            [this](const ReceiptDocument &copy) { showReceipt(copy, QString()); });
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
    // A dialog or the sign-in page waiting for typed input (a gift card
    // number, a staff badge) gets the code as if typed, then Enter.
    QWidget *modal = QApplication::activeModalWidget();
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (modal || currentPage() == m_signIn) {
        if (edit) {
            edit->insert(code);
            emit edit->returnPressed();
        }
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
    QMessageBox box(QMessageBox::Information, tr("Keys"),
                    tr("Selling\n"
                       "  Scan, or type a code and Enter · type a name for instant results\n"
                       "  3* then scan: sell 3 · Up/Down: select a line · Esc: back out\n"
                       "  F2 Find item   F3 Quantity   F4 Change price   F5 Discount (Shift+F5: whole sale)\n"
                       "  F6 / Delete Void line   F7 Park / resume   F8 Void sale\n"
                       "  F9 Reprint last receipt   F10 No sale   F11 / Ctrl+L Lock   F12 Pay\n\n"
                       "Payment\n"
                       "  Enter: cash (typed amount, empty = exact)   F5 Exact cash   F6-F8 Quick cash\n"
                       "  F2 Card   F3 Gift card   F4 Store credit   F9 Take back payment   Esc Back\n\n"
                       "Receipt\n"
                       "  Enter: next customer"),
                    QMessageBox::Ok, this);
    box.setObjectName(u"helpDialog"_qs);
    box.exec();
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
    showReceipt(m_context->lane.session().lastReceipt(), change);
    refreshPending();
}

void LaneWindow::checkIdle()
{
    if (!m_context->lane.signedIn() || QApplication::activeModalWidget())
        return;
    auto locked = m_context->lane.lockIfIdle();
    if (locked && *locked)
        showSignIn(tr("Locked after a time without use. The open sale waits for the next sign-in."));
}

void LaneWindow::updateUserLabel()
{
    const auto &user = m_context->lane.signedIn();
    m_user->setText(user ? tr("%1 · lane %2").arg(user->displayName, m_context->lane.options().laneId)
                         : tr("Signed out · lane %1").arg(m_context->lane.options().laneId));
}

} // namespace retailos::ui
