// retailos-printer-sim: a receipt printer on 127.0.0.1 for the demo and for
// developers without hardware. Speaks ESC/POS over TCP (and a pty with
// --pty), answers status
// queries, writes each receipt as NNN.txt and NNN.png, and reports what
// happens as one JSON object per line on stdout. Runs until SIGTERM/SIGINT.
#include "app/tools/common/sim_tool.h"
#include "core/common/json_writer.h"
#include "drivers/simulator/printer_simulator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

using namespace retailos;
using namespace retailos::drivers::sim;

namespace {

struct SimToolText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSimulator)
};

const char *cutName(CutKind cut)
{
    switch (cut) {
    case CutKind::Full:
        return "full";
    case CutKind::Partial:
        return "partial";
    case CutKind::None:
        break;
    }
    return "none";
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts for the PNGs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-printer-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(SimToolText::tr(
        "A simulated ESC/POS receipt printer on 127.0.0.1. Prints {\"listening\":PORT} on stdout, then one JSON "
        "line per receipt, drawer kick and status request. Stop it with SIGTERM or Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        SimToolText::tr("TCP port on 127.0.0.1 (default 9100; 0 picks a free one)."), SimToolText::tr("N"),
        QStringLiteral("9100"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        SimToolText::tr("Folder for the printed receipts (001.txt, 001.png, ...)."), SimToolText::tr("DIR"));
    const QCommandLineOption paperOutOption(QStringLiteral("paper-out"), SimToolText::tr("Start out of paper."));
    const QCommandLineOption nearEndOption(QStringLiteral("paper-near-end"), SimToolText::tr("Start with the paper near its end."));
    const QCommandLineOption coverOption(QStringLiteral("cover-open"), SimToolText::tr("Start with the cover open."));
    const QCommandLineOption offlineOption(QStringLiteral("offline"), SimToolText::tr("Start offline."));
    const QCommandLineOption slowOption(QStringLiteral("slow"),
        SimToolText::tr("Read at most this many bytes a second."), SimToolText::tr("BYTES"));
    const QCommandLineOption dropOption(QStringLiteral("drop-after"),
        SimToolText::tr("Drop the first connection after this many bytes."), SimToolText::tr("BYTES"));
    const QCommandLineOption ptyOption(QStringLiteral("pty"),
        SimToolText::tr("Also take bytes from a pseudo terminal, as a serial printer; its path is printed as {\"pty\":PATH}."));
    const QCommandLineOption drawerClosesOption(QStringLiteral("drawer-closes-after"),
        SimToolText::tr("The drawer on the kick port closes by itself this many ms after a kick (default: it stays "
                        "open)."),
        SimToolText::tr("MS"));
    const QCommandLineOption drawerStuckOption(QStringLiteral("drawer-stuck"),
        SimToolText::tr("The drawer opens on a kick but never closes by itself."));
    parser.addOptions({portOption, outOption, paperOutOption, nearEndOption, coverOption, offlineOption, slowOption,
        dropOption, ptyOption, drawerClosesOption, drawerStuckOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return tools::refuse(SimToolText::tr("--port needs a number from 0 to 65535."), 2);
    int slow = 0;
    if (parser.isSet(slowOption)) {
        slow = parser.value(slowOption).toInt(&ok);
        if (!ok || slow < 1)
            return tools::refuse(SimToolText::tr("--slow needs a number of bytes per second, 1 or more."), 2);
    }
    qint64 dropAfter = -1;
    if (parser.isSet(dropOption)) {
        dropAfter = parser.value(dropOption).toLongLong(&ok);
        if (!ok || dropAfter < 0)
            return tools::refuse(SimToolText::tr("--drop-after needs a number of bytes."), 2);
    }

    int drawerClosesAfter = 0;
    if (parser.isSet(drawerClosesOption)) {
        drawerClosesAfter = parser.value(drawerClosesOption).toInt(&ok);
        if (!ok || drawerClosesAfter < 1)
            return tools::refuse(
                SimToolText::tr("--drawer-closes-after needs a number of milliseconds, 1 or more."), 2);
    }

    PrinterSimulator printer;
    printer.setDrawerClosesAfterMs(drawerClosesAfter);
    printer.setDrawerStuck(parser.isSet(drawerStuckOption));
    if (parser.isSet(outOption)) {
        if (auto out = printer.setOutputDirectory(parser.value(outOption)); !out)
            return tools::refuse(out.error().message, 2);
    }
    printer.setPaperOut(parser.isSet(paperOutOption));
    printer.setPaperNearEnd(parser.isSet(nearEndOption));
    printer.setCoverOpen(parser.isSet(coverOption));
    printer.setOffline(parser.isSet(offlineOption));
    printer.setSlow(slow);
    printer.dropConnectionAfter(dropAfter);

    QObject::connect(&printer, &PrinterSimulator::receiptPrinted, &printer, [&printer](int index) {
        const Receipt &receipt = printer.receipts()[index];
        JsonWriter json;
        json.beginObject()
            .field("receipt", index + 1)
            .field("lines", int(receipt.lines().size()))
            .field("barcodes", int(receipt.barcodes().size()))
            .field("qr", int(receipt.qrCodes().size()))
            .field("images", int(receipt.images().size()))
            .key("cut")
            .value(QString::fromLatin1(cutName(receipt.cut)))
            .endObject();
        tools::printJsonLine(json);
    });
    QObject::connect(&printer, &PrinterSimulator::receiptSaved, &printer,
        [](int index, const QString &textPath, const QString &imagePath) {
            JsonWriter json;
            json.beginObject().field("saved", index + 1).field("txt", textPath).field("png", imagePath).endObject();
            tools::printJsonLine(json);
        });
    QObject::connect(&printer, &PrinterSimulator::drawerKicked, &printer, [](int pin, int onMs, int offMs) {
        JsonWriter json;
        json.beginObject().field("drawer", pin).field("on_ms", onMs).field("off_ms", offMs).endObject();
        tools::printJsonLine(json);
    });
    QObject::connect(&printer, &PrinterSimulator::drawerChanged, &printer, [](bool open) {
        if (open)
            return;   // opening is the kick's line
        tools::printJsonLine("drawer_closed", true);
    });
    QObject::connect(&printer, &PrinterSimulator::statusRequested, &printer, [](int n, quint8 answer) {
        JsonWriter json;
        json.beginObject().field("status", n).field("answer", int(answer)).endObject();
        tools::printJsonLine(json);
    });
    QObject::connect(&printer, &PrinterSimulator::commandIgnored, &printer, [](const QString &description) {
        tools::printJsonLine("ignored", description);
    });
    QObject::connect(&printer, &PrinterSimulator::saveFailed, &printer, [](const QString &message) {
        tools::printJsonLine("error", message);
    });

    if (auto quitting = tools::quitOnTerminationSignals(&app); !quitting)
        return tools::refuse(quitting.error().message, 2);

    if (auto listening = printer.listen(quint16(port)); !listening)
        return tools::refuse(listening.error().message, 1);
    tools::printJsonLine("listening", int(printer.port()));
    if (parser.isSet(ptyOption)) {
        auto pty = printer.openPty();
        if (!pty)
            return tools::refuse(pty.error().message, 1);
        tools::printJsonLine("pty", *pty);
    }

    const int code = QCoreApplication::exec();
    printer.close();
    JsonWriter stopped;
    stopped.beginObject().field("stopped", true).field("receipts", int(printer.receipts().size())).endObject();
    tools::printJsonLine(stopped);
    return code;
}
