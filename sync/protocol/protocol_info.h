// The sync protocol version this build speaks and the transport it uses.
#pragma once

#include <QString>

namespace retailos::sync {

inline constexpr int kProtocolVersion = 1;

[[nodiscard]] QString transportVersion();   // libcurl with its TLS library

} // namespace retailos::sync
