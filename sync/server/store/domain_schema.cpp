// The business facts that events carry (docs/sync-protocol.md §7.5, §9), in the
// portable subset both back ends run as written: BIGINT and TEXT, booleans as
// 0/1, times as integer milliseconds, no generated keys (every id comes from a
// payload or is the event's id plus a position). Every table is keyed by tenant
// first. Sales and returns are immutable facts; stock, loyalty points and
// gift card / store credit balances are ledgers of deltas with a running sum
// beside them.
#include "sync/server/store/domain_schema.h"

namespace retailos::server::store {

std::vector<std::string> domainSchemaStatements(sql::Dialect)
{
    return {
        // pos.sale.completed.v1: one row per sale; the whole document stays in events.payload.
        "CREATE TABLE IF NOT EXISTS sales (tenant_id TEXT NOT NULL, sale_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, lane_id TEXT NOT NULL, terminal_id TEXT NOT NULL, event_id TEXT NOT NULL,"
        " receipt_number BIGINT NOT NULL, cashier_id TEXT NOT NULL, customer_id TEXT, currency TEXT NOT NULL,"
        " opened_at BIGINT NOT NULL, completed_at BIGINT NOT NULL, subtotal BIGINT NOT NULL,"
        " discount BIGINT NOT NULL, tax BIGINT NOT NULL, rounding BIGINT NOT NULL, total BIGINT NOT NULL,"
        " voided BIGINT NOT NULL DEFAULT 0, void_event_id TEXT, voided_at BIGINT, received_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, sale_id))",
        "CREATE INDEX IF NOT EXISTS sales_by_store ON sales (tenant_id, store_id, completed_at)",
        "CREATE INDEX IF NOT EXISTS sales_by_customer ON sales (tenant_id, customer_id)",
        // Every line as sold, voided lines included (flagged); the priced amounts for lines that count.
        "CREATE TABLE IF NOT EXISTS sale_lines (tenant_id TEXT NOT NULL, sale_id TEXT NOT NULL,"
        " line_no BIGINT NOT NULL, sku TEXT NOT NULL, quantity_milli BIGINT NOT NULL, unit_price BIGINT NOT NULL,"
        " gross BIGINT NOT NULL, discount BIGINT NOT NULL, amount BIGINT NOT NULL, tax BIGINT NOT NULL,"
        " voided BIGINT NOT NULL, PRIMARY KEY (tenant_id, sale_id, line_no))",
        "CREATE TABLE IF NOT EXISTS sale_tenders (tenant_id TEXT NOT NULL, sale_id TEXT NOT NULL,"
        " tender_no BIGINT NOT NULL, kind TEXT NOT NULL, amount BIGINT NOT NULL, account_id TEXT,"
        " PRIMARY KEY (tenant_id, sale_id, tender_no))",
        // pos.return.completed.v1; the original may be from any lane of the tenant, or none.
        "CREATE TABLE IF NOT EXISTS returns (tenant_id TEXT NOT NULL, return_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, lane_id TEXT NOT NULL, event_id TEXT NOT NULL, original_sale_id TEXT,"
        " original_event_id TEXT, cashier_id TEXT NOT NULL, currency TEXT NOT NULL, total BIGINT NOT NULL,"
        " received_at BIGINT NOT NULL, PRIMARY KEY (tenant_id, return_id))",
        "CREATE INDEX IF NOT EXISTS returns_by_sale ON returns (tenant_id, original_sale_id)",
        "CREATE TABLE IF NOT EXISTS return_lines (tenant_id TEXT NOT NULL, return_id TEXT NOT NULL,"
        " line_no BIGINT NOT NULL, sku TEXT NOT NULL, quantity_milli BIGINT NOT NULL, amount BIGINT NOT NULL,"
        " tax BIGINT NOT NULL, tax_class_id TEXT NOT NULL, restock BIGINT NOT NULL, reason TEXT NOT NULL,"
        " PRIMARY KEY (tenant_id, return_id, line_no))",
        // till.paid_in.v1 / till.paid_out.v1: the till's cash ledger (amount signed: in +, out −).
        "CREATE TABLE IF NOT EXISTS till_movements (tenant_id TEXT NOT NULL, movement_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, lane_id TEXT NOT NULL, event_id TEXT NOT NULL, kind TEXT NOT NULL,"
        " amount BIGINT NOT NULL, currency TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NOT NULL,"
        " cashier_id TEXT NOT NULL, approved_by TEXT, received_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, movement_id))",
        "CREATE INDEX IF NOT EXISTS till_movements_by_lane ON till_movements (tenant_id, store_id, lane_id)",
        // till.shift.opened.v1 / till.shift.closed.v1; over_short = counted − expected.
        "CREATE TABLE IF NOT EXISTS shifts (tenant_id TEXT NOT NULL, shift_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, lane_id TEXT NOT NULL, cashier_id TEXT NOT NULL, currency TEXT NOT NULL,"
        " opening_float BIGINT, opened_event_id TEXT, opened_at BIGINT,"
        " counted_cash BIGINT, expected_cash BIGINT, over_short BIGINT, z_number BIGINT, journal_sequence BIGINT,"
        " closed_by TEXT, closed_event_id TEXT, closed_at BIGINT, PRIMARY KEY (tenant_id, shift_id))",
        // Every stock delta with the event and position it came from; the
        // running sum per store and SKU is the `stock` table of server_schema.cpp.
        "CREATE TABLE IF NOT EXISTS stock_ledger (tenant_id TEXT NOT NULL, event_id TEXT NOT NULL,"
        " item_no BIGINT NOT NULL, store_id TEXT NOT NULL, sku TEXT NOT NULL, delta_milli BIGINT NOT NULL,"
        " reason TEXT NOT NULL, ref_id TEXT NOT NULL, recorded_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, event_id, item_no))",
        // No index by SKU: nothing reads the ledger that way yet, and with
        // SKUs in random order it would dirty a page per sale line.
        "DROP INDEX IF EXISTS stock_ledger_by_sku",
        // Each stock document (movement, goods receipt, count) once, by its own
        // id: a resend under a new event id is a duplicate, also a count that
        // changed nothing. (The ledger needs no index by reference for that.)
        "DROP INDEX IF EXISTS stock_ledger_by_ref",
        "CREATE TABLE IF NOT EXISTS stock_documents (tenant_id TEXT NOT NULL, document_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (tenant_id, document_id))",
        // customer.enrolled.v1: a loyalty card belongs to one customer per tenant.
        "CREATE TABLE IF NOT EXISTS customers (tenant_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
        " loyalty_card TEXT NOT NULL, display_name TEXT NOT NULL, active BIGINT NOT NULL,"
        " enrolled_store_id TEXT NOT NULL, enrolled_event_id TEXT, created_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, customer_id), UNIQUE (tenant_id, loyalty_card))",
        // customer.loyalty.points.*: the ledger (points signed) and its running balance.
        "CREATE TABLE IF NOT EXISTS loyalty_ledger (tenant_id TEXT NOT NULL, entry_id TEXT NOT NULL,"
        " customer_id TEXT NOT NULL, store_id TEXT NOT NULL, event_id TEXT NOT NULL, points BIGINT NOT NULL,"
        " sale_id TEXT, reason TEXT NOT NULL, currency TEXT, value BIGINT, recorded_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, entry_id))",
        "CREATE INDEX IF NOT EXISTS loyalty_ledger_by_customer ON loyalty_ledger (tenant_id, customer_id)",
        "CREATE TABLE IF NOT EXISTS loyalty_balances (tenant_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
        " points BIGINT NOT NULL, PRIMARY KEY (tenant_id, customer_id))",
        // Gift card / store credit: debits by sale tenders, credits by refunds and voids (amount signed).
        "CREATE TABLE IF NOT EXISTS account_ledger (tenant_id TEXT NOT NULL, event_id TEXT NOT NULL,"
        " item_no BIGINT NOT NULL, account_id TEXT NOT NULL, kind TEXT NOT NULL, store_id TEXT NOT NULL,"
        " amount BIGINT NOT NULL, currency TEXT NOT NULL, ref_id TEXT NOT NULL, recorded_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, event_id, item_no))",
        "CREATE INDEX IF NOT EXISTS account_ledger_by_account ON account_ledger (tenant_id, account_id)",
        "CREATE TABLE IF NOT EXISTS account_balances (tenant_id TEXT NOT NULL, account_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, currency TEXT NOT NULL, balance BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, account_id))",
        // pos.override.approved.v1: audit only.
        "CREATE TABLE IF NOT EXISTS overrides (tenant_id TEXT NOT NULL, override_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, lane_id TEXT NOT NULL, event_id TEXT NOT NULL, permission TEXT NOT NULL,"
        " sale_id TEXT, requested_by TEXT NOT NULL, approved_by TEXT NOT NULL, approver_name TEXT NOT NULL,"
        " reason TEXT NOT NULL, approved_at BIGINT NOT NULL, currency TEXT, amount BIGINT,"
        " received_at BIGINT NOT NULL, PRIMARY KEY (tenant_id, override_id))",
        // staff.pin_changed.v1: who changed whose PIN, when (never the hash).
        "CREATE TABLE IF NOT EXISTS staff_pin_changes (tenant_id TEXT NOT NULL, event_id TEXT NOT NULL,"
        " code TEXT NOT NULL, changed_by TEXT NOT NULL, store_id TEXT NOT NULL, lane_id TEXT NOT NULL,"
        " received_at BIGINT NOT NULL, PRIMARY KEY (tenant_id, event_id))",
        // Facts for HQ to look at that are not refusals: `overdraft`,
        // `returned_quantity_exceeds_sale` (§7.5). One row per event, flag and subject.
        "CREATE TABLE IF NOT EXISTS hq_flags (tenant_id TEXT NOT NULL, event_id TEXT NOT NULL,"
        " flag TEXT NOT NULL, subject TEXT NOT NULL, store_id TEXT NOT NULL, detail TEXT NOT NULL,"
        " raised_at BIGINT NOT NULL, resolved_at BIGINT, PRIMARY KEY (tenant_id, event_id, flag, subject))",
        "CREATE INDEX IF NOT EXISTS hq_flags_open ON hq_flags (tenant_id, flag, resolved_at)",
    };
}

} // namespace retailos::server::store
