// The staff schema (a lane migration): users, roles, their permissions, and the built-in roles seeded.
#pragma once

#include <string_view>

namespace retailos {

// Times are UTC seconds, as everywhere in the replica. store_id NULL means the
// person works in every store (area managers, administrators). pin_hash is
// "algorithm$iterations$salt$hash" (core/staff/pin_hash.h); the CHECK keeps a
// bare PIN from ever being written there. Permissions are stored as their
// string ids so the back office can grant ones a lane does not know yet.
// The seeded role permissions must equal builtInRoles() (tst_staff_directory).
inline constexpr std::string_view kStaffSchema = R"sql(
CREATE TABLE roles (
    id   TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
) WITHOUT ROWID;

CREATE TABLE role_permissions (
    role_id    TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    permission TEXT NOT NULL CHECK (length(permission) BETWEEN 1 AND 64),
    PRIMARY KEY (role_id, permission)
) WITHOUT ROWID;
CREATE INDEX role_permissions_permission ON role_permissions(permission);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
    display_name    TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    store_id        TEXT,
    pin_hash        TEXT NOT NULL CHECK (pin_hash GLOB '?*$?*$?*$?*'),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    INTEGER,
    last_sign_in_at INTEGER,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX users_store ON users(store_id);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles(id),
    PRIMARY KEY (user_id, role_id)
) WITHOUT ROWID;
CREATE INDEX user_roles_role ON user_roles(role_id);

INSERT INTO roles(id, name) VALUES
    ('cashier', 'Cashier'),
    ('supervisor', 'Supervisor'),
    ('store_manager', 'Store manager'),
    ('administrator', 'Administrator');

-- Each role holds everything the one before it holds, plus its own.
INSERT INTO role_permissions(role_id, permission) VALUES
    ('cashier', 'sale.sell'), ('cashier', 'sale.void_line'), ('cashier', 'sale.reprint'),
    ('cashier', 'till.open_close');
INSERT INTO role_permissions(role_id, permission)
    SELECT 'supervisor', permission FROM role_permissions WHERE role_id = 'cashier';
INSERT INTO role_permissions(role_id, permission) VALUES
    ('supervisor', 'sale.void_sale'), ('supervisor', 'sale.price_override'),
    ('supervisor', 'sale.discount_over_limit'), ('supervisor', 'sale.age_override'),
    ('supervisor', 'sale.no_sale_drawer'), ('supervisor', 'till.paid_in_out'), ('supervisor', 'report.x');
INSERT INTO role_permissions(role_id, permission)
    SELECT 'store_manager', permission FROM role_permissions WHERE role_id = 'supervisor';
INSERT INTO role_permissions(role_id, permission) VALUES
    ('store_manager', 'report.z'), ('store_manager', 'stock.adjust'), ('store_manager', 'staff.manage');
INSERT INTO role_permissions(role_id, permission)
    SELECT 'administrator', permission FROM role_permissions WHERE role_id = 'store_manager';
INSERT INTO role_permissions(role_id, permission) VALUES
    ('administrator', 'device.configure');
)sql";

} // namespace retailos
