// Identifiers, secrets and hashes the server makes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace retailos::server::store {

std::string newUuid();                          // lower-case, time-ordered (v7): index-friendly
std::int64_t nowMs();                           // server clock, ms since the epoch
std::string randomBase64Url(int bytes);         // unpadded base64url of system-random bytes
std::string sha256(std::string_view bytes);     // 32 raw bytes
std::string sha256Hex(std::string_view bytes);  // 64 lower-case hex digits
std::string toHex(std::string_view bytes);
bool constantTimeEqual(std::string_view a, std::string_view b);

// A list of store ids as one column value (one id per line; ids are codes and
// never hold a line break), and back.
std::string joinStoreIds(const std::vector<std::string> &stores);
std::vector<std::string> splitStoreIds(std::string_view text);

// Enrolment codes (§4.1): 16 Crockford base32 characters (80 random bits),
// shown as ABCD-EFGH-JKMN-PQRS; normalised as typed: hyphens, spaces and case
// ignored, and I/L read as 1, O as 0. Empty when it cannot be a code.
std::string newEnrolmentCode();
std::string groupEnrolmentCode(std::string_view code);
std::string normaliseEnrolmentCode(std::string_view typed);

} // namespace retailos::server::store
