// retailos-display-sim: a 2×20 customer display on a pty, for the demo and
// for developers without hardware. Speaks the Epson ESC/POS display
// commands or CD5220 (--protocol). Prints {"pty":PATH}, then both lines as
// one JSON object after every change. Runs until SIGTERM/SIGINT.
#include "app/tools/common/sim_tool.h"
#include "core/common/json_writer.h"
#include "drivers/simulator/display_simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace retailos;
using namespace retailos::drivers::sim;

namespace {
struct DisplayToolText
{
    Q_DECLARE_TR_FUNCTIONS(DisplaySimulator)
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-display-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        DisplayToolText::tr("A simulated 2x20 customer display on a pseudo terminal. Prints {\"pty\":PATH}, then "
                            "{\"line1\":...,\"line2\":...} after every change. Stop it with SIGTERM or Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption protocolOption(QStringLiteral("protocol"),
        DisplayToolText::tr("The command set: epson (ESC/POS customer display) or cd5220."),
        DisplayToolText::tr("NAME"), QStringLiteral("epson"));
    parser.addOption(protocolOption);
    parser.process(app);

    const QString protocol = parser.value(protocolOption);
    if (protocol != u"epson" && protocol != u"cd5220")
        return tools::refuse(DisplayToolText::tr("--protocol must be epson or cd5220."), 2);
    DisplaySimulator display(protocol == u"cd5220" ? DisplayDialect::Cd5220 : DisplayDialect::Epson);
    QObject::connect(
        &display, &DisplaySimulator::screenChanged, &display, [](const QString &line1, const QString &line2) {
            JsonWriter json;
            json.beginObject().field("line1", line1).field("line2", line2).endObject();
            tools::printJsonLine(json);
        });

    return tools::runOnPty(app, display.open(), [&display] {
        display.close();
        tools::printJsonLine("stopped", true);
    });
}
