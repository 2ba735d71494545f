// One schema for SQLite and PostgreSQL: BIGINT and TEXT everywhere, byte
// strings as BLOB/BYTEA, every table keyed by tenant first (per-tenant isolation
// is in every key, not only in the code that queries).
#include "sync/server/store/server_schema.h"

#include "sync/server/store/admin_records.h"
#include "sync/server/store/domain_schema.h"

namespace retailos::server::store {

const char *blobType(sql::Dialect dialect) { return dialect == sql::Dialect::Postgres ? "BYTEA" : "BLOB"; }

std::vector<std::string> serverSchemaStatements(sql::Dialect dialect)
{
    const std::string blob = blobType(dialect);
    return {
        "CREATE TABLE IF NOT EXISTS server_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tenants (tenant_id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " created_at BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS stores (tenant_id TEXT NOT NULL, store_id TEXT NOT NULL,"
        " name TEXT NOT NULL, currency TEXT NOT NULL, time_zone TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, store_id))",
        // A terminal is one lane PC. Its secret is stored only as SHA-256.
        "CREATE TABLE IF NOT EXISTS terminals (terminal_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, lane_id TEXT NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL,"
        " journal_public_key TEXT, credential_id TEXT UNIQUE, secret_hash " + blob + ","
        " created_at BIGINT NOT NULL, enrolled_at BIGINT, revoked_at BIGINT, revoke_reason TEXT,"
        " last_contact_at BIGINT, software TEXT, clock_offset_ms BIGINT, outbox_head BIGINT NOT NULL DEFAULT 0,"
        " acked_through BIGINT NOT NULL DEFAULT 0, last_hash TEXT NOT NULL,"
        " rejected_count BIGINT NOT NULL DEFAULT 0, held_count BIGINT NOT NULL DEFAULT 0,"
        " conflicts BIGINT NOT NULL DEFAULT 0,"
        " UNIQUE (tenant_id, store_id, lane_id))",
        // Enrolment codes: only their SHA-256.
        "CREATE TABLE IF NOT EXISTS enrolment_codes (code_hash " + blob + " PRIMARY KEY,"
        " terminal_id TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
        " new_key BIGINT NOT NULL DEFAULT 0, used_at BIGINT, used_request_id TEXT, used_key TEXT)",
        "CREATE INDEX IF NOT EXISTS enrolment_codes_terminal ON enrolment_codes (terminal_id)",
        // Admin credentials: tenant NULL only for super_admin.
        "CREATE TABLE IF NOT EXISTS admin_credentials (credential_id TEXT PRIMARY KEY, tenant_id TEXT,"
        " role TEXT NOT NULL, store_ids TEXT NOT NULL, secret_hash " + blob + " NOT NULL,"
        " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, revoked_at BIGINT)",
        // Upstream: each terminal's stream, stored once.
        "CREATE TABLE IF NOT EXISTS events (tenant_id TEXT NOT NULL, terminal_id TEXT NOT NULL,"
        " seq BIGINT NOT NULL, event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " received_at BIGINT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, payload " + blob + " NOT NULL,"
        " status TEXT NOT NULL, code TEXT, message TEXT, PRIMARY KEY (terminal_id, seq))",
        "CREATE INDEX IF NOT EXISTS events_status ON events (tenant_id, status)",
        // Downstream: one head per scope, numbered under its row lock.
        "CREATE TABLE IF NOT EXISTS scope_heads (tenant_id TEXT NOT NULL, scope TEXT NOT NULL,"
        " epoch TEXT NOT NULL, seq BIGINT NOT NULL, retained_from BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, scope))",
        "CREATE TABLE IF NOT EXISTS changes (tenant_id TEXT NOT NULL, scope TEXT NOT NULL, seq BIGINT NOT NULL,"
        " change_id TEXT NOT NULL, kind TEXT NOT NULL, op TEXT NOT NULL, record_key TEXT NOT NULL,"
        " committed_at BIGINT NOT NULL, data TEXT, PRIMARY KEY (tenant_id, scope, seq))",
        // The current state of every replicated record: snapshots, "unchanged", digests.
        "CREATE TABLE IF NOT EXISTS records (tenant_id TEXT NOT NULL, scope TEXT NOT NULL, kind TEXT NOT NULL,"
        " record_key TEXT NOT NULL, data TEXT NOT NULL, row_hash BIGINT NOT NULL, seq BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, scope, kind, record_key))",
        "CREATE TABLE IF NOT EXISTS record_digests (tenant_id TEXT NOT NULL, scope TEXT NOT NULL,"
        " kind TEXT NOT NULL, row_count BIGINT NOT NULL, row_sum BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, scope, kind))",
        // The stock ledger's running sum per store and SKU.
        "CREATE TABLE IF NOT EXISTS stock (tenant_id TEXT NOT NULL, store_id TEXT NOT NULL, sku TEXT NOT NULL,"
        " quantity_milli BIGINT NOT NULL, PRIMARY KEY (tenant_id, store_id, sku))",
        // Each terminal's cursors as last reported: the admin's lag view.
        "CREATE TABLE IF NOT EXISTS terminal_cursors (terminal_id TEXT NOT NULL, scope TEXT NOT NULL,"
        " epoch TEXT NOT NULL, seq BIGINT NOT NULL, reported_at BIGINT NOT NULL, PRIMARY KEY (terminal_id, scope))",
        // Security audit log: never a secret.
        "CREATE TABLE IF NOT EXISTS security_audit (at BIGINT NOT NULL, tenant_id TEXT, credential_id TEXT,"
        " address TEXT, path TEXT, code TEXT NOT NULL, detail TEXT)",
    };
}

namespace {

// Tables of small rows always looked up by their whole key or a prefix of it:
// on SQLite they are stored in their key's order (WITHOUT ROWID), one b-tree
// instead of a row table plus a key index, so a write dirties half the pages.
// (PostgreSQL keeps its heap and one key index either way.) A database made
// before this keeps its tables as they are; both forms answer the same SQL.
bool clusteredByKey(std::string_view table)
{
    static constexpr std::string_view tables[] = {
        "scope_heads", "changes", "records", "record_digests", "stock", "terminal_cursors",
        "sale_lines", "sale_tenders", "return_lines", "stock_ledger", "stock_documents", "loyalty_ledger", "loyalty_balances",
        "account_ledger", "account_balances"};
    for (std::string_view t : tables)
        if (t == table) return true;
    return false;
}

std::string forDialect(const std::string &statement, sql::Dialect dialect)
{
    static constexpr std::string_view create = "CREATE TABLE IF NOT EXISTS ";
    if (dialect != sql::Dialect::Sqlite || !statement.starts_with(create)) return statement;
    const std::size_t end = statement.find(' ', create.size());
    if (!clusteredByKey(std::string_view(statement).substr(create.size(), end - create.size()))) return statement;
    return statement + " WITHOUT ROWID";
}

} // namespace

void createSchema(sql::Session &session)
{
    for (const auto &statements : {serverSchemaStatements(session.dialect()), domainSchemaStatements(session.dialect()),
                                   adminRecordsSchemaStatements(session.dialect())})
        for (const std::string &statement : statements) session.exec(forDialect(statement, session.dialect()));
}

} // namespace retailos::server::store
