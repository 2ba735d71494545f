// retailos-server: the central sync server (docs/server-guide.md).
//
//   retailos-server serve --config FILE
//   retailos-server init --config FILE --tenant NAME [--expires 30d]
//   retailos-server admin-token create --config FILE --tenant ID --role ROLE [--stores a,b] [--expires 12h]
//   retailos-server admin-token revoke --config FILE --id CREDENTIAL_ID
//   retailos-server restore --config FILE
#include "core/logging/log.h"
#include "sync/protocol/json.h"
#include "sync/server/api/server_api.h"
#include "sync/server/app/server_config.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/event_ingest.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"
#include "sync/server/store/server_schema.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QString>
#include <QStringList>

#include <csignal>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>

using namespace retailos;
using namespace retailos::server;

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(RetailosServer)
};

int usage()
{
    std::fputs("usage:\n"
               "  retailos-server serve --config FILE\n"
               "  retailos-server init --config FILE --tenant NAME [--expires 30d]\n"
               "  retailos-server admin-token create --config FILE --tenant ID --role ROLE [--stores a,b] [--expires 12h]\n"
               "  retailos-server admin-token revoke --config FILE --id CREDENTIAL_ID\n"
               "  retailos-server restore --config FILE\n",
               stderr);
    return 2;
}

std::string option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int i = args.indexOf(name);
    return (i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback).toStdString();
}

// "12h", "30d", "90m" → ms; 0 when malformed.
std::int64_t duration(const std::string &text)
{
    if (text.size() < 2) return 0;
    const char unit = text.back();
    char *end = nullptr;
    const long long n = std::strtoll(text.c_str(), &end, 10);
    if (end != text.c_str() + text.size() - 1 || n <= 0) return 0;
    switch (unit) {
    case 'm': return n * 60'000LL;
    case 'h': return n * 3'600'000LL;
    case 'd': return n * 86'400'000LL;
    default: return 0;
    }
}

int fail(const QString &message)
{
    std::cerr << "retailos-server: " << message.toStdString() << std::endl;
    return 1;
}

std::unique_ptr<sql::Database> openDatabase(const app::ServerConfig &config)
{
    std::string error;
    auto db = sql::Database::open(config.databaseUrl, config.databasePool, &error);
    if (!db) {
        fail(MainText::tr("cannot open the database: %1").arg(QString::fromStdString(error)));
        return nullptr;
    }
    const auto schemaError = db->transact(sql::TxMode::Write, [](sql::Session &s) { store::createSchema(s); });
    if (schemaError) {
        fail(MainText::tr("cannot create the database tables: %1").arg(QString::fromStdString(schemaError->message)));
        return nullptr;
    }
    return db;
}

std::mutex g_stopMutex;
std::condition_variable g_stop;
bool g_stopRequested = false;

void onSignal(int)
{
    // Only set a flag here; the main thread does the work.
    g_stopRequested = true;
    g_stop.notify_all();
}

int serve(const app::ServerConfig &config)
{
    auto db = openDatabase(config);
    if (!db) return 1;

    api::ServerApiConfig apiConfig = api::protocolV1Config();
    apiConfig.dbThreads = config.dbThreads;
    // events held for a type an older version did not know are settled now.
    std::int64_t settled = 0;
    const auto heldError = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
        settled = store::settleHeldUnknownTypes(s, apiConfig.isKnownEventType, apiConfig.applyEvent, store::nowMs());
    });
    if (heldError) return fail(MainText::tr("cannot settle held events: %1").arg(QString::fromStdString(heldError->message)));
    if (settled > 0) log::info(u"server", QStringLiteral("%1 held events of types this version knows were settled").arg(settled));

    api::ServerApi api(*db, apiConfig);

    http::HttpServerConfig httpConfig;
    httpConfig.address = config.listen;
    httpConfig.port = static_cast<std::uint16_t>(config.port);
    httpConfig.certificateChainFile = config.certificate;
    httpConfig.privateKeyFile = config.privateKey;
    httpConfig.plainAddress = config.plainListen;
    httpConfig.plainPort = static_cast<std::uint16_t>(config.plainPort);
    httpConfig.ioThreads = config.ioThreads;
    httpConfig.maxConnections = std::size_t(config.maxConnections);
    httpConfig.bodyLimit = std::size_t(config.bodyLimit);
    httpConfig.adminBodyLimit = std::size_t(config.adminBodyLimit);
    std::string error;
    auto server = http::HttpServer::start(httpConfig, api.serveOn(httpConfig), &error);
    if (!server) return fail(MainText::tr("cannot start: %1").arg(QString::fromStdString(error)));

    log::info(u"server", QStringLiteral("listening on %1:%2 (TLS), database %3")
                             .arg(QString::fromStdString(config.listen))
                             .arg(server->port())
                             .arg(QString::fromStdString(db->describe())));
    // One JSON line for scripts and tests: where we listen.
    std::cout << "{\"listening\":" << server->port() << ",\"plain_port\":" << server->plainPort() << "}" << std::endl;

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    {
        std::unique_lock lock(g_stopMutex);
        while (!g_stopRequested) g_stop.wait_for(lock, std::chrono::milliseconds(200));
    }
    log::info(u"server", QStringLiteral("stopping"));
    // Parked pulls are answered and queued work finishes while HTTP still runs;
    // then requests in flight get their grace and the listener closes.
    api.stop();
    server->stop(std::chrono::seconds(5));
    log::info(u"server", QStringLiteral("stopped"));
    return 0;
}

int init(const app::ServerConfig &config, const std::string &tenantName, std::int64_t validity)
{
    auto db = openDatabase(config);
    if (!db) return 1;
    std::string tenant;
    store::StoreResult<store::AdminToken> token;
    const auto error = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
        tenant = store::createTenant(s, tenantName, store::nowMs());
        token = store::createAdminToken(s, tenant, "tenant_admin", {}, validity, store::nowMs());
    });
    if (error) return fail(QString::fromStdString(error->message));
    if (!token) return fail(QString::fromStdString(token.error().message));
    std::cout << "{\"tenant_id\":\"" << tenant << "\",\"admin_token\":\"" << token->token
              << "\",\"expires_at\":" << token->expiresAt << "}" << std::endl;
    return 0;
}

int adminToken(const app::ServerConfig &config, const QStringList &args)
{
    auto db = openDatabase(config);
    if (!db) return 1;
    std::vector<std::string> stores;
    for (const QString &s : QString::fromStdString(option(args, QStringLiteral("--stores"))).split(u',', Qt::SkipEmptyParts))
        stores.push_back(s.trimmed().toStdString());
    const std::int64_t validity = duration(option(args, QStringLiteral("--expires"), QStringLiteral("12h")));
    store::StoreResult<store::AdminToken> token;
    const auto error = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
        token = store::createAdminToken(s, option(args, QStringLiteral("--tenant")), option(args, QStringLiteral("--role")),
                                        stores, validity, store::nowMs());
        // made on the server host; the audit says so, never the token.
        if (token)
            store::auditSecurity(s, option(args, QStringLiteral("--tenant")), token->token.substr(5, 36), "local",
                                 "retailos-server admin-token create", "admin_token_created",
                                 option(args, QStringLiteral("--role")), store::nowMs());
    });
    if (error) return fail(QString::fromStdString(error->message));
    if (!token) return fail(QString::fromStdString(token.error().message));
    std::cout << "{\"admin_token\":\"" << token->token << "\",\"expires_at\":" << token->expiresAt << "}" << std::endl;
    return 0;
}

int revokeAdminToken(const app::ServerConfig &config, const QStringList &args)
{
    auto db = openDatabase(config);
    if (!db) return 1;
    const std::string id = option(args, QStringLiteral("--id"));
    if (!sync::json::isUuid(id)) return fail(MainText::tr("--id must be the token's credential id (a uuid)"));
    bool found = false;
    const auto error = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
        found = s.exec("UPDATE admin_credentials SET revoked_at = COALESCE(revoked_at, ?2) WHERE credential_id = ?1",
                       {std::string_view(id), store::nowMs()}) == 1;
        if (found) store::auditSecurity(s, {}, id, "local", "retailos-server admin-token revoke", "admin_token_revoked", id, store::nowMs());
    });
    if (error) return fail(QString::fromStdString(error->message));
    if (!found) return fail(MainText::tr("there is no admin token %1").arg(QString::fromStdString(id)));
    std::cout << "{\"revoked\":\"" << id << "\"}" << std::endl;
    return 0;
}

int restore(const app::ServerConfig &config)
{
    auto db = openDatabase(config);
    if (!db) return 1;
    int scopes = 0;
    const auto error = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
        std::vector<std::pair<std::string, std::string>> all;
        auto rows = s.query("SELECT tenant_id, scope FROM scope_heads");
        while (rows->next()) all.emplace_back(std::string(rows->text(0)), std::string(rows->text(1)));
        rows.reset();
        for (const auto &[tenant, scope] : all) store::resetScope(s, tenant, scope);
        scopes = int(all.size());
    });
    if (error) return fail(QString::fromStdString(error->message));
    std::cout << "{\"scopes_reset\":" << scopes << "}" << std::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-server"));
    // The operator's language when a translation is compiled in (translations/), else English.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("retailos"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) return usage();
    const QString command = args.first();
    const std::string configPath = option(args, QStringLiteral("--config"));
    if (configPath.empty()) return usage();
    auto config = app::readServerConfig(QString::fromStdString(configPath));
    if (!config) return fail(config.error().message);
    if (auto r = log::init(config->log); !r) return fail(r.error().message);

    int rc = 0;
    if (command == QLatin1String("serve")) {
        rc = serve(*config);
    } else if (command == QLatin1String("init")) {
        const std::int64_t validity = duration(option(args, QStringLiteral("--expires"), QStringLiteral("30d")));
        const std::string tenant = option(args, QStringLiteral("--tenant"));
        rc = tenant.empty() || validity == 0 ? usage() : init(*config, tenant, validity);
    } else if (command == QLatin1String("admin-token") && args.value(1) == QLatin1String("create")) {
        rc = adminToken(*config, args);
    } else if (command == QLatin1String("admin-token") && args.value(1) == QLatin1String("revoke")) {
        rc = revokeAdminToken(*config, args);
    } else if (command == QLatin1String("restore")) {
        rc = restore(*config);
    } else {
        rc = usage();
    }
    log::shutdown();
    return rc;
}
