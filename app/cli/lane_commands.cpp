// The headless lane commands (see lane_commands.h).
#include "app/cli/lane_commands.h"

#include "app/cli/lane_script.h"
#include "core/catalogue/catalogue.h"
#include "core/lane/lane_services.h"
#include "core/sale/sale_session.h"
#include "core/staff/role.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace retailos::cli {

namespace {

struct LaneCliText
{
    Q_DECLARE_TR_FUNCTIONS(LaneCli)
};

struct Common
{
    QCommandLineOption db{QStringList{u"db"_qs}, LaneCliText::tr("The lane database file."), LaneCliText::tr("file")};
    QCommandLineOption lane{QStringList{u"lane"_qs}, LaneCliText::tr("Lane id."), LaneCliText::tr("id")};
};

Result<std::unique_ptr<LaneServices>> openLane(const QCommandLineParser &parser, const Common &common,
                                               const Settings &settings)
{
    LaneOptions options = LaneOptions::fromSettings(settings);
    if (parser.isSet(common.db)) {
        options.databasePath = parser.value(common.db);
        options.keyPath = QFileInfo(options.databasePath).absolutePath() + u"/lane-key.pem";
    }
    if (parser.isSet(common.lane))
        options.laneId = parser.value(common.lane);
    return LaneServices::open(options);
}

int script(QCommandLineParser &parser, const Common &common, const QStringList &args, const Settings &settings,
           QTextStream &out, QTextStream &err)
{
    QCommandLineOption file(QStringList{u"script"_qs}, LaneCliText::tr("Script of cashier actions ('-': stdin)."),
                            LaneCliText::tr("file"));
    QCommandLineOption keepGoing(QStringList{u"keep-going"_qs}, LaneCliText::tr("Go on after a failing command."));
    parser.addOptions({file, keepGoing});
    parser.process(args);
    if (!parser.isSet(file)) {
        err << LaneCliText::tr("Usage: retailos lane --script FILE [--db FILE] [--keep-going]") << Qt::endl;
        return 2;
    }
    QFile in;
    const bool opened = parser.value(file) == u"-" ? in.open(stdin, QIODevice::ReadOnly)
                                                   : (in.setFileName(parser.value(file)), in.open(QIODevice::ReadOnly));
    if (!opened) {
        err << LaneCliText::tr("Cannot read %1: %2").arg(parser.value(file), in.errorString()) << Qt::endl;
        return 1;
    }
    auto lane = openLane(parser, common, settings);
    if (!lane) {
        err << lane.error().message << Qt::endl;
        return 1;
    }
    if ((*lane)->session().hasOpenSale())
        out << LaneCliText::tr("Restored the open basket (%1 lines).").arg((*lane)->session().sale().lines.size())
            << Qt::endl;
    const ScriptResult result = runLaneScript(**lane, in, out, err, parser.isSet(keepGoing));
    return result.failedLine == 0 ? 0 : 1;
}

int staffAdd(QCommandLineParser &parser, const Common &common, const QStringList &args, const Settings &settings,
             QTextStream &out, QTextStream &err)
{
    QCommandLineOption code(QStringList{u"code"_qs}, LaneCliText::tr("What the person types to sign in."),
                            LaneCliText::tr("code"));
    QCommandLineOption name(QStringList{u"name"_qs}, LaneCliText::tr("Name shown and printed."), LaneCliText::tr("name"));
    QCommandLineOption role(QStringList{u"role"_qs},
                            LaneCliText::tr("cashier, supervisor, store_manager or administrator."),
                            LaneCliText::tr("role"), u"cashier"_qs);
    QCommandLineOption pin(QStringList{u"pin"_qs}, LaneCliText::tr("4 to 8 digits."), LaneCliText::tr("pin"));
    parser.addOptions({code, name, role, pin});
    parser.process(args);
    if (!parser.isSet(code) || !parser.isSet(name) || !parser.isSet(pin)) {
        err << LaneCliText::tr("Usage: retailos staff add --code C --name N --role R --pin P [--db FILE]") << Qt::endl;
        return 2;
    }
    auto lane = openLane(parser, common, settings);
    if (!lane) {
        err << lane.error().message << Qt::endl;
        return 1;
    }
    NewUser user{parser.value(code), parser.value(name), {parser.value(role)}, QString()};
    auto id = (*lane)->staff().createUser(user, parser.value(pin), (*lane)->now());
    if (!id) {
        err << id.error().message << Qt::endl;
        return 1;
    }
    out << LaneCliText::tr("Added %1 (%2) as %3.").arg(user.displayName, user.code, parser.value(role)) << Qt::endl;
    return 0;
}

// Sells random baskets until the lane has `sales` receipts, printing a line
// after each durable step. The crash test kills it at random moments and
// checks the database against these lines.
int simulate(QCommandLineParser &parser, const Common &common, const QStringList &args, const Settings &settings,
             QTextStream &out, QTextStream &err)
{
    QCommandLineOption sales(QStringList{u"sales"_qs}, LaneCliText::tr("Stop when the lane has this many receipts."),
                             LaneCliText::tr("n"), u"100"_qs);
    QCommandLineOption seed(QStringList{u"seed"_qs}, LaneCliText::tr("Random seed."), LaneCliText::tr("n"));
    QCommandLineOption simulation(QStringList{u"simulation"_qs},
                                  LaneCliText::tr("Confirms the database is a test one: the simulator adds a test "
                                                  "supervisor and sells random baskets into it."));
    parser.addOptions({sales, seed, simulation});
    parser.process(args);
    if (!parser.isSet(simulation)) {
        err << LaneCliText::tr("lane-sim writes test staff and random sales; give --simulation to confirm the "
                               "database is a test one.") << Qt::endl;
        return 2;
    }
    auto opened = openLane(parser, common, settings);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    LaneServices &lane = **opened;
    SaleSession &session = lane.session();
    const QString code = u"9001"_qs;
    if (!lane.staff().findByCode(code)) {
        auto created = lane.staff().createUser({code, u"Sim Cashier"_qs, {u"supervisor"_qs}, QString()}, u"4711",
                                               lane.now());
        if (!created) {
            err << created.error().message << Qt::endl;
            return 1;
        }
    }
    if (auto user = lane.signIn(code, u"4711"); !user) {
        err << user.error().message << Qt::endl;
        return 1;
    }
    // A basket interrupted while parked comes back from the parked list.
    if (!session.hasOpenSale()) {
        auto parked = lane.store().suspendedSales(lane.options().storeId);
        if (parked && !parked->isEmpty())
            (void)session.resume(parked->first().id);
    }
    if (session.hasOpenSale())
        out << "RESTORED " << session.sale().id << ' ' << session.sale().lines.size() << Qt::endl;
    const qint64 products = lane.catalogue().productCount().value_or(0);
    if (products == 0) {
        err << LaneCliText::tr("The catalogue is empty.") << Qt::endl;
        return 1;
    }
    QRandomGenerator rng(parser.isSet(seed) ? parser.value(seed).toUInt() : QRandomGenerator::system()->generate());
    const qint64 target = parser.value(sales).toLongLong();
    // A restored basket is always finished, even when the target is reached.
    while (session.hasOpenSale() || lane.store().lastReceiptNumber().value_or(0) < target) {
        if (!session.hasOpenSale()) {
            const int lines = 1 + int(rng.bounded(8));
            for (int i = 0; i < lines; ++i) {
                const qint64 id = 1 + qint64(rng.bounded(quint32(products)));
                const qint64 grams = 250 + qint64(rng.bounded(2000));
                auto found = lane.catalogue().findById(id, lane.now() / 1000);
                const bool weighed = found && found->product.weighed();
                auto line = session.addProduct(id, weighed ? std::optional(Quantity::fromThousandths(grams)) : std::nullopt);
                if (line && session.sale().lines.size() == 1)
                    out << "BASKET " << session.sale().id << Qt::endl;
                if (line)   // saved before this line is printed
                    out << "LINES " << session.sale().id << ' ' << session.sale().lines.size() << Qt::endl;
            }
            if (!session.hasOpenSale())
                continue;
            if (rng.bounded(10) == 0 && session.sale().lines.size() > 1)
                (void)session.voidLine(session.sale().lines.first().lineNo);
        }
        (void)session.confirmAge(0);
        // Now and then: park and take up the sale again, or pay part by card
        // (the card tender is saved with a full sync), so kills land there too.
        if (session.sale().tenders.isEmpty() && rng.bounded(20) == 0) {
            const QString id = session.sale().id;
            if (session.suspend())
                (void)session.resume(id);
            if (!session.hasOpenSale())
                continue;   // another lane took it; sell the next basket
        }
        if (session.sale().tenders.isEmpty() && rng.bounded(5) == 0 && session.priced().due.minorUnits() > 100) {
            Tender card;
            card.kind = TenderKind::Card;
            card.amount = Money(session.priced().due.minorUnits() / 2, session.sale().currency);
            card.maskedPan = QStringLiteral("4242");
            card.authCode = QStringLiteral("SIM%1").arg(rng.bounded(100000));
            card.terminalRef = QStringLiteral("T-SIM");
            if (auto r = session.addTender(card); !r) {
                err << r.error().message << Qt::endl;
                return 1;
            }
        }
        if (session.priced().due.isPositive()) {
            Tender cash;
            cash.kind = TenderKind::Cash;
            cash.received = Money((session.priced().due.minorUnits() / 1000 + 1) * 1000, session.sale().currency);
            if (auto r = session.addTender(cash); !r) {
                err << r.error().message << Qt::endl;
                return 1;
            }
        }
        const QString saleId = session.sale().id;
        const qint64 total = session.priced().total.minorUnits();
        auto done = session.complete();
        if (!done) {
            err << done.error().message << Qt::endl;
            return 1;
        }
        out << "DONE " << done->receiptNumber << ' ' << saleId << ' ' << total << Qt::endl;
    }
    return 0;
}

} // namespace

bool isLaneCommand(const QString &name)
{
    return name == u"lane" || name == u"staff" || name == u"lane-sim";
}

int runLaneCommand(const QStringList &args, const Settings &settings, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    Common common;
    parser.addOptions({common.db, common.lane});
    const QString command = args.value(0);
    QStringList full = args;
    full.prepend(QCoreApplication::applicationName());
    if (command == u"lane")
        return script(parser, common, full.mid(0, 1) + full.mid(2), settings, out, err);
    if (command == u"lane-sim")
        return simulate(parser, common, full.mid(0, 1) + full.mid(2), settings, out, err);
    if (command == u"staff" && args.value(1) == u"add")
        return staffAdd(parser, common, full.mid(0, 1) + full.mid(3), settings, out, err);
    err << LaneCliText::tr("Usage: retailos lane --script FILE | retailos staff add ... | retailos lane-sim") << Qt::endl;
    return 2;
}

} // namespace retailos::cli
