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

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

Result<Database> openReplica(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db;
    if (auto r = migrate(*db, laneMigrations()); !r)
        return std::unexpected(r.error());
    return db;
}

QString describe(const CatalogueItem &item, const QLocale &locale)
{
    const Product &p = item.product;
    QString price = tr("no price in force");
    if (item.price) {
        auto currency = Currency::fromCode(item.price->currency);
        price = currency ? formatMoney(Money(item.price->amountMinor, *currency), locale) : item.price->currency;
        if (p.weighed())
            price = tr("%1 per kg").arg(price);
    }
    QStringList flags;
    if (p.ageRestricted())
        flags << tr("age %1+").arg(p.ageLimit);
    if (!p.returnable)
        flags << tr("not returnable");
    if (!p.plu.isEmpty())
        flags << tr("PLU %1").arg(p.plu);
    if (!p.active)
        flags << tr("inactive");
    return QStringLiteral("%1  %2  %3  [%4]%5").arg(p.sku, p.name, price, p.departmentId,
                                                    flags.isEmpty() ? QString() : u"  " + flags.join(u", "));
}

struct Common
{
    QCommandLineOption db{QStringList{u"db"_qs}, tr("The lane database file."), tr("file")};
    QCommandLineOption store{QStringList{u"store"_qs}, tr("Store whose prices apply."), tr("id"), u"store-001"_qs};
    QCommandLineOption at{QStringList{u"at"_qs}, tr("Moment for prices (ISO 8601); default now."), tr("time")};
    QCommandLineOption locale{QStringList{u"locale"_qs}, tr("Locale for amounts."), tr("name"), u"de_DE"_qs};
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
    QCommandLineOption items(QStringList{u"items"_qs}, tr("How many products."), tr("n"), u"1000"_qs);
    QCommandLineOption seed(QStringList{u"seed"_qs}, tr("Random seed."), tr("n"), u"20261122"_qs);
    QCommandLineOption csv(QStringList{u"csv"_qs}, tr("Write catalogue CSV to this file instead of a database."),
                           tr("file"));
    parser.addOptions({items, seed, csv});
    parser.process(args);
    GeneratorOptions options;
    bool ok = false;
    options.items = parser.value(items).toLongLong(&ok);
    if (!ok || options.items < 0 || options.items > 50'000'000) {
        err << tr("--items must be a whole number from 0 to 50000000") << Qt::endl;
        return 2;
    }
    options.seed = parser.value(seed).toUInt(&ok);
    options.nowUtcSeconds = QDateTime::currentSecsSinceEpoch();
    const CatalogueGenerator generator(options);
    QElapsedTimer timer;
    timer.start();
    if (parser.isSet(csv)) {
        QSaveFile file(parser.value(csv));
        if (!file.open(QIODevice::WriteOnly)) {
            err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return 1;
        }
        if (auto r = generator.writeCsv(file); !r || !file.commit()) {
            err << tr("Cannot write %1: %2").arg(file.fileName(), r ? file.errorString() : r.error().message) << Qt::endl;
            return 1;
        }
        out << tr("Wrote %1 products to %2 in %3 s").arg(options.items).arg(file.fileName())
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
        return 0;
    }
    if (!parser.isSet(common.db)) {
        err << tr("Give --db FILE or --csv FILE.") << Qt::endl;
        return 2;
    }
    auto db = openReplica(parser.value(common.db));
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    if (auto r = generator.writeDatabase(*db); !r) {
        err << r.error().message << Qt::endl;
        return 1;
    }
    out << tr("Generated %1 products into %2 in %3 s").arg(options.items).arg(db->path())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}

int init(QCommandLineParser &parser, const Common &common, const QStringList &args, QTextStream &out, QTextStream &err)
{
    parser.process(args);
    if (!parser.isSet(common.db)) {
        err << tr("Give --db FILE.") << Qt::endl;
        return 2;
    }
    auto db = openReplica(parser.value(common.db));
    if (!db || !CatalogueGenerator::writeReferenceData(*db)) {
        err << (db ? tr("Cannot write the tax classes.") : db.error().message) << Qt::endl;
        return 1;
    }
    out << tr("Created %1 with the demo tax classes and departments.").arg(db->path()) << Qt::endl;
    return 0;
}

int import(QCommandLineParser &parser, const Common &common, const QStringList &args, QTextStream &out,
           QTextStream &err)
{
    QCommandLineOption skip(QStringList{u"skip-bad"_qs}, tr("Import the good rows even if some rows are bad."));
    QCommandLineOption currency(QStringList{u"currency"_qs}, tr("Currency of rows without one."), tr("code"),
                                u"EUR"_qs);
    parser.addOptions({skip, currency});
    parser.addPositionalArgument(u"file"_qs, tr("Catalogue CSV file."));
    parser.process(args);
    const QStringList files = parser.positionalArguments().mid(1);
    if (!parser.isSet(common.db) || files.size() != 1) {
        err << tr("Usage: retailos catalogue import --db FILE [--skip-bad] CSV") << Qt::endl;
        return 2;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
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
    QElapsedTimer timer;
    timer.start();
    auto report = importCatalogueCsv(*db, file, options);
    if (!report) {
        err << report.error().message << Qt::endl;
        return 1;
    }
    for (const ImportIssue &issue : std::as_const(report->issues)) {
        err << (issue.column.isEmpty() ? tr("line %1: %2").arg(issue.line).arg(issue.message)
                                       : tr("line %1, %2: %3").arg(issue.line).arg(issue.column, issue.message))
            << Qt::endl;
    }
    log::info(u"import", QStringLiteral("%1: %2 rows read, %3 imported, %4 rejected, committed=%5")
                             .arg(file.fileName()).arg(report->rowsRead).arg(report->imported).arg(report->rejected)
                             .arg(report->committed));
    if (!report->committed) {
        err << tr("%1 of %2 rows are bad; nothing was imported. Fix them or use --skip-bad.")
                   .arg(report->rejected).arg(report->rowsRead) << Qt::endl;
        return 1;
    }
    out << tr("Imported %1 rows (%2 skipped) in %3 s").arg(report->imported).arg(report->rejected)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}

int lookupOrSearch(bool search, QCommandLineParser &parser, const Common &common, const QStringList &args,
                   const ScanRules &scanRules, QTextStream &out, QTextStream &err)
{
    QCommandLineOption limit(QStringList{u"limit"_qs}, tr("Most results to show."), tr("n"), u"10"_qs);
    if (search)
        parser.addOption(limit);
    parser.addPositionalArgument(search ? u"words"_qs : u"codes"_qs,
                                 search ? tr("Words or beginnings of words.") : tr("Barcodes, PLUs or store codes."));
    parser.process(args);
    const QStringList words = parser.positionalArguments();
    if (!parser.isSet(common.db) || words.isEmpty()) {
        err << (search ? tr("Usage: retailos search --db FILE WORDS") : tr("Usage: retailos lookup --db FILE CODE..."))
            << Qt::endl;
        return 2;
    }
    bool ok = false;
    const qint64 at = momentOrNow(parser, common, ok);
    if (!ok) {
        err << tr("--at takes an ISO 8601 time such as 2026-12-01T08:00:00Z") << Qt::endl;
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
        auto hits = catalogue->search(words.join(u' '), parser.value(limit).toInt(), at);
        if (!hits) {
            err << hits.error().message << Qt::endl;
            return 1;
        }
        for (const CatalogueItem &item : std::as_const(*hits))
            out << describe(item, locale) << Qt::endl;
        if (hits->isEmpty())
            out << tr("Nothing matches \"%1\".").arg(words.join(u' ')) << Qt::endl;
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
            extra = tr("  (label price %1)").arg(*match->embeddedPriceMinor);
        if (match->embeddedWeightGrams)
            extra = tr("  (label weight %1 g)").arg(*match->embeddedWeightGrams);
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
        return import(parser, common, full.mid(0, 1) + full.mid(2), out, err);
    err << tr("Usage: retailos catalogue init|generate|import ...") << Qt::endl;
    return 2;
}

} // namespace retailos::cli
