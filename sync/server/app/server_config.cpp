#include "sync/server/app/server_config.h"

#include "core/settings/settings_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace retailos::server::app {

namespace {
struct ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)
};
} // namespace

using namespace settings_reader;

Result<ServerConfig> readServerConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("config.unreadable"),
                    ConfigText::tr("Cannot read the configuration file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("config.malformed"),
                    ConfigText::tr("The configuration file %1 is not a JSON object: %2").arg(path, parseError.errorString()));
    const QJsonObject root = doc.object();
    if (auto r = onlyKnownKeys(root, QString(), {"server", "database", "log"}); !r) return std::unexpected(r.error());
    const QDir base = QFileInfo(path).absoluteDir();
    auto resolve = [&](const QString &p) { return p.isEmpty() ? p : base.absoluteFilePath(p); };

    ServerConfig c;
    auto server = section(root, QString(), "server");
    if (!server) return std::unexpected(server.error());
    const QString sp = QStringLiteral("server.");
    if (auto r = onlyKnownKeys(*server, sp, {"listen", "port", "certificate", "private_key", "plain_listen", "plain_port",
                                             "io_threads", "db_threads", "max_connections", "body_limit", "admin_body_limit"});
        !r)
        return std::unexpected(r.error());
    QString listen = QString::fromStdString(c.listen), cert, key, plain;
    int port = c.port, plainPort = 0, io = c.ioThreads, dbThreads = c.dbThreads, maxConn = c.maxConnections;
    qint64 body = c.bodyLimit, adminBody = c.adminBodyLimit;
    for (auto r : {readString(*server, sp, "listen", listen), readInt(*server, sp, "port", 0, 65535, port),
                   readString(*server, sp, "certificate", cert), readString(*server, sp, "private_key", key),
                   readString(*server, sp, "plain_listen", plain), readInt(*server, sp, "plain_port", 0, 65535, plainPort),
                   readInt(*server, sp, "io_threads", 1, 64, io), readInt(*server, sp, "db_threads", 1, 256, dbThreads),
                   readInt(*server, sp, "max_connections", 1, 1000000, maxConn),
                   readInt(*server, sp, "body_limit", qint64(1024), qint64(64) * 1024 * 1024, body),
                   readInt(*server, sp, "admin_body_limit", qint64(1024), qint64(256) * 1024 * 1024, adminBody)})
        if (!r) return std::unexpected(r.error());
    if (cert.isEmpty() || key.isEmpty())
        return invalid(QStringLiteral("server.certificate"),
                       ConfigText::tr("the server speaks TLS only: name its certificate chain and private key (R-3.1)"));
    c.listen = listen.toStdString();
    c.port = port;
    c.certificate = resolve(cert).toStdString();
    c.privateKey = resolve(key).toStdString();
    c.plainListen = plain.toStdString();
    c.plainPort = plainPort;
    c.ioThreads = io;
    c.dbThreads = dbThreads;
    c.maxConnections = maxConn;
    c.bodyLimit = body;
    c.adminBodyLimit = adminBody;

    auto database = section(root, QString(), "database");
    if (!database) return std::unexpected(database.error());
    const QString dp = QStringLiteral("database.");
    if (auto r = onlyKnownKeys(*database, dp, {"url", "pool"}); !r) return std::unexpected(r.error());
    QString url;
    int pool = c.databasePool;
    if (auto r = readString(*database, dp, "url", url); !r) return std::unexpected(r.error());
    if (auto r = readInt(*database, dp, "pool", 1, 256, pool); !r) return std::unexpected(r.error());
    if (url.isEmpty()) return invalid(QStringLiteral("database.url"), ConfigText::tr("name the database: a file path, sqlite:PATH or postgresql://…"));
    // A relative SQLite path is relative to the configuration file.
    if (!url.startsWith(QLatin1String("postgresql://")) && !url.startsWith(QLatin1String("postgres://"))) {
        QString file = url.startsWith(QLatin1String("sqlite:")) ? url.mid(7) : url;
        url = QStringLiteral("sqlite:") + resolve(file);
    }
    c.databaseUrl = url.toStdString();
    c.databasePool = pool;

    auto logSection = section(root, QString(), "log");
    if (!logSection) return std::unexpected(logSection.error());
    const QString lp = QStringLiteral("log.");
    if (auto r = onlyKnownKeys(*logSection, lp, {"level", "file"}); !r) return std::unexpected(r.error());
    QString level = QStringLiteral("info"), logFile;
    if (auto r = readString(*logSection, lp, "level", level); !r) return std::unexpected(r.error());
    if (auto r = readString(*logSection, lp, "file", logFile); !r) return std::unexpected(r.error());
    auto parsedLevel = log::levelFromString(level);
    if (!parsedLevel) return invalid(QStringLiteral("log.level"), parsedLevel.error().message);
    c.log.level = *parsedLevel;
    c.log.file = resolve(logFile);
    return c;
}

} // namespace retailos::server::app
