// The 1,000,000-product snapshot, serve side: the catalogue (products with a
// barcode each, plus a chain price each) is loaded through the store's admin
// path (store::writeCatalogue / writePrices, 50,000 records per transaction,
// as retailos-admin batches them), then a new lane fetches the whole `global`
// snapshot over HTTPS in pages of 20,000 rows (gzip: the client asks, the
// server compresses). References in the same run: plain INSERTs of as many
// rows into a table shaped like `records` (for the load), and one plain
// SELECT of every row of the scope in `records` (for the serve).
#include "tests/bench/server/bench_server.h"

#include "sync/protocol/json.h"
#include "sync/server/store/admin_catalogue.h"
#include "sync/server/store/ids.h"

#include <thread>

namespace retailos::server_bench {

namespace store = retailos::server::store;
namespace sql = retailos::server::sql;

namespace {

using Seconds = std::chrono::duration<double>;
using sync::json::Writer;

std::string sku(int i) { return "P" + std::to_string(1'000'000 + i); }

// A GTIN-14 (leading 0 + EAN-13) with its check digit.
std::string gtin(int i)
{
    const std::string d = "0400" + std::to_string(100'000'000 + i);   // 13 digits
    int sum = 0;
    for (std::size_t k = 0; k < 13; ++k) sum += (d[k] - '0') * (k % 2 == 0 ? 3 : 1);
    return d + char('0' + (10 - sum % 10) % 10);
}

// The department, tax rate and tax class every product refers to.
std::string headerBody(int, int)
{
    Writer w;
    w.beginObject();
    w.key("departments").beginArray().beginObject().field("id", "D1").field("name", "Grocery").endObject().endArray();
    w.key("tax_rates").beginArray().beginObject().field("id", "R19").field("name", "Standard").field("rate_ppm", 190000)
        .endObject().endArray();
    w.key("tax_classes").beginArray().beginObject().field("id", "T1").field("name", "Standard").key("rate_ids")
        .beginArray().value("R19").endArray().endObject().endArray();
    w.endObject();
    return w.take();
}

std::string productsBody(int from, int to)
{
    Writer w;
    w.beginObject();
    w.key("products").beginArray();
    for (int i = from; i < to; ++i)
        w.beginObject().field("sku", sku(i)).field("name", "Product " + std::to_string(i) + " 500 g").field("department_id", "D1")
            .field("tax_class_id", "T1").field("unit", "each").field("age_limit", 0).field("returnable", true)
            .field("active", true).key("barcodes").beginArray().value(gtin(i)).endArray().endObject();
    w.endArray().endObject();
    return w.take();
}

std::string pricesBody(int from, int to, std::int64_t effectiveFrom)
{
    Writer w;
    w.beginObject().key("prices").beginArray();
    for (int i = from; i < to; ++i)
        w.beginObject().field("sku", sku(i)).nullField("store_id").field("amount", 99 + i % 2000).field("currency", "EUR")
            .field("effective_from", effectiveFrom).nullField("effective_to").endObject();
    w.endArray().endObject();
    return w.take();
}

// Seconds to load `count` records in batches through `write`.
template<typename MakeBody, typename Write>
double load(test::ServerFixture &server, int count, int batch, MakeBody makeBody, Write write, const char *what)
{
    store::AdminIdentity admin{"bench", server.tenantId(), "tenant_admin", {}};
    double seconds = 0;
    for (int from = 0; from < count; from += batch) {
        const int to = std::min(count, from + batch);
        const std::string body = makeBody(from, to);   // the request's text: not part of the load time
        std::string error;
        const auto start = std::chrono::steady_clock::now();
        auto doc = sync::json::Document::parse(body, &error);
        if (!doc) fail(std::string(what) + " body: " + error);
        std::string problem;
        const auto txError = server.database().transact(sql::TxMode::Write, [&](sql::Session &s) {
            auto counts = write(s, admin, doc->root(), store::nowMs());
            problem = counts ? std::string() : counts.error().message;
        });
        seconds += Seconds(std::chrono::steady_clock::now() - start).count();
        if (txError) fail(std::string(what) + ": " + txError->message);
        if (!problem.empty()) fail(std::string(what) + ": " + problem);
    }
    return seconds;
}

// Plain INSERTs of `count` rows of about a product's size into a table keyed like `records`.
double rawLoad(test::ServerFixture &server, int count, int batch)
{
    const auto created = server.database().transact(sql::TxMode::Write, [](sql::Session &s) {
        s.exec("CREATE TABLE bench_records (tenant_id TEXT NOT NULL, scope TEXT NOT NULL, kind TEXT NOT NULL,"
               " record_key TEXT NOT NULL, data TEXT NOT NULL, row_hash BIGINT NOT NULL, seq BIGINT NOT NULL,"
               " PRIMARY KEY (tenant_id, scope, kind, record_key))");
    });
    if (created) fail("raw table: " + created->message);
    const std::string data(230, 'x');
    double seconds = 0;
    for (int from = 0; from < count; from += batch) {
        const auto start = std::chrono::steady_clock::now();
        const auto error = server.database().transact(sql::TxMode::Write, [&](sql::Session &s) {
            for (int i = from; i < std::min(count, from + batch); ++i) {
                const std::string key = sku(i);
                s.exec("INSERT INTO bench_records VALUES (?1, 'global', 'product', ?2, ?3, ?4, ?5)",
                       {std::string_view(server.tenantId()), std::string_view(key), std::string_view(data),
                        std::int64_t(i) * 7919, std::int64_t(i)});
            }
        });
        seconds += Seconds(std::chrono::steady_clock::now() - start).count();
        if (error) fail("raw inserts: " + error->message);
    }
    return seconds;
}

} // namespace

void runSnapshot(const Options &o, test::ServerFixture &server)
{
    const int batch = std::min(o.loadBatch, o.products);
    const std::int64_t effectiveFrom = (store::nowMs() / 1000 - 86400) * 1000;
    const double productSeconds = load(server, 1, 1, headerBody, store::writeCatalogue, "departments and taxes")
                                  + load(server, o.products, batch, productsBody, store::writeCatalogue, "products");
    const double priceSeconds = load(
        server, o.products, batch, [&](int from, int to) { return pricesBody(from, to, effectiveFrom); },
        store::writePrices, "prices");
    const double rawSeconds = rawLoad(server, o.products, batch);
    const double records = 2.0 * o.products;
    printLine(o, {"catalogue_load_records_per_s", records / (productSeconds + priceSeconds), "records/s",
                  "plain INSERTs of as many rows of a product's size into a table keyed like records",
                  double(o.products) / rawSeconds, {},
                  std::to_string(o.products) + " products (one barcode each) and " + std::to_string(o.products)
                      + " chain prices through store::writeCatalogue / writePrices (each record also a change),"
                        " batches of " + std::to_string(batch) + " per transaction, JSON parse included"});
    printLine(o, {"catalogue_load_seconds", productSeconds + priceSeconds, "s", "the plain INSERTs", rawSeconds, {},
                  "products " + std::to_string(productSeconds) + " s, prices " + std::to_string(priceSeconds) + " s"});

    // A new lane's first sync of `global`, page by page.
    if (!server.createStore("store-001")) fail("store");
    const test::TestLane lane = server.enrolLane("store-001", "lane-001");
    if (lane.terminalId.empty()) fail("enrol");
    auto client = newClient(server);
    std::string token = "null";
    std::int64_t rows = 0, pages = 0, bodyBytes = 0;
    double parseSeconds = 0, firstPageSeconds = 0, lastPageSeconds = 0;
    const auto start = std::chrono::steady_clock::now();
    do {
        const auto pageStart = std::chrono::steady_clock::now();
        auto answer = client->request("POST", "/v1/snapshot",
                                      R"({"scope":"global","max_rows":)" + std::to_string(o.pageRows) + R"(,"page_token":)"
                                          + token + "}",
                                      laneHeaders(lane, true));
        const double pageSeconds = Seconds(std::chrono::steady_clock::now() - pageStart).count();
        if (!answer || answer->status != 200)
            fail("snapshot page " + std::to_string(pages + 1) + ": " + (answer ? answer->body.substr(0, 300) : answer.error().message));
        bodyBytes += std::int64_t(answer->body.size());
        const auto parseStart = std::chrono::steady_clock::now();
        std::string error;
        auto doc = sync::json::Document::parse(answer->body, &error);
        if (!doc) fail("snapshot page: " + error);
        const auto pageRows = std::int64_t(doc->root().member("rows").size());
        rows += pageRows;
        if (pages == 0) firstPageSeconds = pageSeconds;
        if (pageRows == o.pageRows) lastPageSeconds = pageSeconds;   // the deepest full page
        const auto next = doc->root().member("next_page_token");
        token = next.isNull() ? "null" : next.dump();
        parseSeconds += Seconds(std::chrono::steady_clock::now() - parseStart).count();
        ++pages;
    } while (token != "null");
    const double totalSeconds = Seconds(std::chrono::steady_clock::now() - start).count();
    const std::int64_t expected = 2 * std::int64_t(o.products) + 3;   // + department, tax rate, tax class
    if (rows != expected) fail("the snapshot had " + std::to_string(rows) + " rows, expected " + std::to_string(expected));

    // The reference: every row of the scope by one plain SELECT, in key order.
    std::int64_t selected = 0, selectedBytes = 0;
    const auto selectStart = std::chrono::steady_clock::now();
    const auto error = server.database().transact(sql::TxMode::Read, [&](sql::Session &s) {
        selected = selectedBytes = 0;
        auto r = s.query("SELECT kind, record_key, data FROM records WHERE tenant_id = ?1 AND scope = 'global'"
                         " ORDER BY kind, record_key",
                         {std::string_view(server.tenantId())});
        while (r->next()) {
            ++selected;
            selectedBytes += std::int64_t(r->text(0).size() + r->text(1).size() + r->text(2).size());
        }
    });
    const double selectSeconds = Seconds(std::chrono::steady_clock::now() - selectStart).count();
    if (error || selected != rows) fail("plain SELECT of records");

    const std::string setup = std::to_string(rows) + " rows (" + std::to_string(o.products) + " products + "
                              + std::to_string(o.products) + " chain prices + 3), " + std::to_string(pages) + " pages of "
                              + std::to_string(o.pageRows) + " rows, " + std::to_string(bodyBytes / 1'000'000)
                              + " MB of JSON (gzip on the wire), loopback HTTPS; the client parses each page ("
                              + std::to_string(parseSeconds) + " s of the total); server and client share "
                              + std::to_string(std::thread::hardware_concurrency()) + " cores";
    printLine(o, {"snapshot_rows_per_s", double(rows) / totalSeconds, "rows/s", "plain SELECT of the scope's records rows",
                  double(selected) / selectSeconds, {}, setup});
    printLine(o, {"snapshot_seconds", totalSeconds, "s", "plain SELECT of the scope's records rows", selectSeconds,
                  "first sync of 1,000,000 products ≤ 60 s end to end (this is the serve side)", setup});
    printLine(o, {"snapshot_deepest_page_seconds", lastPageSeconds, "s", "the first page", firstPageSeconds, {},
                  "a page deep in the scope against the first: equal when the page query seeks to its key"});
}

} // namespace retailos::server_bench
