// Versioned schema migrations, applied in order at open (PRAGMA user_version).
#pragma once

#include "core/common/result.h"

#include <span>
#include <string_view>

namespace retailos {

class Database;

struct Migration
{
    int version;              // 1, 2, 3 ... without gaps
    std::string_view name;    // what it adds, for the log
    std::string_view sql;
};

// Applies every migration above the file's version, each in its own
// transaction. Refuses a file written by newer software (its version is
// higher than any migration we know) rather than guessing.
[[nodiscard]] Result<int> migrate(Database &db, std::span<const Migration> migrations);

// The lane replica's schema: catalogue now; sales, promotions and customers
// arrive as later migrations appended to this list.
[[nodiscard]] std::span<const Migration> laneMigrations();

} // namespace retailos
