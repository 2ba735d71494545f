// `retailos catalogue|lookup|search` (see catalogue_commands.h).
#include "app/cli/catalogue_commands.h"

#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_importer.h"
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/logging/log.h"
#include "core/money/money_format.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace retailos::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Only `init` and `generate` create a replica; every other command needs an
// existing one, so a mistyped path is an error rather than a new empty file.
Result<Database> openReplica(const QString &path, bool create = false)
{
    DatabaseOptions options;
    options.create = create;
    auto db = Database::open(path, options);
    if (!db)
        return db;
    if (auto r = migrate(*db, laneMigrations()); !r)
        return std::unexpected(r.error());
    return db;
}

QString describe(const CatalogueItem &item, const QLocale &locale)
{
    const Product &p = item.product;
    QString price = CliText::tr("no price in force");
    if (item.price) {
        auto currency = Currency::fromCode(item.price->currency);
        price = currency ? formatMoney(Money(item.price->amountMinor, *currency), locale) : item.price->currency;
        if (p.weighed())
            price = CliText::tr("%1 per kg").arg(price);
    }
    QStringList flags;
    if (p.ageRestricted())
        flags << CliText::tr("age %1+").arg(p.ageLimit);
    if (!p.returnable)
        flags << CliText::tr("not returnable");
    if (!p.plu.isEmpty())
        flags << CliText::tr("PLU %1").arg(p.plu);
    if (!p.active)
        flags << CliText::tr("inactive");
    return QStringLiteral("%1  %2  %3  [%4]%5").arg(p.sku, p.name, price, p.departmentId,
                                                    flags.isEmpty() ? QString() : u"  " + flags.join(u", "));
}

struct Common
{
    QCommandLineOption db{QStringList{u"db"_qs}, CliText::tr("The lane database file."), CliText::tr("file")};
    QCommandLineOption store{QStringList{u"store"_qs}, CliText::tr("Store whose prices apply."), CliText::tr("id"), u"store-001"_qs};
    QCommandLineOption at{QStringList{u"at"_qs}, CliText::tr("Moment for prices (ISO 8601); default now."), CliText::tr("time")};
    QCommandLineOption locale{QStringList{u"locale"_qs}, CliText::tr("Locale for amounts."), CliText::tr("name"), u"de_DE"_qs};
};

qint64 momentOrNow(const QCommandLineParser &parser, const Common &common, bool &ok)
{
    ok = true;
    if (!parser.isSet(common.at))
        return QDateTime::currentSecsSinceEpoch();
    const QDateTime dt = QDateTime::fromString(parser.value(common.at), Qt::ISODate);
    ok = dt.isValid();
    return dt.toSecsSinceEpoch();
}

int generate(QCommandLineParser &parser, const Common &common, const QStringList &args, QTextStream &out,
             QTextStream &err)
{
    QCommandLineOption items(QStringList{u"items"_qs}, CliText::tr("How many products."), CliText::tr("n"), u"1000"_qs);
    QCommandLineOption seed(QStringList{u"seed"_qs}, CliText::tr("Random seed."), CliText::tr("n"), u"20261122"_qs);
    QCommandLineOption csv(QStringList{u"csv"_qs}, CliText::tr("Write catalogue CSV to this file instead of a database."),
                           CliText::tr("file"));
    parser.addOptions({items, seed, csv});
    parser.process(args);
    GeneratorOptions options;
    bool ok = false;
    options.items = parser.value(items).toLongLong(&ok);
    if (!ok || options.items < 0 || options.items > 50'000'000) {
        err << CliText::tr("--items must be a whole number from 0 to 50000000") << Qt::endl;
        return 2;
    }
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        err << CliText::tr("--seed must be a whole number from 0 to 4294967295") << Qt::endl;
        return 2;
    }
    options.nowUtcSeconds = QDateTime::currentSecsSinceEpoch();
    const CatalogueGenerator generator(options);
    QElapsedTimer timer;
    timer.start();
    if (parser.isSet(csv)) {
        QSaveFile file(parser.value(csv));
        if (!file.open(QIODevice::WriteOnly)) {
            err << CliText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return 1;
        }
        if (auto r = generator.writeCsv(file); !r || !file.commit()) {
            err << CliText::tr("Cannot write %1: %2").arg(file.fileName(), r ? file.errorString() : r.error().message) << Qt::endl;
            return 1;
        }
        out << CliText::tr("Wrote %1 products to %2 in %3 s").arg(options.items).arg(file.fileName())
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
        return 0;
    }
    if (!parser.isSet(common.db)) {
        err << CliText::tr("Give --db FILE or --csv FILE.") << Qt::endl;
        return 2;
    }
    auto db = openReplica(parser.value(common.db), true);
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    if (auto r = generator.writeDatabase(*db); !r) {
        err << r.error().message << Qt::endl;
        return 1;
    }
    out << CliText::tr("Generated %1 products into %2 in %3 s").arg(options.items).arg(db->path())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}

int init(QCommandLineParser &parser, const Common &common, const QStringList &args, QTextStream &out, QTextStream &err)
{
    parser.process(args);
    if (!parser.isSet(common.db)) {
        err << CliText::tr("Give --db FILE.") << Qt::endl;
        return 2;
    }
    auto db = openReplica(parser.value(common.db), true);
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    // A replica that already has tax classes keeps them: the demo set must
    // never silently replace a store's real rates.
    auto existing = db->queryInt("SELECT count(*) FROM tax_classes");
    if (!existing) {
        err << existing.error().message << Qt::endl;
        return 1;
    }
    if (*existing > 0) {
        out << CliText::tr("%1 already has its tax classes; nothing changed.").arg(db->path()) << Qt::endl;
        return 0;
    }
    Transaction tx(*db);
    auto written = tx.begin();
    if (written)
        written = CatalogueGenerator::writeReferenceData(*db);
    if (written)
        written = tx.commit();
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    out << CliText::tr("Created %1 with the demo tax classes and departments.").arg(db->path()) << Qt::endl;
    return 0;
}

int import(QCommandLineParser &parser, const Common &common, const QStringList &args, const ScanRules &scanRules,
           QTextStream &out, QTextStream &err)
{
    QCommandLineOption skip(QStringList{u"skip-bad"_qs}, CliText::tr("Import the good rows even if some rows are bad."));
    QCommandLineOption currency(QStringList{u"currency"_qs}, CliText::tr("Currency of rows without one."), CliText::tr("code"),
                                u"EUR"_qs);
    parser.addOptions({skip, currency});
    parser.addPositionalArgument(u"file"_qs, CliText::tr("Catalogue CSV file."));
    parser.process(args);
    const QStringList files = parser.positionalArguments().mid(1);
    if (!parser.isSet(common.db) || files.size() != 1) {
        err << CliText::tr("Usage: retailos catalogue import --db FILE [--skip-bad] CSV") << Qt::endl;
        return 2;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err << CliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return 1;
    }
    auto db = openReplica(parser.value(common.db));
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    ImportOptions options;
    options.skipBadRows = parser.isSet(skip);
    options.defaultCurrency = parser.value(currency);
    options.nowUtcSeconds = QDateTime::currentSecsSinceEpoch();
    options.scanRules = scanRules;
    QElapsedTimer timer;
    timer.start();
    auto report = importCatalogueCsv(*db, file, options);
    if (!report) {
        err << report.error().message << Qt::endl;
        return 1;
    }
    for (const ImportIssue &issue : std::as_const(report->issues)) {
        err << (issue.column.isEmpty() ? CliText::tr("line %1: %2").arg(issue.line).arg(issue.message)
                                       : CliText::tr("line %1, %2: %3").arg(issue.line).arg(issue.column, issue.message))
            << Qt::endl;
    }
    log::info(u"import", QStringLiteral("%1: %2 rows read, %3 imported, %4 rejected, committed=%5")
                             .arg(file.fileName()).arg(report->rowsRead).arg(report->imported).arg(report->rejected)
                             .arg(report->committed));
    if (!report->committed) {
        err << CliText::tr("%1 of %2 rows are bad; nothing was imported. Fix them or use --skip-bad.")
                   .arg(report->rejected).arg(report->rowsRead) << Qt::endl;
        return 1;
    }
    out << CliText::tr("Imported %1 rows (%2 skipped) in %3 s").arg(report->imported).arg(report->rejected)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}

int lookupOrSearch(bool search, QCommandLineParser &parser, const Common &common, const QStringList &args,
                   const ScanRules &scanRules, QTextStream &out, QTextStream &err)
{
    QCommandLineOption limit(QStringList{u"limit"_qs}, CliText::tr("Most results to show."), CliText::tr("n"), u"10"_qs);
    if (search)
        parser.addOption(limit);
    parser.addPositionalArgument(search ? u"words"_qs : u"codes"_qs,
                                 search ? CliText::tr("Words or beginnings of words.") : CliText::tr("Barcodes, PLUs or store codes."));
    parser.process(args);
    const QStringList words = parser.positionalArguments();
    if (!parser.isSet(common.db) || words.isEmpty()) {
        err << (search ? CliText::tr("Usage: retailos search --db FILE WORDS") : CliText::tr("Usage: retailos lookup --db FILE CODE..."))
            << Qt::endl;
        return 2;
    }
    bool ok = false;
    const qint64 at = momentOrNow(parser, common, ok);
    if (!ok) {
        err << CliText::tr("--at takes an ISO 8601 time such as 2026-12-01T08:00:00Z") << Qt::endl;
        return 2;
    }
    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(parser.value(common.db), readOnly);
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    auto catalogue = Catalogue::open(*db, parser.value(common.store));
    if (!catalogue) {
        err << catalogue.error().message << Qt::endl;
        return 1;
    }
    const QLocale locale(parser.value(common.locale));
    if (search) {
        const int maxHits = parser.value(limit).toInt(&ok);
        if (!ok || maxHits < 1 || maxHits > 1000) {
            err << CliText::tr("--limit must be a whole number from 1 to 1000") << Qt::endl;
            return 2;
        }
        auto hits = catalogue->search(words.join(u' '), maxHits, at);
        if (!hits) {
            err << hits.error().message << Qt::endl;
            return 1;
        }
        for (const CatalogueItem &item : std::as_const(*hits))
            out << describe(item, locale) << Qt::endl;
        if (hits->isEmpty())
            out << CliText::tr("Nothing matches \"%1\".").arg(words.join(u' ')) << Qt::endl;
        return hits->isEmpty() ? 1 : 0;
    }
    const ScanParser scanParser(scanRules);
    int failures = 0;
    for (const QString &code : words) {
        auto match = catalogue->findByScan(code, scanParser, at);
        if (!match) {
            err << code << QStringLiteral(": ") << match.error().message << Qt::endl;
            ++failures;
            continue;
        }
        QString extra;
        if (match->embeddedPriceMinor)
            extra = CliText::tr("  (label price %1)").arg(*match->embeddedPriceMinor);
        if (match->embeddedWeightGrams)
            extra = CliText::tr("  (label weight %1 g)").arg(*match->embeddedWeightGrams);
        out << code << QStringLiteral(": ") << describe(match->item, locale) << extra << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

bool isCatalogueCommand(const QString &name)
{
    return name == u"catalogue" || name == u"lookup" || name == u"search";
}

int runCatalogueCommand(const QStringList &args, const ScanRules &scanRules, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    Common common;
    parser.addOptions({common.db, common.store, common.at, common.locale});
    // QCommandLineParser::process wants the program name first.
    QStringList full = args;
    full.prepend(QCoreApplication::applicationName());
    const QString command = args.value(0);
    if (command == u"lookup")
        return lookupOrSearch(false, parser, common, full.mid(0, 1) + full.mid(2), scanRules, out, err);
    if (command == u"search")
        return lookupOrSearch(true, parser, common, full.mid(0, 1) + full.mid(2), scanRules, out, err);
    const QString sub = args.value(1);
    const QStringList rest = full.mid(0, 1) + full.mid(3);
    if (sub == u"generate")
        return generate(parser, common, rest, out, err);
    if (sub == u"init")
        return init(parser, common, rest, out, err);
    if (sub == u"import")
        return import(parser, common, full.mid(0, 1) + full.mid(2), scanRules, out, err);
    err << CliText::tr("Usage: retailos catalogue init|generate|import ...") << Qt::endl;
    return 2;
}

} // namespace retailos::cli
