// The server's tables for identity, the event streams and the change log.
// Business-fact tables (sales, ledgers) come from domain_schema.cpp.
#pragma once

#include "sync/server/db/sql.h"

#include <string>
#include <vector>

namespace retailos::server::store {

// The type of a byte-string column in this dialect.
const char *blobType(sql::Dialect dialect);

std::vector<std::string> serverSchemaStatements(sql::Dialect dialect);

// Creates every table that does not exist yet (idempotent; run at start-up).
void createSchema(sql::Session &session);

} // namespace retailos::server::store
