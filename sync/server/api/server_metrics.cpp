#include "sync/server/api/server_metrics.h"

#include <cstdio>

namespace retailos::server::api {

namespace {
std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
} // namespace

std::string ServerMetrics::routeOf(std::string_view path)
{
    static constexpr std::string_view fixed[] = {
        "/healthz", "/metrics", "/v1/enrol", "/v1/session", "/v1/stream", "/v1/events", "/v1/pull",
        "/v1/snapshot", "/v1/verify", "/v1/admin/catalogue", "/v1/admin/prices", "/v1/admin/promotions",
        "/v1/admin/customers", "/v1/admin/staff", "/v1/admin/settings", "/v1/admin/stores",
        "/v1/admin/terminals", "/v1/admin/sales", "/v1/admin/events", "/v1/admin/flags", "/v1/admin/tokens"};
    for (std::string_view f : fixed)
        if (path == f) return std::string(f);
    if (path.starts_with("/v1/admin/terminals/")) {
        if (path.ends_with("/revoke")) return "/v1/admin/terminals/{id}/revoke";
        if (path.ends_with("/enrolment-codes")) return "/v1/admin/terminals/{id}/enrolment-codes";
    }
    if (path.starts_with("/v1/admin/scopes/") && path.ends_with("/reset")) return "/v1/admin/scopes/{scope}/reset";
    if (path.starts_with("/v1/admin/tokens/") && path.ends_with("/revoke")) return "/v1/admin/tokens/{id}/revoke";
    return "other";   // never a client's text as a label: bounded cardinality
}

void ServerMetrics::countRequest(std::string_view route, int status, std::chrono::microseconds elapsed)
{
    const double seconds = double(elapsed.count()) / 1e6;
    std::lock_guard lock(m_mutex);
    ++m_requests[{std::string(route), status}];
    Latency &l = m_latency[std::string(route)];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) ++l.buckets[i];
    ++l.count;
    l.sum += seconds;
}

void ServerMetrics::countEvents(std::string_view status, std::int64_t n)
{
    std::lock_guard lock(m_mutex);
    m_events[std::string(status)] += n;
}

void ServerMetrics::countRejection(std::string_view code)
{
    std::lock_guard lock(m_mutex);
    ++m_rejections[std::string(code)];
}

void ServerMetrics::countConflict() { ++m_conflicts; }

std::string ServerMetrics::render() const
{
    std::lock_guard lock(m_mutex);
    std::string out;
    out += "# HELP retailos_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE retailos_http_requests_total counter\n";
    for (const auto &[key, n] : m_requests)
        out += "retailos_http_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second)
               + "\"} " + std::to_string(n) + "\n";
    out += "# HELP retailos_http_request_duration_seconds Time from request to response.\n"
           "# TYPE retailos_http_request_duration_seconds histogram\n";
    for (const auto &[route, l] : m_latency) {
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out += "retailos_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"" + number(kBuckets[i])
                   + "\"} " + std::to_string(l.buckets[i]) + "\n";
        out += "retailos_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"} "
               + std::to_string(l.count) + "\n";
        out += "retailos_http_request_duration_seconds_sum{route=\"" + route + "\"} " + number(l.sum) + "\n";
        out += "retailos_http_request_duration_seconds_count{route=\"" + route + "\"} " + std::to_string(l.count) + "\n";
    }
    out += "# HELP retailos_events_ingested_total Upstream events by the status they were stored with.\n"
           "# TYPE retailos_events_ingested_total counter\n";
    for (const auto &[status, n] : m_events)
        out += "retailos_events_ingested_total{status=\"" + status + "\"} " + std::to_string(n) + "\n";
    out += "# HELP retailos_events_rejected_total Events stored as rejected, by code (R-7.13).\n"
           "# TYPE retailos_events_rejected_total counter\n";
    for (const auto &[code, n] : m_rejections)
        out += "retailos_events_rejected_total{code=\"" + code + "\"} " + std::to_string(n) + "\n";
    out += "# HELP retailos_event_conflicts_total Uploads refused because a stream has two histories (R-7.9).\n"
           "# TYPE retailos_event_conflicts_total counter\n"
           "retailos_event_conflicts_total " + std::to_string(m_conflicts.load()) + "\n";
    out += "# HELP retailos_verify_mismatch_total Replica digests a lane found different from the server's (R-8.12).\n"
           "# TYPE retailos_verify_mismatch_total counter\n"
           "retailos_verify_mismatch_total " + std::to_string(m_verifyMismatches.load()) + "\n";
    out += "# HELP retailos_parked_long_polls Pull requests waiting for a change (R-8.9).\n"
           "# TYPE retailos_parked_long_polls gauge\n"
           "retailos_parked_long_polls " + std::to_string(m_parkedPolls.load()) + "\n";
    return out;
}

} // namespace retailos::server::api
