// Admin API client (see admin_client.h).
#include "sync/admin/admin_client.h"

#include <QCoreApplication>

namespace retailos::admin {


bool looksLikeAdminToken(std::string_view token)
{
    if (!token.starts_with("rta1."))
        return false;
    const std::string_view rest = token.substr(5);
    const auto dot = rest.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= rest.size())
        return false;
    for (const char c : rest) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_' || c == '.';
        if (!ok)
            return false;
    }
    return rest.find('.', dot + 1) == std::string_view::npos;
}

AdminClient::AdminClient(sync::HttpsClientConfig config, std::string token)
    : m_http(std::move(config)), m_authorization("Authorization: Bearer " + std::move(token))
{
}

AdminResult AdminClient::get(const QString &path)
{
    return call("GET", path, {});
}

AdminResult AdminClient::post(const QString &path, const std::string &body)
{
    return call("POST", path, body);
}

AdminResult AdminClient::call(std::string_view method, const QString &path, const std::string &body)
{
    std::vector<std::string> headers{m_authorization, "Accept: application/json"};
    if (method != "GET")
        headers.emplace_back("Content-Type: application/json");
    auto response = m_http.request(method, path.toStdString(), body, headers);
    if (!response)
        return std::unexpected(AdminFailure(response.error()));
    if (response->status >= 400)
        return std::unexpected(AdminFailure(readApiError(response->status, response->body)));
    AdminReply reply;
    reply.status = response->status;
    const std::string contentType = response->header("Content-Type").value_or(std::string());
    if (!contentType.starts_with("application/json"))
        return std::unexpected(AdminFailure(sync::HttpsError{
            std::string(sync::https_error::BadResponse),
            "the answer is \"" + contentType + "\", not application/json (R-3.6); is --server a Retail OS server?"}));
    std::string why;
    reply.document = sync::json::Document::parse(response->body, &why);
    if (!reply.document || !reply.document->root().isObject())
        return std::unexpected(AdminFailure(sync::HttpsError{
            std::string(sync::https_error::BadResponse),
            "the answer is not a JSON object" + (why.empty() ? std::string() : ": " + why)}));
    reply.body = std::move(response->body);
    return reply;
}

} // namespace retailos::admin
