// The lane replica's schema, one migration per step. Never edit a migration
// that has shipped: append a new one.
#include "core/db/migrations.h"

#include "core/journal/journal_schema.h"
#include "core/sale/sales_schema.h"
#include "core/staff/staff_schema.h"

#include <array>

namespace retailos {

namespace {

// Catalogue replica. Barcodes are stored normalised (GTIN-14, or the store
// code as typed, upper case) so every scan form of an item finds the same row.
// Times are UTC seconds since the epoch. Prices with store_id NULL apply to
// every store; a store's own price wins over the chain price.
constexpr std::string_view kCatalogue = R"sql(
CREATE TABLE departments (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    parent_id TEXT REFERENCES departments(id)
) WITHOUT ROWID;

CREATE TABLE tax_rates (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    rate_ppm INTEGER NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000)
) WITHOUT ROWID;

CREATE TABLE tax_classes (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tax_class_rates (
    tax_class_id TEXT NOT NULL REFERENCES tax_classes(id) ON DELETE CASCADE,
    tax_rate_id  TEXT NOT NULL REFERENCES tax_rates(id),
    PRIMARY KEY (tax_class_id, tax_rate_id)
) WITHOUT ROWID;

CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    sku           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    department_id TEXT NOT NULL REFERENCES departments(id),
    tax_class_id  TEXT NOT NULL REFERENCES tax_classes(id),
    plu           TEXT UNIQUE,
    unit          TEXT NOT NULL DEFAULT 'each' CHECK (unit IN ('each', 'kg')),
    age_limit     INTEGER NOT NULL DEFAULT 0 CHECK (age_limit BETWEEN 0 AND 99),
    returnable    INTEGER NOT NULL DEFAULT 1 CHECK (returnable IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_department ON products(department_id);

CREATE TABLE product_barcodes (
    code       TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

CREATE TABLE prices (
    id             INTEGER PRIMARY KEY,
    product_id     INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    store_id       TEXT,
    amount_minor   INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    effective_from INTEGER NOT NULL,
    effective_to   INTEGER CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE INDEX prices_in_force ON prices(product_id, effective_from);

CREATE TABLE stock_levels (
    product_id     INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    store_id       TEXT NOT NULL,
    quantity_milli INTEGER NOT NULL,
    as_of          INTEGER NOT NULL,
    PRIMARY KEY (product_id, store_id)
) WITHOUT ROWID;

-- Full-text search over names: accents folded, prefixes indexed for
-- type-ahead. External content keeps one copy of each name.
CREATE VIRTUAL TABLE product_search USING fts5(
    name, content = 'products', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
    INSERT INTO product_search(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
    INSERT INTO product_search(product_search, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER products_search_update AFTER UPDATE OF name ON products BEGIN
    INSERT INTO product_search(product_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO product_search(rowid, name) VALUES (new.id, new.name);
END;
)sql";

// Re-importing an unchanged name must not rewrite its search entry.
constexpr std::string_view kSearchTrigger = R"sql(
DROP TRIGGER products_search_update;
CREATE TRIGGER products_search_update AFTER UPDATE OF name ON products
WHEN old.name IS NOT new.name BEGIN
    INSERT INTO product_search(product_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO product_search(rowid, name) VALUES (new.id, new.name);
END;
)sql";

// A scan writes its one line, not the whole basket again (scan-to-line budget).
constexpr std::string_view kBasketLinesSchema = R"sql(
CREATE TABLE open_basket_lines (
    lane_id  TEXT NOT NULL,
    line_no  INTEGER NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (lane_id, line_no)
) WITHOUT ROWID;
)sql";

// Department keys list a department's items by name without sorting it.
constexpr std::string_view kDepartmentIndex = R"sql(
CREATE INDEX products_department_name ON products(department_id, name) WHERE active = 1;
)sql";

constexpr std::array kLaneMigrations{
    Migration{1, "catalogue replica", kCatalogue},
    Migration{2, "search entries change only with the name", kSearchTrigger},
    Migration{3, "staff, roles and permissions", kStaffSchema},
    Migration{4, "tamper-evident journal", kJournalSchema},
    Migration{5, "sales, baskets, ledgers and the outbox", kSalesSchema},
    Migration{6, "basket lines saved one by one", kBasketLinesSchema},
    Migration{7, "department item lists", kDepartmentIndex},
};

} // namespace

std::span<const Migration> laneMigrations()
{
    return kLaneMigrations;
}

} // namespace retailos
