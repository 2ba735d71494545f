// Prepared statements of one session, found by their SQL text without
// copying it (heterogeneous lookup): the hot paths run the same few
// statements thousands of times a second.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace retailos::server::sql::detail {

struct SqlTextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

template<typename Prepared>
using StatementCache = std::unordered_map<std::string, Prepared, SqlTextHash, std::equal_to<>>;

} // namespace retailos::server::sql::detail
