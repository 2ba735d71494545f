// Tables for the business facts that events carry (sales, returns, ledgers,
// shifts, HQ flags); written by event_effects. Same SQL on SQLite and PostgreSQL.
#pragma once

#include "sync/server/db/sql.h"

#include <string>
#include <vector>

namespace retailos::server::store {

std::vector<std::string> domainSchemaStatements(sql::Dialect dialect);

} // namespace retailos::server::store
