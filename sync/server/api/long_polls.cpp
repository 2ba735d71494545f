#include "sync/server/api/long_polls.h"

namespace retailos::server::api {

std::string LongPolls::keyOf(std::string_view tenant, std::string_view scope)
{
    std::string key(tenant);
    key.push_back('\n');
    key += scope;
    return key;
}

LongPolls::Versions LongPolls::versions(const std::vector<std::string> &scopes)
{
    std::lock_guard lock(m_mutex);
    Versions out;
    for (const auto &scope : scopes) {
        const auto it = m_versions.find(scope);
        out.push_back(it == m_versions.end() ? 0 : it->second);
    }
    out.push_back(m_generation);
    return out;
}

void LongPolls::park(std::string tenant, std::vector<std::string> scopes, const Versions &seen,
                     Clock::time_point deadline, Wake wake)
{
    {
        std::lock_guard lock(m_mutex);
        bool moved = m_closed || seen.size() != scopes.size() + 1 || seen.back() != m_generation;
        for (std::size_t i = 0; i < scopes.size() && !moved; ++i) {
            const auto it = m_versions.find(scopes[i]);
            moved = (it == m_versions.end() ? 0 : it->second) != seen[i];
        }
        if (!moved) {
            const std::uint64_t id = m_nextId++;
            for (const auto &scope : scopes) m_byScope.emplace(keyOf(tenant, scope), id);
            m_waiters.emplace(id, Waiter{std::move(tenant), std::move(scopes), deadline, std::move(wake)});
            return;
        }
    }
    wake();
}

void LongPolls::notify(std::string_view tenant, const std::vector<std::string> &scopes)
{
    std::vector<Wake> woken;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &scope : scopes) {
            const std::string key = keyOf(tenant, scope);
            ++m_versions[scope];
            if (m_onChange) m_onChange(tenant, scope);
            auto [first, last] = m_byScope.equal_range(key);
            std::vector<std::uint64_t> ids;
            for (auto it = first; it != last; ++it) ids.push_back(it->second);
            for (std::uint64_t id : ids) {
                auto w = m_waiters.find(id);
                if (w == m_waiters.end()) continue;
                for (const auto &s : w->second.scopes) {
                    auto [a, b] = m_byScope.equal_range(keyOf(w->second.tenant, s));
                    for (auto it = a; it != b;) it = it->second == id ? m_byScope.erase(it) : std::next(it);
                }
                woken.push_back(std::move(w->second.wake));
                m_waiters.erase(w);
            }
        }
    }
    for (auto &wake : woken) wake();
}

std::size_t LongPolls::expire(Clock::time_point now)
{
    std::vector<Wake> woken;
    std::size_t left = 0;
    {
        std::lock_guard lock(m_mutex);
        for (auto w = m_waiters.begin(); w != m_waiters.end();) {
            if (w->second.deadline > now) {
                ++w;
                continue;
            }
            for (const auto &s : w->second.scopes) {
                auto [a, b] = m_byScope.equal_range(keyOf(w->second.tenant, s));
                for (auto it = a; it != b;) it = it->second == w->first ? m_byScope.erase(it) : std::next(it);
            }
            woken.push_back(std::move(w->second.wake));
            w = m_waiters.erase(w);
        }
        left = m_waiters.size();
    }
    for (auto &wake : woken) wake();
    return left;
}

void LongPolls::wakeAll(bool closing)
{
    std::map<std::uint64_t, Waiter> all;
    {
        std::lock_guard lock(m_mutex);
        if (closing) m_closed = true;
        // Whatever was missed (a lost notification channel), nothing read before
        // now is trusted, for any scope, announced here before or not.
        ++m_generation;
        if (m_onChange) m_onChange({}, {});
        all.swap(m_waiters);
        m_byScope.clear();
    }
    for (auto &[id, w] : all) w.wake();
}

} // namespace retailos::server::api

namespace retailos::server::api {

bool LongPolls::closed()
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

} // namespace retailos::server::api

namespace retailos::server::api {

void LongPolls::setOnChange(std::function<void(std::string_view, std::string_view)> onChange)
{
    std::lock_guard lock(m_mutex);
    m_onChange = std::move(onChange);
}

bool LongPolls::ifUnchanged(const std::string &scope, const Versions &seen, std::size_t index,
                            const std::function<void()> &fn)
{
    std::lock_guard lock(m_mutex);
    if (seen.empty() || seen.back() != m_generation || index + 1 >= seen.size()) return false;
    const auto it = m_versions.find(scope);
    if ((it == m_versions.end() ? 0 : it->second) != seen[index]) return false;
    fn();
    return true;
}

} // namespace retailos::server::api
