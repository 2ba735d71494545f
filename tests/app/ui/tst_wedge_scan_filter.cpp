// Tests for WedgeScanFilter: a scanner's burst + Enter becomes one scanned()
// wherever the focus is; a person's typing reaches the widget unchanged and in order.
#include "app/ui/wedge_scan_filter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

#include <memory>

using retailos::ui::WedgeScanFilter;

namespace {

constexpr int kScanner = 0; // ms between keys: QTest sends the burst synchronously
constexpr int kPerson = 80; // well above the 30 ms gap
constexpr int kSettleMs = 100; // longer than the gap: held keys have been replayed

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta;
}

// Records the key presses that really reach a widget (object filters run after
// the application filter under test).
class KeyLog : public QObject
{
public:
    explicit KeyLog(QObject *watched)
        : QObject(watched)
    {
        watched->installEventFilter(this);
    }

    QStringList presses; // "1", "a", "Ctrl+A", "Return"; modifier keys left out
    int releases = 0;

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::KeyRelease)
            ++releases;
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<const QKeyEvent *>(event);
        if (isModifierKey(key->key()))
            return false;
        const bool chord = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
        if (!chord && !key->text().isEmpty() && key->text().at(0).isPrint())
            presses << key->text();
        else
            presses << QKeySequence(key->keyCombination()).toString(QKeySequence::PortableText);
        return false;
    }
};

QStringList charsOf(const QString &text)
{
    QStringList chars;
    for (QChar c : text)
        chars << QString(c);
    return chars;
}

} // namespace

class TestWedgeScanFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scanIsDelivered_data();
    void scanIsDelivered();
    void personTyping_data();
    void personTyping();
    void shortBurstIsTyped_data();
    void shortBurstIsTyped();
    void fastCharsWithoutEnter_data();
    void fastCharsWithoutEnter();
    void chordEndsBurst();
    void backToBackScans();
    void disabledLetsEverythingThrough();
    void shiftedLetters_data();
    void shiftedLetters();
    void autoRepeatIsNeverAScan();
    void syntheticKeysPassThrough();
    void receiverDestroyed();
    void enterShortcutNotFiredByScan_data();
    void enterShortcutNotFiredByScan();
    void shortcutSeesHeldKeys();

private:
    // Keys go either straight to the widget (QTest's widget overloads) or through
    // the window system to the window, which forwards them to its focus widget.
    void type(QLineEdit *field, const QString &text, int delayMs, bool enter, bool viaWindow);

    std::unique_ptr<WedgeScanFilter> m_filter;
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_basket = nullptr;
    QLineEdit *m_search = nullptr;
};

void TestWedgeScanFilter::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_basket = new QLineEdit(m_window.get());
    m_basket->setObjectName(QStringLiteral("basket"));
    m_search = new QLineEdit(m_window.get());
    m_search->setObjectName(QStringLiteral("search"));
    layout->addWidget(m_basket);
    layout->addWidget(m_search);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_basket->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_basket);

    m_filter = std::make_unique<WedgeScanFilter>();
    qApp->installEventFilter(m_filter.get());
}

void TestWedgeScanFilter::cleanup()
{
    m_filter.reset();
    m_window.reset();
    m_basket = nullptr;
    m_search = nullptr;
}

void TestWedgeScanFilter::type(QLineEdit *field, const QString &text, int delayMs, bool enter, bool viaWindow)
{
    if (!viaWindow) {
        QTest::keyClicks(field, text, Qt::NoModifier, delayMs);
        if (enter)
            QTest::keyClick(field, Qt::Key_Return, Qt::NoModifier, delayMs);
        return;
    }
    QVERIFY(field->hasFocus());
    // QTest 6.4's QWindow overloads pass their "delay" on as the event's repeat
    // count instead of waiting, so wait here and give it the count, 1.
    QWindow *window = m_window->windowHandle();
    const auto click = [&](auto key) {
        if (delayMs > 0)
            QTest::qWait(delayMs);
        QTest::keyPress(window, key, Qt::NoModifier, 1);
        if (delayMs > 0)
            QTest::qWait(delayMs);
        QTest::keyRelease(window, key, Qt::NoModifier, 1);
    };
    for (QChar c : text)
        click(c.toLatin1());
    if (enter)
        click(Qt::Key_Return);
}

void TestWedgeScanFilter::scanIsDelivered_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("viaWindow");
    QTest::addColumn<QString>("code");

    const QString ean = QStringLiteral("4006381333931");
    QTest::newRow("basket") << QStringLiteral("basket") << false << ean;
    QTest::newRow("search field") << QStringLiteral("search") << false << ean;
    QTest::newRow("basket, via window") << QStringLiteral("basket") << true << ean;
    QTest::newRow("search field, via window") << QStringLiteral("search") << true << ean;
    QTest::newRow("code 39") << QStringLiteral("search") << false << QStringLiteral("RTL-0042");
    QTest::newRow("exactly minLength") << QStringLiteral("basket") << false << QStringLiteral("1234");
}

void TestWedgeScanFilter::scanIsDelivered()
{
    QFETCH(QString, field);
    QFETCH(bool, viaWindow);
    QFETCH(QString, code);

    QLineEdit *target = field == m_basket->objectName() ? m_basket : m_search;
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);

    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy basketReturns(m_basket, &QLineEdit::returnPressed);
    QSignalSpy searchReturns(m_search, &QLineEdit::returnPressed);
    KeyLog basketLog(m_basket);
    KeyLog searchLog(m_search);

    type(target, code, kScanner, true, viaWindow);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), code);

    QTest::qWait(kSettleMs);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(m_basket->text(), QString());
    QCOMPARE(m_search->text(), QString());
    QCOMPARE(basketReturns.count(), 0);
    QCOMPARE(searchReturns.count(), 0);
    // Not a single key of the burst, its releases or the Enter got through.
    QCOMPARE(basketLog.presses, QStringList());
    QCOMPARE(searchLog.presses, QStringList());
    QCOMPARE(basketLog.releases + searchLog.releases, 0);
}

void TestWedgeScanFilter::personTyping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("enter");
    QTest::addColumn<bool>("viaWindow");

    QTest::newRow("12ab") << QStringLiteral("12ab") << false << false;
    QTest::newRow("12ab, via window") << QStringLiteral("12ab") << false << true;
    QTest::newRow("code by hand + Enter") << QStringLiteral("1234") << true << false;
    QTest::newRow("code by hand + Enter, via window") << QStringLiteral("1234") << true << true;
}

void TestWedgeScanFilter::personTyping()
{
    QFETCH(QString, text);
    QFETCH(bool, enter);
    QFETCH(bool, viaWindow);

    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returns(m_basket, &QLineEdit::returnPressed);
    KeyLog log(m_basket);

    type(m_basket, text, kPerson, enter, viaWindow);
    QTest::qWait(kSettleMs);

    QCOMPARE(m_basket->text(), text);
    QCOMPARE(returns.count(), enter ? 1 : 0);
    QCOMPARE(scans.count(), 0);
    QStringList expected = charsOf(text);
    if (enter)
        expected << QStringLiteral("Return");
    QCOMPARE(log.presses, expected);
}

void TestWedgeScanFilter::shortBurstIsTyped_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("2 chars") << QStringLiteral("12");
    QTest::newRow("minLength - 1") << QStringLiteral("123");
    QTest::newRow("1 char") << QStringLiteral("7");
}

void TestWedgeScanFilter::shortBurstIsTyped()
{
    QFETCH(QString, text);

    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returns(m_basket, &QLineEdit::returnPressed);
    KeyLog log(m_basket);

    type(m_basket, text, kScanner, true, false);
    // The Enter itself is never held, so everything has arrived already.
    QCOMPARE(m_basket->text(), text);
    QCOMPARE(returns.count(), 1);
    QCOMPARE(log.presses, charsOf(text) << QStringLiteral("Return"));

    QTest::qWait(kSettleMs);
    QCOMPARE(m_basket->text(), text);
    QCOMPARE(returns.count(), 1);
    QCOMPARE(scans.count(), 0);
}

void TestWedgeScanFilter::fastCharsWithoutEnter_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("999") << QStringLiteral("999");
    QTest::newRow("order kept") << QStringLiteral("9876");
    QTest::newRow("long") << QStringLiteral("4006381333931");
}

void TestWedgeScanFilter::fastCharsWithoutEnter()
{
    QFETCH(QString, text);

    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    KeyLog log(m_basket);

    type(m_basket, text, kScanner, false, false);
    QTest::qWait(kSettleMs);

    QCOMPARE(m_basket->text(), text);
    QCOMPARE(log.presses, charsOf(text));
    QCOMPARE(log.releases, text.size());
    QCOMPARE(scans.count(), 0);
}

void TestWedgeScanFilter::chordEndsBurst()
{
    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    KeyLog log(m_basket);

    QTest::keyClicks(m_basket, QStringLiteral("123"), Qt::NoModifier, kScanner);
    QTest::keyClick(m_basket, Qt::Key_A, Qt::ControlModifier, kScanner);

    // Ctrl+A got through, after the held digits: it selected them.
    QCOMPARE(log.presses,
        (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("Ctrl+A") }));
    QCOMPARE(m_basket->text(), QStringLiteral("123"));
    QCOMPARE(m_basket->selectedText(), QStringLiteral("123"));

    QTest::qWait(kSettleMs);
    QCOMPARE(m_basket->text(), QStringLiteral("123"));
    QCOMPARE(scans.count(), 0);
}

void TestWedgeScanFilter::backToBackScans()
{
    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returns(m_basket, &QLineEdit::returnPressed);

    const QStringList codes { QStringLiteral("4006381333931"), QStringLiteral("5012345678900"),
        QStringLiteral("96385074") };
    for (const QString &code : codes)
        type(m_basket, code, kScanner, true, false);

    QCOMPARE(scans.count(), codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i)
        QCOMPARE(scans.at(i).at(0).toString(), codes.at(i));

    QTest::qWait(kSettleMs);
    QCOMPARE(scans.count(), codes.size());
    QCOMPARE(m_basket->text(), QString());
    QCOMPARE(returns.count(), 0);
}

void TestWedgeScanFilter::disabledLetsEverythingThrough()
{
    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returns(m_basket, &QLineEdit::returnPressed);
    const QString code = QStringLiteral("4006381333931");

    m_filter->setEnabled(false);
    QVERIFY(!m_filter->isEnabled());
    type(m_basket, code, kScanner, true, false);
    // Nothing held: the text is there at once.
    QCOMPARE(m_basket->text(), code);
    QCOMPARE(returns.count(), 1);
    QCOMPARE(scans.count(), 0);

    // Disabling mid-burst hands over what was held.
    m_basket->clear();
    m_filter->setEnabled(true);
    type(m_basket, QStringLiteral("55"), kScanner, false, false);
    m_filter->setEnabled(false);
    QCOMPARE(m_basket->text(), QStringLiteral("55"));

    m_basket->clear();
    m_filter->setEnabled(true);
    type(m_basket, code, kScanner, true, false);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), code);
    QCOMPARE(m_basket->text(), QString());
    QCOMPARE(returns.count(), 1);
}

void TestWedgeScanFilter::shiftedLetters_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("isScan");

    QTest::newRow("scanner") << kScanner << true;
    QTest::newRow("person") << kPerson << false;
}

void TestWedgeScanFilter::shiftedLetters()
{
    QFETCH(int, delayMs);
    QFETCH(bool, isScan);

    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returns(m_basket, &QLineEdit::returnPressed);

    // Upper case comes with Shift pressed and released around the letter.
    const QString code = QStringLiteral("AB-12cd");
    for (QChar c : code) {
        const Qt::KeyboardModifiers shift = c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
        QTest::keyClick(m_basket, c.toLatin1(), shift, delayMs);
    }
    QTest::keyClick(m_basket, Qt::Key_Return, Qt::NoModifier, delayMs);
    QTest::qWait(kSettleMs);

    if (isScan) {
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), code);
        QCOMPARE(m_basket->text(), QString());
        QCOMPARE(returns.count(), 0);
    } else {
        QCOMPARE(scans.count(), 0);
        QCOMPARE(m_basket->text(), code);
        QCOMPARE(returns.count(), 1);
    }
}

void TestWedgeScanFilter::autoRepeatIsNeverAScan()
{
    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returns(m_basket, &QLineEdit::returnPressed);

    // Someone holds "9" down, then presses Enter: fast, long enough, still typing.
    // Through the window system, as auto-repeat only comes from there.
    QWindow *window = m_window->windowHandle();
    const QString nine = QStringLiteral("9");
    qt_handleKeyEvent(window, QEvent::KeyPress, Qt::Key_9, Qt::NoModifier, nine);
    for (int i = 0; i < 5; ++i) {
        qt_handleKeyEvent(window, QEvent::KeyRelease, Qt::Key_9, Qt::NoModifier, nine, true);
        qt_handleKeyEvent(window, QEvent::KeyPress, Qt::Key_9, Qt::NoModifier, nine, true);
    }
    qt_handleKeyEvent(window, QEvent::KeyRelease, Qt::Key_9, Qt::NoModifier, nine);
    type(m_basket, QString(), kScanner, true, true);

    QCOMPARE(m_basket->text(), QStringLiteral("999999"));
    QCOMPARE(returns.count(), 1);
    QTest::qWait(kSettleMs);
    QCOMPARE(scans.count(), 0);
}

void TestWedgeScanFilter::syntheticKeysPassThrough()
{
    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);
    QSignalSpy returns(m_basket, &QLineEdit::returnPressed);

    // What the on-screen keypad and the scripted demo do, e.g. a PIN + Enter:
    // a burst by timing, but sent by the application, so never a scan.
    const QString pin = QStringLiteral("1234");
    for (QChar c : pin) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + c.digitValue(), Qt::NoModifier, QString(c));
        QApplication::sendEvent(m_basket, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_0 + c.digitValue(), Qt::NoModifier, QString(c));
        QApplication::sendEvent(m_basket, &release);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QApplication::sendEvent(m_basket, &enter);

    // Not even held for the gap: the text is there at once.
    QCOMPARE(m_basket->text(), pin);
    QCOMPARE(returns.count(), 1);
    QTest::qWait(kSettleMs);
    QCOMPARE(scans.count(), 0);
}

void TestWedgeScanFilter::receiverDestroyed()
{
    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);

    QPointer<QLineEdit> dialogField = new QLineEdit(m_window.get());
    dialogField->show();
    QTest::keyClicks(dialogField, QStringLiteral("12"), Qt::NoModifier, kScanner);
    delete dialogField;

    // The replay is dropped; nothing lands anywhere else.
    QTest::qWait(kSettleMs);
    QCOMPARE(m_basket->text(), QString());
    QCOMPARE(m_search->text(), QString());
    QCOMPARE(scans.count(), 0);

    // And the filter carries on.
    type(m_basket, QStringLiteral("4006381333931"), kScanner, true, false);
    QCOMPARE(scans.count(), 1);
}

void TestWedgeScanFilter::enterShortcutNotFiredByScan_data()
{
    QTest::addColumn<bool>("viaWindow");

    QTest::newRow("widget") << false;
    QTest::newRow("via window") << true;
}

void TestWedgeScanFilter::enterShortcutNotFiredByScan()
{
    QFETCH(bool, viaWindow);

    // E.g. "Enter = pay" on the sale screen; a line edit does not override it.
    QShortcut pay(QKeySequence(Qt::Key_Return), m_window.get());
    QSignalSpy payments(&pay, &QShortcut::activated);
    QSignalSpy scans(m_filter.get(), &WedgeScanFilter::scanned);

    type(m_basket, QStringLiteral("4006381333931"), kScanner, true, viaWindow);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(payments.count(), 0);

    // A person's Enter still is the shortcut.
    QTest::qWait(kSettleMs);
    type(m_basket, QString(), kPerson, true, viaWindow);
    QCOMPARE(payments.count(), 1);
    QCOMPARE(scans.count(), 1);
}

void TestWedgeScanFilter::shortcutSeesHeldKeys()
{
    // A shortcut pressed right after typing acts on the typed text, not on less.
    QShortcut lookUp(QKeySequence(Qt::Key_F5), m_window.get());
    QString seen;
    connect(&lookUp, &QShortcut::activated, this, [&] { seen = m_basket->text(); });

    QTest::keyClicks(m_basket, QStringLiteral("123"), Qt::NoModifier, kScanner);
    QTest::keyClick(m_basket, Qt::Key_F5, Qt::NoModifier, kScanner);
    QCOMPARE(seen, QStringLiteral("123"));
}

QTEST_MAIN(TestWedgeScanFilter)
#include "tst_wedge_scan_filter.moc"
