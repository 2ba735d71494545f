// retailos-server's configuration file (JSON, docs/server-guide.md): where to
// listen, the TLS files, the database URL, threads, limits and logging.
#pragma once

#include "core/common/result.h"
#include "core/logging/log.h"

#include <QString>

#include <cstdint>
#include <string>

namespace retailos::server::app {

struct ServerConfig
{
    std::string listen = "127.0.0.1";
    int port = 8443;
    std::string certificate, privateKey;
    std::string plainListen;          // empty: no plain listener
    int plainPort = 0;
    int ioThreads = 2;
    int dbThreads = 4;
    int maxConnections = 10000;
    std::int64_t bodyLimit = 4 * 1024 * 1024;
    std::int64_t adminBodyLimit = 16 * 1024 * 1024;
    std::string databaseUrl;
    int databasePool = 8;
    log::LogConfig log;
};

// Reads and checks the file; every error names the key ("server.port: …").
[[nodiscard]] Result<ServerConfig> readServerConfig(const QString &path);

} // namespace retailos::server::app
