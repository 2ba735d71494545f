// Receipt → paper: a typical receipt (about 20 lines, a Code 128 barcode and
// a QR code of the receipt number) encoded for an Epson 80 mm printer and
// printed through PrinterDevice over TCP, with the ESC/POS status probe
// before and after as the lane does, to the printer simulator on loopback.
// Timed from submit() until jobCompleted reaches this thread. Reference, in
// turns in the same run: the same bytes through a bare QTcpSocket (connect,
// write, disconnect) on a thread of its own, timed until the simulator has
// printed the receipt and the socket is closed. Beside them the encode time
// and the bytes per receipt, without and with the demo logo.
#include "app/printing/printer_bitmap.h"
#include "core/sale/receipt.h"
#include "drivers/device/printer_device.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/escpos/escpos_status_probe.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/transport/tcp_transport.h"
#include "tests/bench/bench_devices.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <atomic>

namespace retailos::bench::devices {

namespace {

using drivers::EscPosEncoder;
using drivers::PrinterDevice;
using drivers::PrinterProfile;

ReceiptItem item(const QString &text, const QString &amount, const QString &detail = {})
{
    ReceiptItem i;
    i.text = text;
    i.amount = amount;
    i.detail = detail;
    i.taxCode = u"A"_qs;
    return i;
}

// What a grocery receipt looks like: store header, receipt data, ten items
// (some by weight or quantity, one discounted), totals, tax table, tender,
// change, footer, and the receipt number as barcode and QR code.
ReceiptDocument typicalReceipt(int number)
{
    ReceiptDocument doc;
    doc.header = {u"Corner Market"_qs, u"12 High Street, Springfield"_qs, u"VAT GB123456789"_qs};
    doc.meta = {{u"Receipt"_qs, QString::number(number)},
                {u"Lane"_qs, u"01"_qs},
                {u"Cashier"_qs, u"Alex"_qs},
                {u"Date"_qs, u"2026-11-22 09:41"_qs}};
    ReceiptItem bananas = item(u"Bananas loose"_qs, u"0.83"_qs, u"0.755 kg x 1.10/kg"_qs);
    ReceiptItem coffee = item(u"Ground coffee 500 g"_qs, u"5.49"_qs);
    coffee.adjustments = {{u"Offer 10 %"_qs, u"-0.55"_qs}};
    ReceiptItem wine = item(u"Red wine 0.75 l"_qs, u"7.99"_qs);
    wine.taxCode = u"B"_qs;
    doc.items = {item(u"Whole milk 1 l"_qs, u"1.98"_qs, u"2 x 0.99"_qs),
                 item(u"Wholemeal bread"_qs, u"1.45"_qs),
                 bananas,
                 coffee,
                 item(u"Cheddar 200 g"_qs, u"2.35"_qs),
                 item(u"Free range eggs 6"_qs, u"2.10"_qs),
                 item(u"Tomatoes 500 g"_qs, u"1.29"_qs),
                 item(u"Pasta 500 g"_qs, u"2.37"_qs, u"3 x 0.79"_qs),
                 wine,
                 item(u"Dish soap"_qs, u"1.65"_qs)};
    doc.totals = {{u"Subtotal"_qs, u"26.95"_qs}, {u"Savings"_qs, u"-0.55"_qs}, {u"TOTAL GBP"_qs, u"26.40"_qs}};
    doc.taxes = {{u"A"_qs, u"0 %"_qs, u"18.41"_qs, u"0.00"_qs, u"18.41"_qs},
                 {u"B"_qs, u"20 %"_qs, u"6.66"_qs, u"1.33"_qs, u"7.99"_qs}};
    doc.tenders = {{u"Cash"_qs, u"30.00"_qs}};
    doc.change = u"3.60"_qs;
    doc.footer = {u"Thank you for shopping with us"_qs, u"Returns within 30 days with receipt"_qs};
    doc.barcodePayload = u"R01-"_qs + QString::number(number);
    doc.journalReference = u"#"_qs + QString::number(number) + u" a1b2c3d4"_qs;
    doc.receiptNumber = number;
    return doc;
}

double micros(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::micro>(to - from).count();
}

// One series: `receipts` receipts with `profile`, printed both ways in turns.
void printSeries(const Sizes &sizes, const PrinterProfile &profile, const QString &name)
{
    drivers::sim::PrinterSimulator printer;
    must(printer.listen(0), "printer simulator");
    const quint16 port = printer.port();
    int printed = 0;
    Clock::time_point printedAt;
    QObject::connect(&printer, &drivers::sim::PrinterSimulator::receiptPrinted, &printer, [&](int) {
        printedAt = Clock::now();
        ++printed;
    });

    PrinterDevice device(u"bench-printer"_qs, std::make_unique<drivers::TcpTransport>(u"127.0.0.1"_qs, port),
                         drivers::escPosStatusProbe());
    int completedJob = 0;
    Clock::time_point completedAt;
    QObject::connect(&device, &PrinterDevice::jobCompleted, &device, [&](int job) {
        completedAt = Clock::now();
        completedJob = job;
    });
    QObject::connect(&device, &PrinterDevice::jobFailed, &device,
                     [](int, const QString &message) { die(u"print job failed: "_qs + message); });
    must(device.claim(), "claim the printer");

    EscPosEncoder encoder;
    QList<double> encodeTimes;
    QList<double> deviceTimes;
    QList<double> bareTimes;
    qint64 bytesTotal = 0;
    const int total = sizes.warmUp + sizes.receipts;
    for (int i = 0; i < total; ++i) {
        const bool counted = i >= sizes.warmUp;
        const auto encodeStart = Clock::now();
        const QByteArray job = encoder.encode(typicalReceipt(1000 + i), profile);
        const double encodeMicros = microsSince(encodeStart);
        if (counted) {
            encodeTimes.append(encodeMicros);
            bytesTotal += job.size();
        }

        auto timeDevice = [&] {
            const int before = printed;
            const auto start = Clock::now();
            const int id = must(device.submit(job), "submit");
            waitUntil([&] { return completedJob == id; }, 20000, u"jobCompleted"_qs);
            if (printed != before + 1)
                die(u"the simulator did not print the device's receipt"_qs);
            if (counted)
                deviceTimes.append(micros(start, completedAt));
        };
        auto timeBare = [&] {
            const int before = printed;
            Clock::time_point start;
            Clock::time_point closedAt;
            runOnThread(
                [&] {
                    QTcpSocket socket;
                    start = Clock::now();
                    socket.connectToHost(QHostAddress::LocalHost, port);
                    if (!socket.waitForConnected(2000))
                        return;
                    socket.write(job);
                    while (socket.bytesToWrite() > 0)
                        if (!socket.waitForBytesWritten(2000))
                            return;
                    socket.disconnectFromHost();
                    if (socket.state() != QAbstractSocket::UnconnectedState)
                        socket.waitForDisconnected(2000);
                    closedAt = Clock::now();
                },
                20000, u"bare QTcpSocket print"_qs);
            waitUntil([&] { return printed == before + 1; }, 20000, u"the bare receipt printed"_qs);
            if (closedAt == Clock::time_point())
                die(u"the bare QTcpSocket could not send the receipt"_qs);
            if (counted)
                bareTimes.append(micros(start, std::max(closedAt, printedAt)));
        };
        if (i % 2 == 0) {
            timeDevice();
            timeBare();
        } else {
            timeBare();
            timeDevice();
        }
        printer.resetPrinter(); // the paper basket would grow with every receipt
    }
    device.release();

    const QJsonObject extra{{u"profile"_qs, profile.name}, {u"logo"_qs, !profile.logo.isNull()}};
    // No bar of its own: the printer's paper feed (about a second a receipt)
    // dwarfs it; the ratio shows what the status probes and the worker add.
    printPercentiles(u"devices"_qs, name + u"_to_paper"_qs, deviceTimes, u"bare_tcp_write"_qs, bareTimes, QString(),
                     extra);
    printPercentiles(u"devices"_qs, name + u"_encode"_qs, encodeTimes, QString(), {}, QString(), extra);
    printFigure({u"devices"_qs, name + u"_bytes"_qs, double(bytesTotal) / double(sizes.receipts), u"bytes"_qs,
                 QString(), 0, QString()},
                extra);
}

} // namespace

void benchPrinter(const Sizes &sizes)
{
    const PrinterProfile plain = PrinterProfile::epson80mm();
    printSeries(sizes, plain, u"receipt"_qs);

    PrinterProfile withLogo = plain;
    // As the lane does: the logo fitted to the paper once, at start.
    withLogo.logo = printing::receiptLogo(must(printing::loadLogo(sizes.logoPath), "load the receipt logo"), withLogo);
    printSeries(sizes, withLogo, u"receipt_with_logo"_qs);
}

} // namespace retailos::bench::devices
