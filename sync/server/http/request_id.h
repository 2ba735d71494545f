// Request ids: random uuid v4, lower-case (R-5.1 `request_id`, access log).
#pragma once

#include <string>

namespace retailos::server::http {

[[nodiscard]] std::string makeRequestId();

} // namespace retailos::server::http
