// Shared parts of bench_server: the options, the server under test (an
// in-process retailos-server on loopback TLS with a fresh SQLite or
// PostgreSQL database, tests/support/server_fixture.h), and the JSON line of
// one figure (backend and core count in every line: the server and the load
// generator share the machine's cores).
#pragma once

#include "sync/client/https_client.h"
#include "tests/support/server_fixture.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace retailos::server_bench {

struct Options
{
    std::string backend = "sqlite";     // sqlite | postgresql
    bool postgresDurable = true;        // fsync and synchronous_commit back on (the test instance turns them off)
    // Polling
    int pollLanes = 200;
    int pollThreads = 4;
    double pollSeconds = 10;
    // Ingest
    int ingestLanes = 8;
    int ingestBatches = 10;             // per lane and kind
    int batchSize = 500;
    // Snapshot
    int products = 1'000'000;
    int loadBatch = 50'000;
    int pageRows = 20'000;
};

// One figure beside its same-run reference.
struct Line
{
    std::string figure;
    double value = 0;
    std::string unit;
    std::string reference;        // what it is compared with, measured in the same run
    double referenceValue = 0;
    std::string target;           // the bar, in words (docs/performance targets)
    std::string note;             // what a reader needs to read the figure right
};

void printLine(const Options &o, const Line &line);

// Why the benchmark cannot go on, on stderr, and exit 1.
[[noreturn]] void fail(const std::string &what);

// A new HTTPS client of the server under test (one per thread: not thread-safe).
std::unique_ptr<sync::HttpsClient> newClient(test::ServerFixture &server);

// The headers a lane sends with every terminal request and its credential.
std::vector<std::string> laneHeaders(const test::TestLane &lane, bool jsonBody);

// CPU seconds used so far by this process / by the calling thread.
double processCpuSeconds();
double threadCpuSeconds();
// CPU seconds used so far by the database server's own processes (the
// PostgreSQL postmaster and its backends); 0 for SQLite, which runs in ours.
double databaseCpuSeconds(test::ServerFixture &server);

// Lanes enrolled through the admin API, spread over `stores` stores "store-001"…
std::vector<test::TestLane> enrolLanes(test::ServerFixture &server, int lanes, int stores,
                                       const std::string &lanePrefix = "lane-");

// The three benchmarks; each prints its lines.
void runPolling(const Options &o, test::ServerFixture &server);
void runIngest(const Options &o, test::ServerFixture &server);
void runSnapshot(const Options &o, test::ServerFixture &server);

// Latency summary of one timed run.
struct LoadResult
{
    std::int64_t requests = 0, failures = 0;
    double seconds = 0;
    double p50us = 0, p99us = 0;
    double processCpu = 0, generatorCpu = 0;   // CPU seconds used during the run
    double databaseCpu = 0;                    // PostgreSQL's processes during the run
    std::string firstFailure;
};

double percentileOf(std::vector<double> samples, double p);

} // namespace retailos::server_bench
