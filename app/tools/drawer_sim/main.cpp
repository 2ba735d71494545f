// retailos-drawer-sim: a cash drawer with its own serial interface, on a
// pty, for the demo and for developers without hardware. Opens on the
// trigger byte (BEL), answers the status query (ENQ) with '1' or '0' for
// its sensor pin, closes by itself after a while unless stuck. Prints
// {"pty":PATH}, then one JSON line per kick and per state change; takes the
// commands `open`, `close`, `stuck on`, `stuck off` on stdin, one a line.
// Runs until SIGTERM/SIGINT or the end of stdin.
#include "app/tools/common/sim_tool.h"
#include "core/common/json_writer.h"
#include "drivers/simulator/drawer_simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace retailos;
using namespace retailos::drivers::sim;

namespace {

struct DrawerToolText
{
    Q_DECLARE_TR_FUNCTIONS(DrawerSimulator)
};

void printState(bool open)
{
    tools::printJsonLine("drawer", open ? QStringLiteral("open") : QStringLiteral("closed"));
}

void runCommand(DrawerSimulator &drawer, const QString &line)
{
    const QString command = line.simplified();
    if (command.isEmpty())
        return;
    if (command == u"open")
        drawer.setDrawerOpen(true);
    else if (command == u"close")
        drawer.setDrawerOpen(false);
    else if (command == u"stuck on")
        drawer.setStuck(true);
    else if (command == u"stuck off")
        drawer.setStuck(false);
    else
        tools::printJsonLine("error",
            DrawerToolText::tr("Unknown command \"%1\"; use open, close, stuck on or stuck off.").arg(command));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-drawer-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(DrawerToolText::tr(
        "A simulated cash drawer on a pseudo terminal. Prints {\"pty\":PATH}, then a JSON line per kick and per "
        "state change. Commands on stdin: open, close, stuck on, stuck off."));
    parser.addHelpOption();
    const QCommandLineOption closesOption(QStringLiteral("closes-after"),
        DrawerToolText::tr("Close by itself this many ms after a kick (default 2000; 0: stay open)."),
        DrawerToolText::tr("MS"), QStringLiteral("2000"));
    const QCommandLineOption stuckOption(
        QStringLiteral("stuck"), DrawerToolText::tr("Open on a kick but never close by itself."));
    const QCommandLineOption lowOption(QStringLiteral("sensor-low"),
        DrawerToolText::tr("The sensor pin is low while the drawer is open (answers '0' when open)."));
    parser.addOptions({ closesOption, stuckOption, lowOption });
    parser.process(app);

    bool ok = false;
    DrawerSimulatorSettings settings;
    settings.closesAfterMs = parser.value(closesOption).toInt(&ok);
    if (!ok || settings.closesAfterMs < 0)
        return tools::refuse(DrawerToolText::tr("--closes-after needs a number of milliseconds, 0 or more."), 2);
    settings.sensorLow = parser.isSet(lowOption);

    DrawerSimulator drawer(settings);
    drawer.setStuck(parser.isSet(stuckOption));
    QObject::connect(
        &drawer, &DrawerSimulator::kicked, &drawer, [&drawer] { tools::printJsonLine("kick", drawer.kicks()); });
    QObject::connect(&drawer, &DrawerSimulator::stateChanged, &drawer, &printState);
    // The end of stdin ends the tool.
    tools::readCommandLines(
        &drawer, [&drawer](const QString &line) { runCommand(drawer, line); }, &QCoreApplication::quit);

    return tools::runOnPty(app, drawer.open(), [&drawer] {
        drawer.close();
        JsonWriter stopped;
        stopped.beginObject().field("stopped", true).field("kicks", drawer.kicks()).endObject();
        tools::printJsonLine(stopped);
    });
}
