// retailos-scanner-sim: a serial barcode scanner on a pseudo terminal for the
// demo and for developers without hardware. Prints {"pty":PATH}, then reads
// commands from stdin, one a line:
//   CODE          scan it (e.g. 4006381333931)
//   garbage       line noise (control bytes, then CR)
//   half CODE     the first half of CODE, no terminator (a half barcode)
//   double CODE   CODE twice at once (a double read)
// and answers each with one JSON line. Runs until SIGTERM/SIGINT or the end
// of stdin (after the last queued bytes are sent).
#include "app/tools/common/sim_tool.h"
#include "core/common/json_writer.h"
#include "drivers/simulator/scanner_simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace retailos;
using namespace retailos::drivers::sim;

namespace {

struct ScannerSimToolText
{
    Q_DECLARE_TR_FUNCTIONS(ScannerSimulator)
};

// What a noisy line delivers: NUL, bytes with bit 7, control characters.
const QByteArray kNoise = QByteArrayLiteral("\x00\xfe\x13\x07\xff\r");

void printLine(std::string_view key, const QString &value, qsizetype bytes)
{
    JsonWriter json;
    json.beginObject().field(key, value).field("bytes", qint64(bytes)).endObject();
    tools::printJsonLine(json);
}

void runCommand(ScannerSimulator &scanner, const QString &line, bool aim, ScanStyle style)
{
    const QString command = line.trimmed();
    if (command.isEmpty())
        return;
    const auto styled = [&](const QString &code) {
        ScanStyle s = style;
        if (aim)
            s.aimPrefix = ScannerSimulator::aimIdFor(code);
        return s;
    };
    if (command == u"garbage") {
        scanner.sendBytes(kNoise);
        printLine("garbage", QString::fromLatin1(kNoise.toHex()), kNoise.size());
        return;
    }
    const qsizetype space = command.indexOf(u' ');
    const QString verb = space < 0 ? command : command.left(space);
    const QString argument = space < 0 ? QString() : command.mid(space + 1).trimmed();
    if ((verb == u"half" || verb == u"double") && !argument.isEmpty()) {
        const ScanStyle s = styled(argument);
        if (verb == u"half") {
            scanner.sendHalf(argument, s);
            printLine("half", argument, QByteArray(s.aimPrefix.toUtf8() + argument.toUtf8()).size() / 2);
        } else {
            scanner.doubleRead(argument, s);
            printLine("double", argument, 2 * ScannerSimulator::frame(argument, s).size());
        }
        return;
    }
    if (space >= 0)
        return tools::printJsonLine("error", ScannerSimToolText::tr("Unknown command: %1").arg(command));
    const ScanStyle s = styled(command);
    scanner.scan(command, s);
    JsonWriter json;
    json.beginObject()
        .field("scanned", command)
        .field("aim", s.aimPrefix)
        .field("bytes", qint64(ScannerSimulator::frame(command, s).size()))
        .endObject();
    tools::printJsonLine(json);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-scanner-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(ScannerSimToolText::tr(
        "A simulated serial barcode scanner on a pseudo terminal. Prints {\"pty\":PATH} on stdout, then takes "
        "commands on stdin, one a line: CODE, garbage, half CODE, double CODE. Stops at the end of stdin or "
        "with SIGTERM or Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption aimOption(QStringLiteral("aim"),
        ScannerSimToolText::tr(
            "Send the AIM symbology id before each code (]E0 EAN-13/UPC-A, ]E4 EAN-8, ]C1 GS1-128, ]C0 Code 128)."));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
        ScannerSimToolText::tr("Milliseconds between characters (default 0: each code at once)."),
        ScannerSimToolText::tr("N"), QStringLiteral("0"));
    const QCommandLineOption crlfOption(
        QStringLiteral("crlf"), ScannerSimToolText::tr("End codes with CR LF instead of CR."));
    const QCommandLineOption lfOption(QStringLiteral("lf"), ScannerSimToolText::tr("End codes with LF instead of CR."));
    parser.addOptions({ aimOption, delayOption, crlfOption, lfOption });
    parser.process(app);

    bool ok = false;
    ScanStyle style;
    style.interCharDelayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || style.interCharDelayMs < 0 || style.interCharDelayMs > 10000)
        return tools::refuse(ScannerSimToolText::tr("--delay-ms needs a number of milliseconds from 0 to 10000."), 2);
    if (parser.isSet(crlfOption) && parser.isSet(lfOption))
        return tools::refuse(ScannerSimToolText::tr("Choose either --crlf or --lf."), 2);
    style.terminator = parser.isSet(crlfOption) ? ScanTerminator::CrLf
        : parser.isSet(lfOption)                ? ScanTerminator::Lf
                                                : ScanTerminator::Cr;
    const bool aim = parser.isSet(aimOption);

    ScannerSimulator scanner;
    // The end of stdin ends the tool once the queued bytes (which may be
    // paced by --delay-ms) are out.
    bool inputEnded = false;
    QObject::connect(&scanner, &ScannerSimulator::idle, &scanner, [&inputEnded] {
        if (inputEnded)
            QCoreApplication::quit();
    });
    tools::readCommandLines(
        &scanner, [&](const QString &line) { runCommand(scanner, line, aim, style); },
        [&] {
            inputEnded = true;
            if (scanner.isIdle())
                QCoreApplication::quit();
        });

    return tools::runOnPty(app, scanner.openPty(), [&scanner] {
        JsonWriter stopped;
        stopped.beginObject().field("stopped", true).field("bytes", scanner.bytesSent()).endObject();
        tools::printJsonLine(stopped);
        scanner.closePty();
    });
}
