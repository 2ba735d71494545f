// retailos-admin subcommands (see admin_cli.h and docs/admin-guide.md).
#include "sync/admin/admin_cli.h"

#include "sync/admin/admin_client.h"
#include "sync/admin/admin_output.h"
#include "sync/admin/admin_requests.h"
#include "sync/protocol/json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <optional>

namespace retailos::admin {

namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(RetailosAdmin)
};

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string jsonString(const QString &text)
{
    std::string out;
    sync::json::appendQuoted(out, text.toStdString());
    return out;
}

struct Context;
using Handler = std::function<int(Context &)>;

struct Command
{
    QString group;
    QString action;
    QString summary;
    QList<QCommandLineOption> options;
    QStringList positionals;     // names of required positional arguments
    Handler run;
};

struct Global
{
    QCommandLineOption server{QStringLiteral("server"), AdminText::tr("Server address, https://host:port (or RETAILOS_ADMIN_SERVER)."),
                              QStringLiteral("url")};
    QCommandLineOption caFile{QStringLiteral("ca-file"), AdminText::tr("PEM file of the CA that signed the server's certificate "
                                                            "(or RETAILOS_ADMIN_CA_FILE); default: the system's."),
                              QStringLiteral("file")};
    QCommandLineOption pin{QStringLiteral("pin"), AdminText::tr("base64 SHA-256 of the server's public key; may be repeated."),
                           QStringLiteral("sha256")};
    QCommandLineOption tokenFile{QStringLiteral("token-file"),
                                 AdminText::tr("File holding the admin token rta1.… (or RETAILOS_ADMIN_TOKEN)."), QStringLiteral("file")};
    QCommandLineOption json{QStringLiteral("json"), AdminText::tr("Print machine-readable JSON.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, AdminText::tr("Show help.")};
};

struct Context
{
    const Command &command;
    const Global &global;
    QCommandLineParser &parser;
    QStringList args;            // positional arguments after the command words
    QTextStream &out;
    QTextStream &err;
    const QProcessEnvironment &env;
    bool json = false;
    std::optional<AdminClient> client;

    QString value(const QString &name) const { return parser.value(name); }
    bool isSet(const QString &name) const { return parser.isSet(name); }

    // Prints why the command cannot go on; returns the exit code.
    int usage(const QString &message)
    {
        err << AdminText::tr("retailos-admin: ") << message << Qt::endl;
        return kExitUsage;
    }

    int failed(const AdminFailure &failure, const RecordBatch *batch = nullptr)
    {
        if (const auto *api = std::get_if<ApiError>(&failure)) {
            err << describeApiError(*api, batch) << Qt::endl;
            if (json) {
                std::string line = "{\"error\":{\"code\":" + jsonString(api->code) + ",\"message\":" + jsonString(api->message)
                                   + ",\"status\":" + std::to_string(api->status);
                if (batch && api->detailsIndex && *api->detailsIndex >= 0 && size_t(*api->detailsIndex) < batch->lines.size())
                    line += ",\"line\":" + std::to_string(batch->lines[size_t(*api->detailsIndex)]) + ",\"column\":"
                            + jsonString(csvColumnOf(api->detailsField));
                out << q(line + "}}") << Qt::endl;
            }
            return kExitRefused;
        }
        const auto &transport = std::get<sync::HttpsError>(failure);
        err << AdminText::tr("retailos-admin: ") << describeTransportError(transport) << Qt::endl;
        if (json)
            out << q("{\"error\":{\"code\":" + jsonString(q(transport.code)) + ",\"message\":"
                     + jsonString(q(transport.message)) + "}}") << Qt::endl;
        return kExitTransport;
    }

    // The client, made on first use: server address, trust and token checked here.
    AdminClient *connect(int &exitCode)
    {
        if (client)
            return &*client;
        sync::HttpsClientConfig config;
        QString server = value(global.server.names().first());
        if (server.isEmpty())
            server = env.value(QStringLiteral("RETAILOS_ADMIN_SERVER"));
        if (server.isEmpty()) {
            exitCode = usage(AdminText::tr("no server: give --server https://host:port or set RETAILOS_ADMIN_SERVER."));
            return nullptr;
        }
        if (!server.startsWith(u"https://")) {
            exitCode = usage(AdminText::tr("the server address must start with https:// (the admin API is only served over TLS)."));
            return nullptr;
        }
        config.baseUrl = server.toStdString();
        QString ca = value(global.caFile.names().first());
        if (ca.isEmpty())
            ca = env.value(QStringLiteral("RETAILOS_ADMIN_CA_FILE"));
        if (!ca.isEmpty()) {
            if (!QFileInfo(ca).isReadable()) {
                exitCode = usage(AdminText::tr("cannot read the CA file %1.").arg(ca));
                return nullptr;
            }
            config.caFile = ca.toStdString();
        }
        for (const QString &pin : parser.values(global.pin.names().first()))
            config.pinsSha256.push_back(pin.trimmed().toStdString());
        config.userAgent = "retailos-admin/1";

        std::string token;
        const QString tokenFile = value(global.tokenFile.names().first());
        if (!tokenFile.isEmpty()) {
            QFile file(tokenFile);
            if (!file.open(QIODevice::ReadOnly)) {
                exitCode = usage(AdminText::tr("cannot read the token file %1: %2").arg(tokenFile, file.errorString()));
                return nullptr;
            }
            token = file.read(4096).trimmed().toStdString();
            if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
                err << AdminText::tr("retailos-admin: warning: %1 can be read by other users; chmod 600 it.").arg(tokenFile) << Qt::endl;
        } else {
            token = env.value(QStringLiteral("RETAILOS_ADMIN_TOKEN")).trimmed().toStdString();
        }
        if (token.empty()) {
            exitCode = usage(AdminText::tr("no admin token: give --token-file FILE or set RETAILOS_ADMIN_TOKEN."));
            return nullptr;
        }
        if (!looksLikeAdminToken(token)) {
            exitCode = usage(AdminText::tr("the admin token is not of the form rta1.<id>.<secret>; "
                                "make one with `retailos-server admin-token create`."));
            return nullptr;
        }
        client.emplace(std::move(config), std::move(token));
        return &*client;
    }

    void printJson(const AdminReply &reply) { out << q(reply.body) << Qt::endl; }
};

std::int64_t intMember(const sync::json::Value &object, std::string_view name)
{
    const auto v = object.member(name);
    return v.isInt() ? v.toInt() : 0;
}

// ---- stores ------------------------------------------------------------------

int storesCreate(Context &c)
{
    const QString store = c.value(QStringLiteral("store")), name = c.value(QStringLiteral("name")),
                  currency = c.value(QStringLiteral("currency")), zone = c.value(QStringLiteral("time-zone"));
    if (auto r = checkCode(QStringLiteral("--store"), store); !r)
        return c.usage(r.error().message);
    if (name.trimmed().isEmpty())
        return c.usage(AdminText::tr("--name is required."));
    if (auto r = checkCurrency(currency); !r)
        return c.usage(QStringLiteral("--currency: ") + r.error().message);
    if (auto r = checkTimeZone(zone); !r)
        return c.usage(QStringLiteral("--time-zone: ") + r.error().message);
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->post(QStringLiteral("/v1/admin/stores"), storeBody(store, name, currency, zone));
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    const bool created = reply->root().member("result").toString() == "created";
    c.out << (created ? AdminText::tr("Store %1 created (%2, %3).").arg(store, currency, zone)
                      : AdminText::tr("Store %1 unchanged: it already exists with these settings.").arg(store))
          << Qt::endl;
    return kExitOk;
}

// ---- catalogue -----------------------------------------------------------------

struct Totals
{
    std::int64_t written = 0, unchanged = 0, deleted = 0;
};

// Sends the batches in order; stops at the first refusal, saying what was already written.
int sendBatches(Context &c, const std::vector<RecordBatch> &batches, Totals &totals)
{
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    for (size_t i = 0; i < batches.size(); ++i) {
        const RecordBatch &batch = batches[i];
        auto reply = client->post(batch.endpoint, batch.body);
        if (!reply) {
            const int exit = c.failed(reply.error(), &batch);
            if (i > 0)
                c.err << AdminText::tr("Requests 1 to %1 of %2 were written (%3 records written, %4 unchanged); request %5 "
                            "and the ones after it were not. Fix the problem and run the same command again: "
                            "what is already on the server is left unchanged.")
                             .arg(i).arg(batches.size()).arg(totals.written).arg(totals.unchanged).arg(i + 1)
                      << Qt::endl;
            else
                c.err << AdminText::tr("Nothing was written.") << Qt::endl;
            return exit;
        }
        totals.written += intMember(reply->root(), "written");
        totals.unchanged += intMember(reply->root(), "unchanged");
        totals.deleted += intMember(reply->root(), "deleted");
        if (batches.size() > 1 && !c.json)
            c.err << AdminText::tr("request %1 of %2 sent (%3 %4)").arg(i + 1).arg(batches.size()).arg(batch.lines.size()).arg(batch.array)
                  << Qt::endl;
    }
    return kExitOk;
}

int reportIssues(Context &c, const QList<ImportIssue> &issues, qint64 bad, qint64 read, bool skip)
{
    for (const ImportIssue &issue : issues)
        c.err << formatIssue(issue) << Qt::endl;
    if (bad > issues.size())
        c.err << AdminText::tr("… and more; %1 bad rows in all.").arg(bad) << Qt::endl;
    if (bad > 0 && !skip) {
        c.err << AdminText::tr("%1 of %2 rows are bad; nothing was sent. Fix them or use --skip-bad-rows.").arg(bad).arg(read)
              << Qt::endl;
        return kExitRefused;
    }
    return kExitOk;
}

int catalogueImport(Context &c)
{
    QFile file(c.args.value(0));
    if (!file.open(QIODevice::ReadOnly))
        return c.usage(AdminText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    CatalogueUploadOptions options;
    options.defaultCurrency = c.value(QStringLiteral("currency"));
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.sendDepartments = !c.isSet(QStringLiteral("keep-department-names"));
    auto upload = buildCatalogueUpload(file, options);
    if (!upload) {
        c.err << upload.error().message << Qt::endl;
        return kExitRefused;
    }
    const bool skip = c.isSet(QStringLiteral("skip-bad-rows"));
    if (int r = reportIssues(c, upload->issues, upload->badRows, upload->rowsRead, skip); r != kExitOk)
        return r;
    if (c.isSet(QStringLiteral("dry-run"))) {
        c.out << AdminText::tr("%1 rows read, %2 bad: would send %3 departments, %4 products and %5 prices in %6 requests.")
                     .arg(upload->rowsRead).arg(upload->badRows).arg(upload->departments).arg(upload->products)
                     .arg(upload->prices).arg(upload->batches.size())
              << Qt::endl;
        return kExitOk;
    }
    Totals totals;
    if (int r = sendBatches(c, upload->batches, totals); r != kExitOk)
        return r;
    if (c.json) {
        c.out << QStringLiteral("{\"rows_read\":%1,\"bad_rows\":%2,\"departments\":%3,\"products\":%4,\"prices\":%5,"
                                "\"requests\":%6,\"written\":%7,\"unchanged\":%8}")
                     .arg(upload->rowsRead).arg(upload->badRows).arg(upload->departments).arg(upload->products)
                     .arg(upload->prices).arg(upload->batches.size()).arg(totals.written).arg(totals.unchanged)
              << Qt::endl;
        return kExitOk;
    }
    c.out << AdminText::tr("Sent %1 departments, %2 products and %3 prices from %4 rows (%5 bad rows skipped).")
                 .arg(upload->departments).arg(upload->products).arg(upload->prices).arg(upload->rowsRead)
                 .arg(upload->badRows)
          << Qt::endl
          << AdminText::tr("Written: %1, unchanged: %2.").arg(totals.written).arg(totals.unchanged) << Qt::endl;
    return kExitOk;
}

// A catalogue body as written (tax rates and classes, named departments).
int cataloguePost(Context &c)
{
    QFile file(c.args.value(0));
    if (!file.open(QIODevice::ReadOnly))
        return c.usage(AdminText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const std::string body = file.readAll().toStdString();
    std::string why;
    auto doc = sync::json::Document::parse(body, &why);
    if (!doc || !doc->root().isObject())
        return c.usage(AdminText::tr("%1 is not a JSON object: %2").arg(file.fileName(), q(why)));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->post(QStringLiteral("/v1/admin/catalogue"), body);
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    c.out << AdminText::tr("Written: %1, unchanged: %2.").arg(intMember(reply->root(), "written")).arg(intMember(reply->root(), "unchanged"))
          << Qt::endl;
    return kExitOk;
}

// ---- prices --------------------------------------------------------------------

QString describeMoment(qint64 ms, const QString &zone)
{
    const QTimeZone tz = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, tz);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u' ' + QString::fromUtf8(tz.id()) + QStringLiteral(" (")
           + formatUtc(ms) + u')';
}

int pricesSchedule(Context &c)
{
    const QString zone = c.value(QStringLiteral("time-zone"));
    if (!zone.isEmpty()) {
        if (auto r = checkTimeZone(zone); !r)
            return c.usage(QStringLiteral("--time-zone: ") + r.error().message);
    }
    if (!c.isSet(QStringLiteral("from")))
        return c.usage(AdminText::tr("--from is required, e.g. --from \"2026-12-01 06:00\"."));
    auto from = parseMoment(c.value(QStringLiteral("from")), zone);
    if (!from)
        return c.usage(QStringLiteral("--from: ") + from.error().message);
    PriceScheduleOptions options;
    options.fromMs = *from;
    if (c.isSet(QStringLiteral("until"))) {
        auto until = parseMoment(c.value(QStringLiteral("until")), zone);
        if (!until)
            return c.usage(QStringLiteral("--until: ") + until.error().message);
        options.untilMs = *until;
    }
    options.storeId = c.value(QStringLiteral("store"));
    if (!options.storeId.isEmpty()) {
        if (auto r = checkCode(QStringLiteral("--store"), options.storeId); !r)
            return c.usage(r.error().message);
    }
    options.defaultCurrency = c.value(QStringLiteral("currency"));
    QFile file(c.args.value(0));
    if (!file.open(QIODevice::ReadOnly))
        return c.usage(AdminText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    auto schedule = buildPriceSchedule(file, options);
    if (!schedule) {
        c.err << schedule.error().message << Qt::endl;
        return schedule.error().code == u"admin.bad_time" ? kExitUsage : kExitRefused;
    }
    if (int r = reportIssues(c, schedule->issues, schedule->badRows, schedule->rowsRead, c.isSet(QStringLiteral("skip-bad-rows")));
        r != kExitOk)
        return r;
    const QString target = options.storeId.isEmpty() ? AdminText::tr("every store (chain price)") : AdminText::tr("store %1").arg(options.storeId);
    const QString when = AdminText::tr("from %1").arg(describeMoment(options.fromMs, zone))
                         + (options.untilMs ? AdminText::tr(" until %1").arg(describeMoment(*options.untilMs, zone)) : QString());
    if (c.isSet(QStringLiteral("dry-run"))) {
        c.out << AdminText::tr("Would schedule %1 prices for %2 %3.").arg(schedule->prices).arg(target, when) << Qt::endl;
        return kExitOk;
    }
    Totals totals;
    if (int r = sendBatches(c, schedule->batches, totals); r != kExitOk)
        return r;
    if (c.json) {
        c.out << QStringLiteral("{\"prices\":%1,\"effective_from\":%2,\"written\":%3,\"unchanged\":%4}")
                     .arg(schedule->prices).arg(options.fromMs).arg(totals.written).arg(totals.unchanged)
              << Qt::endl;
        return kExitOk;
    }
    c.out << AdminText::tr("Scheduled %1 prices for %2 %3.").arg(schedule->prices).arg(target, when) << Qt::endl
          << AdminText::tr("Written: %1, unchanged: %2.").arg(totals.written).arg(totals.unchanged) << Qt::endl;
    return kExitOk;
}

int pricesCancel(Context &c)
{
    const QString sku = c.value(QStringLiteral("sku"));
    if (auto r = checkCode(QStringLiteral("--sku"), sku); !r)
        return c.usage(r.error().message);
    const QString zone = c.value(QStringLiteral("time-zone"));
    if (!zone.isEmpty()) {
        if (auto r = checkTimeZone(zone); !r)
            return c.usage(QStringLiteral("--time-zone: ") + r.error().message);
    }
    if (!c.isSet(QStringLiteral("from")))
        return c.usage(AdminText::tr("--from is required: the start of the scheduled price to cancel."));
    auto from = parseMoment(c.value(QStringLiteral("from")), zone);
    if (!from)
        return c.usage(QStringLiteral("--from: ") + from.error().message);
    const QString store = c.value(QStringLiteral("store"));
    if (!store.isEmpty()) {
        if (auto r = checkCode(QStringLiteral("--store"), store); !r)
            return c.usage(r.error().message);
    }
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->post(QStringLiteral("/v1/admin/prices"), priceCancelBody(sku, store, *from));
    if (!reply)
        return c.failed(reply.error());
    const std::int64_t deleted = intMember(reply->root(), "deleted");
    if (c.json)
        c.printJson(*reply);
    else if (deleted > 0)
        c.out << AdminText::tr("Cancelled the price of %1 %2 starting %3.")
                     .arg(sku, store.isEmpty() ? AdminText::tr("(chain)") : AdminText::tr("at store %1").arg(store), describeMoment(*from, zone))
              << Qt::endl;
    if (deleted == 0) {
        c.err << AdminText::tr("No scheduled price of %1 %2 starts at %3; nothing was cancelled. Check --from, --time-zone and --store.")
                     .arg(sku, store.isEmpty() ? AdminText::tr("(chain)") : AdminText::tr("at store %1").arg(store), describeMoment(*from, zone))
              << Qt::endl;
        return kExitRefused;
    }
    return kExitOk;
}

// ---- terminals -------------------------------------------------------------------

void printCode(Context &c, const AdminReply &reply, const QString &heading)
{
    const auto root = reply.root();
    const auto expires = root.member("code_expires_at");
    c.out << heading << Qt::endl
          << AdminText::tr("  terminal:        %1").arg(q(root.member("terminal_id").toString())) << Qt::endl
          << AdminText::tr("  enrolment code:  %1").arg(groupEnrolmentCode(q(root.member("enrolment_code").toString()))) << Qt::endl
          << AdminText::tr("  valid until:     %1")
                 .arg(formatUtc(expires.isInt() ? std::optional<qint64>(expires.toInt()) : std::nullopt))
          << Qt::endl
          << AdminText::tr("The code is shown only now. Enter it on the lane when it asks to be enrolled; "
                "it works once.")
          << Qt::endl;
}

int terminalsCreate(Context &c)
{
    const QString store = c.value(QStringLiteral("store")), lane = c.value(QStringLiteral("lane")),
                  name = c.value(QStringLiteral("name"));
    if (auto r = checkCode(QStringLiteral("--store"), store); !r)
        return c.usage(r.error().message);
    if (auto r = checkCode(QStringLiteral("--lane"), lane); !r)
        return c.usage(r.error().message);
    if (name.trimmed().isEmpty())
        return c.usage(AdminText::tr("--name is required."));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->post(QStringLiteral("/v1/admin/terminals"), terminalBody(store, lane, name));
    if (!reply)
        return c.failed(reply.error());
    if (c.json)
        c.printJson(*reply);
    else
        printCode(c, *reply, AdminText::tr("Terminal %1 of store %2 created (%3).").arg(lane, store, name));
    return kExitOk;
}

int terminalsList(Context &c)
{
    const QString store = c.value(QStringLiteral("store"));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->get(terminalsPath(store));
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    c.out << terminalsTable(reply->root().member("terminals"));
    return kExitOk;
}

int terminalsCode(Context &c)
{
    const QString id = c.args.value(0);
    if (!sync::json::isUuid(id.toStdString()))
        return c.usage(AdminText::tr("%1 is not a terminal id; `retailos-admin terminals list` shows them.").arg(id));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    const bool newKey = c.isSet(QStringLiteral("new-key"));
    auto reply = client->post(terminalPath(id, QStringLiteral("enrolment-codes")), enrolmentCodeBody(newKey));
    if (!reply)
        return c.failed(reply.error());
    if (c.json)
        c.printJson(*reply);
    else
        printCode(c, *reply, newKey ? AdminText::tr("New enrolment code for terminal %1, for a replaced lane PC (a new journal key is accepted).").arg(id)
                                    : AdminText::tr("New enrolment code for terminal %1.").arg(id));
    return kExitOk;
}

int terminalsRevoke(Context &c)
{
    const QString id = c.args.value(0);
    if (!sync::json::isUuid(id.toStdString()))
        return c.usage(AdminText::tr("%1 is not a terminal id; `retailos-admin terminals list` shows them.").arg(id));
    const QString reason = c.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return c.usage(AdminText::tr("--reason is required (it goes into the security audit log)."));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->post(terminalPath(id, QStringLiteral("revoke")), revokeBody(reason));
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    const auto at = reply->root().member("revoked_at");
    c.out << AdminText::tr("Terminal %1 revoked at %2. The lane keeps selling and keeps its unsent sales; it stops syncing "
                "until it is enrolled again with a new code (`retailos-admin terminals code %1`).")
                 .arg(id, formatUtc(at.isInt() ? std::optional<qint64>(at.toInt()) : std::nullopt))
          << Qt::endl;
    return kExitOk;
}

int terminalsEvents(Context &c)
{
    const QString id = c.args.value(0);
    if (!id.isEmpty() && !sync::json::isUuid(id.toStdString()))
        return c.usage(AdminText::tr("%1 is not a terminal id; `retailos-admin terminals list` shows them.").arg(id));
    const QString status = c.value(QStringLiteral("status")).isEmpty() ? QStringLiteral("rejected") : c.value(QStringLiteral("status"));
    if (status != u"rejected" && status != u"held")
        return c.usage(AdminText::tr("--status is rejected or held."));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    QString path = QStringLiteral("/v1/admin/events?status=") + status;
    if (!id.isEmpty()) path += QStringLiteral("&terminal_id=") + id;
    auto reply = client->get(path);
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    const auto events = reply->root().member("events");
    if (events.size() == 0)
        c.out << (status == u"held" ? AdminText::tr("No event is held.") : AdminText::tr("No event was refused.")) << Qt::endl;
    else
        c.out << eventsTable(events);
    return kExitOk;
}

int flagsList(Context &c)
{
    const QString store = c.value(QStringLiteral("store"));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->get(QStringLiteral("/v1/admin/flags")
                             + (store.isEmpty() ? QString() : QStringLiteral("?store_id=") + QString::fromLatin1(QUrl::toPercentEncoding(store))));
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    const auto flags = reply->root().member("flags");
    if (flags.size() == 0) c.out << AdminText::tr("No open flags.") << Qt::endl;
    else c.out << flagsTable(flags);
    return kExitOk;
}

// ---- admin tokens ------------------------------------------------------------------

int tokensCreate(Context &c)
{
    const QString role = c.value(QStringLiteral("role"));
    if (role != u"tenant_admin" && role != u"store_manager" && role != u"analyst")
        return c.usage(AdminText::tr("--role is tenant_admin, store_manager or analyst."));
    const QStringList stores = c.value(QStringLiteral("stores")).split(u',', Qt::SkipEmptyParts);
    if (role == u"store_manager" && stores.isEmpty())
        return c.usage(AdminText::tr("a store_manager token needs --stores a,b."));
    bool okHours = false;
    const int hours = c.value(QStringLiteral("expires-in-hours")).isEmpty() ? 12 : c.value(QStringLiteral("expires-in-hours")).toInt(&okHours);
    if (!c.value(QStringLiteral("expires-in-hours")).isEmpty() && (!okHours || hours < 1 || hours > 720))
        return c.usage(AdminText::tr("--expires-in-hours is 1 to 720."));
    std::string body = "{\"role\":" + jsonString(role) + ",\"expires_in_hours\":" + std::to_string(hours);
    if (!stores.isEmpty()) {
        body += ",\"store_ids\":[";
        for (qsizetype i = 0; i < stores.size(); ++i) body += (i ? "," : "") + jsonString(stores[i].trimmed());
        body += "]";
    }
    body += "}";
    const QString outFile = c.value(QStringLiteral("output"));
    if (outFile.isEmpty())
        return c.usage(AdminText::tr("--output FILE is required: the new token is written there (mode 0600), never to the screen."));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->post(QStringLiteral("/v1/admin/tokens"), body);
    if (!reply)
        return c.failed(reply.error());
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly))
        return c.usage(AdminText::tr("cannot write %1: %2").arg(outFile, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QByteArray::fromStdString(std::string(reply->root().member("token").toString())) + '\n');
    if (!file.commit())
        return c.usage(AdminText::tr("cannot write %1: %2").arg(outFile, file.errorString()));
    const auto expires = reply->root().member("expires_at");
    c.out << AdminText::tr("Token %1 (%2) written to %3; valid until %4.")
                 .arg(q(reply->root().member("credential_id").toString()), role, outFile,
                      formatUtc(expires.isInt() ? std::optional<qint64>(expires.toInt()) : std::nullopt))
          << Qt::endl;
    return kExitOk;
}

int tokensList(Context &c)
{
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->get(QStringLiteral("/v1/admin/tokens"));
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    c.out << tokensTable(reply->root().member("tokens"));
    return kExitOk;
}

int tokensRevoke(Context &c)
{
    const QString id = c.args.value(0);
    if (!sync::json::isUuid(id.toStdString()))
        return c.usage(AdminText::tr("%1 is not a token id; `retailos-admin tokens list` shows them.").arg(id));
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    auto reply = client->post(QStringLiteral("/v1/admin/tokens/") + id + QStringLiteral("/revoke"), "{}");
    if (!reply)
        return c.failed(reply.error());
    if (c.json) {
        c.printJson(*reply);
        return kExitOk;
    }
    c.out << AdminText::tr("Token %1 revoked; it works no more.").arg(id) << Qt::endl;
    return kExitOk;
}

// ---- sales -----------------------------------------------------------------------

int salesExport(Context &c)
{
    const QString store = c.value(QStringLiteral("store")), day = c.value(QStringLiteral("day"));
    if (auto r = checkCode(QStringLiteral("--store"), store); !r)
        return c.usage(r.error().message);
    if (auto r = checkDay(day); !r)
        return c.usage(QStringLiteral("--day: ") + r.error().message);
    int code = kExitOk;
    AdminClient *client = c.connect(code);
    if (!client)
        return code;
    const QString outFile = c.value(QStringLiteral("output"));
    QSaveFile save(outFile);   // the file appears only when every page arrived
    if (!outFile.isEmpty() && !save.open(QIODevice::WriteOnly))
        return c.usage(AdminText::tr("cannot write %1: %2").arg(outFile, save.errorString()));
    auto write = [&](const QByteArray &csv) {
        if (outFile.isEmpty())
            c.out << QString::fromUtf8(csv);
        else
            save.write(csv);
    };
    write(salesCsvHeader());
    QString pageToken;
    qint64 sales = 0;
    do {
        auto reply = client->get(salesPath(store, day, pageToken));
        if (!reply) {
            if (!outFile.isEmpty())
                save.cancelWriting();
            return c.failed(reply.error());
        }
        const auto list = reply->root().member("sales");
        write(salesCsvRows(list, q(reply->root().member("time_zone").toString())));
        sales += qint64(list.size());
        const auto next = reply->root().member("next_page_token");
        pageToken = next.isString() ? q(next.toString()) : QString();
    } while (!pageToken.isEmpty());
    if (!outFile.isEmpty()) {
        if (!save.commit())
            return c.usage(AdminText::tr("cannot write %1: %2").arg(outFile, save.errorString()));
        c.err << AdminText::tr("%1 sales of store %2 on %3 written to %4.").arg(sales).arg(store, day, outFile) << Qt::endl;
    }
    return kExitOk;
}

// ---- the command table -------------------------------------------------------------

QList<Command> commands()
{
    const QCommandLineOption store{QStringLiteral("store"), AdminText::tr("Store id."), QStringLiteral("id")};
    const QCommandLineOption storeOptional{QStringLiteral("store"), AdminText::tr("Only this store (default: every store)."),
                                          QStringLiteral("id")};
    const QCommandLineOption name{QStringLiteral("name"), AdminText::tr("Name shown to people."), QStringLiteral("text")};
    const QCommandLineOption currency{QStringLiteral("currency"), AdminText::tr("ISO 4217 currency code."), QStringLiteral("code"),
                                      QStringLiteral("EUR")};
    const QCommandLineOption timeZone{QStringLiteral("time-zone"), AdminText::tr("IANA time zone, e.g. Europe/Berlin."),
                                      QStringLiteral("zone")};
    const QCommandLineOption skip{{QStringLiteral("skip-bad-rows"), QStringLiteral("skip-bad")},
                                  AdminText::tr("Send the good rows even when some rows are bad.")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"), AdminText::tr("Check the file and show what would be sent; send nothing.")};
    const QCommandLineOption from{QStringLiteral("from"), AdminText::tr("Start, e.g. \"2026-12-01 06:00\" (in --time-zone)."),
                                  QStringLiteral("time")};
    const QCommandLineOption until{QStringLiteral("until"), AdminText::tr("End (exclusive)."), QStringLiteral("time")};
    return {
        {QStringLiteral("stores"), QStringLiteral("create"), AdminText::tr("Create a store (and its scopes)."),
         {store, name, currency, QCommandLineOption(timeZone.names(), timeZone.description(), QStringLiteral("zone"))},
         {}, storesCreate},
        {QStringLiteral("catalogue"), QStringLiteral("import"), AdminText::tr("Send a catalogue CSV (docs/catalogue-csv.md)."),
         {skip, dryRun, currency,
          QCommandLineOption(QStringLiteral("keep-department-names"),
                             AdminText::tr("Do not send the file's departments (they exist with names set otherwise)."))},
         {QStringLiteral("file.csv")}, catalogueImport},
        {QStringLiteral("catalogue"), QStringLiteral("post"),
         AdminText::tr("Send a catalogue JSON body as written (tax rates, tax classes, named departments)."), {},
         {QStringLiteral("file.json")}, cataloguePost},
        {QStringLiteral("prices"), QStringLiteral("schedule"), AdminText::tr("Schedule a price change from a CSV of sku,price."),
         {from, until, storeOptional, timeZone, currency, skip, dryRun}, {QStringLiteral("file.csv")}, pricesSchedule},
        {QStringLiteral("prices"), QStringLiteral("cancel"), AdminText::tr("Cancel a scheduled price."),
         {QCommandLineOption(QStringLiteral("sku"), AdminText::tr("SKU."), QStringLiteral("sku")), from, storeOptional, timeZone},
         {}, pricesCancel},
        {QStringLiteral("terminals"), QStringLiteral("create"), AdminText::tr("Create a terminal and its enrolment code."),
         {store, QCommandLineOption(QStringLiteral("lane"), AdminText::tr("Lane id."), QStringLiteral("id")), name}, {},
         terminalsCreate},
        {QStringLiteral("terminals"), QStringLiteral("list"), AdminText::tr("Show terminals, their state and their lag."),
         {storeOptional}, {}, terminalsList},
        {QStringLiteral("terminals"), QStringLiteral("code"), AdminText::tr("A new enrolment code for a terminal."),
         {QCommandLineOption(QStringLiteral("new-key"), AdminText::tr("Accept a new journal key (a replaced lane PC)."))},
         {QStringLiteral("terminal-id")}, terminalsCode},
        {QStringLiteral("terminals"), QStringLiteral("revoke"), AdminText::tr("Disconnect a terminal."),
         {QCommandLineOption(QStringLiteral("reason"), AdminText::tr("Why (goes into the audit log)."), QStringLiteral("text"))},
         {QStringLiteral("terminal-id")}, terminalsRevoke},
        {QStringLiteral("terminals"), QStringLiteral("events"),
         AdminText::tr("Events the server refused (or holds) from one terminal or all."),
         {QCommandLineOption(QStringLiteral("status"), AdminText::tr("rejected (default) or held."), QStringLiteral("status"))},
         {}, terminalsEvents},
        {QStringLiteral("flags"), QStringLiteral("list"), AdminText::tr("Open flags for HQ: overdrawn balances, over-returns."),
         {storeOptional}, {}, flagsList},
        {QStringLiteral("tokens"), QStringLiteral("create"), AdminText::tr("Create an admin token (written to a file, never shown)."),
         {QCommandLineOption(QStringLiteral("role"), AdminText::tr("tenant_admin, store_manager or analyst."), QStringLiteral("role")),
          QCommandLineOption(QStringLiteral("stores"), AdminText::tr("Stores of a store_manager, comma-separated."), QStringLiteral("ids")),
          QCommandLineOption(QStringLiteral("expires-in-hours"), AdminText::tr("Validity, 1 to 720 hours (default 12)."), QStringLiteral("hours")),
          QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, AdminText::tr("File for the new token (mode 0600)."),
                             QStringLiteral("file"))},
         {}, tokensCreate},
        {QStringLiteral("tokens"), QStringLiteral("list"), AdminText::tr("The tenant's admin tokens (never their secrets)."), {}, {},
         tokensList},
        {QStringLiteral("tokens"), QStringLiteral("revoke"), AdminText::tr("End an admin token at once."), {},
         {QStringLiteral("token-id")}, tokensRevoke},
        {QStringLiteral("sales"), QStringLiteral("export"), AdminText::tr("Export one business day's sales of a store as CSV."),
         {store, QCommandLineOption(QStringLiteral("day"), AdminText::tr("Business day, YYYY-MM-DD."), QStringLiteral("day")),
          QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, AdminText::tr("Write to this file (default: standard output)."),
                             QStringLiteral("file"))},
         {}, salesExport},
    };
}

QString overview(const QList<Command> &all)
{
    QString text = AdminText::tr("Usage: retailos-admin [--server URL] [--ca-file F] [--pin SHA256] [--token-file F] [--json] "
                      "<command> [options]\n\nCommands:\n");
    for (const Command &c : all)
        text += QStringLiteral("  %1%2\n").arg(QString(c.group + u' ' + c.action).leftJustified(20), c.summary);
    text += AdminText::tr("\nThe admin token is read from --token-file or RETAILOS_ADMIN_TOKEN, never from the command line.\n"
               "`retailos-admin <command> --help` shows a command's options. Guide: docs/admin-guide.md\n");
    return text;
}

} // namespace

int runAdmin(const QStringList &arguments, QTextStream &out, QTextStream &err, const QProcessEnvironment &environment)
{
    const QList<Command> all = commands();
    const Global global;

    // A token on the command line would be visible to every user in the process list.
    for (const QString &arg : arguments) {
        if (arg == u"--token" || arg.startsWith(u"--token=")) {
            err << AdminText::tr("retailos-admin: the token is never given on the command line (other users can read it in the "
                      "process list); use --token-file FILE or RETAILOS_ADMIN_TOKEN.")
                << Qt::endl;
            return kExitUsage;
        }
    }

    // Options that take a value, so their values are not mistaken for command words.
    QSet<QString> valueOptions;
    auto collect = [&](const QCommandLineOption &o) {
        if (!o.valueName().isEmpty()) {
            for (const QString &n : o.names())
                valueOptions.insert(n);
        }
    };
    for (const QCommandLineOption &o : {global.server, global.caFile, global.pin, global.tokenFile})
        collect(o);
    for (const Command &c : all) {
        for (const QCommandLineOption &o : c.options)
            collect(o);
    }
    QStringList words;
    for (qsizetype i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &a = arguments[i];
        if (a.startsWith(u'-')) {
            const QString n = a.mid(a.startsWith(u"--") ? 2 : 1);
            if (!n.contains(u'=') && valueOptions.contains(n))
                ++i;
            continue;
        }
        words.append(a);
    }
    const Command *command = nullptr;
    for (const Command &c : all) {
        if (words.size() == 2 && c.group == words[0] && c.action == words[1])
            command = &c;
    }
    if (!command) {
        const bool wantsHelp = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
        (wantsHelp ? out : err) << overview(all);
        if (!wantsHelp && !words.isEmpty())
            err << AdminText::tr("retailos-admin: unknown command \"%1\".").arg(words.join(u' ')) << Qt::endl;
        return wantsHelp ? kExitOk : kExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addOptions({global.server, global.caFile, global.pin, global.tokenFile, global.json, global.help});
    parser.addOptions(command->options);
    parser.addPositionalArgument(command->group + u' ' + command->action, AdminText::tr("The command."));
    for (const QString &p : command->positionals)
        parser.addPositionalArgument(p, p);
    if (!parser.parse(arguments)) {
        err << AdminText::tr("retailos-admin: ") << parser.errorText() << Qt::endl;
        return kExitUsage;
    }
    if (parser.isSet(global.help)) {
        out << parser.helpText();
        return kExitOk;
    }
    QStringList positional = parser.positionalArguments().mid(2);
    if (positional.size() != command->positionals.size()) {
        err << AdminText::tr("retailos-admin: %1 %2 takes %3 argument(s): %4")
                   .arg(command->group, command->action).arg(command->positionals.size())
                   .arg(command->positionals.join(u' '))
            << Qt::endl;
        return kExitUsage;
    }
    Context context{*command, global, parser, positional, out, err, environment, parser.isSet(global.json), std::nullopt};
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace retailos::admin
