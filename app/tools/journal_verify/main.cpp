// retailos-journal-verify: recomputes a lane journal's chain and signatures and
// names the first bad record. Exit code 0: verified, 1: failed, 2: could not run.
#include "core/db/database.h"
#include "core/journal/journal.h"
#include "core/journal/journal_verifier.h"
#include "core/journal/lane_key.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace retailos;

namespace {

// A named context lupdate can read (a VerifyText::tr() wrapper hides every string from it).
struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-journal-verify"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(VerifyText::tr("Verifies a Retail OS lane journal: numbering, hash chain, grand totals "
                                        "and signatures. Names the first bad record."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), VerifyText::tr("The lane database to verify."), VerifyText::tr("FILE"));
    const QCommandLineOption laneOption(
        QStringLiteral("lane"), VerifyText::tr("The lane whose journal to verify (with --db)."), VerifyText::tr("ID"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"), VerifyText::tr("A journal export (JSON lines); - for stdin."), VerifyText::tr("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        VerifyText::tr("The lane's public key (base64), from the server or the lane's "
           "registration. Without it the key in the database or export is used, "
           "which proves consistency but not origin."),
        VerifyText::tr("BASE64"));
    const QCommandLineOption lastOption(QStringLiteral("expect-last"),
        VerifyText::tr("The last sequence number known from a Z report or the server: "
           "detects a truncated journal."),
        VerifyText::tr("N"));
    const QCommandLineOption hashOption(
        QStringLiteral("expect-hash"), VerifyText::tr("The hash (hex) of record --expect-last as recorded elsewhere."), VerifyText::tr("HEX"));
    parser.addOptions({ dbOption, laneOption, exportOption, keyOption, lastOption, hashOption });
    parser.process(app);

    const bool fromDb = parser.isSet(dbOption);
    if (fromDb == parser.isSet(exportOption) || (fromDb && !parser.isSet(laneOption))) {
        err << VerifyText::tr("Give either --db FILE --lane ID, or --export FILE.") << Qt::endl << parser.helpText();
        return 2;
    }

    QByteArray trustedKey;
    if (parser.isSet(keyOption)) {
        auto key = LanePublicKey::fromBase64(parser.value(keyOption).toLatin1());
        if (!key) {
            err << key.error().message << Qt::endl;
            return 2;
        }
        trustedKey = key->raw();
    }
    VerifyAnchor anchor;
    if (parser.isSet(lastOption)) {
        bool ok = false;
        anchor.lastSequence = parser.value(lastOption).toLongLong(&ok);
        if (!ok || anchor.lastSequence < 1) {
            err << VerifyText::tr("--expect-last needs a sequence number of 1 or more.") << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(hashOption)) {
        anchor.lastHash = QByteArray::fromHex(parser.value(hashOption).toLatin1());
        if (!parser.isSet(lastOption) || anchor.lastHash.size() != 32) {
            err << VerifyText::tr("--expect-hash needs --expect-last and 64 hex digits.") << Qt::endl;
            return 2;
        }
    }

    VerifyReport report;
    if (fromDb) {
        DatabaseOptions options;
        options.readOnly = true;
        options.create = false;
        auto db = Database::open(parser.value(dbOption), options);
        if (!db) {
            err << db.error().message << Qt::endl;
            return 2;
        }
        const QString lane = parser.value(laneOption);
        QByteArray key = trustedKey;
        if (key.isEmpty()) {
            auto registered = registeredPublicKey(*db, lane);
            if (!registered) {
                err << registered.error().message << Qt::endl;
                return 2;
            }
            key = *registered;
        }
        auto verified = verifyJournal(*db, lane, key, anchor);
        if (!verified) {
            err << verified.error().message << Qt::endl;
            return 2;
        }
        report = *verified;
        report.keyFromExport = trustedKey.isEmpty();
    } else {
        const QString path = parser.value(exportOption);
        const bool fromStdin = path == u"-";
        QFile file(fromStdin ? QString() : path);
        const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened) {
            err << VerifyText::tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
            return 2;
        }
        report = verifyExport(file, trustedKey, anchor);
    }

    out << report.summary() << Qt::endl;
    if (report.ok && report.keyFromExport)
        out << VerifyText::tr("Note: checked with the key stored alongside the journal (%1); give --key to prove the lane "
                  "signed it.")
                   .arg(QString::fromLatin1(report.publicKey.toBase64()))
            << Qt::endl;
    if (report.ok && anchor.lastSequence == 0)
        out << VerifyText::tr("Note: records cut off the end cannot be seen in the chain; compare the last record with the "
                  "Z report or the server, or give --expect-last.")
            << Qt::endl;
    return report.ok ? 0 : 1;
}
