// Fuzz target: the server's request handling without a socket. The first byte
// picks an endpoint, the rest is the body. Whatever arrives, the server answers
// exactly once with a protocol status and a JSON object carrying server_time
// and a refused request changes nothing: the lane's stream and
// the catalogue scope stay where they were.
#include "sync/protocol/json.h"
#include "sync/server/api/server_api.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"
#include "sync/server/store/server_schema.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <set>

using namespace retailos;
using namespace retailos::server;

namespace {

class Capture : public http::HttpResponder
{
public:
    std::promise<http::HttpResponse> answer;
    bool sent = false;
    void send(http::HttpResponse r) override
    {
        if (sent) std::abort();   // exactly once
        sent = true;
        answer.set_value(std::move(r));
    }
};

struct World
{
    QTemporaryDir dir{QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/retailos-fuzz-XXXXXX")
                                                                 : QDir::tempPath() + QStringLiteral("/retailos-fuzz-XXXXXX")};
    std::unique_ptr<sql::Database> db;
    std::unique_ptr<api::ServerApi> api;
    std::string tenant, terminalId, credential, adminToken;

    World()
    {
        std::string error;
        db = sql::Database::open("sqlite:" + dir.filePath(QStringLiteral("fuzz.db")).toStdString(), 4, &error);
        if (!db) std::abort();
        const auto e = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
            store::createSchema(s);
            tenant = store::createTenant(s, "Fuzz", store::nowMs());
            if (!store::upsertStore(s, tenant, {"store-a", "A", "EUR", "Europe/Berlin"}, store::nowMs())) std::abort();
            auto code = store::createTerminal(s, tenant, "store-a", "lane-1", "Lane 1", store::nowMs());
            if (!code) std::abort();
            auto enrolled = store::enrol(s, {code->code, store::newUuid(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "fuzz", {}, {}},
                                         store::nowMs());
            if (!enrolled) std::abort();
            terminalId = enrolled->terminal.terminalId;
            credential = enrolled->credential;
            adminToken = store::createAdminToken(s, tenant, "tenant_admin", {}, 3600 * 1000, store::nowMs())->token;
        });
        if (e) std::abort();
        api::ServerApiConfig c = api::protocolV1Config();
        c.dbThreads = 2;
        c.enrolFailuresPerWindow = 1'000'000;   // the fuzzer is not a brute-forcer
        api = std::make_unique<api::ServerApi>(*db, c);
    }

    std::pair<std::int64_t, std::int64_t> state()
    {
        std::pair<std::int64_t, std::int64_t> out{-1, -1};
        db->transact(sql::TxMode::Read, [&](sql::Session &s) {
            out.first = store::readStream(s, terminalId).ackedThrough;
            out.second = store::readScopeHead(s, tenant, "global").seq;
        });
        return out;
    }
};

struct Endpoint
{
    const char *method, *path;
    bool admin;
};
constexpr Endpoint kEndpoints[] = {
    {"POST", "/v1/events", false},  {"POST", "/v1/pull", false},          {"POST", "/v1/snapshot", false},
    {"POST", "/v1/verify", false},  {"POST", "/v1/enrol", false},         {"POST", "/v1/admin/catalogue", true},
    {"POST", "/v1/admin/prices", true}, {"POST", "/v1/admin/terminals", true}, {"POST", "/v1/admin/stores", true},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static World world;
    if (size == 0) return 0;
    const Endpoint &e = kEndpoints[data[0] % std::size(kEndpoints)];
    http::HttpRequest request;
    request.method = e.method;
    request.path = e.path;
    request.peer = "127.0.0.1";
    request.requestId = store::newUuid();
    request.secure = true;
    request.headers.set("Content-Type", "application/json");
    request.headers.set("Authorization", "Bearer " + (e.admin ? world.adminToken : world.credential));
    request.body.assign(reinterpret_cast<const char *>(data + 1), size - 1);

    const auto before = world.state();
    auto capture = std::make_shared<Capture>();
    auto future = capture->answer.get_future();
    world.api->handle(std::move(request), capture);
    if (future.wait_for(std::chrono::seconds(30)) != std::future_status::ready) std::abort();
    const http::HttpResponse response = future.get();

    static const std::set<int> statuses{200, 201, 400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 503};
    if (!statuses.contains(response.status)) {
        std::fprintf(stderr, "unexpected status %d: %s\n", response.status, response.body.c_str());
        std::abort();
    }
    auto doc = sync::json::Document::parse(response.body, nullptr);
    if (!doc || !doc->root().isObject() || !doc->root().member("server_time").isInt()) {
        std::fprintf(stderr, "not a protocol answer: %s\n", response.body.c_str());
        std::abort();
    }
    if (response.status >= 400 && world.state() != before) {
        std::fprintf(stderr, "refused with %d but changed the server: %s\n", response.status, response.body.c_str());
        std::abort();
    }
    return 0;
}
