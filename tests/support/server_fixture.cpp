#include "tests/support/server_fixture.h"

#include "sync/server/store/event_ingest.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"
#include "sync/server/store/server_schema.h"
#include "tests/support/private_postgres.h"
#include "tests/support/test_certificates.h"

#include <QUuid>

#include <map>
#include <mutex>
#include <thread>

namespace retailos::test {

using sync::json::Writer;

ServerFixture::ServerFixture(PrivatePostgres *postgres) : m_postgres(postgres) {}

ServerFixture::~ServerFixture() { stop(); }

std::string ServerFixture::baseUrl() const { return "https://127.0.0.1:" + std::to_string(m_port); }

QString ServerFixture::start()
{
    if (!m_dir.isValid()) return QStringLiteral("no temporary directory");
    auto certs = makeTestCertificates(m_dir.path().toStdString());
    if (!certs) return QString::fromStdString(certs.error());
    m_caFile = certs->caCert;

    std::string url;
    if (m_postgres) {
        QString error;
        url = m_postgres->createDatabase(&error).toStdString();
        if (url.empty()) return error;
    } else {
        url = "sqlite:" + m_dir.filePath(QStringLiteral("server.db")).toStdString();
    }
    m_url = url;
    std::string error;
    m_db = server::sql::Database::open(url, 8, &error);
    if (!m_db) return QString::fromStdString(error);
    server::store::StoreResult<server::store::AdminToken> token;
    const auto txError = m_db->transact(server::sql::TxMode::Write, [&](server::sql::Session &s) {
        server::store::createSchema(s);
        m_tenant = server::store::createTenant(s, "Test chain", server::store::nowMs());
        token = server::store::createAdminToken(s, m_tenant, "tenant_admin", {}, 3600 * 1000, server::store::nowMs());
    });
    if (txError) return QString::fromStdString(txError->message);
    if (!token) return QString::fromStdString(token.error().message);
    m_adminToken = token->token;
    return listen(certs->serverCert, certs->serverKey);
}

QString ServerFixture::startBeside(const ServerFixture &first)
{
    if (!m_dir.isValid()) return QStringLiteral("no temporary directory");
    auto certs = makeTestCertificates(m_dir.path().toStdString());
    if (!certs) return QString::fromStdString(certs.error());
    m_caFile = certs->caCert;
    m_url = first.m_url;
    m_tenant = first.m_tenant;
    m_adminToken = first.m_adminToken;
    std::string error;
    m_db = server::sql::Database::open(m_url, 8, &error);
    if (!m_db) return QString::fromStdString(error);
    return listen(certs->serverCert, certs->serverKey);
}

QString ServerFixture::listen(const std::string &serverCert, const std::string &serverKey)
{
    std::string error;
    server::api::ServerApiConfig apiConfig = server::api::protocolV1Config();
    apiConfig.dbThreads = 4;
    apiConfig.contactFlushInterval = std::chrono::milliseconds(200);
    m_api = std::make_unique<server::api::ServerApi>(*m_db, apiConfig);

    server::http::HttpServerConfig http;
    http.certificateChainFile = serverCert;
    http.privateKeyFile = serverKey;
    http.ioThreads = 2;
    m_http = server::http::HttpServer::start(http, m_api->serveOn(http), &error);
    if (!m_http) return QString::fromStdString(error);
    m_port = m_http->port();
    return {};
}

void ServerFixture::stop()
{
    if (m_http) m_http->stop(std::chrono::milliseconds(2000));
    if (m_api) m_api->stop();
    m_http.reset();
    m_api.reset();
    m_db.reset();
}

Answer ServerFixture::call(std::string_view method, std::string_view path, std::string_view body,
                           const std::string &token, const std::vector<std::string> &extraHeaders)
{
    // One client per thread and server: connections are reused like a lane's.
    thread_local std::map<std::string, std::unique_ptr<sync::HttpsClient>> clients;
    auto &client = clients[baseUrl() + "|" + m_caFile];
    if (!client) {
        sync::HttpsClientConfig config;
        config.baseUrl = baseUrl();
        config.caFile = m_caFile;
        config.totalTimeout = std::chrono::milliseconds(60'000);
        client = std::make_unique<sync::HttpsClient>(config);
    }
    std::vector<std::string> headers = extraHeaders;
    if (!token.empty()) headers.push_back("Authorization: Bearer " + token);
    if (!body.empty()) headers.push_back("Content-Type: application/json");
    // A pull may be a long-poll: the server may stay quiet for up to 25 s.
    sync::HttpsRequestOptions options;
    if (path == "/v1/pull") options.serverMayWait = std::chrono::milliseconds(25'000);
    auto result = client->request(method, path, body, headers, options);
    Answer a;
    if (!result) {
        a.body = result.error().code + ": " + result.error().message;
        return a;
    }
    a.status = result->status;
    a.body = std::move(result->body);
    a.json = sync::json::Document::parse(a.body, nullptr);
    return a;
}

bool ServerFixture::createStore(const std::string &storeId, const std::string &currency)
{
    Writer w;
    w.beginObject().field("store_id", storeId).field("name", "Store " + storeId).field("currency", currency)
        .field("time_zone", "Europe/Berlin").endObject();
    const Answer a = admin("POST", "/v1/admin/stores", w.text());
    return a.status == 201 || a.status == 200;
}

std::string ServerFixture::createTerminal(const std::string &storeId, const std::string &laneId)
{
    Writer w;
    w.beginObject().field("store_id", storeId).field("lane_id", laneId).field("name", "Lane " + laneId).endObject();
    const Answer a = admin("POST", "/v1/admin/terminals", w.text());
    return a.status == 201 ? a.str("enrolment_code") : std::string();
}

TestLane ServerFixture::enrolLane(const std::string &storeId, const std::string &laneId)
{
    TestLane lane;
    const std::string code = createTerminal(storeId, laneId);
    if (code.empty()) return lane;
    Writer w;
    w.beginObject().field("code", code).field("request_id", server::store::newUuid()).nullField("store_id")
        .nullField("lane_id").field("journal_public_key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .field("software", "retailos/test").endObject();
    const Answer a = call("POST", "/v1/enrol", w.text());
    if (a.status != 201) return lane;
    lane.terminalId = a.str("terminal_id");
    lane.storeId = a.str("store_id");
    lane.laneId = a.str("lane_id");
    lane.credential = a.str("credential");
    return lane;
}

std::string ServerFixture::adminTokenFor(const std::string &role, const std::vector<std::string> &stores)
{
    server::store::StoreResult<server::store::AdminToken> token;
    m_db->transact(server::sql::TxMode::Write, [&](server::sql::Session &s) {
        token = server::store::createAdminToken(s, m_tenant, role, stores, 3600 * 1000, server::store::nowMs());
    });
    return token ? token->token : std::string();
}

std::string ServerFixture::nextEvent(TestLane &lane, std::string_view type, std::string_view payload,
                                     std::string eventId)
{
    ++lane.seq;
    const std::string hash = server::store::chainHash(lane.lastHash, lane.seq, type, payload);
    Writer w;
    w.beginObject()
        .field("event_id", eventId.empty() ? server::store::newUuid() : eventId)
        .field("seq", lane.seq)
        .field("type", type)
        .field("created_at", server::store::nowMs())
        .field("prev_hash", lane.lastHash)
        .field("hash", hash)
        .field("payload", payload)
        .endObject();
    lane.lastHash = hash;
    return w.take();
}

std::string ServerFixture::stockMovedPayload(std::string_view sku, std::int64_t deltaMilli)
{
    Writer w;
    w.beginObject()
        .field("delta_milli", deltaMilli)
        .field("movement_id", server::store::newUuid())
        .field("note", "")
        .field("reason", "correction")
        .field("sku", sku)
        .endObject();
    return w.take();
}

std::string ServerFixture::catalogueBody(const std::vector<std::string> &skus, const std::string &name)
{
    Writer w;
    w.beginObject();
    w.key("departments").beginArray().beginObject().field("id", "D1").field("name", "Grocery").endObject().endArray();
    w.key("tax_rates").beginArray().beginObject().field("id", "R19").field("name", "Standard").field("rate_ppm", 190000)
        .endObject().endArray();
    w.key("tax_classes").beginArray().beginObject().field("id", "T1").field("name", "Standard").key("rate_ids")
        .beginArray().value("R19").endArray().endObject().endArray();
    w.key("products").beginArray();
    for (const std::string &sku : skus)
        w.beginObject().field("sku", sku).field("name", name + " " + sku).field("department_id", "D1")
            .field("tax_class_id", "T1").field("unit", "each").field("age_limit", 0).field("returnable", true)
            .field("active", true).key("barcodes").beginArray().endArray().endObject();
    w.endArray().endObject();
    return w.take();
}

} // namespace retailos::test
