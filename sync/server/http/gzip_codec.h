// gzip for request and response bodies, through zlib.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace retailos::server::http {

enum class InflateStatus { Ok, TooLarge, Corrupt };

// Inflates a gzip body (several members allowed), stopping as soon as the
// output would pass `limit` bytes: a gzip bomb costs at most `limit` memory.
[[nodiscard]] InflateStatus gunzip(std::string_view compressed, std::size_t limit, std::string &out);

// gzip-compresses `data`; empty on failure (the caller then sends it plain).
[[nodiscard]] std::string gzip(std::string_view data);

} // namespace retailos::server::http
