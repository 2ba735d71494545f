#include "sync/server/api/pull_cache.h"

#include "sync/server/store/ids.h"

namespace retailos::server::api {

std::optional<store::TerminalIdentity> PullCache::terminal(const std::string &credential,
                                                           const std::vector<std::string> &scopes)
{
    const std::string key = store::sha256(credential);   // the secret itself is not kept
    std::lock_guard lock(m_mutex);
    const auto it = m_terminals.find(key);
    if (it == m_terminals.end() || it->second.until < Clock::now()) return std::nullopt;
    for (const std::string &scope : scopes)
        if (!it->second.readable.contains(scope)) return std::nullopt;
    return it->second.terminal;
}

std::uint64_t PullCache::credentialGeneration()
{
    std::lock_guard lock(m_mutex);
    return m_credentialGeneration;
}

void PullCache::putTerminal(const std::string &credential, const store::TerminalIdentity &terminal,
                            const std::vector<std::string> &readableScopes, std::uint64_t generation)
{
    const std::string key = store::sha256(credential);
    std::lock_guard lock(m_mutex);
    if (generation != m_credentialGeneration) return;
    if (m_terminals.size() >= kMaxEntries) m_terminals.clear();
    CachedTerminal &entry = m_terminals[key];
    if (entry.terminal.terminalId != terminal.terminalId) entry.readable.clear();
    entry.terminal = terminal;
    entry.readable.insert(readableScopes.begin(), readableScopes.end());
    entry.until = Clock::now() + kTerminalLifetime;
}

void PullCache::forgetCredentials()
{
    std::lock_guard lock(m_mutex);
    ++m_credentialGeneration;
    m_terminals.clear();
}

std::optional<PullCache::Head> PullCache::head(const std::string &tenant, const std::string &scope)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_heads.find(std::pair{tenant, scope});
    if (it == m_heads.end() || it->second.until < Clock::now()) return std::nullopt;
    return it->second.head;
}

void PullCache::putHead(const std::string &tenant, const std::string &scope, Head head)
{
    std::lock_guard lock(m_mutex);
    if (m_heads.size() >= kMaxEntries) m_heads.clear();
    m_heads[std::pair{tenant, scope}] = CachedHead{std::move(head), Clock::now() + kHeadLifetime};
}

void PullCache::forgetHead(std::string_view tenant, std::string_view scope)
{
    std::lock_guard lock(m_mutex);
    m_heads.erase(std::pair{std::string(tenant), std::string(scope)});
}

void PullCache::forgetHeads()
{
    std::lock_guard lock(m_mutex);
    m_heads.clear();
}

} // namespace retailos::server::api
