// retailos-wedge-sim: a keyboard-wedge barcode scanner for the X display.
// Types each code into whatever window has the keyboard focus through the
// XTEST extension, key by key with the few milliseconds between keys a real
// wedge scanner leaves, then Enter — the same key events the lane sees from
// a USB scanner in keyboard mode. Codes come from the command line or, one
// per line, from stdin; one JSON line per code typed. With --gap-ms 80-150
// it types like a person instead (the lane must not take that for a scan).
#include "app/tools/common/sim_tool.h"
#include "core/common/json_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <X11/XKBlib.h>
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include <cstdio>
#include <thread>

using namespace retailos;

namespace {

struct WedgeText
{
    Q_DECLARE_TR_FUNCTIONS(WedgeSim)
};

struct Gap
{
    int minMs = 4;
    int maxMs = 12;
};

// "4-12" or "8".
bool parseGap(const QString &text, Gap &gap)
{
    const QStringList parts = text.split(u'-');
    bool okMin = false;
    bool okMax = true;
    gap.minMs = parts.value(0).toInt(&okMin);
    gap.maxMs = parts.size() > 1 ? parts.value(1).toInt(&okMax) : gap.minMs;
    return okMin && okMax && parts.size() <= 2 && gap.minMs >= 0 && gap.maxMs >= gap.minMs && gap.maxMs <= 2000;
}

class Keyboard
{
public:
    explicit Keyboard(Display *display) : m_display(display) {}

    // One key (with Shift when the character needs it); false when the
    // keyboard map has no key for the character.
    bool type(QChar c)
    {
        const KeySym sym = c == u'\n' ? XK_Return : KeySym(c.unicode() < 0x100 ? c.unicode() : 0x01000000 | c.unicode());
        const KeyCode code = XKeysymToKeycode(m_display, sym);
        if (code == 0)
            return false;
        const bool shifted = XkbKeycodeToKeysym(m_display, code, 0, 0) != sym;
        const KeyCode shift = XKeysymToKeycode(m_display, XK_Shift_L);
        if (shifted)
            XTestFakeKeyEvent(m_display, shift, True, CurrentTime);
        XTestFakeKeyEvent(m_display, code, True, CurrentTime);
        XTestFakeKeyEvent(m_display, code, False, CurrentTime);
        if (shifted)
            XTestFakeKeyEvent(m_display, shift, False, CurrentTime);
        XFlush(m_display);
        return true;
    }

private:
    Display *m_display;
};

void pause(const Gap &gap)
{
    const int ms = gap.minMs + int(QRandomGenerator::global()->bounded(gap.maxMs - gap.minMs + 1));
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

// Types `code` then Enter. Empty result: done; else what went wrong.
QString typeCode(Keyboard &keyboard, const QString &code, const Gap &gap)
{
    for (const QChar c : code) {
        if (!keyboard.type(c))
            return WedgeText::tr("The keyboard map has no key for '%1'.").arg(c);
        pause(gap);
    }
    keyboard.type(u'\n');
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-wedge-sim"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(WedgeText::tr(
        "A keyboard-wedge barcode scanner: types each CODE (or each line of stdin) into the focused window on the X "
        "display, then Enter. One JSON line per code."));
    parser.addHelpOption();
    const QCommandLineOption displayOption(QStringLiteral("display"), WedgeText::tr("X display (default: $DISPLAY)."),
                                           WedgeText::tr("name"));
    const QCommandLineOption gapOption(QStringLiteral("gap-ms"),
        WedgeText::tr("Milliseconds between keys, MIN-MAX (default 4-12, a scanner; 80-150 types like a person)."),
        WedgeText::tr("range"), QStringLiteral("4-12"));
    const QCommandLineOption delayOption(QStringLiteral("start-delay-ms"),
        WedgeText::tr("Wait this long before the first code (default 0)."), WedgeText::tr("ms"), QStringLiteral("0"));
    parser.addOptions({displayOption, gapOption, delayOption});
    parser.addPositionalArgument(QStringLiteral("code"), WedgeText::tr("Codes to type; none: read them from stdin."));
    parser.process(app);

    Gap gap;
    if (!parseGap(parser.value(gapOption), gap)) {
        err << WedgeText::tr("--gap-ms: expected MIN-MAX in milliseconds, such as 4-12") << Qt::endl;
        return 2;
    }
    const QByteArray displayName = parser.value(displayOption).toLocal8Bit();
    Display *display = XOpenDisplay(displayName.isEmpty() ? nullptr : displayName.constData());
    if (!display) {
        err << WedgeText::tr("Cannot open the X display %1.")
                   .arg(displayName.isEmpty() ? qEnvironmentVariable("DISPLAY") : QString::fromLocal8Bit(displayName))
            << Qt::endl;
        return 1;
    }
    int event = 0, error = 0, major = 0, minor = 0;
    if (!XTestQueryExtension(display, &event, &error, &major, &minor)) {
        err << WedgeText::tr("The X display has no XTEST extension: keys cannot be typed into it.") << Qt::endl;
        XCloseDisplay(display);
        return 1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(parser.value(delayOption).toInt()));

    Keyboard keyboard(display);
    int failures = 0;
    auto typeOne = [&](const QString &code) {
        JsonWriter json;
        if (const QString problem = typeCode(keyboard, code, gap); !problem.isEmpty()) {
            ++failures;
            json.beginObject().field("code", code).field("error", problem).endObject();
        } else {
            json.beginObject().field("typed", code).field("keys", int(code.size()) + 1).endObject();
        }
        tools::printJsonLine(json);
    };
    const QStringList codes = parser.positionalArguments();
    if (!codes.isEmpty()) {
        for (const QString &code : codes)
            typeOne(code);
    } else {
        QTextStream in(stdin);
        for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
            if (!line.trimmed().isEmpty())
                typeOne(line.trimmed());
        }
    }
    XCloseDisplay(display);
    return failures == 0 ? 0 : 1;
}
