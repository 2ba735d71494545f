// The lane window printing through the real hardware layer to the printer
// simulator over loopback TCP: what the lane previews is what comes out of
// the printer, the drawer opens for cash, a printer out of paper is reported
// and nothing is printed twice on its own.
#include "app/ui/basket_model.h"
#include "app/ui/error_banner.h"
#include "app/ui/lane_window.h"
#include "app/ui/receipt_page.h"
#include "app/ui/sale_page.h"
#include "app/ui/tender_page.h"
#include "app/wiring/lane_hardware.h"
#include "core/settings/settings.h"
#include "drivers/simulator/printer_simulator.h"
#include "tests/support/lane_services_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace retailos;
using namespace retailos::test;

class tst_LanePrinting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saleReceiptPrintsWhatTheScreenShows();
    void paperOutIsReportedAndNotRetried();
    void noPrinterMeansScreenOnly();

private:
    void sellMilkForCash();
    QWidget *focus() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : m_window->focusWidget() ? m_window->focusWidget() : m_window.get();
    }

    std::unique_ptr<LaneServicesFixture> m_fx;
    std::unique_ptr<drivers::sim::PrinterSimulator> m_sim;
    std::unique_ptr<app::LaneHardware> m_devices;
    std::unique_ptr<ui::LaneWindow> m_window;
};

void tst_LanePrinting::init()
{
    m_fx = std::make_unique<LaneServicesFixture>();
    m_sim = std::make_unique<drivers::sim::PrinterSimulator>();
    QVERIFY(m_sim->listen(0));
    DeviceSettings devices;
    devices.printer.transport = u"tcp"_qs;
    devices.printer.host = u"127.0.0.1"_qs;
    devices.printer.port = m_sim->port();
    m_devices = app::LaneHardware::fromSettings(devices, u"lane-print-test-"_qs + QString::number(m_sim->port()));
    QVERIFY(m_devices);
    QVERIFY(m_fx->lane().signIn(LaneStaff::cashier, LaneStaff::cashierPin));
    m_window = std::make_unique<ui::LaneWindow>(m_fx->lane(), QLocale(u"de_DE"_qs), ui::LaneWindowOptions{});
    m_window->setLaneDevices(m_devices.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    // The first health check reaches the simulator and reports a ready printer.
    QTRY_COMPARE(m_devices->summary().health, ui::DeviceHealth::Ok);
}

void tst_LanePrinting::cleanup()
{
    m_window.reset();
    m_devices.reset();
    m_sim.reset();
    m_fx.reset();
}

void tst_LanePrinting::sellMilkForCash()
{
    m_window->deliverScan(QString::fromUtf16(LaneItems::milk));
    QTRY_COMPARE(m_window->salePage()->basketModel()->rowCount(), 1);
    QTest::keyClick(focus(), Qt::Key_F12);
    QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget *>(m_window->tenderPage()));
    QTest::keyClicks(focus(), u"5"_qs);
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget *>(m_window->receiptPage()));
}

void tst_LanePrinting::saleReceiptPrintsWhatTheScreenShows()
{
    QSignalSpy kicks(m_sim.get(), &drivers::sim::PrinterSimulator::drawerKicked);
    sellMilkForCash();
    QTRY_COMPARE(m_sim->receipts().size(), 1);
    const drivers::sim::Receipt &printed = m_sim->receipts().first();
    const ReceiptDocument &doc = m_fx->session().lastReceipt();
    // Line for line what the lane previewed (centred lines are centred by the printer).
    const QStringList expected = renderReceiptText(doc).split(u'\n', Qt::SkipEmptyParts);
    QStringList shown;
    // Compared without spacing: the store name is printed double size.
    for (const QString &line : drivers::sim::renderText(printed).split(u'\n', Qt::SkipEmptyParts))
        shown.append(line.simplified());
    for (const QString &line : expected) {
        const QString trimmed = line.simplified();
        QVERIFY2(shown.contains(trimmed), qPrintable(u"missing on paper: \""_qs + trimmed + u"\"\n"_qs + shown.join(u'\n')));
    }
    QVERIFY(!printed.barcodes().isEmpty());
    QCOMPARE(printed.qrCodes().size(), 1);
    QTRY_COMPARE(kicks.count(), 1);   // cash: the drawer opened, after the receipt
    auto *status = m_window->receiptPage()->findChild<QLabel *>(u"printStatus"_qs);
    QTRY_COMPARE(status->text(), u"Printed."_qs);

    // F9 on the next customer's screen prints a copy, marked as one.
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget *>(m_window->salePage()));
    QTest::keyClick(focus(), Qt::Key_F9);
    QTRY_COMPARE(m_sim->receipts().size(), 2);
    QVERIFY(drivers::sim::renderText(m_sim->receipts().at(1)).contains(u"COPY"));
}

void tst_LanePrinting::paperOutIsReportedAndNotRetried()
{
    m_sim->setPaperOut(true);
    sellMilkForCash();
    auto *status = m_window->receiptPage()->findChild<QLabel *>(u"printStatus"_qs);
    QTRY_VERIFY2(status->text().contains(u"did not print"), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"F9"));
    QTRY_COMPARE(m_devices->summary().health, ui::DeviceHealth::Error);
    QVERIFY(m_sim->receipts().isEmpty());
    // The sale itself is safe: committed before any paper moved.
    QCOMPARE(m_fx->count("SELECT count(*) FROM sales"), 1);
    // Paper in again: nothing prints by itself...
    m_sim->setPaperOut(false);
    QTest::qWait(300);
    QVERIFY(m_sim->receipts().isEmpty());
    // ...until the cashier asks for a copy.
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget *>(m_window->salePage()));
    QTest::keyClick(focus(), Qt::Key_F9);
    QTRY_COMPARE(m_sim->receipts().size(), 1);
    QVERIFY(drivers::sim::renderText(m_sim->receipts().first()).contains(u"COPY"));
    QTRY_COMPARE(m_devices->summary().health, ui::DeviceHealth::Ok);
}

void tst_LanePrinting::noPrinterMeansScreenOnly()
{
    DeviceSettings none;
    QVERIFY(!app::LaneHardware::fromSettings(none, u"lane-none"_qs));
    m_window->setLaneDevices(nullptr);
    sellMilkForCash();
    auto *status = m_window->receiptPage()->findChild<QLabel *>(u"printStatus"_qs);
    QVERIFY(status->text().contains(u"on screen only"));
    QTest::qWait(200);
    QVERIFY(m_sim->receipts().isEmpty());
}

QTEST_MAIN(tst_LanePrinting)
#include "tst_lane_printing.moc"
