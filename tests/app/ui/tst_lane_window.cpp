// The real lane window driven the way a cashier drives it: keyboard-wedge
// scans (a burst of keys and Enter, straight from "the window system"),
// typing with human gaps, function keys, clicks on the touch buttons, and
// the modal dialogs answered by typing into them. Every test checks what the
// screen shows and what the lane database holds afterwards.
#include "app/ui/basket_model.h"
#include "app/ui/customer_display_feed.h"
#include "app/ui/error_banner.h"
#include "app/ui/lane_devices.h"
#include "app/ui/lane_window.h"
#include "app/ui/receipt_page.h"
#include "app/ui/sale_page.h"
#include "app/ui/sign_in_page.h"
#include "app/ui/tender_page.h"
#include "app/ui/theme.h"
#include "app/ui/wedge_scan_filter.h"
#include "tests/support/lane_services_fixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace retailos;
using namespace retailos::ui;
using retailos::test::LaneItems;
using retailos::test::LaneServicesFixture;
using retailos::test::LaneStaff;

namespace {

constexpr int kHumanGapMs = 80; // a person at the keyboard: well above the wedge's 30 ms
constexpr int kQuickGapMs = 40; // a quick typist: still not a scanner

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// "1,99" and "10,46 €" as a German lane shows them (amounts below 1.000 €),
// written out here rather than asked of the code under test.
QString amount(qint64 minor)
{
    return QStringLiteral("%1,%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}
QString euros(qint64 minor)
{
    return amount(minor) + QStringLiteral(" €");
}
// Screen text with no-break spaces as plain spaces.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

// A translation that makes every text 40 % longer, line by line, to find
// layouts that only fit the English wording.
class LongerTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        QStringList lines = QString::fromUtf8(sourceText).split(u'\n');
        for (QString &line : lines) {
            if (!line.isEmpty())
                line += QString((line.size() * 2 + 4) / 5, QChar(0x00B7));
        }
        return lines.join(u'\n');
    }
    bool isEmpty() const override { return false; }
};

// All the text a dialog's labels show.
QString shownText(QWidget *dialog)
{
    QStringList texts;
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        texts << l->text();
    return texts.join(u'\n');
}

// Notes every modal dialog that comes up while it lives (by objectName) and
// closes at once any it was not told to expect: an unexpected dialog fails
// the test straight away instead of blocking it until the watchdog.
class ModalSpy : public QObject
{
public:
    explicit ModalSpy(QStringList expected = {}) : m_expected(std::move(expected))
    {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, [this] { look(); });
        m_poll.start();
    }
    QStringList seen()
    {
        look();
        return m_seen;
    }

private:
    void look()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == m_last)
            return;
        m_last = modal;
        m_seen << modal->objectName();
        if (!m_expected.contains(modal->objectName()))
            modal->close();
    }

    QStringList m_expected;
    QStringList m_seen;
    QPointer<QWidget> m_last;
    QTimer m_poll;
};

// The window's device interface as the hardware layer drives it: what the
// window asked for is recorded, and the test plays the devices' answers.
// (The real implementation runs against the simulators in tests/app/wiring.)
class ScriptedDevices : public LaneDevices
{
public:
    bool printReceipt(const ReceiptDocument &) override { return false; }
    bool openDrawer() override
    {
        ++drawerKicks;
        return true;
    }
    DeviceSummary summary() const override { return {DeviceHealth::Ok, u"Devices ready"_qs}; }
    bool hasScale() const override { return scale; }
    void requestWeight() override
    {
        ++weightRequests;
        if (!answers.isEmpty())
            QTimer::singleShot(20, this, [this] { emit weighed(answers.takeFirst()); });
    }
    void showCustomerText(const QString &line1, const QString &line2) override { display << line1 + u'|' + line2; }

    bool scale = false;
    QList<ScaleWeight> answers;   // the scale's next answers, one per request
    int weightRequests = 0;
    int drawerKicks = 0;
    QStringList display;          // every screen the customer saw, "line1|line2"
};

} // namespace

class TestLaneWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInByKeyboard();
    void signInByKeypad();
    void wrongPinStaysOnSignIn();
    void wedgeScansAndTypedCodeAddLines();
    void badScansShowBannerAndKeepFocus();
    void quantityPrefixAndNameSearch();
    void weighedItemByPlu();
    void ageCheckRefusedRemovesLine();
    void ageCheckConfirmedKeepsLine();
    void unconfirmedAgeLineBlocksPayment();
    void voidLineWithF6();
    void priceChangeNeedsSupervisor();
    void payCashShowsChangeAndReceipt();
    void splitTenderCardThenCash();
    void giftCardInsufficientBalance();
    void parkAndResumeWithF7();
    void reprintWithF9();
    void noSaleNeedsSupervisor();
    void lockWithF11KeepsBasket();
    void idleLock();
    void crashRestartBringsBasketBack();

    // The review fixes of 791f65c.
    void scanInPinFieldIsNotAPin();
    void staffBadgeScanFillsCodeAndMovesToPin();
    void scansDuringAgeCheckAreHeldAndSoldAfter();
    void heldScansAreSoldBeforeTheNextScan();
    void scanDuringQuantityDialogLeavesTypedQuantity();
    void failedTypedCodeComesBackAsTyped();
    void pendingQuantityLabelAndEscape();
    void takingBackCardPaymentAsksSupervisorFirst();
    void supervisorReasonIsJournaled();
    void allVoidedBasketClearsWithoutSupervisor();
    void departmentKeyListsItsItems();
    void idleLockClosesOpenDialog();
    void helpFromSaleAndTenderPages();
    void unknownNameShowsBanner();

    void layoutAtCommonSizes_data();
    void layoutAtCommonSizes();
    void layoutWithLongerTranslations();
    void screenshots();
    // The devices the hardware layer drives (through LaneDevices).
    void scannerOnItsOwnPortSells();
    void scannerNoiseIsShownNotSold();
    void scaleWeighsTheItem();
    void scaleThatDoesNotAnswerLetsCashierType();
    void itemLeftOnTheScaleIsNotSoldAgain();
    void customerDisplayFollowsTheSale();
    void drawerOpensForCashAndRemindsWhenLeftOpen();
    void receiptSavedAsPdfAndText();

private:
    // The window over the fixture's lane, shown and active.
    void openWindow(QSize size = { 1280, 800 }, int idleCheckMs = 5000);
    void closeWindow();

    // Where the keyboard types now (see demo_shift.cpp): the focus widget; the
    // modal dialog's focus; the window's focus when the platform did not
    // activate the window again after a dialog.
    QWidget *keyTarget() const;
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // A keyboard-wedge scanner: the code as one burst of keys, then Enter.
    void scan(const QString &code);
    // A person: one key at a time, `gapMs` apart.
    void type(const QString &text, int gapMs = kHumanGapMs);
    void typeLine(const QString &text, int gapMs = kHumanGapMs);
    void signIn(const QString &code = str(LaneStaff::cashier), const QString &pin = str(LaneStaff::cashierPin));
    // A platform with a window manager activates the window again after a
    // dialog; offscreen does not, so window shortcuts (F11) need this.
    void activateWindow();

    // Answers the next modal dialog called `name` once it is up (and `when`
    // holds): `answer` runs inside the dialog's event loop. Schedule before
    // the action that opens it; waitAnswered() checks it happened.
    void onModal(const QString &name, std::function<void(QWidget *)> answer, std::function<bool(QWidget *)> when = {});
    [[nodiscard]] bool waitAnswered(int timeoutMs = 5000);

    BasketModel *model() const { return m_window->salePage()->basketModel(); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }
    QVariant role(int row, int r) const { return model()->index(row, 0).data(r); }
    QLabel *label(QWidget *page, const char *name) const { return page->findChild<QLabel *>(QLatin1String(name)); }
    QString totalText() const { return plain(label(m_window->salePage(), "totalAmount")->text()); }
    QLineEdit *scanInput() const { return m_window->salePage()->findChild<QLineEdit *>(u"scanInput"_qs); }
    ErrorBanner *banner() const { return m_window->salePage()->banner(); }
    QPushButton *functionButton(QWidget *page, const QString &key) const;
    static QLineEdit *edit(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    }
    // Lines of the basket still on disk (the crash copy).
    qint64 savedLines() { return m_fx->count("SELECT count(*) FROM open_basket_lines"); }
    QString screenshotDir() const;

    std::unique_ptr<LaneServicesFixture> m_fx;
    QTemporaryDir m_receiptsDir;
    QList<QuickKeyDef> m_quickKeys; // for the next openWindow()
    std::unique_ptr<LaneWindow> m_window;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QObject> m_pollers; // this test's onModal() pollers
    int m_pendingAnswers = 0;
    QStringList m_unanswered; // dialogs that never came
    QStringList m_stuckDialogs; // dialogs nobody answered (closed by the watchdog)
    QTimer m_watchdog;
    QPointer<QWidget> m_lastModal;
    int m_modalTicks = 0;
};

// --- set-up --------------------------------------------------------------

void TestLaneWindow::initTestCase()
{
    // As the lane program does: amounts and the keypad in the store's format,
    // and the real theme (fonts and sizes matter for the layout tests).
    QLocale::setDefault(QLocale(u"de_DE"_qs));
    auto themed = applyTheme(*qApp, u"default"_qs);
    QVERIFY2(themed, themed ? "" : qPrintable(themed.error().message));

    // Nobody waits forever on a dialog a test did not expect.
    m_watchdog.setInterval(250);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal != m_lastModal) {
            m_lastModal = modal;
            m_modalTicks = 0;
            return;
        }
        if (++m_modalTicks < 40) // 10 s
            return;
        m_stuckDialogs << modal->objectName();
        modal->close();
    });
    m_watchdog.start();
}

void TestLaneWindow::init()
{
    m_fx = std::make_unique<LaneServicesFixture>();
    m_pollers = std::make_unique<QObject>();
    m_quickKeys.clear();
    m_pendingAnswers = 0;
    m_unanswered.clear();
    m_stuckDialogs.clear();
}

void TestLaneWindow::cleanup()
{
    const QStringList stuck = m_stuckDialogs;
    QStringList missed = m_unanswered;
    const auto pollers = m_pollers->findChildren<QTimer *>();
    for (QTimer *poll : pollers) {
        if (poll->isActive()) // still waiting for its dialog
            missed << poll->objectName();
    }
    m_pollers.reset(); // none of them may answer a later test's dialog
    closeWindow();
    m_fx.reset();
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    QVERIFY2(stuck.isEmpty(), qPrintable(u"dialogs left open: "_qs + stuck.join(u", ")));
    QVERIFY2(missed.isEmpty(), qPrintable(u"dialogs that never opened: "_qs + missed.join(u", ")));
}

void TestLaneWindow::openWindow(QSize size, int idleCheckMs)
{
    LaneWindowOptions options;
    options.idleCheckMs = idleCheckMs;
    options.quickKeys = m_quickKeys;
    options.receiptsDir = m_receiptsDir.path() + u"/receipts"_qs;
    m_window = std::make_unique<LaneWindow>(m_fx->lane(), m_fx->options().locale, options);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activateWindow();
}

void TestLaneWindow::closeWindow()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    m_window.reset();
}

void TestLaneWindow::activateWindow()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QWidget *TestLaneWindow::keyTarget() const
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal->focusWidget() ? modal->focusWidget() : modal;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return m_window->focusWidget() ? m_window->focusWidget() : m_window.get();
}

void TestLaneWindow::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(keyTarget(), Qt::Key(key), modifiers);
}

void TestLaneWindow::scan(const QString &code)
{
    QWidget *target = keyTarget();
    QTest::keyClicks(target, code, Qt::NoModifier, 0);
    QTest::keyClick(target, Qt::Key_Return, Qt::NoModifier, 0);
}

void TestLaneWindow::type(const QString &text, int gapMs)
{
    for (const QChar c : text) {
        QTest::qWait(gapMs);
        QTest::keyClick(keyTarget(), c.toLatin1());
    }
}

void TestLaneWindow::typeLine(const QString &text, int gapMs)
{
    type(text, gapMs);
    QTest::qWait(gapMs);
    press(Qt::Key_Return);
}

void TestLaneWindow::signIn(const QString &code, const QString &pin)
{
    QCOMPARE(m_window->currentPage(), m_window->signInPage());
    typeLine(code, kQuickGapMs);
    typeLine(pin, kQuickGapMs);
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QVERIFY(m_fx->lane().signedIn());
}

void TestLaneWindow::onModal(
    const QString &name, std::function<void(QWidget *)> answer, std::function<bool(QWidget *)> when)
{
    ++m_pendingAnswers;
    auto *poll = new QTimer(m_pollers.get());
    poll->setObjectName(name);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, poll, [this, poll, started, name, answer, when] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible() && modal->objectName() == name && (!when || when(modal))) {
            poll->stop();
            poll->deleteLater();
            --m_pendingAnswers;
            answer(modal);
            return;
        }
        if (started->elapsed() > 8000) {
            poll->stop();
            poll->deleteLater();
            --m_pendingAnswers;
            m_unanswered << name;
        }
    });
    poll->start();
}

bool TestLaneWindow::waitAnswered(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_pendingAnswers == 0; }, timeoutMs) && m_unanswered.isEmpty();
}

QPushButton *TestLaneWindow::functionButton(QWidget *page, const QString &key) const
{
    const auto buttons = page->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        const QString text = b->text();
        if (text.startsWith(key) && text.size() > key.size() && !text.at(key.size()).isDigit())
            return b;
    }
    return nullptr;
}

QString TestLaneWindow::screenshotDir() const
{
    const QString env = qEnvironmentVariable("RETAILOS_SCREENSHOT_DIR");
    return env.isEmpty() ? QStringLiteral(RETAILOS_SCREENSHOT_DEFAULT) : env;
}

// --- sign in -------------------------------------------------------------

void TestLaneWindow::signInByKeyboard()
{
    openWindow();
    SignInPage *page = m_window->signInPage();
    QCOMPARE(m_window->currentPage(), page);
    auto *code = page->findChild<QLineEdit *>(u"userCode"_qs);
    auto *pin = page->findChild<QLineEdit *>(u"pin"_qs);
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QVERIFY(m_window->statusBar()->findChild<QLabel *>(u"statusUser"_qs)->text().startsWith(u"Signed out"));

    typeLine(u"1001"_qs);
    QCOMPARE(code->text(), u"1001"_qs); // typed, not taken for a scan
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    type(u"1111"_qs);
    QTRY_COMPARE(pin->text(), u"1111"_qs);
    QTest::qWait(kHumanGapMs);
    press(Qt::Key_Return);

    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QTRY_COMPARE(QApplication::focusWidget(), scanInput());
    QVERIFY(m_fx->lane().signedIn());
    QCOMPARE(m_fx->lane().signedIn()->code, u"1001"_qs);
    QVERIFY(m_window->statusBar()->findChild<QLabel *>(u"statusUser"_qs)->text().contains(str(LaneStaff::cashierName)));
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 1);
    QCOMPARE(m_fx->journalCount(u"sign_in_failed"_qs), 0);
    QVERIFY(m_fx->lastJournalPayload(u"sign_in"_qs).contains(u"\"1001\""));
}

void TestLaneWindow::signInByKeypad()
{
    openWindow();
    SignInPage *page = m_window->signInPage();
    auto keypadButton = [page](const QString &text) -> QPushButton * {
        const auto buttons = page->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == text && b->isVisible())
                return b;
        }
        return nullptr;
    };
    auto touch = [&](const QString &keys) {
        for (const QChar c : keys) {
            QPushButton *b = keypadButton(QString(c));
            QVERIFY2(b, qPrintable(u"no keypad key "_qs + c));
            QTest::mouseClick(b, Qt::LeftButton);
        }
        QPushButton *enter = keypadButton(u"Enter"_qs);
        QVERIFY(enter);
        QTest::mouseClick(enter, Qt::LeftButton);
    };
    QTRY_COMPARE(QApplication::focusWidget(), page->findChild<QLineEdit *>(u"userCode"_qs));
    touch(u"2001"_qs);
    QCOMPARE(page->findChild<QLineEdit *>(u"userCode"_qs)->text(), u"2001"_qs);
    QTRY_COMPARE(QApplication::focusWidget(), page->findChild<QLineEdit *>(u"pin"_qs));
    touch(u"9876"_qs);

    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QVERIFY(m_fx->lane().signedIn());
    QCOMPARE(m_fx->lane().signedIn()->code, u"2001"_qs);
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 1);
}

void TestLaneWindow::wrongPinStaysOnSignIn()
{
    openWindow();
    SignInPage *page = m_window->signInPage();
    auto *pin = page->findChild<QLineEdit *>(u"pin"_qs);
    auto *message = page->findChild<ErrorBanner *>(u"errorBanner"_qs);
    QVERIFY(message);
    QVERIFY(!message->isVisible());

    typeLine(u"1001"_qs, kQuickGapMs);
    typeLine(u"4321"_qs, kQuickGapMs);

    QTest::qWait(50);
    QCOMPARE(m_window->currentPage(), page);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Unknown user or wrong PIN."_qs);
    QCOMPARE(pin->text(), QString()); // cleared for the next try
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    QVERIFY(!m_fx->lane().signedIn());
    QCOMPARE(m_fx->journalCount(u"sign_in_failed"_qs), 1);
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 0);

    // The right PIN then works, from the PIN field.
    typeLine(u"1111"_qs, kQuickGapMs);
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 1);
}

// --- selling -------------------------------------------------------------

void TestLaneWindow::wedgeScansAndTypedCodeAddLines()
{
    openWindow();
    signIn();
    QTRY_COMPARE(QApplication::focusWidget(), scanInput());
    QCOMPARE(totalText(), euros(0));
    QSignalSpy scans(m_window->wedge(), &WedgeScanFilter::scanned);

    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    scan(str(LaneItems::milk));
    QCOMPARE(scans.count(), 3); // taken for scans, not typing
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(scanInput()->text(), QString()); // no digit of a scan leaked into the field
    QVERIFY(cell(0, BasketModel::Item).contains(u"Nordhof Milk"));
    QVERIFY(cell(1, BasketModel::Item).contains(u"Lumière Soap"));
    QCOMPARE(cell(1, BasketModel::Amount), amount(LaneItems::soapMinor));
    QCOMPARE(role(2, BasketModel::HighlightRole).toBool(), true);
    QCOMPARE(role(0, BasketModel::HighlightRole).toBool(), false);
    QCOMPARE(role(1, BasketModel::HighlightRole).toBool(), false);
    QCOMPARE(totalText(), euros(2 * LaneItems::milkMinor + LaneItems::soapMinor));
    QCOMPARE(savedLines(), 3);

    // A person keys the soap's barcode: it shows in the field while typed,
    // then Enter sells it.
    type(str(LaneItems::soap));
    QTRY_COMPARE(scanInput()->text(), str(LaneItems::soap));
    QCOMPARE(model()->rowCount(), 3);
    QTest::qWait(kHumanGapMs);
    press(Qt::Key_Return);
    QTRY_COMPARE(model()->rowCount(), 4);
    QCOMPARE(scans.count(), 3); // typed, not scanned
    QCOMPARE(scanInput()->text(), QString());
    QVERIFY(cell(3, BasketModel::Item).contains(u"Lumière Soap"));
    QCOMPARE(role(3, BasketModel::HighlightRole).toBool(), true);
    QCOMPARE(role(2, BasketModel::HighlightRole).toBool(), false);
    const qint64 total = 2 * LaneItems::milkMinor + 2 * LaneItems::soapMinor; // 8,96
    QCOMPARE(totalText(), euros(total));
    QCOMPARE(m_fx->session().priced().total.minorUnits(), total);
    QCOMPARE(savedLines(), 4);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);
}

void TestLaneWindow::badScansShowBannerAndKeepFocus()
{
    openWindow();
    signIn();
    QTRY_COMPARE(QApplication::focusWidget(), scanInput());

    scan(u"4006381333932"_qs); // milk with a wrong check digit
    QVERIFY(banner()->isVisible());
    QVERIFY2(banner()->text().contains(u"Check digit", Qt::CaseInsensitive), qPrintable(banner()->text()));
    QCOMPARE(banner()->severity(), ErrorBanner::Severity::Error);
    QCOMPARE(QApplication::focusWidget(), scanInput());
    QCOMPARE(model()->rowCount(), 0);

    scan(u"5901234123457"_qs); // a good EAN-13 the store does not sell
    QVERIFY(banner()->isVisible());
    QVERIFY2(banner()->text().contains(u"5901234123457"), qPrintable(banner()->text()));
    QCOMPARE(QApplication::focusWidget(), scanInput());
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(totalText(), euros(0));
    QCOMPARE(savedLines(), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM open_baskets"), 0);

    scan(str(LaneItems::milk));
    QVERIFY(!banner()->isVisible());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(savedLines(), 1);
    QCOMPARE(QApplication::focusWidget(), scanInput());
}

void TestLaneWindow::quantityPrefixAndNameSearch()
{
    openWindow();
    signIn();

    type(u"3*"_qs);
    QTRY_COMPARE(scanInput()->text(), u"3*"_qs);
    QTest::qWait(kHumanGapMs);
    scan(str(LaneItems::milk));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(cell(0, BasketModel::Quantity), u"3"_qs);
    QCOMPARE(cell(0, BasketModel::Amount), amount(3 * LaneItems::milkMinor));
    QCOMPARE(scanInput()->text(), QString());
    QCOMPARE(m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"),
        3000);

    auto *results = m_window->salePage()->findChild<QListWidget *>(u"searchResults"_qs);
    QVERIFY(!results->isVisible());
    type(u"milk"_qs);
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(u"Nordhof Milk"));
    QVERIFY(results->item(0)->text().contains(amount(LaneItems::milkMinor)));
    QTest::qWait(kHumanGapMs);
    press(Qt::Key_Return);
    QTRY_COMPARE(model()->rowCount(), 2);
    QVERIFY(!results->isVisible());
    QCOMPARE(scanInput()->text(), QString());
    QVERIFY(cell(1, BasketModel::Item).contains(u"Nordhof Milk"));
    QCOMPARE(cell(1, BasketModel::Quantity), u"1"_qs);
    QCOMPARE(totalText(), euros(4 * LaneItems::milkMinor));
    QCOMPARE(savedLines(), 2);
}

void TestLaneWindow::weighedItemByPlu()
{
    openWindow();
    signIn();

    QString prompt;
    onModal(u"valueDialog"_qs, [this, &prompt](QWidget *dialog) {
        prompt = dialog->windowTitle();
        QLineEdit *input = edit(dialog, "valueInput");
        QVERIFY(input);
        QTRY_COMPARE(QApplication::focusWidget(), input);
        typeLine(u"0,750"_qs);
    });
    typeLine(str(LaneItems::bananasPlu));
    QVERIFY(waitAnswered());
    QCOMPARE(prompt, u"Weight"_qs);

    QTRY_COMPARE(model()->rowCount(), 1);
    QVERIFY(cell(0, BasketModel::Item).contains(u"Organic Bananas"));
    QCOMPARE(plain(cell(0, BasketModel::Quantity)), u"0,750 kg"_qs);
    QCOMPARE(cell(0, BasketModel::Amount), u"2,24"_qs); // 0.750 kg × 2.99 = 2.2425
    QCOMPARE(totalText(), euros(224));
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"), 750);
}

void TestLaneWindow::ageCheckRefusedRemovesLine()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));

    QString question;
    onModal(u"ageCheckDialog"_qs, [this, &question](QWidget *dialog) {
        question = static_cast<QMessageBox *>(dialog)->text();
        press(Qt::Key_N);
    });
    scan(str(LaneItems::wine));
    QVERIFY(waitAnswered());
    QVERIFY2(question.contains(u"18"), qPrintable(question));

    QTRY_COMPARE(role(1, BasketModel::VoidedRole).toBool(), true);
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(cell(1, BasketModel::Amount), u"void"_qs);
    QCOMPARE(role(1, BasketModel::AgeCheckRole).toBool(), false);
    QCOMPARE(totalText(), euros(LaneItems::milkMinor));
    QCOMPARE(m_fx->journalCount(u"line_void"_qs), 1);
    QVERIFY(m_fx->lastJournalPayload(u"line_void"_qs).contains(u"\"WINE\""));
    QCOMPARE(m_fx->count("SELECT json_extract(document, '$.voided') FROM open_basket_lines WHERE line_no = 2"), 1);

    // Nothing blocks payment now.
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    QCOMPARE(plain(label(m_window->tenderPage(), "dueAmount")->text()), euros(LaneItems::milkMinor));
    press(Qt::Key_Return); // nothing typed: the exact amount in cash
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 1);
    QCOMPARE(m_fx->count("SELECT total_minor FROM sales"), LaneItems::milkMinor);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sale_lines WHERE voided = 1"), 1);
}

void TestLaneWindow::ageCheckConfirmedKeepsLine()
{
    openWindow();
    signIn();

    onModal(u"ageCheckDialog"_qs, [this](QWidget *) { press(Qt::Key_Y); });
    scan(str(LaneItems::wine));
    QVERIFY(waitAnswered());

    QTRY_COMPARE(
        m_fx->count("SELECT json_extract(document, '$.age_confirmed') FROM open_basket_lines WHERE line_no = 1"), 1);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(role(0, BasketModel::VoidedRole).toBool(), false);
    QCOMPARE(role(0, BasketModel::AgeCheckRole).toBool(), false);
    QCOMPARE(cell(0, BasketModel::Amount), amount(LaneItems::wineMinor));
    QCOMPARE(totalText(), euros(LaneItems::wineMinor));
    QCOMPARE(m_fx->journalCount(u"line_void"_qs), 0);

    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
}

void TestLaneWindow::unconfirmedAgeLineBlocksPayment()
{
    // A wine line whose age check was never answered: what a lane brings
    // back when it stopped while the question was on screen.
    QVERIFY(m_fx->lane().signIn(str(LaneStaff::cashier), str(LaneStaff::cashierPin)));
    QVERIFY(m_fx->session().scan(str(LaneItems::milk)));
    QVERIFY(m_fx->session().scan(str(LaneItems::wine)));
    QVERIFY(m_fx->lane().signOut());
    openWindow();
    signIn();
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(role(1, BasketModel::AgeCheckRole).toBool(), true);

    // Paying asks the question first; "No" takes the wine off and the
    // payment does not start.
    onModal(u"ageCheckDialog"_qs, [this](QWidget *) { press(Qt::Key_N); });
    press(Qt::Key_F12);
    QVERIFY(waitAnswered());
    QTRY_COMPARE(role(1, BasketModel::VoidedRole).toBool(), true);
    QCOMPARE(m_window->currentPage(), m_window->salePage());
    QCOMPARE(m_fx->journalCount(u"line_void"_qs), 1);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);

    // The engine itself refuses a payment while a line waits for its check.
    QVERIFY(m_fx->session().scan(str(LaneItems::wine)));
    QTRY_COMPARE(model()->rowCount(), 3);
    QCOMPARE(role(2, BasketModel::AgeCheckRole).toBool(), true);
    Tender cash;
    cash.kind = TenderKind::Cash;
    cash.received = Money(10000, m_fx->session().sale().currency);
    auto refused = m_fx->session().addTender(cash);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"sale.age_check"_qs);

    // "Yes" at the payment question: the payment screen opens.
    onModal(u"ageCheckDialog"_qs, [this](QWidget *) { press(Qt::Key_Y); });
    activateWindow();
    press(Qt::Key_F12);
    QVERIFY(waitAnswered());
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    QCOMPARE(role(2, BasketModel::AgeCheckRole).toBool(), false);
    QCOMPARE(
        plain(label(m_window->tenderPage(), "dueAmount")->text()), euros(LaneItems::milkMinor + LaneItems::wineMinor));
}

void TestLaneWindow::voidLineWithF6()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    QCOMPARE(model()->rowCount(), 2);

    press(Qt::Key_F6); // the cashier may void lines: no approval
    QVERIFY(!QApplication::activeModalWidget());
    QTRY_COMPARE(role(1, BasketModel::VoidedRole).toBool(), true);
    QCOMPARE(cell(1, BasketModel::Amount), u"void"_qs);
    QCOMPARE(role(0, BasketModel::VoidedRole).toBool(), false);
    QCOMPARE(totalText(), euros(LaneItems::milkMinor));
    QCOMPARE(m_fx->journalCount(u"line_void"_qs), 1);
    const QString payload = m_fx->lastJournalPayload(u"line_void"_qs);
    QVERIFY2(payload.contains(u"\"SOAP\"") && payload.contains(u"\"approved_by\":\"1001\""), qPrintable(payload));
    QCOMPARE(m_fx->count("SELECT json_extract(document, '$.voided') FROM open_basket_lines WHERE line_no = 2"), 1);
}

void TestLaneWindow::priceChangeNeedsSupervisor()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));

    onModal(u"valueDialog"_qs, [this](QWidget *dialog) {
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "valueInput"));
        typeLine(u"1,49"_qs);
    });
    // First a wrong PIN: the dialog says so and stays.
    onModal(u"approvalDialog"_qs, [this](QWidget *dialog) {
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "approverCode"));
        typeLine(str(LaneStaff::supervisor));
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "approverPin"));
        typeLine(u"1234"_qs);
    });
    QString approvalError;
    bool pinCleared = false;
    onModal(
        u"approvalDialog"_qs,
        [&, this](QWidget *dialog) {
            approvalError = dialog->findChild<QLabel *>(u"errorBanner"_qs)->text();
            pinCleared = edit(dialog, "approverPin")->text().isEmpty();
            QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "approverPin"));
            typeLine(str(LaneStaff::supervisorPin));
        },
        [](QWidget *dialog) { return dialog->findChild<QLabel *>(u"errorBanner"_qs)->isVisible(); });
    press(Qt::Key_F4);
    QVERIFY(waitAnswered());
    QCOMPARE(approvalError, u"Unknown user or wrong PIN."_qs);
    QVERIFY(pinCleared);

    QTRY_COMPARE(cell(0, BasketModel::UnitPrice), u"1,49"_qs);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(cell(0, BasketModel::Amount), u"1,49"_qs);
    QVERIFY(cell(0, BasketModel::Item).contains(u"(price changed)"));
    QCOMPARE(totalText(), euros(149));
    QCOMPARE(m_fx->journalCount(u"price_override"_qs), 1);
    const QString payload = m_fx->lastJournalPayload(u"price_override"_qs);
    QVERIFY2(payload.contains(u"\"approved_by\":\"2001\"") && payload.contains(u"\"user_id\":\"1001\"")
            && payload.contains(u"\"to\":149") && payload.contains(u"\"from\":199"),
        qPrintable(payload));
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.unit_price') FROM open_basket_lines WHERE line_no = 1"), 149);
}

// --- payment -------------------------------------------------------------

void TestLaneWindow::payCashShowsChangeAndReceipt()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    const qint64 total = LaneItems::milkMinor + LaneItems::soapMinor; // 4,48

    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    QCOMPARE(plain(label(m_window->tenderPage(), "dueAmount")->text()), euros(total));
    QTRY_COMPARE(QApplication::focusWidget(), m_window->tenderPage()->findChild<QLineEdit *>(u"tenderAmount"_qs));

    typeLine(u"20"_qs);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QLabel *change = label(m_window->receiptPage(), "changeAmount");
    QVERIFY(change->isVisible());
    QCOMPARE(plain(change->text()), euros(2000 - total));
    const QString receipt = m_window->receiptPage()->receiptText();
    QVERIFY2(receipt.contains(u"TOTAL"), qPrintable(receipt));
    QVERIFY(receipt.contains(u"Nordhof Milk"));
    QVERIFY(!receipt.contains(u"COPY"));

    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 1);
    QCOMPARE(m_fx->count("SELECT total_minor FROM sales"), total);
    QCOMPARE(m_fx->count("SELECT change_minor FROM sales"), 2000 - total);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sale_lines"), 2);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sale_tenders WHERE kind = 'cash' AND received_minor = 2000"), 1);
    QCOMPARE(savedLines(), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM open_baskets"), 0);

    press(Qt::Key_Return); // next customer
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(totalText(), euros(0));
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 1);
}

void TestLaneWindow::splitTenderCardThenCash()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    scan(str(LaneItems::soap));
    const qint64 total = LaneItems::milkMinor + 2 * LaneItems::soapMinor; // 6,97

    // Pay by touch this time.
    QPushButton *pay = functionButton(m_window->salePage(), u"F12"_qs);
    QVERIFY(pay);
    QTest::mouseClick(pay, Qt::LeftButton);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());

    QString prefilled;
    onModal(u"cardDialog"_qs, [this, &prefilled](QWidget *dialog) {
        QLineEdit *amountEdit = edit(dialog, "cardAmount");
        prefilled = amountEdit->text();
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "cardAuth"));
        type(u"A1B2C3"_qs, kQuickGapMs);
        edit(dialog, "cardReference")->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "cardReference"));
        type(u"T-0001"_qs, kQuickGapMs);
        // Only part of it by card: back to the amount, then Enter field by
        // field down to the last four digits, whose Enter pays.
        amountEdit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), amountEdit);
        amountEdit->selectAll();
        typeLine(u"5,00"_qs, kQuickGapMs);
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "cardAuth"));
        press(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "cardReference"));
        press(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "cardLast4"));
        typeLine(u"1234"_qs, kQuickGapMs);
    });
    press(Qt::Key_F2);
    QVERIFY(waitAnswered());
    QCOMPARE(plain(prefilled), amount(total));

    QTRY_COMPARE(m_window->tenderPage()->findChild<QListWidget *>(u"tenderList"_qs)->count(), 1);
    QVERIFY(m_window->tenderPage()->findChild<QListWidget *>(u"tenderList"_qs)->item(0)->text().contains(u"1234"));
    QCOMPARE(m_window->currentPage(), m_window->tenderPage());
    QCOMPARE(plain(label(m_window->tenderPage(), "dueAmount")->text()), euros(total - 500));
    // The card is saved with the basket at once: a charged card is never forgotten.
    QCOMPARE(m_fx->count("SELECT json_array_length(document, '$.tenders') FROM open_baskets"), 1);

    press(Qt::Key_Return); // the rest in cash, exactly
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 1);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sale_tenders"), 2);
    QCOMPARE(m_fx->count("SELECT amount_minor FROM sale_tenders WHERE kind = 'card' AND masked_pan LIKE '%1234' "
                         "AND auth_code = 'A1B2C3' AND terminal_ref = 'T-0001'"),
        500);
    QCOMPARE(m_fx->count("SELECT amount_minor FROM sale_tenders WHERE kind = 'cash'"), total - 500);
    QVERIFY(m_window->receiptPage()->receiptText().contains(u"1234"));

    // The next customer's first scan, straight from the receipt screen.
    scan(str(LaneItems::milk));
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(totalText(), euros(LaneItems::milkMinor));
    QCOMPARE(savedLines(), 1);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 1);
}

void TestLaneWindow::giftCardInsufficientBalance()
{
    m_fx->issueAccount(u"6001234"_qs, 500);
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    scan(str(LaneItems::soap));
    const qint64 total = LaneItems::milkMinor + 2 * LaneItems::soapMinor; // 6,97
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());

    QString balance, offered, refusal;
    bool openAfterNumber = false, openAfterRefusal = false;
    onModal(u"accountDialog"_qs, [&, this](QWidget *dialog) {
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "accountNumber"));
        typeLine(u"6001234"_qs, kQuickGapMs);
        // Enter after the number shows the balance and offers what it can
        // pay; nothing is paid yet.
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "accountAmount"));
        QTest::qWait(50);
        openAfterNumber = dialog->isVisible();
        balance = plain(dialog->findChild<QLabel *>(u"accountBalance"_qs)->text());
        offered = plain(edit(dialog, "accountAmount")->text());
        edit(dialog, "accountAmount")->selectAll();
        typeLine(amount(total), kQuickGapMs);
        QTest::qWait(50);
        openAfterRefusal = dialog->isVisible();
        refusal = dialog->findChild<QLabel *>(u"errorBanner"_qs)->text();
        press(Qt::Key_Escape);
    });
    press(Qt::Key_F3);
    QVERIFY(waitAnswered());
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QVERIFY(openAfterNumber);
    QCOMPARE(balance, euros(500));
    QCOMPARE(offered, amount(500));
    QVERIFY(openAfterRefusal);
    QVERIFY2(refusal.contains(u"holds only 5,00"), qPrintable(refusal));
    QCOMPARE(m_window->currentPage(), m_window->tenderPage());
    QCOMPARE(m_window->tenderPage()->findChild<QListWidget *>(u"tenderList"_qs)->count(), 0);
    QCOMPARE(plain(label(m_window->tenderPage(), "dueAmount")->text()), euros(total));
    QCOMPARE(m_fx->count("SELECT json_array_length(document, '$.tenders') FROM open_baskets"), 0);
    QCOMPARE(m_fx->count("SELECT sum(delta_minor) FROM balance_ledger WHERE account_id = '6001234'"), 500);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);
}

// --- park, reprint, no-sale ---------------------------------------------

void TestLaneWindow::parkAndResumeWithF7()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    const QStringList before { cell(0, BasketModel::Item), cell(1, BasketModel::Item) };
    const QString totalBefore = totalText();

    press(Qt::Key_F7);
    QTRY_COMPARE(model()->rowCount(), 0);
    QCOMPARE(totalText(), euros(0));
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->severity(), ErrorBanner::Severity::Info);
    QCOMPARE(m_fx->count("SELECT count(*) FROM suspended_sales"), 1);
    QCOMPARE(m_fx->count("SELECT item_count FROM suspended_sales"), 2);
    QCOMPARE(savedLines(), 0);

    int listed = 0;
    onModal(u"suspendedDialog"_qs, [this, &listed](QWidget *dialog) {
        listed = dialog->findChild<QListWidget *>(u"suspendedList"_qs)->count();
        press(Qt::Key_Return);
    });
    press(Qt::Key_F7);
    QVERIFY(waitAnswered());
    QCOMPARE(listed, 1);
    QTRY_COMPARE(model()->rowCount(), 2);
    QCOMPARE((QStringList { cell(0, BasketModel::Item), cell(1, BasketModel::Item) }), before);
    QCOMPARE(totalText(), totalBefore);
    QCOMPARE(totalText(), euros(LaneItems::milkMinor + LaneItems::soapMinor));
    QCOMPARE(m_fx->count("SELECT count(*) FROM suspended_sales"), 0);
    QCOMPARE(savedLines(), 2);
}

void TestLaneWindow::reprintWithF9()
{
    openWindow();
    signIn();
    press(Qt::Key_F9); // no receipt yet
    QVERIFY(banner()->isVisible());
    QCOMPARE(m_window->currentPage(), m_window->salePage());

    scan(str(LaneItems::milk));
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QVERIFY(!m_window->receiptPage()->receiptText().contains(u"COPY"));
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QCOMPARE(m_fx->journalCount(u"receipt_copy"_qs), 0);

    press(Qt::Key_F9);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    const QString copy = m_window->receiptPage()->receiptText();
    QVERIFY2(copy.contains(u"COPY"), qPrintable(copy));
    QVERIFY(copy.contains(u"TOTAL"));
    QVERIFY(copy.contains(u"Nordhof Milk"));
    QVERIFY(!label(m_window->receiptPage(), "changeAmount")->isVisible());
    QCOMPARE(m_fx->journalCount(u"receipt_copy"_qs), 1);
    QVERIFY(m_fx->lastJournalPayload(u"receipt_copy"_qs).contains(u"\"receipt_number\":1"));
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 1);

    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
}

void TestLaneWindow::noSaleNeedsSupervisor()
{
    openWindow();
    signIn();
    QSignalSpy drawer(m_window->salePage(), &SalePage::drawerOpenRequested);

    // The reason first (picked from a list), then the supervisor.
    // Cancelled: nothing recorded, no error.
    onModal(u"reasonDialog"_qs, [this](QWidget *) { press(Qt::Key_Return); });
    onModal(u"approvalDialog"_qs, [this](QWidget *) { press(Qt::Key_Escape); });
    press(Qt::Key_F10);
    QVERIFY(waitAnswered());
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_fx->journalCount(u"drawer_open_no_sale"_qs), 0);
    QCOMPARE(drawer.count(), 0);
    QVERIFY(!banner()->isVisible());

    onModal(u"reasonDialog"_qs, [this](QWidget *) { press(Qt::Key_Return); });
    onModal(u"approvalDialog"_qs, [this](QWidget *dialog) {
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "approverCode"));
        typeLine(str(LaneStaff::supervisor), kQuickGapMs);
        typeLine(str(LaneStaff::supervisorPin), kQuickGapMs);
    });
    press(Qt::Key_F10);
    QVERIFY(waitAnswered());
    QTRY_COMPARE(m_fx->journalCount(u"drawer_open_no_sale"_qs), 1);
    QVERIFY(m_fx->lastJournalPayload(u"drawer_open_no_sale"_qs).contains(u"\"reason\":\"change_given\""));
    const QString payload = m_fx->lastJournalPayload(u"drawer_open_no_sale"_qs);
    QVERIFY2(payload.contains(u"\"approved_by\":\"2001\"") && payload.contains(u"\"user_id\":\"1001\""),
        qPrintable(payload));
    QCOMPARE(drawer.count(), 1);
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->severity(), ErrorBanner::Severity::Info);
}

// --- lock and restart ----------------------------------------------------

void TestLaneWindow::lockWithF11KeepsBasket()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));

    press(Qt::Key_F11);
    QTRY_COMPARE(m_window->currentPage(), m_window->signInPage());
    QVERIFY(!m_fx->lane().signedIn());
    QCOMPARE(m_fx->journalCount(u"sign_out"_qs), 1);
    QCOMPARE(savedLines(), 1);
    QVERIFY(m_window->signInPage()->findChild<ErrorBanner *>(u"errorBanner"_qs)->isVisible());

    // A scan while locked sells nothing: it lands in the staff code field
    // (staff badges are scanned) and the PIN is asked for.
    auto *code = m_window->signInPage()->findChild<QLineEdit *>(u"userCode"_qs);
    QTRY_COMPARE(QApplication::focusWidget(), code);
    scan(str(LaneItems::soap));
    QCOMPARE(m_fx->session().sale().lines.size(), 1);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(code->text(), str(LaneItems::soap));
    QCOMPARE(QApplication::focusWidget(), m_window->signInPage()->findChild<QLineEdit *>(u"pin"_qs));
    // The cashier touches the code field, selects it all and types over it.
    QTest::mouseClick(code, Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), code);
    press(Qt::Key_A, Qt::ControlModifier);

    signIn();
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(cell(0, BasketModel::Item).contains(u"Nordhof Milk"));
    QCOMPARE(totalText(), euros(LaneItems::milkMinor));
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 2);
}

void TestLaneWindow::idleLock()
{
    openWindow({ 1280, 800 }, 50);
    signIn();
    scan(str(LaneItems::milk));
    const qint64 idleMs = qint64(m_fx->options().staff.idleLockSeconds) * 1000;

    // Activity keeps the lane open.
    m_fx->advance(idleMs - 10'000);
    press(Qt::Key_Shift);
    m_fx->advance(idleMs - 10'000);
    QTest::qWait(200);
    QCOMPARE(m_window->currentPage(), m_window->salePage());
    QVERIFY(m_fx->lane().signedIn());

    m_fx->advance(10'001);
    QTRY_COMPARE(m_window->currentPage(), m_window->signInPage());
    QVERIFY(!m_fx->lane().signedIn());
    QCOMPARE(m_fx->journalCount(u"sign_out"_qs), 1);
    QCOMPARE(savedLines(), 1);

    signIn();
    QCOMPARE(model()->rowCount(), 1);
}

void TestLaneWindow::crashRestartBringsBasketBack()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    QCOMPARE(model()->rowCount(), 2);

    // The program dies: no sign-out, no close, nothing completed.
    m_window.reset();
    m_fx->close();
    m_fx->open();
    QCOMPARE(m_fx->journalCount(u"sign_out"_qs), 0);

    openWindow();
    QCOMPARE(m_window->currentPage(), m_window->signInPage());
    auto *message = m_window->signInPage()->findChild<ErrorBanner *>(u"errorBanner"_qs);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"sale is open"), qPrintable(message->text()));
    signIn();
    QCOMPARE(model()->rowCount(), 2);
    QVERIFY(cell(0, BasketModel::Item).contains(u"Nordhof Milk"));
    QVERIFY(cell(1, BasketModel::Item).contains(u"Lumière Soap"));
    QCOMPARE(totalText(), euros(LaneItems::milkMinor + LaneItems::soapMinor));
    QCOMPARE(savedLines(), 2);

    // And it sells on from there.
    scan(str(LaneItems::milk));
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(totalText(), euros(2 * LaneItems::milkMinor + LaneItems::soapMinor));
}

// --- review fixes (791f65c) ----------------------------------------------

void TestLaneWindow::scanInPinFieldIsNotAPin()
{
    openWindow();
    SignInPage *page = m_window->signInPage();
    auto *code = page->findChild<QLineEdit *>(u"userCode"_qs);
    auto *pin = page->findChild<QLineEdit *>(u"pin"_qs);
    auto *message = page->findChild<ErrorBanner *>(u"errorBanner"_qs);
    QVERIFY(!pin->property("acceptsScan").toBool());
    QSignalSpy scans(m_window->wedge(), &WedgeScanFilter::scanned);

    // The wine's eight digits fit the PIN field ([0-9]{0,8}). Scanned as
    // often as wrong PINs it takes to lock someone out.
    const int lockAfter = m_fx->options().staff.maxFailedAttempts;
    QVERIFY(lockAfter > 0);
    for (int i = 0; i < lockAfter; ++i) {
        QTRY_COMPARE(QApplication::focusWidget(), code);
        typeLine(str(LaneStaff::cashier), kQuickGapMs);
        QTRY_COMPARE(QApplication::focusWidget(), pin);
        scan(str(LaneItems::wine));
        QCOMPARE(scans.count(), i + 1);
        QCOMPARE(pin->text(), QString()); // no digit of it in the PIN
        QCOMPARE(m_window->currentPage(), page);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(str(LaneItems::wine)), qPrintable(message->text()));
        QVERIFY(!m_fx->lane().signedIn());
    }
    QCOMPARE(m_fx->journalCount(u"sign_in_failed"_qs), 0);
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 0);
    QCOMPARE(m_fx->count("SELECT failed_attempts FROM users WHERE code = '1001'"), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM users WHERE code = '1001' AND locked_until IS NOT NULL"), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM open_baskets"), 0); // and nothing was sold

    // The cashier signs in as usual afterwards.
    QTRY_COMPARE(QApplication::focusWidget(), code);
    signIn();
    QCOMPARE(m_fx->lane().signedIn()->code, str(LaneStaff::cashier));
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 1);
    QCOMPARE(m_fx->journalCount(u"sign_in_failed"_qs), 0);
    QCOMPARE(model()->rowCount(), 0);
}

void TestLaneWindow::staffBadgeScanFillsCodeAndMovesToPin()
{
    openWindow();
    SignInPage *page = m_window->signInPage();
    auto *code = page->findChild<QLineEdit *>(u"userCode"_qs);
    auto *pin = page->findChild<QLineEdit *>(u"pin"_qs);
    QVERIFY(code->property("acceptsScan").toBool());
    QSignalSpy scans(m_window->wedge(), &WedgeScanFilter::scanned);

    QTRY_COMPARE(QApplication::focusWidget(), code);
    scan(str(LaneStaff::supervisor)); // the supervisor's badge
    QCOMPARE(scans.count(), 1);
    QCOMPARE(code->text(), str(LaneStaff::supervisor));
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    QCOMPARE(pin->text(), QString());
    QCOMPARE(m_window->currentPage(), page);
    QVERIFY(!m_fx->lane().signedIn());
    QCOMPARE(m_fx->journalCount(u"sign_in_failed"_qs), 0);

    typeLine(str(LaneStaff::supervisorPin), kQuickGapMs);
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    QVERIFY(m_fx->lane().signedIn());
    QCOMPARE(m_fx->lane().signedIn()->code, str(LaneStaff::supervisor));
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 1);
    QVERIFY(m_fx->lastJournalPayload(u"sign_in"_qs).contains(u"\"2001\""));
}

void TestLaneWindow::scansDuringAgeCheckAreHeldAndSoldAfter()
{
    openWindow();
    signIn();
    QSignalSpy scans(m_window->wedge(), &WedgeScanFilter::scanned);

    int rowsWhileAsked = -1;
    bool stillAsking = false;
    onModal(u"ageCheckDialog"_qs, [&, this](QWidget *dialog) {
        scan(str(LaneItems::milk)); // the next item, scanned while the question is up
        QTest::qWait(300); // well past the window's retry: the question is still open
        rowsWhileAsked = model()->rowCount();
        stillAsking = dialog->isVisible();
        press(Qt::Key_Y);
    });
    scan(str(LaneItems::wine));
    QVERIFY(waitAnswered());
    QCOMPARE(scans.count(), 2);
    QVERIFY(stillAsking); // the milk's Enter did not answer it
    QCOMPARE(rowsWhileAsked, 1);

    QTRY_COMPARE(model()->rowCount(), 2);
    QVERIFY(cell(0, BasketModel::Item).contains(u"Casa Verde"));
    QCOMPARE(role(0, BasketModel::AgeCheckRole).toBool(), false);
    QCOMPARE(role(0, BasketModel::VoidedRole).toBool(), false);
    QVERIFY(cell(1, BasketModel::Item).contains(u"Nordhof Milk"));
    QCOMPARE(cell(1, BasketModel::Quantity), u"1"_qs);
    QCOMPARE(totalText(), euros(LaneItems::wineMinor + LaneItems::milkMinor));
    QCOMPARE(scanInput()->text(), QString());
    QVERIFY(!QApplication::activeModalWidget());

    QCOMPARE(savedLines(), 2);
    QCOMPARE(m_fx->text("SELECT json_extract(document, '$.sku') FROM open_basket_lines WHERE line_no = 1"), u"WINE"_qs);
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.age_confirmed') FROM open_basket_lines WHERE line_no = 1"), 1);
    QCOMPARE(m_fx->text("SELECT json_extract(document, '$.sku') FROM open_basket_lines WHERE line_no = 2"), u"MILK"_qs);
    QCOMPARE(m_fx->journalCount(u"line_void"_qs), 0);
}

void TestLaneWindow::heldScansAreSoldBeforeTheNextScan()
{
    openWindow();
    signIn();
    QSignalSpy scans(m_window->wedge(), &WedgeScanFilter::scanned);

    onModal(u"ageCheckDialog"_qs, [this](QWidget *dialog) {
        scan(str(LaneItems::milk)); // held while the question is up
        QTest::qWait(150);
        // The next item is scanned the moment the question closes (the
        // scanner does not wait for the lane).
        connect(
            static_cast<QDialog *>(dialog), &QDialog::finished, m_pollers.get(),
            [this] { scan(str(LaneItems::soap)); }, Qt::SingleShotConnection);
        press(Qt::Key_Y);
    });
    scan(str(LaneItems::wine));
    QVERIFY(waitAnswered());
    QTRY_COMPARE(model()->rowCount(), 3);
    QCOMPARE(scans.count(), 3);

    // In the order scanned: wine, milk (held), soap.
    const QStringList screen { cell(0, BasketModel::Item), cell(1, BasketModel::Item), cell(2, BasketModel::Item) };
    QVERIFY2(screen.at(0).contains(u"Casa Verde") && screen.at(1).contains(u"Nordhof Milk")
            && screen.at(2).contains(u"Lumière Soap"),
        qPrintable(screen.join(u" | ")));
    QCOMPARE(totalText(), euros(LaneItems::wineMinor + LaneItems::milkMinor + LaneItems::soapMinor));
    const QString saved = m_fx->text(
        "SELECT group_concat(sku, ',') FROM (SELECT json_extract(document, '$.sku') AS sku FROM open_basket_lines "
        "ORDER BY line_no)");
    QCOMPARE(saved, u"WINE,MILK,SOAP"_qs);
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.age_confirmed') FROM open_basket_lines WHERE line_no = 1"), 1);
}

void TestLaneWindow::scanDuringQuantityDialogLeavesTypedQuantity()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    QSignalSpy scans(m_window->wedge(), &WedgeScanFilter::scanned);

    QString typedBefore, typedAfter;
    int rowsWhileOpen = -1;
    onModal(u"valueDialog"_qs, [&, this](QWidget *dialog) {
        QLineEdit *input = edit(dialog, "valueInput");
        QTRY_COMPARE(QApplication::focusWidget(), input);
        type(u"2"_qs, kQuickGapMs);
        QTest::qWait(kQuickGapMs); // the person's key is through; then the scanner
        typedBefore = input->text();
        scan(str(LaneItems::soap));
        QTest::qWait(150);
        typedAfter = input->text();
        rowsWhileOpen = model()->rowCount();
        press(Qt::Key_Return);
    });
    press(Qt::Key_F3);
    QVERIFY(waitAnswered());
    QCOMPARE(scans.count(), 1);
    QCOMPARE(typedBefore, u"2"_qs);
    QCOMPARE(typedAfter, u"2"_qs);
    QCOMPARE(rowsWhileOpen, 1);

    // The quantity as typed, then the held scan.
    QTRY_COMPARE(model()->rowCount(), 2);
    QCOMPARE(cell(0, BasketModel::Quantity), u"2"_qs);
    QCOMPARE(cell(0, BasketModel::Amount), amount(2 * LaneItems::milkMinor));
    QVERIFY(cell(1, BasketModel::Item).contains(u"Lumière Soap"));
    QCOMPARE(cell(1, BasketModel::Quantity), u"1"_qs);
    QCOMPARE(totalText(), euros(2 * LaneItems::milkMinor + LaneItems::soapMinor));
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"), 2000);
    QCOMPARE(m_fx->text("SELECT json_extract(document, '$.sku') FROM open_basket_lines WHERE line_no = 2"), u"SOAP"_qs);
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 2"), 1000);
}

void TestLaneWindow::failedTypedCodeComesBackAsTyped()
{
    openWindow();
    signIn();
    QLabel *pending = label(m_window->salePage(), "pendingQuantity");
    QVERIFY(pending);

    typeLine(u"3*4006381333932"_qs, kQuickGapMs); // milk with a wrong check digit
    QTRY_VERIFY(banner()->isVisible());
    QCOMPARE(banner()->severity(), ErrorBanner::Severity::Error);
    QVERIFY2(banner()->text().contains(u"Check digit", Qt::CaseInsensitive), qPrintable(banner()->text()));
    QCOMPARE(scanInput()->text(), u"3*4006381333932"_qs);
    QCOMPARE(scanInput()->selectedText(), u"3*4006381333932"_qs); // typing replaces it
    QVERIFY2(!pending->isVisible(), qPrintable(pending->text()));
    const auto left = m_fx->session().pendingQuantity();
    QVERIFY(!left || left->thousandths() == 1000);
    QCOMPARE(QApplication::focusWidget(), scanInput());
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(savedLines(), 0);

    typeLine(u"3*4006381333931"_qs, kQuickGapMs);
    QTRY_COMPARE(model()->rowCount(), 1);
    QVERIFY(cell(0, BasketModel::Item).contains(u"Nordhof Milk"));
    QCOMPARE(cell(0, BasketModel::Quantity), u"3"_qs);
    QCOMPARE(cell(0, BasketModel::Amount), amount(3 * LaneItems::milkMinor));
    QCOMPARE(totalText(), euros(3 * LaneItems::milkMinor));
    QVERIFY(!banner()->isVisible());
    QVERIFY(!pending->isVisible());
    QCOMPARE(scanInput()->text(), QString());
    QCOMPARE(savedLines(), 1);
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"), 3000);
}

void TestLaneWindow::pendingQuantityLabelAndEscape()
{
    openWindow();
    signIn();
    QLabel *pending = label(m_window->salePage(), "pendingQuantity");
    QVERIFY(pending);
    QVERIFY(!pending->isVisible());

    typeLine(u"3*"_qs, kQuickGapMs);
    QTRY_VERIFY(pending->isVisible());
    QVERIFY2(plain(pending->text()).contains(u"× 3"), qPrintable(pending->text()));
    QCOMPARE(scanInput()->text(), QString());
    QVERIFY(m_fx->session().pendingQuantity());
    QCOMPARE(m_fx->session().pendingQuantity()->thousandths(), 3000);

    press(Qt::Key_Escape);
    QTRY_VERIFY(!pending->isVisible());
    const auto left = m_fx->session().pendingQuantity();
    QVERIFY(!left || left->thousandths() == 1000);

    scan(str(LaneItems::milk));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(cell(0, BasketModel::Quantity), u"1"_qs);
    QCOMPARE(cell(0, BasketModel::Amount), amount(LaneItems::milkMinor));
    QCOMPARE(totalText(), euros(LaneItems::milkMinor));
    QVERIFY(!pending->isVisible());
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"), 1000);
}

void TestLaneWindow::takingBackCardPaymentAsksSupervisorFirst()
{
    openWindow();
    signIn(); // the cashier: no sale.void_sale
    scan(str(LaneItems::milk));
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    TenderPage *page = m_window->tenderPage();
    auto *tenders = page->findChild<QListWidget *>(u"tenderList"_qs);
    auto tendersSaved = [this] {
        return m_fx->count("SELECT json_array_length(document, '$.tenders') FROM open_baskets");
    };

    // Part by card, reading the slip field by field: Enter moves on, the
    // last field's Enter pays.
    QString focusAfterAmount, errorAfterAmount, defaultButton;
    bool openAfterAmount = false;
    onModal(u"cardDialog"_qs, [&, this](QWidget *dialog) {
        QLineEdit *amountEdit = edit(dialog, "cardAmount");
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "cardAuth"));
        QTest::mouseClick(amountEdit, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), amountEdit);
        press(Qt::Key_A, Qt::ControlModifier);
        typeLine(u"1,00"_qs, kQuickGapMs);
        QTest::qWait(50);
        focusAfterAmount = QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
        auto *error = dialog->findChild<QLabel *>(u"errorBanner"_qs);
        errorAfterAmount = error->isVisible() ? error->text() : QString();
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->isDefault()) // the button an Enter nobody took clicks
                defaultButton = b->text();
        }
        openAfterAmount = dialog->isVisible();
        typeLine(u"A1B2"_qs, kQuickGapMs); // approval code
        typeLine(u"T-7"_qs, kQuickGapMs); // terminal reference
        typeLine(u"4321"_qs, kQuickGapMs); // last 4: pays
    });
    press(Qt::Key_F2);
    QVERIFY(waitAnswered());
    QTRY_COMPARE(tenders->count(), 1);
    QVERIFY(openAfterAmount);
    QCOMPARE(focusAfterAmount, u"cardAuth"_qs);
    QVERIFY(tenders->item(0)->text().contains(u"4321"));
    QCOMPARE(plain(label(page, "dueAmount")->text()), euros(LaneItems::milkMinor - 100));
    QCOMPARE(tendersSaved(), 1);
    QCOMPARE(m_fx->count("SELECT json_extract(document, '$.tenders[0].amount') FROM open_baskets"), 100);
    QCOMPARE(m_fx->text("SELECT json_extract(document, '$.tenders[0].auth_code') FROM open_baskets"), u"A1B2"_qs);

    // F9: the supervisor comes first. Cancelled: no reversal is asked for
    // and the card payment stays.
    {
        ModalSpy spy({ u"approvalDialog"_qs });
        onModal(u"approvalDialog"_qs, [this](QWidget *) { press(Qt::Key_Escape); });
        press(Qt::Key_F9);
        QVERIFY(waitAnswered());
        QTest::qWait(100);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(spy.seen(), QStringList { u"approvalDialog"_qs });
    }
    QCOMPARE(m_window->currentPage(), page);
    QCOMPARE(tenders->count(), 1);
    QCOMPARE(plain(label(page, "dueAmount")->text()), euros(LaneItems::milkMinor - 100));
    QCOMPARE(tendersSaved(), 1);
    QCOMPARE(m_fx->journalCount(u"tender_reversal"_qs), 0);

    // Again, approved: then the reversal reference.
    QStringList order;
    QString prompt;
    onModal(u"approvalDialog"_qs, [&, this](QWidget *dialog) {
        order << dialog->objectName();
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "approverCode"));
        typeLine(str(LaneStaff::supervisor), kQuickGapMs);
        typeLine(str(LaneStaff::supervisorPin), kQuickGapMs);
    });
    onModal(u"valueDialog"_qs, [&, this](QWidget *dialog) {
        order << dialog->objectName();
        prompt = plain(dialog->findChild<QLabel *>(u"pageTitle"_qs)->text());
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "valueInput"));
        typeLine(u"REV-1"_qs, kQuickGapMs);
    });
    press(Qt::Key_F9);
    QVERIFY(waitAnswered());
    QCOMPARE(order, (QStringList { u"approvalDialog"_qs, u"valueDialog"_qs }));
    QVERIFY2(prompt.contains(amount(100)), qPrintable(prompt));
    QTRY_COMPARE(tenders->count(), 0);
    QCOMPARE(m_window->currentPage(), page);
    QCOMPARE(plain(label(page, "dueAmount")->text()), euros(LaneItems::milkMinor));
    QCOMPARE(tendersSaved(), 0);
    QCOMPARE(m_fx->journalCount(u"tender_reversal"_qs), 1);
    const QString payload = m_fx->lastJournalPayload(u"tender_reversal"_qs);
    QVERIFY2(payload.contains(u"REV-1") && payload.contains(u"\"approved_by\":\"2001\"")
            && payload.contains(u"\"user_id\":\"1001\"") && payload.contains(u"\"kind\":\"card\""),
        qPrintable(payload));
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);

    // Checked last, so that the rest of the flow is checked too: the Enter
    // in the amount field only moved on to the approval code; it did not
    // also try to pay (which shows "Type the last 4 digits ..." early, and
    // pays at once when the last four digits were typed before the amount).
    QVERIFY2(errorAfterAmount.isEmpty(),
        qPrintable(u"Enter in the amount also tried to pay (default button \"%1\"): %2"_qs.arg(
            defaultButton, errorAfterAmount)));
}

void TestLaneWindow::supervisorReasonIsJournaled()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));

    QString cashierReason, preselected, picked;
    onModal(u"valueDialog"_qs, [&, this](QWidget *dialog) {
        auto *reason = dialog->findChild<QComboBox *>(u"valueReason"_qs);
        cashierReason = reason->currentIndex() == 0 ? reason->currentData().toString() : QString();
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "valueInput"));
        typeLine(u"1,49"_qs, kQuickGapMs);
    });
    onModal(u"approvalDialog"_qs, [&, this](QWidget *dialog) {
        auto *reason = dialog->findChild<QComboBox *>(u"approvalReason"_qs);
        preselected = reason->currentData().toString();
        // The supervisor picks another reason from the list.
        reason->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        const int steps = reason->findData(u"damaged"_qs) - reason->currentIndex();
        for (int i = 0; i < steps; ++i)
            press(Qt::Key_Down);
        picked = reason->currentData().toString();
        QTest::mouseClick(edit(dialog, "approverCode"), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "approverCode"));
        typeLine(str(LaneStaff::supervisor), kQuickGapMs);
        typeLine(str(LaneStaff::supervisorPin), kQuickGapMs);
    });
    press(Qt::Key_F4);
    QVERIFY(waitAnswered());
    QCOMPARE(cashierReason, u"shelf_price"_qs);
    QCOMPARE(preselected, u"shelf_price"_qs);
    QCOMPARE(picked, u"damaged"_qs);

    QTRY_COMPARE(cell(0, BasketModel::UnitPrice), u"1,49"_qs);
    QCOMPARE(totalText(), euros(149));
    QCOMPARE(m_fx->journalCount(u"price_override"_qs), 1);
    const QString payload = m_fx->lastJournalPayload(u"price_override"_qs);
    QVERIFY2(payload.contains(u"\"reason\":\"damaged\"") && !payload.contains(u"shelf_price")
            && payload.contains(u"\"approved_by\":\"2001\""),
        qPrintable(payload));
    QCOMPARE(m_fx->text("SELECT json_extract(document, '$.price_override.reason') FROM open_basket_lines "
                        "WHERE line_no = 1"),
        u"damaged"_qs);
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.unit_price') FROM open_basket_lines WHERE line_no = 1"), 149);
}

void TestLaneWindow::allVoidedBasketClearsWithoutSupervisor()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    press(Qt::Key_F6);
    QTRY_COMPARE(role(0, BasketModel::VoidedRole).toBool(), true);
    QCOMPARE(totalText(), euros(0));

    ModalSpy spy; // no dialog at all from here on
    press(Qt::Key_F12);
    QTest::qWait(50);
    QCOMPARE(m_window->currentPage(), m_window->salePage());
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->severity(), ErrorBanner::Severity::Info);
    QVERIFY2(banner()->text().contains(u"F8"), qPrintable(banner()->text()));
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);
    QCOMPARE(savedLines(), 1);

    press(Qt::Key_F8);
    QTest::qWait(50);
    QVERIFY2(spy.seen().isEmpty(), qPrintable(u"dialogs: "_qs + spy.seen().join(u", ")));
    QTRY_COMPARE(model()->rowCount(), 0);
    QCOMPARE(totalText(), euros(0));
    QCOMPARE(m_window->currentPage(), m_window->salePage());
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->severity(), ErrorBanner::Severity::Info);
    QCOMPARE(m_fx->journalCount(u"sale_void"_qs), 1);
    const QString payload = m_fx->lastJournalPayload(u"sale_void"_qs);
    QVERIFY2(payload.contains(u"\"approved_by\":\"1001\"") && payload.contains(u"\"user_id\":\"1001\""),
        qPrintable(payload));
    QCOMPARE(savedLines(), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM open_baskets"), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);
    QVERIFY(!m_fx->session().hasOpenSale());
}

void TestLaneWindow::departmentKeyListsItsItems()
{
    QCOMPARE(m_fx->text("SELECT department_id FROM products WHERE sku = 'MILK'"), u"dairy"_qs);
    m_quickKeys = { { u"Dairy"_qs, u"dept:dairy"_qs } };
    openWindow();
    signIn();
    QPushButton *dairy = nullptr;
    const auto buttons = m_window->salePage()->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == u"Dairy")
            dairy = b;
    }
    QVERIFY(dairy);
    QVERIFY(dairy->isVisible());
    auto *results = m_window->salePage()->findChild<QListWidget *>(u"searchResults"_qs);
    QVERIFY(!results->isVisible());

    QTest::mouseClick(dairy, Qt::LeftButton);
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(u"Nordhof Milk"));
    QVERIFY(results->item(0)->text().contains(amount(LaneItems::milkMinor)));
    QCOMPARE(model()->rowCount(), 0); // listed, not sold
    QCOMPARE(savedLines(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), scanInput());

    press(Qt::Key_Return);
    QTRY_COMPARE(model()->rowCount(), 1);
    QVERIFY(!results->isVisible());
    QVERIFY(cell(0, BasketModel::Item).contains(u"Nordhof Milk"));
    QCOMPARE(cell(0, BasketModel::Quantity), u"1"_qs);
    QCOMPARE(totalText(), euros(LaneItems::milkMinor));
    QCOMPARE(savedLines(), 1);
    QCOMPARE(m_fx->text("SELECT json_extract(document, '$.sku') FROM open_basket_lines WHERE line_no = 1"), u"MILK"_qs);
}

void TestLaneWindow::idleLockClosesOpenDialog()
{
    openWindow({ 1280, 800 }, 50);
    signIn();
    scan(str(LaneItems::milk));
    const qint64 idleMs = qint64(m_fx->options().staff.idleLockSeconds) * 1000;

    QPointer<QWidget> dialogSeen;
    QString typed;
    onModal(u"valueDialog"_qs, [&, this](QWidget *dialog) {
        dialogSeen = dialog;
        QTRY_COMPARE(QApplication::focusWidget(), edit(dialog, "valueInput"));
        type(u"5"_qs, kQuickGapMs);
        QTest::qWait(kQuickGapMs);
        typed = edit(dialog, "valueInput")->text();
        m_fx->advance(idleMs + 1000); // the cashier walks away, the question open
    });
    press(Qt::Key_F3); // returns once the dialog is gone
    QVERIFY(waitAnswered());
    QCOMPARE(typed, u"5"_qs);
    QTRY_COMPARE(m_window->currentPage(), m_window->signInPage());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(dialogSeen.isNull() || !dialogSeen->isVisible());
    QVERIFY(!m_fx->lane().signedIn());
    QCOMPARE(m_fx->journalCount(u"sign_out"_qs), 1);
    auto *message = m_window->signInPage()->findChild<ErrorBanner *>(u"errorBanner"_qs);
    QVERIFY(message->isVisible());
    QCOMPARE(savedLines(), 1);
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"), 1000);

    signIn();
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(cell(0, BasketModel::Quantity), u"1"_qs);
    QCOMPARE(totalText(), euros(LaneItems::milkMinor));
    QCOMPARE(
        m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"), 1000);
    QCOMPARE(m_fx->journalCount(u"sign_in"_qs), 2);
}

void TestLaneWindow::helpFromSaleAndTenderPages()
{
    openWindow();
    signIn();
    scan(str(LaneItems::milk));

    QString saleHelp;
    onModal(u"helpDialog"_qs, [&, this](QWidget *dialog) {
        saleHelp = shownText(dialog);
        press(Qt::Key_Escape);
    });
    press(Qt::Key_F1);
    QVERIFY(waitAnswered());
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY2(saleHelp.contains(u"F12"), qPrintable(saleHelp));
    QCOMPARE(m_window->currentPage(), m_window->salePage());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(savedLines(), 1);

    activateWindow();
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    QTRY_COMPARE(QApplication::focusWidget(), m_window->tenderPage()->findChild<QLineEdit *>(u"tenderAmount"_qs));

    QString tenderHelp;
    onModal(u"helpDialog"_qs, [&, this](QWidget *dialog) {
        tenderHelp = shownText(dialog);
        press(Qt::Key_Return);
    });
    press(Qt::Key_F1);
    QVERIFY(waitAnswered());
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY2(tenderHelp.contains(u"F9"), qPrintable(tenderHelp));
    QTest::qWait(50);
    // The Enter that closed the help paid nothing.
    QCOMPARE(m_window->currentPage(), m_window->tenderPage());
    QCOMPARE(m_window->tenderPage()->findChild<QListWidget *>(u"tenderList"_qs)->count(), 0);
    QCOMPARE(plain(label(m_window->tenderPage(), "dueAmount")->text()), euros(LaneItems::milkMinor));
    QCOMPARE(m_fx->count("SELECT json_array_length(document, '$.tenders') FROM open_baskets"), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);
}

void TestLaneWindow::unknownNameShowsBanner()
{
    openWindow();
    signIn();
    auto *results = m_window->salePage()->findChild<QListWidget *>(u"searchResults"_qs);

    typeLine(u"zzqx"_qs, kQuickGapMs);
    QTRY_VERIFY(banner()->isVisible());
    QVERIFY2(banner()->text().contains(u"zzqx"), qPrintable(banner()->text()));
    QCOMPARE(m_window->currentPage(), m_window->salePage());
    QVERIFY(!results->isVisible());
    QCOMPARE(scanInput()->text(), u"zzqx"_qs); // given back to correct
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(totalText(), euros(0));
    QCOMPARE(savedLines(), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM open_baskets"), 0);
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 0);
}

// --- layout --------------------------------------------------------------

namespace {
// The widget is shown, has a size and lies inside the window.
QString placement(QWidget *window, QWidget *widget)
{
    if (!widget)
        return u"missing"_qs;
    if (!widget->isVisible())
        return widget->objectName() + u" hidden"_qs;
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (inWindow.width() <= 0 || inWindow.height() <= 0)
        return widget->objectName() + u" has no size"_qs;
    if (!window->rect().contains(inWindow))
        return u"%1 at %2,%3 %4x%5 is outside %6x%7"_qs.arg(widget->objectName())
            .arg(inWindow.x())
            .arg(inWindow.y())
            .arg(inWindow.width())
            .arg(inWindow.height())
            .arg(window->width())
            .arg(window->height());
    return {};
}

// Labels and buttons of `page` whose text does not fit their size.
QStringList clippedTexts(QWidget *page)
{
    QStringList clipped;
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        QString text;
        bool fits = true;
        if (auto *l = qobject_cast<QLabel *>(w)) {
            text = l->text();
            fits = l->wordWrap() ? l->heightForWidth(l->width()) <= l->height()
                                 : l->sizeHint().width() <= l->width() && l->sizeHint().height() <= l->height();
        } else if (auto *b = qobject_cast<QPushButton *>(w)) {
            text = b->text();
            fits = b->sizeHint().width() <= b->width() && b->sizeHint().height() <= b->height();
        }
        if (!fits)
            clipped << u"%1 \"%2\" (needs %3x%4, has %5x%6)"_qs.arg(w->objectName(), text.replace(u'\n', u' '))
                           .arg(w->sizeHint().width())
                           .arg(w->sizeHint().height())
                           .arg(w->width())
                           .arg(w->height());
    }
    return clipped;
}
} // namespace

void TestLaneWindow::layoutAtCommonSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestLaneWindow::layoutAtCommonSizes()
{
    QFETCH(QSize, size);
    openWindow(size);
    QVERIFY2(
        m_window->minimumSizeHint().width() <= size.width() && m_window->minimumSizeHint().height() <= size.height(),
        qPrintable(
            u"needs %1x%2"_qs.arg(m_window->minimumSizeHint().width()).arg(m_window->minimumSizeHint().height())));
    QTRY_COMPARE(m_window->size(), size);
    signIn();
    for (int i = 0; i < 12; ++i)
        scan(str(i % 2 ? LaneItems::soap : LaneItems::milk));
    QTest::qWait(20);

    SalePage *page = m_window->salePage();
    QWidget *f12 = functionButton(page, u"F12"_qs);
    for (QWidget *w : { static_cast<QWidget *>(scanInput()), static_cast<QWidget *>(label(page, "totalAmount")), f12,
             static_cast<QWidget *>(page->basketView()) }) {
        const QString problem = placement(m_window.get(), w);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QLabel *total = label(page, "totalAmount");
    QVERIFY2(total->sizeHint().width() <= total->width(),
        qPrintable(u"total needs %1 px, has %2"_qs.arg(total->sizeHint().width()).arg(total->width())));
    QTRY_VERIFY2(clippedTexts(page).isEmpty(), qPrintable(clippedTexts(page).join(u"; ")));
    // The basket scrolls to the last line scanned.
    QTableView *view = page->basketView();
    const QRect last = view->visualRect(model()->index(model()->rowCount() - 1, 0));
    QVERIFY(view->viewport()->rect().intersects(last));

    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    for (const char *name : { "dueAmount", "tenderAmount" }) {
        const QString problem
            = placement(m_window.get(), m_window->tenderPage()->findChild<QWidget *>(QLatin1String(name)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QTRY_VERIFY2(
        clippedTexts(m_window->tenderPage()).isEmpty(), qPrintable(clippedTexts(m_window->tenderPage()).join(u"; ")));
    typeLine(u"100"_qs, kQuickGapMs);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QTRY_VERIFY2(
        clippedTexts(m_window->receiptPage()).isEmpty(), qPrintable(clippedTexts(m_window->receiptPage()).join(u"; ")));
}

void TestLaneWindow::layoutWithLongerTranslations()
{
    m_translator = std::make_unique<LongerTranslator>();
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    const QSize size(1024, 768);
    openWindow(size);
    QVERIFY(m_window->signInPage()->findChild<QLabel *>(u"pageTitle"_qs)->text().endsWith(QChar(0x00B7)));

    auto fits = [this, size](const char *where) {
        const QSize hint = m_window->minimumSizeHint();
        return hint.width() <= size.width() && hint.height() <= size.height()
            ? QString()
            : u"%1: the window needs %2x%3"_qs.arg(QLatin1String(where)).arg(hint.width()).arg(hint.height());
    };
    QString problem = fits("sign-in");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_VERIFY2(
        clippedTexts(m_window->signInPage()).isEmpty(), qPrintable(clippedTexts(m_window->signInPage()).join(u"; ")));

    signIn();
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    typeLine(u"3*"_qs); // pending quantity strip
    scan(u"4006381333932"_qs); // and a long error in the banner
    QVERIFY(banner()->isVisible());
    problem = fits("sale");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_window->size(), size);
    SalePage *page = m_window->salePage();
    QLabel *total = label(page, "totalAmount");
    QVERIFY2(total->sizeHint().width() <= total->width(),
        qPrintable(u"total needs %1 px, has %2"_qs.arg(total->sizeHint().width()).arg(total->width())));
    for (QWidget *w : { static_cast<QWidget *>(scanInput()), static_cast<QWidget *>(total),
             static_cast<QWidget *>(functionButton(page, u"F12"_qs)), static_cast<QWidget *>(page->basketView()),
             static_cast<QWidget *>(banner()) }) {
        problem = placement(m_window.get(), w);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QTRY_VERIFY2(clippedTexts(page).isEmpty(), qPrintable(clippedTexts(page).join(u"; ")));
    QTRY_VERIFY2(
        clippedTexts(m_window->statusBar()).isEmpty(), qPrintable(clippedTexts(m_window->statusBar()).join(u"; ")));

    press(Qt::Key_Escape);
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    problem = fits("tender");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QLabel *due = label(m_window->tenderPage(), "dueAmount");
    QVERIFY2(due->sizeHint().width() <= due->width(),
        qPrintable(u"due needs %1 px, has %2"_qs.arg(due->sizeHint().width()).arg(due->width())));
    QTRY_VERIFY2(
        clippedTexts(m_window->tenderPage()).isEmpty(), qPrintable(clippedTexts(m_window->tenderPage()).join(u"; ")));
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    problem = fits("receipt");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_VERIFY2(
        clippedTexts(m_window->receiptPage()).isEmpty(), qPrintable(clippedTexts(m_window->receiptPage()).join(u"; ")));
    QCOMPARE(m_window->size(), size);
}

// --- screenshots ---------------------------------------------------------

void TestLaneWindow::screenshots()
{
    const QDir dir(screenshotDir());
    QVERIFY(QDir().mkpath(dir.path()));
    qInfo("screenshots in %s", qPrintable(dir.absolutePath()));
    QStringList written;
    auto shot = [&](QWidget *widget, const QString &name) {
        QCoreApplication::processEvents();
        const QString path = dir.filePath(u"lane-%1.png"_qs.arg(name));
        QFile::remove(path);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        written << path;
    };

    openWindow();
    shot(m_window.get(), u"01-sign-in"_qs);
    signIn();
    shot(m_window.get(), u"02-empty-lane"_qs);
    scan(str(LaneItems::milk));
    scan(str(LaneItems::soap));
    onModal(u"ageCheckDialog"_qs, [this](QWidget *) { press(Qt::Key_Y); });
    scan(str(LaneItems::wine));
    QVERIFY(waitAnswered());
    type(u"2*"_qs, kQuickGapMs);
    QTest::qWait(kHumanGapMs);
    scan(str(LaneItems::milk));
    shot(m_window.get(), u"03-basket"_qs);
    scan(u"4006381333932"_qs);
    QVERIFY(banner()->isVisible());
    shot(m_window.get(), u"04-error-banner"_qs);

    onModal(u"valueDialog"_qs, [this](QWidget *) { typeLine(u"1,49"_qs, kQuickGapMs); });
    onModal(u"approvalDialog"_qs, [&, this](QWidget *dialog) {
        typeLine(str(LaneStaff::supervisor), kQuickGapMs);
        type(u"98"_qs, kQuickGapMs);
        QTest::qWait(50);
        shot(dialog, u"05-approval-dialog"_qs);
        QTest::qWait(50);
        typeLine(u"76"_qs, kQuickGapMs);
    });
    press(Qt::Key_F4);
    QVERIFY(waitAnswered());
    QTRY_COMPARE(m_fx->journalCount(u"price_override"_qs), 1);

    activateWindow();
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    shot(m_window.get(), u"06-tender"_qs);
    typeLine(u"50"_qs, kQuickGapMs);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    shot(m_window.get(), u"07-receipt"_qs);

    QCOMPARE(written.size(), 7);
    for (const QString &path : std::as_const(written)) {
        const QFileInfo info(path);
        QVERIFY2(info.exists() && info.size() > 0, qPrintable(path));
    }
}

// --- devices ------------------------------------------------------------

void TestLaneWindow::scannerOnItsOwnPortSells()
{
    openWindow();
    ScriptedDevices devices;
    m_window->setLaneDevices(&devices);
    signIn();
    emit devices.scanned(u"]E0"_qs + str(LaneItems::milk));   // with the AIM symbology id
    emit devices.scanned(str(LaneItems::soap));
    QTRY_COMPARE(model()->rowCount(), 2);
    QVERIFY(cell(0, BasketModel::Item).contains(u"Nordhof Milk"));
    QCOMPARE(totalText(), euros(LaneItems::milkMinor + LaneItems::soapMinor));
    m_window->setLaneDevices(nullptr);
}

void TestLaneWindow::scannerNoiseIsShownNotSold()
{
    openWindow();
    ScriptedDevices devices;
    m_window->setLaneDevices(&devices);
    signIn();
    emit devices.scanFailed(u"The scanner sent an incomplete code; scan the item again."_qs);
    QTRY_VERIFY(banner()->isVisible());
    QVERIFY(banner()->text().contains(u"incomplete code"));
    // More junk straight after (a noisy line): the first message stays.
    for (int i = 0; i < 20; ++i)
        emit devices.scanFailed(u"The scanner sent unreadable data; scan the item again."_qs);
    QVERIFY(banner()->text().contains(u"incomplete code"));
    QCOMPARE(model()->rowCount(), 0);
    // The next good scan sells and clears the message.
    emit devices.scanned(str(LaneItems::milk));
    QTRY_COMPARE(model()->rowCount(), 1);
    QTRY_VERIFY(!banner()->isVisible());
    m_window->setLaneDevices(nullptr);
}

void TestLaneWindow::scaleWeighsTheItem()
{
    openWindow();
    ScriptedDevices devices;
    devices.scale = true;
    // Settling first, then a steady 1.235 kg: sold without a key pressed.
    devices.answers = {{ScaleState::Motion, 0, {}}, {ScaleState::Motion, 1190, {}}, {ScaleState::Stable, 1235, {}}};
    m_window->setLaneDevices(&devices);
    signIn();
    typeLine(str(LaneItems::bananasPlu));
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(devices.weightRequests, 3);
    QCOMPARE(plain(cell(0, BasketModel::Quantity)), u"1,235 kg"_qs);
    QCOMPARE(cell(0, BasketModel::Amount), u"3,69"_qs);   // 1.235 kg × 2.99 = 3.69265
    QCOMPARE(m_fx->count("SELECT json_extract(document, '$.quantity_milli') FROM open_basket_lines WHERE line_no = 1"),
             1235);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->setLaneDevices(nullptr);
}

void TestLaneWindow::scaleThatDoesNotAnswerLetsCashierType()
{
    openWindow();
    ScriptedDevices devices;
    devices.scale = true;
    devices.answers = {{ScaleState::Failed, 0, u"The scale on /dev/ttyS1 does not answer."_qs}};
    m_window->setLaneDevices(&devices);
    signIn();
    QString prompt;
    onModal(u"valueDialog"_qs, [this, &prompt](QWidget *dialog) {
        QTRY_VERIFY(shownText(dialog).contains(u"does not answer"));
        prompt = shownText(dialog);
        QLineEdit *input = edit(dialog, "valueInput");
        QTRY_COMPARE(QApplication::focusWidget(), input);
        typeLine(u"0,500"_qs);
    });
    typeLine(str(LaneItems::bananasPlu));
    QVERIFY(waitAnswered());
    QVERIFY2(prompt.contains(u"The scale on /dev/ttyS1 does not answer. Type the weight in kg."), qPrintable(prompt));
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(plain(cell(0, BasketModel::Quantity)), u"0,500 kg"_qs);
    QCOMPARE(devices.weightRequests, 1);   // a silent scale is not asked again and again
    m_window->setLaneDevices(nullptr);
}

void TestLaneWindow::itemLeftOnTheScaleIsNotSoldAgain()
{
    openWindow();
    ScriptedDevices devices;
    devices.scale = true;
    devices.answers = {{ScaleState::Stable, 1235, {}}};
    m_window->setLaneDevices(&devices);
    signIn();
    typeLine(str(LaneItems::bananasPlu));
    QTRY_COMPARE(model()->rowCount(), 1);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    // The next weighed item while the bananas still lie there: the same
    // steady weight is not sold again until the scale was emptied.
    devices.weightRequests = 0;
    devices.answers = {{ScaleState::Stable, 1235, {}}, {ScaleState::Stable, 1235, {}}, {ScaleState::Zero, 0, {}},
                       {ScaleState::Stable, 1235, {}}};
    QString prompt;
    onModal(u"valueDialog"_qs, [&prompt, &devices](QWidget *dialog) {
        QTRY_VERIFY(shownText(dialog).contains(u"Take the last item off the scale"));
        prompt = shownText(dialog);
        QTRY_COMPARE(devices.weightRequests, 4);
    });
    typeLine(str(LaneItems::bananasPlu));
    QVERIFY(waitAnswered());
    QTRY_COMPARE(model()->rowCount(), 2);
    QCOMPARE(devices.weightRequests, 4);
    QCOMPARE(plain(cell(1, BasketModel::Quantity)), u"1,235 kg"_qs);
    m_window->setLaneDevices(nullptr);
}

void TestLaneWindow::customerDisplayFollowsTheSale()
{
    openWindow();
    ScriptedDevices devices;
    m_window->setLaneDevices(&devices);
    QCOMPARE(devices.display.value(0), u"Welcome!|Demo Store"_qs);
    signIn();
    scan(str(LaneItems::milk));
    // The name cut to fit beside the price: 20 columns.
    QTRY_COMPARE(devices.display.last(), u"Nordhof Milk 1  1,99|Total           1,99"_qs);
    scan(str(LaneItems::soap));
    QTRY_VERIFY(devices.display.last().endsWith(u"|Total           4,48"));
    for (const QString &screen : std::as_const(devices.display)) {
        for (const QString &line : screen.split(u'|'))
            QVERIFY2(line.size() <= CustomerDisplayFeed::kColumns, qPrintable(line));
    }
    press(Qt::Key_F12);
    QTRY_COMPARE(devices.display.last(), u"Total           4,48|To pay          4,48"_qs);
    typeLine(u"10"_qs);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QTRY_COMPARE(devices.display.last(), u"Change          5,52|Thank you!"_qs);
    m_window->setLaneDevices(nullptr);
}

void TestLaneWindow::receiptSavedAsPdfAndText()
{
    // No printer at all: the receipt is on screen, and saved as a file on request.
    openWindow();
    signIn();
    scan(str(LaneItems::milk));
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    typeLine(u"5"_qs);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QVERIFY(m_window->receiptPage()->findChild<QPushButton *>(u"savePdf"_qs)->isVisible());

    press(Qt::Key_T, Qt::ControlModifier);
    const QString dir = m_receiptsDir.path() + u"/receipts/"_qs;
    QFile text(dir + u"receipt-lane-01-000001.txt"_qs);
    QVERIFY2(text.open(QIODevice::ReadOnly), qPrintable(text.fileName()));
    QCOMPARE(QString::fromUtf8(text.readAll()), m_window->receiptPage()->receiptText());

    press(Qt::Key_S, Qt::ControlModifier);
    QFile pdf(dir + u"receipt-lane-01-000001.pdf"_qs);
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdf.fileName()));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/MediaBox"));
    // Beside the screenshots, for a look.
    if (QDir().mkpath(screenshotDir())) {
        QFile::remove(screenshotDir() + u"/receipt.pdf"_qs);
        QFile::copy(pdf.fileName(), screenshotDir() + u"/receipt.pdf"_qs);
    }
    QVERIFY2(label(m_window->receiptPage(), "saveStatus")->text().contains(u"receipt-lane-01-000001.pdf"),
             qPrintable(label(m_window->receiptPage(), "saveStatus")->text()));
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
}

void TestLaneWindow::drawerOpensForCashAndRemindsWhenLeftOpen()
{
    openWindow();
    ScriptedDevices devices;
    m_window->setLaneDevices(&devices);
    signIn();
    scan(str(LaneItems::milk));
    press(Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), m_window->tenderPage());
    typeLine(u"5"_qs);
    QTRY_COMPARE(m_window->currentPage(), m_window->receiptPage());
    QCOMPARE(devices.drawerKicks, 1);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->salePage());
    emit devices.drawerLeftOpen(30);
    QTRY_VERIFY(banner()->isVisible());
    QVERIFY2(banner()->text().contains(u"open for 30 s"), qPrintable(banner()->text()));
    m_window->setLaneDevices(nullptr);
}

QTEST_MAIN(TestLaneWindow)
#include "tst_lane_window.moc"
