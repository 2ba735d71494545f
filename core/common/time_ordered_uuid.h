// UUID version 7 (RFC 9562 §5.7): 48 bits of Unix time in milliseconds, then
// random bits. Ids made later sort later, so the server's indexes on sale and
// event ids grow at their right edge instead of touching a random page per
// insert (docs/performance.md, "Server ingest"). Still unguessable: 74 random bits.
#pragma once

#include <QString>

#include <cstdint>
#include <string>

namespace retailos {

// Lower-case canonical form, e.g. "0190a6d2-8f3c-7b21-9a4e-3c5d6e7f8091".
std::string newTimeOrderedUuid();
std::string timeOrderedUuidAt(std::int64_t unixMs);   // for tests: the time part given
QString newTimeOrderedUuidString();

} // namespace retailos
