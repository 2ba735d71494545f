#include "sync/server/http/header_safety.h"
#include "sync/server/http/http_server.h"

#include <algorithm>

namespace retailos::server::http {
namespace {

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    return std::ranges::equal(a, b, [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
        return lower(x) == lower(y);
    });
}

} // namespace

const std::string *HttpHeaders::find(std::string_view name) const
{
    for (const auto &[key, value] : fields) {
        if (equalsIgnoringAsciiCase(key, name))
            return &value;
    }
    return nullptr;
}

// Replaces every field of that name by one (Content-Type set twice stays one header).
void HttpHeaders::set(std::string name, std::string value)
{
    std::erase_if(fields, [&](const auto &field) { return equalsIgnoringAsciiCase(field.first, name); });
    fields.emplace_back(std::move(name), std::move(value));
}

bool isSafeHeaderName(std::string_view name)
{
    if (name.empty())
        return false;
    constexpr std::string_view separators = "\"(),/:;<=>?@[\\]{}";
    return std::ranges::all_of(name, [&](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x7f && separators.find(c) == std::string_view::npos;
    });
}

bool isSafeHeaderValue(std::string_view value)
{
    return std::ranges::all_of(value, [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u < 0x7f);
    });
}

} // namespace retailos::server::http
