// Steady-state polling: many enrolled lanes, each up to date on `global`,
// `store:` and `stock:`, ask "anything new?" (POST /v1/pull, wait_ms 0) on
// kept-alive connections from a load generator with several threads (one
// HttpsClient per thread, cycling through its lanes) for a fixed time.
// Reference: the same generator against GET /healthz (TLS + HTTP + a trivial
// database read), the floor of any request. Server and generator share the
// machine's cores, so the CPU each used is measured too: the server's CPU per
// request is what says how many polls the cores could answer alone.
#include "tests/bench/server/bench_server.h"

#include <atomic>
#include <map>
#include <thread>

namespace retailos::server_bench {

namespace {

struct Request
{
    std::string method, path, body;
    std::vector<std::string> headers;
};

LoadResult load(test::ServerFixture &server, const std::vector<Request> &requests, int threads, double seconds)
{
    const int n = std::min<int>(threads, int(requests.size()));
    std::vector<std::unique_ptr<sync::HttpsClient>> clients;
    for (int t = 0; t < n; ++t) clients.push_back(newClient(server));
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(n));
    std::vector<std::int64_t> failures(std::size_t(n), 0);
    std::vector<std::string> firstFailure(static_cast<std::size_t>(n));
    std::vector<double> threadCpu(std::size_t(n), 0);
    std::atomic<bool> stop{false};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};

    auto worker = [&](int t) {
        auto &client = *clients[std::size_t(t)];
        std::vector<const Request *> mine;
        for (std::size_t i = std::size_t(t); i < requests.size(); i += std::size_t(n)) mine.push_back(&requests[i]);
        auto send = [&](const Request &r) {
            auto answer = client.request(r.method, r.path, r.body, r.headers);
            if (!answer || answer->status != 200) {
                ++failures[std::size_t(t)];
                if (firstFailure[std::size_t(t)].empty())
                    firstFailure[std::size_t(t)] = answer ? std::to_string(answer->status) + " " + answer->body
                                                          : answer.error().code + " " + answer.error().message;
            }
        };
        for (const Request *r : mine) send(*r);   // warm-up: connection, TLS session, statement caches
        failures[std::size_t(t)] = 0;
        firstFailure[std::size_t(t)].clear();
        auto &lat = latencies[std::size_t(t)];
        lat.reserve(1 << 20);
        ++ready;
        while (!go.load()) std::this_thread::yield();
        const double cpu0 = threadCpuSeconds();
        for (std::size_t i = 0; !stop.load(std::memory_order_relaxed); i = (i + 1) % mine.size()) {
            const auto start = std::chrono::steady_clock::now();
            send(*mine[i]);
            lat.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        }
        threadCpu[std::size_t(t)] = threadCpuSeconds() - cpu0;
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < n; ++t) pool.emplace_back(worker, t);
    while (ready.load() < n) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const double cpu0 = processCpuSeconds();
    const double db0 = databaseCpuSeconds(server);
    const auto start = std::chrono::steady_clock::now();
    go = true;
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto &th : pool) th.join();
    LoadResult r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.processCpu = processCpuSeconds() - cpu0;
    r.databaseCpu = databaseCpuSeconds(server) - db0;
    std::vector<double> all;
    for (int t = 0; t < n; ++t) {
        all.insert(all.end(), latencies[std::size_t(t)].begin(), latencies[std::size_t(t)].end());
        r.failures += failures[std::size_t(t)];
        r.generatorCpu += threadCpu[std::size_t(t)];
        if (r.firstFailure.empty()) r.firstFailure = firstFailure[std::size_t(t)];
    }
    r.requests = std::int64_t(all.size());
    r.p50us = percentileOf(all, 50);
    r.p99us = percentileOf(all, 99);
    return r;
}

std::string cursorOf(test::ServerFixture &server, const test::TestLane &lane, const std::string &scope)
{
    // A new lane's first sync: the snapshot's start cursor (every page carries it).
    const test::Answer a = server.call("POST", "/v1/snapshot", R"({"scope":")" + scope + R"(","max_rows":50000})",
                                       lane.credential);
    if (a.status != 200) fail("snapshot of " + scope + ": " + a.body);
    if (!a.root().member("next_page_token").isNull()) fail("snapshot of " + scope + " has more than one page");
    return a.root().member("start_cursor").dump();
}

} // namespace

void runPolling(const Options &o, test::ServerFixture &server)
{
    const int stores = std::max(1, std::min(10, o.pollLanes));
    const std::vector<test::TestLane> lanes = enrolLanes(server, o.pollLanes, stores);

    // A small catalogue so `global` is not empty; its snapshot gives the lanes' cursor.
    std::vector<std::string> skus;
    for (int i = 0; i < 100; ++i) skus.push_back("P" + std::to_string(100000 + i));
    if (server.admin("POST", "/v1/admin/catalogue", server.catalogueBody(skus)).status != 200) fail("catalogue");

    const std::string global = cursorOf(server, lanes.front(), "global");
    std::map<std::string, std::pair<std::string, std::string>> storeCursors;   // store → (store:, stock:)
    for (const test::TestLane &lane : lanes)
        if (!storeCursors.contains(lane.storeId))
            storeCursors[lane.storeId] = {cursorOf(server, lane, "store:" + lane.storeId),
                                          cursorOf(server, lane, "stock:" + lane.storeId)};

    std::vector<Request> polls, health;
    for (const test::TestLane &lane : lanes) {
        const auto &[storeCursor, stockCursor] = storeCursors[lane.storeId];
        Request r{"POST", "/v1/pull",
                  R"({"scopes":[{"scope":"global","cursor":)" + global + R"(},{"scope":"store:)" + lane.storeId
                      + R"(","cursor":)" + storeCursor + R"(},{"scope":"stock:)" + lane.storeId + R"(","cursor":)"
                      + stockCursor + R"(}],"max_changes":1000,"wait_ms":0})",
                  laneHeaders(lane, true)};
        polls.push_back(std::move(r));
        health.push_back({"GET", "/healthz", {}, {}});
    }
    // Each lane is up to date: nothing new, in all three scopes.
    {
        auto client = newClient(server);
        auto answer = client->request("POST", "/v1/pull", polls.front().body, polls.front().headers);
        if (!answer || answer->status != 200 || answer->body.find("\"snapshot_required\"") != std::string::npos
            || answer->body.find("\"has_more\":true") != std::string::npos)
            fail("a poll of an up-to-date lane: " + (answer ? answer->body : answer.error().message));
    }

    const LoadResult poll = load(server, polls, o.pollThreads, o.pollSeconds);
    const LoadResult floor = load(server, health, o.pollThreads, o.pollSeconds);
    if (poll.failures || floor.failures)
        fail("failed requests: " + std::to_string(poll.failures + floor.failures) + ": " + poll.firstFailure
             + floor.firstFailure);

    const int cores = int(std::thread::hardware_concurrency());
    const std::string shared = std::to_string(lanes.size()) + " lanes, " + std::to_string(o.pollThreads)
                               + " generator threads (libcurl, kept-alive TLS) in the same process as the server, sharing "
                               + std::to_string(cores) + " cores";
    auto rate = [](const LoadResult &r) { return double(r.requests) / r.seconds; };
    auto serverCpuUs = [](const LoadResult &r) {
        return (r.processCpu - r.generatorCpu + r.databaseCpu) / double(r.requests) * 1e6;
    };
    auto generatorShare = [](const LoadResult &r) {
        const double all = r.processCpu + r.databaseCpu;
        return all > 0 ? 100.0 * r.generatorCpu / all : 0;
    };

    printLine(o, {"poll_requests_per_s", rate(poll), "requests/s", "GET /healthz, same generator", rate(floor),
                  "≥ 10,000 requests/s on 2 cores (SQLite)", shared});
    printLine(o, {"poll_latency_p50", poll.p50us, "us", "GET /healthz p50", floor.p50us, {}, shared});
    printLine(o, {"poll_latency_p99", poll.p99us, "us", "GET /healthz p99", floor.p99us, {}, shared});
    printLine(o, {"poll_generator_cpu_share", generatorShare(poll), "%", "the same during GET /healthz",
                  generatorShare(floor), {},
                  "share of the CPU time (this process, plus PostgreSQL's processes on that back end) used by the load generator's threads (client TLS, libcurl)"});
    printLine(o, {"poll_server_cpu_per_request", serverCpuUs(poll), "us", "GET /healthz server CPU per request",
                  serverCpuUs(floor), {}, "process CPU minus the generator threads' CPU, plus PostgreSQL's processes' CPU on that back end, per request"});
    printLine(o, {"poll_server_capacity_estimate", double(cores) * 1e6 / serverCpuUs(poll), "requests/s",
                  "the same estimate for GET /healthz", double(cores) * 1e6 / serverCpuUs(floor),
                  "≥ 10,000 requests/s on 2 cores (SQLite)",
                  "cores / server CPU per request: the rate if the server had the cores to itself"});
}

} // namespace retailos::server_bench
