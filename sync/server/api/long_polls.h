// Parked pulls: a waiter per request that holds no thread, woken when
// a commit changes one of its scopes or when its wait is over. Each scope name
// has a version counter, bumped on every notify and read *before* the pull's
// database read, so a change committed between that read and the parking still
// wakes it at once. (Versions are per scope name, not per tenant, so they can be
// read before the credential is checked; another tenant's change of a scope of
// the same name only makes a waiter look again and park again.)
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace retailos::server::api {

class LongPolls
{
public:
    using Clock = std::chrono::steady_clock;
    using Versions = std::vector<std::uint64_t>;
    using Wake = std::function<void()>;   // runs once: re-pull and answer

    // The current versions of these scopes, then the generation (moved by
    // wakeAll); read before the pull's database read.
    Versions versions(const std::vector<std::string> &scopes);
    // Parks a waiter unless a version moved since `seen` or the server is
    // stopping (then wakes at once).
    void park(std::string tenant, std::vector<std::string> scopes, const Versions &seen, Clock::time_point deadline,
              Wake wake);
    // After a commit that changed these scopes.
    void notify(std::string_view tenant, const std::vector<std::string> &scopes);

    // Called under this object's lock whenever a scope's version moves (empty
    // tenant and scope: every scope), so a cache of heads forgets atomically
    // with the version change (PullCache).
    void setOnChange(std::function<void(std::string_view tenant, std::string_view scope)> onChange);
    // Runs `fn` under this object's lock when `scope`'s version is still
    // seen[index] and the generation still seen.back() (seen from versions()).
    bool ifUnchanged(const std::string &scope, const Versions &seen, std::size_t index, const std::function<void()> &fn);
    // Wakes the waiters whose deadline passed; returns how many are still parked.
    std::size_t expire(Clock::time_point now);
    // Wakes everyone. With `closing`, later waiters are woken at once (shutdown).
    void wakeAll(bool closing = false);
    bool closed();

private:
    struct Waiter
    {
        std::string tenant;
        std::vector<std::string> scopes;
        Clock::time_point deadline;
        Wake wake;
    };
    static std::string keyOf(std::string_view tenant, std::string_view scope);

    std::mutex m_mutex;
    std::map<std::string, std::uint64_t, std::less<>> m_versions;
    std::map<std::uint64_t, Waiter> m_waiters;
    std::multimap<std::string, std::uint64_t, std::less<>> m_byScope;
    std::uint64_t m_nextId = 1;
    bool m_closed = false;
    std::uint64_t m_generation = 0;   // moved by wakeAll: every earlier read is stale
    std::function<void(std::string_view, std::string_view)> m_onChange;
};

} // namespace retailos::server::api
