// The keyboard-wedge scanner simulator (retailos-wedge-sim) against the
// lane's real wedge filter on a real X server: a private Xvfb, this test's
// window focused, the tool typing through XTEST. A scanner's burst becomes
// one scan and never lands in the field; the same code typed at a person's
// pace stays typing.
#include "app/ui/wedge_scan_filter.h"
#include "tests/bench/bench_lane.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace retailos;

namespace {

QString g_display;   // ":N" of the private Xvfb

} // namespace

class tst_WedgeSim : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scannerBurstIsOneScan();
    void personTypingStaysTyping();

private:
    // Runs the tool to completion; its exit code.
    int runTool(const QStringList &args);

    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_field = nullptr;
    ui::WedgeScanFilter *m_filter = nullptr;
};

void tst_WedgeSim::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_field = new QLineEdit(m_window.get());
    layout->addWidget(m_field);
    m_window->resize(400, 80);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY2(QTest::qWaitForWindowActive(m_window.get(), 5000), "the window never got the keyboard focus");
    m_field->setFocus();
    // As the lane window sets it up: bursts ≤ 30 ms apart, at least 4 keys.
    m_filter = new ui::WedgeScanFilter(30, 4, m_window.get());
    qApp->installEventFilter(m_filter);
}

void tst_WedgeSim::cleanup()
{
    qApp->removeEventFilter(m_filter);
    m_window.reset();
}

int tst_WedgeSim::runTool(const QStringList &args)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tool.start(QStringLiteral(RETAILOS_WEDGE_SIM_BIN), QStringList{u"--display"_qs, g_display} + args);
    if (!tool.waitForStarted(5000))
        return -1;
    // Keep the event loop turning while it types: the keys arrive now.
    QElapsedTimer timer;
    timer.start();
    while (tool.state() != QProcess::NotRunning && timer.elapsed() < 20000)
        QTest::qWait(10);
    if (tool.state() != QProcess::NotRunning) {
        tool.kill();
        tool.waitForFinished(2000);
        return -2;
    }
    QTest::qWait(200);   // the last keys and the filter's end-of-burst timer
    return tool.exitCode();
}

void tst_WedgeSim::scannerBurstIsOneScan()
{
    QSignalSpy scanned(m_filter, &ui::WedgeScanFilter::scanned);
    QCOMPARE(runTool({u"4006381333931"_qs, u"036000291452"_qs}), 0);
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(scanned.at(0).at(0).toString(), u"4006381333931"_qs);
    QCOMPARE(scanned.at(1).at(0).toString(), u"036000291452"_qs);
    QCOMPARE(m_field->text(), QString());   // nothing of it typed into the field
}

void tst_WedgeSim::personTypingStaysTyping()
{
    QSignalSpy scanned(m_filter, &ui::WedgeScanFilter::scanned);
    QCOMPARE(runTool({u"--gap-ms"_qs, u"80-120"_qs, u"4011"_qs}), 0);
    QTRY_COMPARE(m_field->text(), u"4011"_qs);
    QCOMPARE(scanned.count(), 0);
}

int main(int argc, char *argv[])
{
    // A private X server before any thread exists; the test needs a real one
    // (XTEST), so it fails rather than falling back to offscreen.
    const bench::BenchDisplay display = bench::startDisplay(u"xvfb"_qs, u"1024x768x24"_qs);
    g_display = display.display;
    qputenv("DISPLAY", g_display.toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    tst_WedgeSim test;
    const int result = QTest::qExec(&test, argc, argv);
    bench::stopDisplay();
    return result;
}

#include "tst_wedge_sim.moc"
