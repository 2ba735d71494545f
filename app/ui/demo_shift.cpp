// The scripted demo shift (see demo_shift.h). It types into the window the
// way a person does (key events to the focused widget) and scans through the
// scanner simulator (its code comes back over the pty, the serial scanner
// driver and LaneDevices) or, without one, the way a wedge scanner does
// (LaneWindow::deliverScan), then waits for the screen to settle.
#include "app/ui/demo_shift.h"

#include "app/ui/lane_window.h"
#include "app/ui/receipt_page.h"
#include "core/lane/lane_services.h"
#include "core/sale/sale_session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

namespace retailos::ui {

namespace {
struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(DemoShift)
};

void settle(int ms = 30)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

QPointer<QWidget> g_window;

// Where a keyboard would type: the focused widget, else the window's own
// focus (a platform without a window manager may not re-activate the
// window after a dialog closes).
QWidget *keyTarget()
{
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal->focusWidget() ? modal->focusWidget() : modal;
    if (g_window)
        return g_window->focusWidget() ? g_window->focusWidget() : g_window.data();
    return nullptr;
}

void key(int k, const QString &text = {}, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, k, modifiers, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, k, modifiers, text);
    QApplication::sendEvent(target, &release);
}

void type(const QString &text)
{
    for (const QChar c : text)
        key(c.isDigit() ? Qt::Key_0 + c.digitValue() : int(c.toUpper().unicode()), QString(c));
}

void enter()
{
    key(Qt::Key_Return, u"\r"_qs);
}

// Answers the next modal dialog (weight, age check) once it is open.
void answerDialog(const QString &text, int keyToPress)
{
    QTimer::singleShot(100, qApp, [text, keyToPress] {
        if (!QApplication::activeModalWidget())
            return;
        if (!text.isEmpty())
            type(text);
        key(keyToPress, keyToPress == Qt::Key_Return ? u"\r"_qs : QString());
    });
}
// One command line into a simulator's named pipe.
Result<> tell(const QString &fifo, const QString &line)
{
    QFile pipe(fifo);
    if (!pipe.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || pipe.write((line + u'\n').toUtf8()) < 0)
        return fail(u"demo.feed"_qs, DemoText::tr("Cannot write to the simulator's pipe %1: %2").arg(fifo, pipe.errorString()));
    return {};
}

// Waits until the session changed (the scan arrived and was sold or
// refused) or `ms` passed: a simulated device answers in milliseconds.
void waitForChange(LaneServices &lane, int ms = 3000)
{
    bool changed = false;
    QMetaObject::Connection a = QObject::connect(&lane.session(), &SaleSession::changed, [&] { changed = true; });
    QElapsedTimer timer;
    timer.start();
    while (!changed && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    QObject::disconnect(a);
}

} // namespace

Result<> runDemoShift(LaneWindow &window, LaneServices &lane, const QString &outDir, QTextStream &out,
                      const DemoFeeds &feeds)
{
    // A scan: through the scanner simulator when the demo has one.
    auto scan = [&](const QString &code) -> Result<> {
        if (feeds.scanner.isEmpty()) {
            window.deliverScan(code);
            return {};
        }
        if (auto told = tell(feeds.scanner, code); !told)
            return told;
        waitForChange(lane);
        return {};
    };
    if (!QDir().mkpath(outDir))
        return fail(u"demo.dir"_qs, DemoText::tr("Cannot create %1.").arg(outDir));
    int shot = 0;
    auto screenshot = [&](const QString &name) -> Result<> {
        settle();
        const QString path = QDir(outDir).filePath(u"%1-%2.png"_qs.arg(++shot, 2, 10, QChar(u'0')).arg(name));
        if (!window.grab().save(path))
            return fail(u"demo.screenshot"_qs, DemoText::tr("Cannot write %1.").arg(path));
        out << DemoText::tr("screenshot %1").arg(path) << Qt::endl;
        return {};
    };
    g_window = &window;
    window.resize(1280, 800);
    window.activateWindow();
    if (auto shotTaken = screenshot(u"sign-in"_qs); !shotTaken)
        return shotTaken;

    out << DemoText::tr("signing in as 1001") << Qt::endl;
    type(u"1001"_qs);
    enter();
    type(u"1234"_qs);
    enter();
    settle();
    if (!lane.signedIn())
        return fail(u"demo.sign_in"_qs, DemoText::tr("The demo cashier 1001 (PIN 1234) could not sign in."));
    if (auto shotTaken = screenshot(u"empty-lane"_qs); !shotTaken)
        return shotTaken;

    out << (feeds.scanner.isEmpty() ? DemoText::tr("scanning milk, soap, 3 × milk")
                                    : DemoText::tr("scanning milk, soap, 3 × milk with the scanner simulator"))
        << Qt::endl;
    for (const QString &code : {u"4006381333931"_qs, u"036000291452"_qs}) {
        if (auto scanned = scan(code); !scanned)
            return scanned;
    }
    type(u"3*"_qs);
    if (auto scanned = scan(u"4006381333931"_qs); !scanned)
        return scanned;
    if (feeds.scale.isEmpty()) {
        out << DemoText::tr("bananas by PLU, weighed by hand: 0.750 kg") << Qt::endl;
        answerDialog(u"0.750"_qs, Qt::Key_Return);
    } else {
        out << DemoText::tr("bananas by PLU on the scale simulator: 0.750 kg") << Qt::endl;
        if (auto told = tell(feeds.scale, u"weight 750"_qs); !told)
            return told;
    }
    type(u"4011"_qs);
    enter();
    settle(300);
    out << DemoText::tr("red wine: age check confirmed") << Qt::endl;
    answerDialog(QString(), Qt::Key_Return);   // "yes" is the default answer
    if (auto scanned = scan(u"73513537"_qs); !scanned)
        return scanned;
    settle(300);
    if (auto shotTaken = screenshot(u"basket"_qs); !shotTaken)
        return shotTaken;

    out << DemoText::tr("a barcode with a wrong check digit") << Qt::endl;
    if (auto scanned = scan(u"4006381333932"_qs); !scanned)
        return scanned;
    settle(200);
    if (auto shotTaken = screenshot(u"error-banner"_qs); !shotTaken)
        return shotTaken;

    out << DemoText::tr("pay: F12, then 50 in cash") << Qt::endl;
    key(Qt::Key_F12);
    settle();
    if (auto shotTaken = screenshot(u"tender"_qs); !shotTaken)
        return shotTaken;
    type(u"50"_qs);
    enter();
    settle();
    if (window.currentPage() != window.receiptPage())
        return fail(u"demo.pay"_qs, DemoText::tr("The sale did not complete."));
    if (auto shotTaken = screenshot(u"receipt"_qs); !shotTaken)
        return shotTaken;
    out << window.receiptPage()->receiptText() << Qt::endl;

    enter();   // next customer
    settle();
    window.lock();   // what F11 does
    settle();
    out << DemoText::tr("lane locked; shift done") << Qt::endl;
    return {};
}

} // namespace retailos::ui
