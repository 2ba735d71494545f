// Prometheus text-format metrics: requests and latencies by route,
// events ingested by status, rejections by code, conflicts. Per-terminal lag
// and clock offset are read from the database at scrape time.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace retailos::server::api {

class ServerMetrics
{
public:
    void countRequest(std::string_view route, int status, std::chrono::microseconds elapsed);
    void countEvents(std::string_view status, std::int64_t n = 1);
    void countRejection(std::string_view code);
    void countConflict();
    void countVerifyMismatch() { ++m_verifyMismatches; }
    void setParkedPolls(std::int64_t n) { m_parkedPolls = n; }

    // The metrics known in memory, in Prometheus text format 0.0.4.
    std::string render() const;

    // "/v1/admin/terminals/5f0b…/revoke" → "/v1/admin/terminals/{id}/revoke"
    static std::string routeOf(std::string_view path);

private:
    static constexpr std::array<double, 12> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5,   10.0};
    struct Latency
    {
        std::array<std::int64_t, kBuckets.size()> buckets{};
        std::int64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, int>, std::int64_t> m_requests;
    std::map<std::string, Latency> m_latency;
    std::map<std::string, std::int64_t> m_events;
    std::map<std::string, std::int64_t> m_rejections;
    std::atomic<std::int64_t> m_conflicts{0};
    std::atomic<std::int64_t> m_parkedPolls{0};
    std::atomic<std::int64_t> m_verifyMismatches{0};
};

} // namespace retailos::server::api
