// retailos-scale-sim: a Toledo 8217 scale on a pseudo terminal for the demo
// and for developers without hardware. Prints {"pty":PATH}, then takes
// commands on stdin, one a line:
//   weight GRAMS   put GRAMS on the platter (settled, within range)
//   motion         the weight is still moving
//   stable         it has settled
//   over           over capacity
//   under          under zero
//   off / on       stop / start answering (a scale switched off)
// Each command is confirmed with a JSON line, and each weight request the
// lane sends ('W') is reported with the answer given. Runs until
// SIGTERM/SIGINT or the end of stdin.
#include "app/tools/common/sim_tool.h"
#include "core/common/json_writer.h"
#include "drivers/simulator/scale_simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace retailos;
using namespace retailos::drivers::sim;

namespace {

struct ScaleSimToolText
{
    Q_DECLARE_TR_FUNCTIONS(ScaleSimulator)
};

// STX "01.234" CR → "<STX>01.234<CR>": readable in a JSON line.
QString readable(const QByteArray &reply)
{
    QString text;
    for (const char byte : reply) {
        if (byte == '\x02')
            text += u"<STX>"_qs;
        else if (byte == '\r')
            text += u"<CR>"_qs;
        else
            text += QChar::fromLatin1(byte);
    }
    return text;
}

void confirm(std::string_view what, const ScaleSimulator &scale)
{
    JsonWriter json;
    json.beginObject()
        .field("set", QString::fromLatin1(what.data(), qsizetype(what.size())))
        .field("grams", scale.weightGrams())
        .field("reply", readable(scale.reply()))
        .endObject();
    tools::printJsonLine(json);
}

void runCommand(ScaleSimulator &scale, const QString &line)
{
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    const QString &verb = words.first();
    if (verb == u"weight" && words.size() == 2) {
        bool ok = false;
        const int grams = words[1].toInt(&ok);
        if (ok && grams >= 0 && grams <= 999999) {
            scale.setWeightGrams(grams);
            scale.setOverCapacity(false);
            scale.setUnderZero(false);
            return confirm("weight", scale);
        }
    } else if (words.size() == 1) {
        if (verb == u"motion") {
            scale.setMotion(true);
            return confirm("motion", scale);
        }
        if (verb == u"stable") {
            scale.setMotion(false);
            return confirm("stable", scale);
        }
        if (verb == u"over") {
            scale.setOverCapacity(true);
            scale.setUnderZero(false);
            return confirm("over", scale);
        }
        if (verb == u"under") {
            scale.setUnderZero(true);
            scale.setOverCapacity(false);
            return confirm("under", scale);
        }
        if (verb == u"off" || verb == u"on") {
            scale.setAnswering(verb == u"on");
            return confirm(verb == u"on" ? "on" : "off", scale);
        }
    }
    tools::printJsonLine("error", ScaleSimToolText::tr("Unknown command: %1").arg(line.trimmed()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-scale-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(ScaleSimToolText::tr(
        "A simulated Toledo 8217 scale on a pseudo terminal. Prints {\"pty\":PATH} on stdout, then takes commands "
        "on stdin, one a line: weight GRAMS, motion, stable, over, under, off, on. Reports every weight request "
        "answered. Stops at the end of stdin or with SIGTERM or Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption weightOption(QStringLiteral("weight"),
        ScaleSimToolText::tr("Grams on the platter at the start (default 0)."), ScaleSimToolText::tr("GRAMS"),
        QStringLiteral("0"));
    parser.addOption(weightOption);
    parser.process(app);

    bool ok = false;
    const int grams = parser.value(weightOption).toInt(&ok);
    if (!ok || grams < 0 || grams > 999999)
        return tools::refuse(ScaleSimToolText::tr("--weight needs a number of grams from 0 to 999999."), 2);

    ScaleSimulator scale;
    scale.setWeightGrams(grams);
    QObject::connect(&scale, &ScaleSimulator::requestAnswered, &scale, [&scale](const QByteArray &reply) {
        JsonWriter json;
        json.beginObject().field("request", scale.requestCount()).field("reply", readable(reply)).endObject();
        tools::printJsonLine(json);
    });
    QObject::connect(&scale, &ScaleSimulator::requestIgnored, &scale, [&scale] {
        JsonWriter json;
        json.beginObject().field("request", scale.requestCount()).field("ignored", true).endObject();
        tools::printJsonLine(json);
    });
    // The end of stdin ends the tool.
    tools::readCommandLines(
        &scale, [&scale](const QString &line) { runCommand(scale, line); }, &QCoreApplication::quit);

    return tools::runOnPty(app, scale.openPty(), [&scale] {
        scale.closePty();
        JsonWriter stopped;
        stopped.beginObject().field("stopped", true).field("requests", scale.requestCount()).endObject();
        tools::printJsonLine(stopped);
    });
}
