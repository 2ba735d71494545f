// A refusal the API answers with its HTTP status and the protocol's stable
// error code (docs/sync-protocol.md §5). Messages are English, for people, and
// never carry SQL, secrets or another tenant's data.
#pragma once

#include <expected>
#include <string>

namespace retailos::server::store {

struct StoreError
{
    int status = 500;
    std::string code = "internal";
    std::string message;
    std::string detailsJson = "{}";   // a JSON object
};

template<typename T = void>
using StoreResult = std::expected<T, StoreError>;

inline std::unexpected<StoreError> refuse(int status, std::string code, std::string message,
                                          std::string detailsJson = "{}")
{
    return std::unexpected(StoreError{status, std::move(code), std::move(message), std::move(detailsJson)});
}

} // namespace retailos::server::store
