// Lane schema for sales: completed sales, the basket in progress, parked
// sales, gift card / store credit ledgers, receipt numbering and the outbox.
#pragma once

#include <string_view>

namespace retailos {

inline constexpr std::string_view kSalesSchema = R"sql(
-- Gap-free numbers per lane (receipt numbers): incremented inside the sale's
-- own transaction, so a rolled-back sale gives its number back.
CREATE TABLE lane_counters (
    lane_id TEXT NOT NULL,
    name    TEXT NOT NULL,
    value   INTEGER NOT NULL,
    PRIMARY KEY (lane_id, name)
) WITHOUT ROWID;

CREATE TABLE sales (
    id             TEXT PRIMARY KEY,
    lane_id        TEXT NOT NULL,
    store_id       TEXT NOT NULL,
    receipt_number INTEGER NOT NULL,
    cashier_id     TEXT NOT NULL,
    opened_at      INTEGER NOT NULL,
    completed_at   INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    subtotal_minor INTEGER NOT NULL,
    discount_minor INTEGER NOT NULL,
    tax_minor      INTEGER NOT NULL,
    rounding_minor INTEGER NOT NULL,
    total_minor    INTEGER NOT NULL,
    change_minor   INTEGER NOT NULL,
    item_count     INTEGER NOT NULL,
    journal_sequence INTEGER,
    document       TEXT NOT NULL,    -- the pos.sale.completed.v1 event: the whole sale, priced
    receipt        TEXT,             -- the receipt as printed (saved just after the commit), for copies
    UNIQUE (lane_id, receipt_number)
) WITHOUT ROWID;
CREATE INDEX sales_completed ON sales(lane_id, completed_at);

CREATE TABLE sale_lines (
    sale_id          TEXT NOT NULL REFERENCES sales(id),
    line_no          INTEGER NOT NULL,
    product_id       INTEGER NOT NULL,
    sku              TEXT NOT NULL,
    name             TEXT NOT NULL,
    quantity_milli   INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL,
    price_source     TEXT NOT NULL,
    gross_minor      INTEGER NOT NULL,
    discount_minor   INTEGER NOT NULL,
    amount_minor     INTEGER NOT NULL,
    tax_minor        INTEGER NOT NULL,
    tax_class_id     TEXT NOT NULL,
    voided           INTEGER NOT NULL,
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;

CREATE TABLE sale_taxes (
    sale_id     TEXT NOT NULL REFERENCES sales(id),
    rate_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    rate_ppm    INTEGER NOT NULL,
    net_minor   INTEGER NOT NULL,
    tax_minor   INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    PRIMARY KEY (sale_id, rate_id)
) WITHOUT ROWID;

-- Card tenders keep only what the external terminal hands back: a masked
-- number (last four digits), the authorisation code and its reference.
CREATE TABLE sale_tenders (
    sale_id        TEXT NOT NULL REFERENCES sales(id),
    tender_no      INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'gift_card', 'store_credit')),
    amount_minor   INTEGER NOT NULL,
    received_minor INTEGER NOT NULL,
    masked_pan     TEXT CHECK (masked_pan IS NULL OR masked_pan GLOB '*[0-9][0-9][0-9][0-9]'
                               AND length(replace(replace(masked_pan, '*', ''), ' ', '')) = 4),
    auth_code      TEXT,
    terminal_ref   TEXT,
    account_id     TEXT,
    PRIMARY KEY (sale_id, tender_no)
) WITHOUT ROWID;

-- Gift cards and store credit: a balance is the sum of its ledger.
CREATE TABLE balance_accounts (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('gift_card', 'store_credit')),
    currency   TEXT NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE balance_ledger (
    id          INTEGER PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES balance_accounts(id),
    delta_minor INTEGER NOT NULL,
    sale_id     TEXT,
    reason      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX balance_ledger_account ON balance_ledger(account_id);

-- The basket in progress, saved after every change; back after a crash.
CREATE TABLE open_baskets (
    lane_id    TEXT PRIMARY KEY,
    sale_id    TEXT NOT NULL,
    document   TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE suspended_sales (
    id           TEXT PRIMARY KEY,
    store_id     TEXT NOT NULL,
    lane_id      TEXT NOT NULL,
    cashier_id   TEXT NOT NULL,
    suspended_at INTEGER NOT NULL,
    total_minor  INTEGER NOT NULL,
    item_count   INTEGER NOT NULL,
    document     TEXT NOT NULL
) WITHOUT ROWID;

-- Business events for sync, in commit order, gap-free per lane and chained.
-- A sale's event body is its sales.document (stored once, not twice).
CREATE TABLE outbox (
    lane_id       TEXT NOT NULL,
    sequence      INTEGER NOT NULL,
    event_id      TEXT NOT NULL UNIQUE,
    type          TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    payload       TEXT,
    sale_id       TEXT REFERENCES sales(id),
    previous_hash BLOB NOT NULL,
    hash          BLOB NOT NULL,
    acked         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (lane_id, sequence),
    CHECK ((payload IS NULL) <> (sale_id IS NULL))
) WITHOUT ROWID;
)sql";

} // namespace retailos
