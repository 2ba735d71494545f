// A real retailos-server in the test's own process: the Beast HTTPS listener on
// 127.0.0.1:<free port> with certificates made for the test, the API, and a
// fresh database — SQLite in a temporary directory, or a database on the
// test's private PostgreSQL (RETAILOS_TEST_BACKEND=postgresql). Clients are
// the real libcurl HttpsClient that lanes and retailos-admin use.
#pragma once

#include "sync/client/https_client.h"
#include "sync/protocol/json.h"
#include "sync/server/api/server_api.h"
#include "sync/server/db/sql.h"
#include "sync/server/http/http_server.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace retailos::test {

class PrivatePostgres;

struct Answer
{
    int status = 0;                 // 0: no HTTP answer (transport error in `body`)
    std::string body;
    std::unique_ptr<sync::json::Document> json;
    sync::json::Value root() const { return json ? json->root() : sync::json::Value(); }
    std::string errorCode() const { return std::string(root().member("error").member("code").toString()); }
    std::string str(std::string_view member) const { return std::string(root().member(member).toString()); }
    std::int64_t num(std::string_view member) const { return root().member(member).toInt(); }
};

// The terminal a test enrolled.
struct TestLane
{
    std::string terminalId, storeId, laneId, credential;
    std::int64_t seq = 0;
    std::string lastHash = std::string(64, '0');
};

class ServerFixture
{
public:
    // `postgres` non-null: a fresh database on it; null: SQLite.
    explicit ServerFixture(PrivatePostgres *postgres = nullptr);
    ~ServerFixture();

    // Empty on success, else why the server could not start.
    QString start();
    // A second server process on the same database as `first` (same tenant and
    // admin token): several retailos-server processes behind a load balancer.
    QString startBeside(const ServerFixture &first);
    void stop();

    std::string backend() const { return m_postgres ? "postgresql" : "sqlite"; }
    const std::string &tenantId() const { return m_tenant; }
    const std::string &adminToken() const { return m_adminToken; }
    const std::string &caFile() const { return m_caFile; }
    std::string baseUrl() const;
    server::sql::Database &database() { return *m_db; }
    server::api::ServerApi &api() { return *m_api; }

    // One request with a bearer token (empty: none) on this thread's client.
    Answer call(std::string_view method, std::string_view path, std::string_view body = {},
                const std::string &token = {}, const std::vector<std::string> &extraHeaders = {});
    Answer admin(std::string_view method, std::string_view path, std::string_view body = {})
    {
        return call(method, path, body, m_adminToken);
    }

    // HQ set-up through the admin API; a failed step fails the test (QVERIFY in the caller).
    bool createStore(const std::string &storeId, const std::string &currency = "EUR");
    // Creates the terminal and returns its grouped enrolment code (empty on failure).
    std::string createTerminal(const std::string &storeId, const std::string &laneId);
    // Creates and enrols a lane; terminalId empty on failure.
    TestLane enrolLane(const std::string &storeId, const std::string &laneId);
    // A second admin token of the same tenant.
    std::string adminTokenFor(const std::string &role, const std::vector<std::string> &stores = {});

    // One upload envelope chained after the lane's last event (advances the lane).
    std::string nextEvent(TestLane &lane, std::string_view type, std::string_view payload,
                          std::string eventId = {});
    static std::string stockMovedPayload(std::string_view sku, std::int64_t deltaMilli);
    // A minimal valid catalogue: one department, tax rate and class, and these SKUs.
    std::string catalogueBody(const std::vector<std::string> &skus, const std::string &name = "Item");

private:
    PrivatePostgres *m_postgres;
    QTemporaryDir m_dir;
    std::string m_caFile;
    std::string m_url;
    QString listen(const std::string &serverCert, const std::string &serverKey);
    std::string m_tenant, m_adminToken;
    std::unique_ptr<server::sql::Database> m_db;
    std::unique_ptr<server::api::ServerApi> m_api;
    std::unique_ptr<server::http::HttpServer> m_http;
    std::uint16_t m_port = 0;
};

} // namespace retailos::test
