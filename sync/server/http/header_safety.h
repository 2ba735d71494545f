// What the HTTP layer lets into a response header: Beast 1.81 predates the
// audit's CRLF finding (decision 0006), so nothing with CR, LF or NUL passes.
#pragma once

#include <string_view>

namespace retailos::server::http {

// An RFC 9110 token: visible ASCII except separators; not empty.
[[nodiscard]] bool isSafeHeaderName(std::string_view name);
// Visible ASCII, space and tab only (no CR, LF, NUL, other controls or bytes ≥ 0x80).
[[nodiscard]] bool isSafeHeaderValue(std::string_view value);

} // namespace retailos::server::http
