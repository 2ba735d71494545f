// Batched event ingest: several lanes upload batches of 500 events in
// parallel (POST /v1/events over HTTPS, one client per lane), for two kinds of
// event: `inventory.stock.moved.v1` (one stock change each) and real
// `pos.sale.completed.v1` sale documents made by the lane's own sale engine
// (sale row, lines, tenders, stock changes: the realistic case). References
// in the same run: the same events stored straight through
// store::ingestEvents inside Database::transact (no HTTP, no JSON request,
// no authentication: what the HTTP layer costs), and raw INSERTs of the same
// envelopes into a table with the events table's keys (the back end's floor).
#include "tests/bench/server/bench_server.h"

#include "core/sale/sale_session.h"
#include "sync/protocol/events/event_types.h"
#include "sync/server/store/event_effects.h"
#include "sync/server/store/event_ingest.h"
#include "sync/server/store/ids.h"
#include "tests/support/lane_fixture.h"

#include <thread>

namespace retailos::server_bench {

namespace store = retailos::server::store;
namespace sql = retailos::server::sql;

namespace {

namespace type = sync::events::type;

// One sale as the lane commits it (store-001, lane-01): its outbox event body.
struct SaleTemplate
{
    std::string document, saleId;
};

SaleTemplate laneSale()
{
    test::LaneFixture lane;
    auto &s = lane.session();
    if (!s.scan(test::KnownItems::milk) || !s.scan(test::KnownItems::milk) || !s.scan(test::KnownItems::soap))
        fail("scan");
    auto wine = s.scan(test::KnownItems::wine);
    if (!wine || !s.confirmAge(*wine)) fail("wine");
    Tender cash;
    cash.kind = TenderKind::Cash;
    cash.received = Money(5000, *Currency::fromCode(u"EUR"));
    if (!s.addTender(cash) || !s.complete()) fail("sale");
    auto q = lane.db().prepare("SELECT document, id FROM sales ORDER BY receipt_number DESC LIMIT 1");
    if (!q || !q->step().value_or(false)) fail("no sale stored");
    return {q->text(0).toStdString(), q->text(1).toStdString()};
}

void replaceAll(std::string &text, std::string_view from, std::string_view to)
{
    for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
        text.replace(at, from.size(), to);
}

std::string skuName(std::int64_t n) { return "SKU-" + std::to_string(100000 + n % 5000); }

// The sale again as if this lane sold it: its own id, store, lane and items.
std::string saleFor(const SaleTemplate &t, const test::TestLane &lane, std::int64_t n)
{
    std::string doc = t.document;
    replaceAll(doc, t.saleId, store::newUuid());
    replaceAll(doc, "\"store-001\"", "\"" + lane.storeId + "\"");
    replaceAll(doc, "\"lane-01\"", "\"" + lane.laneId + "\"");
    replaceAll(doc, "\"MILK\"", "\"" + skuName(n * 3) + "\"");
    replaceAll(doc, "\"SOAP\"", "\"" + skuName(n * 3 + 1) + "\"");
    replaceAll(doc, "\"WINE\"", "\"" + skuName(n * 3 + 2) + "\"");
    return doc;
}

struct Batch
{
    std::string body;                                // the HTTP request
    std::vector<store::IncomingEvent> events;   // the same for the direct reference
};

// Each lane's batches, chained from its first event.
std::vector<std::vector<Batch>> makeBatches(test::ServerFixture &server, std::vector<test::TestLane> &lanes,
                                            const Options &o, std::string_view eventType, const SaleTemplate *sale)
{
    std::vector<std::vector<Batch>> out(lanes.size());
    std::int64_t n = 0;
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        test::TestLane &lane = lanes[l];
        for (int b = 0; b < o.ingestBatches; ++b) {
            Batch batch;
            batch.body = "{\"events\":[";
            for (int i = 0; i < o.batchSize; ++i, ++n) {
                const std::string payload = sale ? saleFor(*sale, lane, n)
                                                 : test::ServerFixture::stockMovedPayload(skuName(n), -1000);
                const std::string previous = lane.lastHash;
                const std::string eventId = store::newUuid();
                batch.body += (i ? "," : "") + server.nextEvent(lane, eventType, payload, eventId);
                store::IncomingEvent e;
                e.eventId = eventId;
                e.seq = lane.seq;
                e.type = eventType;
                e.createdAt = store::nowMs();
                e.prevHash = previous;
                e.hash = lane.lastHash;
                e.payload = payload;
                batch.events.push_back(std::move(e));
            }
            batch.body += "]}";
            out[l].push_back(std::move(batch));
        }
    }
    return out;
}

// Runs `perLane(l)` on one thread per lane at once; seconds from start to the last.
template<typename F>
double parallel(std::size_t lanes, F perLane)
{
    std::vector<std::thread> threads;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t l = 0; l < lanes; ++l) threads.emplace_back(perLane, l);
    for (auto &t : threads) t.join();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct Timing
{
    double seconds = 0;              // the whole run
    std::vector<double> perBatch;    // each request / transaction
    std::string problem;             // non-empty: the run failed, and why
};

Timing overHttps(test::ServerFixture &server, const std::vector<test::TestLane> &lanes,
                 const std::vector<std::vector<Batch>> &batches)
{
    std::vector<std::string> problems(lanes.size());
    std::vector<std::vector<double>> perBatch(lanes.size());
    std::vector<std::unique_ptr<sync::HttpsClient>> clients;
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        clients.push_back(newClient(server));
        // Connected before the clock starts, as a lane is.
        auto a = clients.back()->request("GET", "/v1/session", {}, laneHeaders(lanes[l], false));
        if (!a || a->status != 200) fail("session before upload");
    }
    const double seconds = parallel(lanes.size(), [&](std::size_t l) {
        for (const Batch &b : batches[l]) {
            const auto batchStart = std::chrono::steady_clock::now();
            auto a = clients[l]->request("POST", "/v1/events", b.body, laneHeaders(lanes[l], true));
            perBatch[l].push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - batchStart).count());
            if (!a || a->status != 200) {
                problems[l] = a ? std::to_string(a->status) + " " + a->body.substr(0, 500) : a.error().message;
                return;
            }
            if (a->body.find("\"status\":\"applied\"") == std::string::npos
                || a->body.find("\"status\":\"rejected\"") != std::string::npos
                || a->body.find("\"status\":\"held\"") != std::string::npos) {
                problems[l] = "not applied: " + a->body.substr(0, 500);
                return;
            }
        }
    });
    Timing t{seconds, {}, {}};
    for (const std::string &p : problems)
        if (!p.empty() && t.problem.empty()) t.problem = "upload: " + p;
    for (const auto &lane : perBatch) t.perBatch.insert(t.perBatch.end(), lane.begin(), lane.end());
    return t;
}

store::TerminalIdentity identityOf(test::ServerFixture &server, const test::TestLane &lane)
{
    return {lane.terminalId, server.tenantId(), lane.storeId, lane.laneId, lane.laneId, {}};
}

Timing direct(test::ServerFixture &server, const std::vector<test::TestLane> &lanes,
              const std::vector<std::vector<Batch>> &batches)
{
    std::vector<std::string> problems(lanes.size());
    std::vector<std::vector<double>> perBatch(lanes.size());
    const double seconds = parallel(lanes.size(), [&](std::size_t l) {
        const auto terminal = identityOf(server, lanes[l]);
        for (const Batch &b : batches[l]) {
            std::string problem;
            const auto batchStart = std::chrono::steady_clock::now();
            const auto error = server.database().transact(sql::TxMode::Write, [&](sql::Session &s) {
                auto outcome = store::ingestEvents(s, terminal, "EUR", b.events, sync::events::isKnownEventType,
                                                           store::applyEvent, store::nowMs());
                problem.clear();
                if (!outcome) problem = outcome.error().message;
                else
                    for (const auto &r : outcome->results)
                        if (r.status != "applied") problem = r.status + " " + r.code + " " + r.message;
            });
            perBatch[l].push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - batchStart).count());
            if (error) problem = error->message;
            if (!problem.empty()) {
                problems[l] = problem;
                return;
            }
        }
    });
    Timing t{seconds, {}, {}};
    for (const std::string &p : problems)
        if (!p.empty() && t.problem.empty()) t.problem = "direct ingest: " + p;
    for (const auto &lane : perBatch) t.perBatch.insert(t.perBatch.end(), lane.begin(), lane.end());
    return t;
}

// The back end's floor: the same envelopes as plain INSERTs, 500 per
// transaction, into a table keyed like `events` (PRIMARY KEY terminal+seq,
// UNIQUE event_id).
double rawInserts(test::ServerFixture &server, const std::vector<test::TestLane> &lanes,
                  const std::vector<std::vector<Batch>> &batches, const std::string &table)
{
    const std::string blob = server.database().dialect() == sql::Dialect::Postgres ? "BYTEA" : "BLOB";
    const auto created = server.database().transact(sql::TxMode::Write, [&](sql::Session &s) {
        s.exec("CREATE TABLE " + table + " (tenant_id TEXT NOT NULL, terminal_id TEXT NOT NULL, seq BIGINT NOT NULL,"
               " event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, created_at BIGINT NOT NULL, received_at BIGINT NOT NULL,"
               " prev_hash TEXT NOT NULL, hash TEXT NOT NULL, payload " + blob + " NOT NULL, status TEXT NOT NULL,"
               " PRIMARY KEY (terminal_id, seq))");
    });
    if (created) fail("raw table: " + created->message);
    const std::string insert = "INSERT INTO " + table + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'applied')";
    std::vector<std::string> problems(lanes.size());
    const double seconds = parallel(lanes.size(), [&](std::size_t l) {
        for (const Batch &b : batches[l]) {
            const auto error = server.database().transact(sql::TxMode::Write, [&](sql::Session &s) {
                for (const auto &e : b.events)
                    s.exec(insert, {std::string_view(server.tenantId()), std::string_view(lanes[l].terminalId), e.seq,
                                    std::string_view(e.eventId), std::string_view(e.type), e.createdAt,
                                    store::nowMs(), std::string_view(e.prevHash), std::string_view(e.hash),
                                    sql::Blob{e.payload}});
            });
            if (error) {
                problems[l] = error->message;
                return;
            }
        }
    });
    for (const std::string &p : problems)
        if (!p.empty()) fail("raw inserts: " + p);
    return seconds;
}

// The back end's floor for sales with their effects: the rows one sale makes
// (its event, sale row, lines, tenders, stock ledger entries, stock levels,
// stock changes and records) as plain prepared statements, 500 sales per
// transaction, into tables keyed like the server's — no checks, no JSON, no
// savepoints, no change-log bookkeeping. How close ingest comes to this is
// what the server's own code costs; what is left is the database's work.
double effectsFloor(test::ServerFixture &server, const std::vector<test::TestLane> &lanes,
                    const std::vector<std::vector<Batch>> &batches, const std::string &prefix)
{
    const bool pg = server.database().dialect() == sql::Dialect::Postgres;
    const std::string blob = pg ? "BYTEA" : "BLOB", clustered = pg ? "" : " WITHOUT ROWID";
    const std::string t = prefix;
    const auto created = server.database().transact(sql::TxMode::Write, [&](sql::Session &s) {
        s.exec("CREATE TABLE " + t + "events (tenant_id TEXT NOT NULL, terminal_id TEXT NOT NULL, seq BIGINT NOT NULL,"
               " event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, created_at BIGINT NOT NULL, received_at BIGINT NOT NULL,"
               " prev_hash TEXT NOT NULL, hash TEXT NOT NULL, payload " + blob + " NOT NULL, status TEXT NOT NULL,"
               " PRIMARY KEY (terminal_id, seq))");
        s.exec("CREATE INDEX " + t + "events_status ON " + t + "events (tenant_id, status)");
        s.exec("CREATE TABLE " + t + "sales (tenant_id TEXT NOT NULL, sale_id TEXT NOT NULL, store_id TEXT NOT NULL,"
               " event_id TEXT NOT NULL, receipt_number BIGINT NOT NULL, completed_at BIGINT NOT NULL,"
               " total BIGINT NOT NULL, customer_id TEXT, PRIMARY KEY (tenant_id, sale_id))");
        s.exec("CREATE INDEX " + t + "sales_by_store ON " + t + "sales (tenant_id, store_id, completed_at)");
        s.exec("CREATE INDEX " + t + "sales_by_customer ON " + t + "sales (tenant_id, customer_id)");
        s.exec("CREATE TABLE " + t + "lines (tenant_id TEXT NOT NULL, sale_id TEXT NOT NULL, line_no BIGINT NOT NULL,"
               " sku TEXT NOT NULL, quantity_milli BIGINT NOT NULL, amount BIGINT NOT NULL,"
               " PRIMARY KEY (tenant_id, sale_id, line_no))" + clustered);
        s.exec("CREATE TABLE " + t + "tenders (tenant_id TEXT NOT NULL, sale_id TEXT NOT NULL, tender_no BIGINT NOT NULL,"
               " kind TEXT NOT NULL, amount BIGINT NOT NULL, PRIMARY KEY (tenant_id, sale_id, tender_no))" + clustered);
        s.exec("CREATE TABLE " + t + "ledger (tenant_id TEXT NOT NULL, event_id TEXT NOT NULL, item_no BIGINT NOT NULL,"
               " store_id TEXT NOT NULL, sku TEXT NOT NULL, delta_milli BIGINT NOT NULL, ref_id TEXT NOT NULL,"
               " PRIMARY KEY (tenant_id, event_id, item_no))" + clustered);
        s.exec("CREATE TABLE " + t + "stock (tenant_id TEXT NOT NULL, store_id TEXT NOT NULL, sku TEXT NOT NULL,"
               " quantity_milli BIGINT NOT NULL, PRIMARY KEY (tenant_id, store_id, sku))" + clustered);
        s.exec("CREATE TABLE " + t + "changes (tenant_id TEXT NOT NULL, scope TEXT NOT NULL, seq BIGINT NOT NULL,"
               " record_key TEXT NOT NULL, data TEXT, PRIMARY KEY (tenant_id, scope, seq))" + clustered);
        s.exec("CREATE TABLE " + t + "records (tenant_id TEXT NOT NULL, scope TEXT NOT NULL, record_key TEXT NOT NULL,"
               " data TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (tenant_id, scope, record_key))" + clustered);
    });
    if (created) fail("floor tables: " + created->message);
    // The sales as the server sees them, parsed before the clock starts.
    std::vector<std::vector<std::vector<sync::events::SaleCompleted>>> sales(lanes.size());
    for (std::size_t l = 0; l < lanes.size(); ++l)
        for (const Batch &b : batches[l]) {
            sales[l].emplace_back();
            for (const auto &e : b.events) {
                auto parsed = sync::events::parseEventPayload(e.type, e.payload, {lanes[l].storeId, lanes[l].laneId, "EUR"});
                if (!parsed) fail("floor: " + parsed.error().message);
                sales[l].back().push_back(std::get<sync::events::SaleCompleted>(*parsed));
            }
        }
    std::vector<std::int64_t> scopeSeq(lanes.size(), 0);   // one stock scope per lane: no shared counter
    std::vector<std::string> problems(lanes.size());
    const std::string tenant = server.tenantId();
    const double seconds = parallel(lanes.size(), [&](std::size_t l) {
        const std::string scope = "floor:" + lanes[l].terminalId;
        for (std::size_t b = 0; b < batches[l].size(); ++b) {
            const auto error = server.database().transact(sql::TxMode::Write, [&](sql::Session &s) {
                for (std::size_t i = 0; i < batches[l][b].events.size(); ++i) {
                    const auto &e = batches[l][b].events[i];
                    const auto &sale = sales[l][b][i];
                    s.exec("INSERT INTO " + t + "events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'applied')",
                           {std::string_view(tenant), std::string_view(lanes[l].terminalId), e.seq,
                            std::string_view(e.eventId), std::string_view(e.type), e.createdAt, e.createdAt,
                            std::string_view(e.prevHash), std::string_view(e.hash), sql::Blob{e.payload}});
                    s.exec("INSERT INTO " + t + "sales VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL)",
                           {std::string_view(tenant), std::string_view(sale.saleId), std::string_view(sale.storeId),
                            std::string_view(e.eventId), sale.receiptNumber, sale.completedAt, sale.total});
                    for (const auto &line : sale.lines) {
                        s.exec("INSERT INTO " + t + "lines VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               {std::string_view(tenant), std::string_view(sale.saleId), line.lineNo,
                                std::string_view(line.sku), line.quantityMilli, line.unitPrice});
                        s.exec("INSERT INTO " + t + "ledger VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               {std::string_view(tenant), std::string_view(e.eventId), line.lineNo,
                                std::string_view(sale.storeId), std::string_view(line.sku), -line.quantityMilli,
                                std::string_view(sale.saleId)});
                        std::int64_t level = 0;
                        {
                            auto rows = s.query("INSERT INTO " + t + "stock VALUES (?1, ?2, ?3, ?4) ON CONFLICT"
                                                " (tenant_id, store_id, sku) DO UPDATE SET quantity_milli = " + t
                                                    + "stock.quantity_milli + excluded.quantity_milli RETURNING quantity_milli",
                                                {std::string_view(tenant), std::string_view(sale.storeId),
                                                 std::string_view(line.sku), -line.quantityMilli});
                            if (rows->next()) level = rows->integer(0);
                        }
                        const std::string data = "{\"quantity_milli\":" + std::to_string(level) + ",\"sku\":\"" + line.sku + "\"}";
                        const std::int64_t seq = ++scopeSeq[l];
                        s.exec("INSERT INTO " + t + "changes VALUES (?1, ?2, ?3, ?4, ?5)",
                               {std::string_view(tenant), std::string_view(scope), seq, std::string_view(line.sku),
                                std::string_view(data)});
                        s.exec("INSERT INTO " + t + "records VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, scope,"
                               " record_key) DO UPDATE SET data = excluded.data, seq = excluded.seq",
                               {std::string_view(tenant), std::string_view(scope), std::string_view(line.sku),
                                std::string_view(data), seq});
                    }
                    for (std::size_t n = 0; n < sale.tenders.size(); ++n)
                        s.exec("INSERT INTO " + t + "tenders VALUES (?1, ?2, ?3, ?4, ?5)",
                               {std::string_view(tenant), std::string_view(sale.saleId), std::int64_t(n + 1),
                                std::string_view(sale.tenders[n].kind), sale.tenders[n].amount});
                }
            });
            if (error) {
                problems[l] = error->message;
                return;
            }
        }
    });
    for (const std::string &p : problems)
        if (!p.empty()) fail("effects floor: " + p);
    return seconds;
}

void measure(const Options &o, test::ServerFixture &server, const std::string &name, std::string_view eventType,
             const SaleTemplate *sale, int &laneSets)
{
    const int stores = std::max(1, std::min(4, o.ingestLanes));
    // Fresh lanes for the HTTPS run and for the direct run: each stream starts at seq 1.
    const std::string prefix = name.substr(0, 4) + std::to_string(++laneSets);
    std::vector<test::TestLane> viaHttp = enrolLanes(server, o.ingestLanes, stores, prefix + "h-");
    std::vector<test::TestLane> viaStore = enrolLanes(server, o.ingestLanes, stores, prefix + "d-");
    const auto httpBatches = makeBatches(server, viaHttp, o, eventType, sale);
    const auto storeBatches = makeBatches(server, viaStore, o, eventType, sale);
    const double events = double(o.ingestLanes) * o.ingestBatches * o.batchSize;
    std::size_t bodyBytes = 0;
    for (const auto &lane : httpBatches)
        for (const Batch &b : lane) bodyBytes += b.body.size();

    // The direct run first and the HTTPS run second: the HTTPS run then meets the larger tables.
    const Timing directRun = direct(server, viaStore, storeBatches);
    const Timing httpRun = overHttps(server, viaHttp, httpBatches);
    const double directSeconds = directRun.seconds, httpSeconds = httpRun.seconds;
    if (!directRun.problem.empty() || !httpRun.problem.empty()) {
        // A figure that could not be measured is still a line: the failure is the finding.
        printLine(o, {name + "_events_per_s", 0, "events/s", "failed", 0, "≥ 20,000 events/s on 2 cores",
                      "FAILED: " + directRun.problem + (directRun.problem.empty() ? "" : "; ") + httpRun.problem});
        return;
    }
    const double rawSeconds = rawInserts(server, viaStore, storeBatches, "bench_raw_" + prefix.substr(0, 4) + std::to_string(laneSets));

    const std::string setup = std::to_string(o.ingestLanes) + " lanes in " + std::to_string(stores) + " stores in parallel, "
                              + std::to_string(o.ingestBatches) + " batches of " + std::to_string(o.batchSize)
                              + " events each (" + std::to_string(bodyBytes / std::size_t(o.ingestLanes * o.ingestBatches) / 1024)
                              + " KiB per request); server and lanes share " + std::to_string(std::thread::hardware_concurrency())
                              + " cores";
    printLine(o, {name + "_events_per_s", events / httpSeconds, "events/s",
                  "the same events through store::ingestEvents in Database::transact, no HTTP", events / directSeconds,
                  "≥ 20,000 events/s on 2 cores", setup});
    printLine(o, {name + "_batch_p99_seconds", percentileOf(httpRun.perBatch, 99), "s",
                  "the direct path's p99 per batch", percentileOf(directRun.perBatch, 99),
                  "well under 15 s: a lane gives up on a request that sends nothing for 15 s (R-3.6)",
                  "one upload of " + std::to_string(o.batchSize) + " events, from request to answer, while "
                      + std::to_string(o.ingestLanes) + " lanes upload at once"});
    printLine(o, {name + "_raw_insert_events_per_s", events / rawSeconds, "events/s",
                  "the same envelopes over HTTPS (figure above)", events / httpSeconds, {},
                  "plain INSERTs, 500 per transaction, into a table with the events table's keys: the back end's floor"});
    if (sale) {
        const double floorSeconds = effectsFloor(server, viaStore, storeBatches, "bench_floor" + std::to_string(laneSets) + "_");
        printLine(o, {name + "_effects_floor_events_per_s", events / floorSeconds, "events/s",
                      "the same sales over HTTPS (figure above)", events / httpSeconds, {},
                      "each sale's rows (event, sale, lines, tenders, stock ledger, stock levels, stock changes and"
                      " records) as plain prepared statements, 500 sales per transaction, no checks: the back end's"
                      " floor for sales with their effects"});
    }
}

} // namespace

void runIngest(const Options &o, test::ServerFixture &server)
{
    int laneSets = 0;
    measure(o, server, "ingest_stock_moved", type::kStockMoved, nullptr, laneSets);
    const SaleTemplate sale = laneSale();
    measure(o, server, "ingest_sale", type::kSaleCompleted, &sale, laneSets);
}

} // namespace retailos::server_bench
