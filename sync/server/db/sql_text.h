// Reading SQL text just enough to change it safely: string literals, quoted
// names and comments are never touched by the rewrites below.
#pragma once

#include "sync/server/db/sql.h"

#include <string>
#include <string_view>

namespace retailos::server::sql::detail {

struct DollarSql
{
    std::string text;       // `?N` replaced by `$N`
    int parameterCount = 0; // the largest N seen
};

// `?1`, `?2`, … → `$1`, `$2`, … for PostgreSQL. A `?` not followed by a
// digit is left alone (PostgreSQL's jsonb operators use it).
DollarSql toDollarPlaceholders(std::string_view sql);

// The largest `?N` in the text (SQLite checks the count itself; this is for
// a clear error when a caller passes too few parameters).
int placeholderCount(std::string_view sql);

} // namespace retailos::server::sql::detail
