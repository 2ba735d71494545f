#include "sync/server/http/request_id.h"

#include <openssl/rand.h>

#include <array>
#include <random>

namespace retailos::server::http {

std::string makeRequestId()
{
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        // Ids only need to be unique, not secret: fall back to a seeded PRNG.
        thread_local std::mt19937_64 fallback{std::random_device{}()};
        for (auto &b : bytes)
            b = static_cast<unsigned char>(fallback());
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant

    constexpr char hex[] = "0123456789abcdef";
    std::string id;
    id.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            id += '-';
        id += hex[bytes[i] >> 4];
        id += hex[bytes[i] & 0x0f];
    }
    return id;
}

} // namespace retailos::server::http
