// Database::open: which back end a URL names (sql.h).
#include "sync/server/db/sql.h"

#include "sync/server/db/postgres_database.h"
#include "sync/server/db/sqlite_database.h"

namespace retailos::server::sql {

std::unique_ptr<Database> Database::open(const std::string &url, int poolSize, std::string *error)
{
    auto refuse = [error](std::string why) -> std::unique_ptr<Database> {
        if (error)
            *error = std::move(why);
        return nullptr;
    };
    if (poolSize < 1)
        return refuse("the database pool needs at least one session, not " + std::to_string(poolSize));
    if (url.empty())
        return refuse("no database given: use postgresql://user@host:port/dbname or sqlite:/path/to/file.db");

    const std::string_view text(url);
    if (text.starts_with("postgresql://") || text.starts_with("postgres://"))
        return detail::PostgresDatabase::open(url, poolSize, error);
    if (text.starts_with("sqlite:")) {
        std::string_view path = text.substr(7);
        if (path.starts_with("///")) // sqlite:///var/lib/x.db
            path.remove_prefix(2);
        else if (path.starts_with("//"))
            return refuse("sqlite: URLs take a path, sqlite:/absolute/file.db or sqlite:relative.db, not a host");
        if (path.empty())
            return refuse("the sqlite: URL names no file");
        return detail::SqliteDatabase::open(std::string(path), poolSize, error);
    }
    if (const std::size_t scheme = text.find("://"); scheme != std::string_view::npos)
        return refuse("unknown database URL scheme '" + std::string(text.substr(0, scheme))
                      + "': use postgresql://user@host:port/dbname or sqlite:/path/to/file.db");
    return detail::SqliteDatabase::open(url, poolSize, error);
}

} // namespace retailos::server::sql
