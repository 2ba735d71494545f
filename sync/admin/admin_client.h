// The admin API over HTTPS: adds the admin credential to every
// request, checks that an answer is the protocol's JSON and splits
// failures into "the server refused" (§5) and "the server was not reached".
#pragma once

#include "sync/admin/admin_output.h"
#include "sync/client/https_client.h"
#include "sync/protocol/json.h"

#include <QString>

#include <expected>
#include <memory>
#include <string>
#include <variant>

namespace retailos::admin {

struct AdminReply
{
    int status = 0;
    std::string body;                                // as received (for --json)
    std::unique_ptr<sync::json::Document> document;  // parsed body, a JSON object
    sync::json::Value root() const { return document->root(); }
};

// Either the server's refusal or a transport failure (nothing usable came back).
using AdminFailure = std::variant<ApiError, sync::HttpsError>;
using AdminResult = std::expected<AdminReply, AdminFailure>;

class AdminClient
{
public:
    // `token` is "rta1.<id>.<secret>"; it is sent, never logged or printed.
    AdminClient(sync::HttpsClientConfig config, std::string token);

    [[nodiscard]] AdminResult get(const QString &path);
    [[nodiscard]] AdminResult post(const QString &path, const std::string &body);

private:
    AdminResult call(std::string_view method, const QString &path, const std::string &body);
    sync::HttpsClient m_http;
    std::string m_authorization;
};

// Checks the shape "rta1.<credential id>.<secret>" without revealing it in the message.
[[nodiscard]] bool looksLikeAdminToken(std::string_view token);

} // namespace retailos::admin
