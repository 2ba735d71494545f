// retailos-server benchmarks (docs/performance.md, "Server"): steady-state
// polling, batched event ingest and the 1,000,000-product snapshot, on SQLite
// or a private PostgreSQL, each figure beside a reference measured in the same
// run. The server runs in this process (real Beast HTTPS listener on
// 127.0.0.1, real API and store) and shares the machine's cores with the load
// generator (real libcurl HttpsClient, one per thread, as lanes use it).
//   bench_server [--backend sqlite|postgresql] [--only polling,ingest,snapshot]
//                [--poll-lanes N] [--poll-threads N] [--poll-seconds S]
//                [--ingest-lanes N] [--ingest-batches N] [--batch N]
//                [--products N] [--load-batch N] [--page-rows N] [--postgres-as-tested] [--log-file F]
#include "tests/bench/server/bench_server.h"

#include "core/logging/log.h"
#include "tests/support/private_postgres.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <set>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

namespace retailos::server_bench {

namespace sql = retailos::server::sql;

void printLine(const Options &o, const Line &l)
{
    QJsonObject j{{u"bench"_qs, u"server"_qs},
                  {u"backend"_qs, QString::fromStdString(o.backend)},
                  {u"figure"_qs, QString::fromStdString(l.figure)},
                  {u"value"_qs, l.value},
                  {u"unit"_qs, QString::fromStdString(l.unit)},
                  {u"cores"_qs, int(std::thread::hardware_concurrency())}};
    if (!l.reference.empty()) {
        j.insert(u"reference"_qs, QString::fromStdString(l.reference));
        j.insert(u"reference_value"_qs, l.referenceValue);
        if (l.referenceValue > 0) j.insert(u"ratio"_qs, l.value / l.referenceValue);
    }
    if (!l.target.empty()) j.insert(u"target"_qs, QString::fromStdString(l.target));
    if (!l.note.empty()) j.insert(u"note"_qs, QString::fromStdString(l.note));
    std::printf("%s\n", QJsonDocument(j).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void fail(const std::string &what)
{
    std::fprintf(stderr, "bench_server: %s\n", what.c_str());
    std::exit(1);
}

std::unique_ptr<sync::HttpsClient> newClient(test::ServerFixture &server)
{
    sync::HttpsClientConfig config;
    config.baseUrl = server.baseUrl();
    config.caFile = server.caFile();
    config.totalTimeout = std::chrono::milliseconds(600'000);
    config.maxResponseBodyBytes = 64 * 1024 * 1024;
    // A lane gives up on a request that sends nothing for 15 s; the
    // benchmark waits, and reports how long the slowest batch took instead.
    config.lowSpeedTime = std::chrono::seconds(600);
    return std::make_unique<sync::HttpsClient>(config);
}

std::vector<std::string> laneHeaders(const test::TestLane &lane, bool jsonBody)
{
    std::vector<std::string> h{"Authorization: Bearer " + lane.credential, "Retailos-Software: retailos/bench",
                               "Retailos-Outbox-Head: " + std::to_string(lane.seq), "Retailos-Clock-Offset: 0"};
    if (jsonBody) h.push_back("Content-Type: application/json");
    return h;
}

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

namespace {

// utime + stime of one process, and its parent, from /proc/<pid>/stat.
bool readStat(const std::string &pid, long *parent, double *cpuSeconds)
{
    std::FILE *f = std::fopen(("/proc/" + pid + "/stat").c_str(), "r");
    if (!f) return false;
    char buffer[1024];
    const std::size_t n = std::fread(buffer, 1, sizeof buffer - 1, f);
    std::fclose(f);
    buffer[n] = 0;
    const char *afterName = std::strrchr(buffer, ')');   // the name may hold spaces
    if (!afterName) return false;
    char state = 0;
    long ppid = 0;
    unsigned long utime = 0, stime = 0;
    if (std::sscanf(afterName + 2, "%c %ld %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &state, &ppid, &utime, &stime) != 4)
        return false;
    *parent = ppid;
    *cpuSeconds = double(utime + stime) / double(sysconf(_SC_CLK_TCK));
    return true;
}

} // namespace

double databaseCpuSeconds(test::ServerFixture &server)
{
    if (server.backend() != "postgresql") return 0;
    std::int64_t backend = 0;
    server.database().transact(sql::TxMode::Read, [&](sql::Session &s) {
        backend = s.queryInt("SELECT pg_backend_pid()").value_or(0);
    });
    long postmaster = 0;
    double ignored = 0;
    if (backend <= 0 || !readStat(std::to_string(backend), &postmaster, &ignored)) return 0;
    double total = 0;
    for (const auto &entry : std::filesystem::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || !std::isdigit(static_cast<unsigned char>(name[0]))) continue;
        long parent = 0;
        double cpu = 0;
        if (readStat(name, &parent, &cpu) && (parent == postmaster || std::stol(name) == postmaster)) total += cpu;
    }
    return total;
}

double percentileOf(std::vector<double> samples, double p)
{
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

std::vector<test::TestLane> enrolLanes(test::ServerFixture &server, int lanes, int stores,
                                       const std::string &lanePrefix)
{
    std::vector<test::TestLane> out;
    for (int i = 0; i < lanes; ++i) {
        char store[32], lane[48];
        std::snprintf(store, sizeof store, "store-%03d", i % stores + 1);
        std::snprintf(lane, sizeof lane, "%s%03d", lanePrefix.c_str(), i / stores + 1);
        if (i < stores && !server.createStore(store)) fail(std::string("cannot create ") + store);
        test::TestLane l = server.enrolLane(store, lane);
        if (l.terminalId.empty()) fail(std::string("cannot enrol ") + store + "/" + lane);
        out.push_back(std::move(l));
    }
    return out;
}

namespace {

// The private PostgreSQL runs with fsync, synchronous_commit and full-page
// writes off (a test instance need not survive a power cut); a benchmark of
// ingest must pay for durability like a real server. All three take effect on
// a configuration reload, so psql turns them back on without a restart.
void makePostgresDurable(test::PrivatePostgres &pg)
{
    const QString psql = u"/usr/lib/postgresql/15/bin/psql"_qs;
    QProcess p;
    p.setProgram(psql);
    p.setArguments({pg.url(u"postgres"_qs), u"-v"_qs, u"ON_ERROR_STOP=1"_qs, u"-q"_qs,
                    u"-c"_qs, u"ALTER SYSTEM SET fsync = on"_qs,
                    u"-c"_qs, u"ALTER SYSTEM SET synchronous_commit = on"_qs,
                    u"-c"_qs, u"ALTER SYSTEM SET full_page_writes = on"_qs,
                    u"-c"_qs, u"SELECT pg_reload_conf()"_qs});
    p.start();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        fail("cannot turn fsync on in the private PostgreSQL: " + p.readAllStandardError().toStdString());
    std::this_thread::sleep_for(std::chrono::milliseconds(500));   // the reload is asynchronous
}

} // namespace

} // namespace retailos::server_bench

using namespace retailos;
using namespace retailos::server_bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_server"_qs);
    QCommandLineParser parser;
    parser.addHelpOption();
    Options o;
    auto opt = [&](const char *name, const char *help, const QString &def) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(help), u"value"_qs, def);
        parser.addOption(option);
        return option;
    };
    const auto backendOpt = opt("backend", "sqlite or postgresql.", u"sqlite"_qs);
    const auto onlyOpt = opt("only", "Comma-separated: polling, ingest, snapshot.", u"polling,ingest,snapshot"_qs);
    const auto pollLanesOpt = opt("poll-lanes", "Simulated terminals polling.", QString::number(o.pollLanes));
    const auto pollThreadsOpt = opt("poll-threads", "Load generator threads.", QString::number(o.pollThreads));
    const auto pollSecondsOpt = opt("poll-seconds", "Seconds per timed polling run.", QString::number(o.pollSeconds));
    const auto ingestLanesOpt = opt("ingest-lanes", "Lanes uploading in parallel.", QString::number(o.ingestLanes));
    const auto ingestBatchesOpt = opt("ingest-batches", "Batches per lane and event kind.", QString::number(o.ingestBatches));
    const auto batchOpt = opt("batch", "Events per upload (≤ 500).", QString::number(o.batchSize));
    const auto productsOpt = opt("products", "Products in the snapshot catalogue.", QString::number(o.products));
    const auto loadBatchOpt = opt("load-batch", "Catalogue records per load transaction (≤ 50 000).", QString::number(o.loadBatch));
    const auto pageRowsOpt = opt("page-rows", "Rows per snapshot page.", QString::number(o.pageRows));
    const QCommandLineOption asTestedOpt(u"postgres-as-tested"_qs,
                                         u"Keep the test instance's fsync=off (not durable)."_qs);
    parser.addOption(asTestedOpt);
    const auto logFileOpt = opt("log-file", "Server log (with the access log) to this file; default: warnings only.", QString());
    parser.process(app);

    o.backend = parser.value(backendOpt).toStdString();
    if (o.backend != "sqlite" && o.backend != "postgresql") fail("--backend is sqlite or postgresql");
    o.postgresDurable = !parser.isSet(asTestedOpt);
    o.pollLanes = parser.value(pollLanesOpt).toInt();
    o.pollThreads = std::max(1, parser.value(pollThreadsOpt).toInt());
    o.pollSeconds = parser.value(pollSecondsOpt).toDouble();
    o.ingestLanes = std::max(1, parser.value(ingestLanesOpt).toInt());
    o.ingestBatches = std::max(1, parser.value(ingestBatchesOpt).toInt());
    o.batchSize = std::clamp(parser.value(batchOpt).toInt(), 1, 500);
    o.products = std::max(1, parser.value(productsOpt).toInt());
    o.loadBatch = std::clamp(parser.value(loadBatchOpt).toInt(), 1, 50000);
    o.pageRows = std::clamp(parser.value(pageRowsOpt).toInt(), 1, 50000);
    std::set<std::string> only;
    for (const QString &part : parser.value(onlyOpt).split(u',', Qt::SkipEmptyParts)) only.insert(part.trimmed().toStdString());

    log::LogConfig logConfig;
    logConfig.level = log::Level::Warn;
    if (parser.isSet(logFileOpt)) {
        logConfig.level = log::Level::Info;
        logConfig.file = parser.value(logFileOpt);
        logConfig.console = false;
    }
    if (auto r = log::init(logConfig); !r) fail("log: " + r.error().message.toStdString());

    std::unique_ptr<test::PrivatePostgres> postgres;
    if (o.backend == "postgresql") {
        postgres = std::make_unique<test::PrivatePostgres>();
        if (const QString e = postgres->start(); !e.isEmpty()) fail("PostgreSQL: " + e.toStdString());
        if (o.postgresDurable) makePostgresDurable(*postgres);
    }

    // A fresh server and database per benchmark: one's data never slows another.
    auto run = [&](const char *name, void (*benchmark)(const Options &, test::ServerFixture &)) {
        if (!only.contains(name)) return;
        test::ServerFixture server(postgres.get());
        if (const QString e = server.start(); !e.isEmpty()) fail("server: " + e.toStdString());
        benchmark(o, server);
        server.stop();
    };
    run("polling", runPolling);
    run("ingest", runIngest);
    run("snapshot", runSnapshot);
    postgres.reset();
    log::shutdown();
    return 0;
}
