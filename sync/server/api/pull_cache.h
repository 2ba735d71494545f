// The fast path of a poll (performance.md "server polling"): most pulls come
// from lanes that are up to date. Their credential's terminal and each scope's
// head are remembered for a short while, so such a pull is answered without
// the database. Correctness comes from invalidation, the lifetimes only bound
// what a missed notification could cost:
//  - a commit that changes a scope forgets its head at once (in this process
//    through LongPolls' notify, in others through PostgreSQL NOTIFY), and a
//    head read from the database is only remembered when no commit to that
//    scope was announced since the read began (the scope's version);
//  - revoking or re-enrolling a terminal forgets every remembered credential.
#pragma once

#include "sync/server/store/identity.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace retailos::server::api {

class PullCache
{
public:
    using Clock = std::chrono::steady_clock;
    struct Head
    {
        std::string epoch;
        std::int64_t seq = 0;
        std::string changeId;
    };

    std::optional<store::TerminalIdentity> terminal(const std::string &credential, const std::vector<std::string> &scopes);
    // Read before the credential is checked in the database; putTerminal()
    // remembers only when no forgetCredentials() came in between (a revocation
    // committed after that check must win).
    std::uint64_t credentialGeneration();
    void putTerminal(const std::string &credential, const store::TerminalIdentity &terminal,
                     const std::vector<std::string> &readableScopes, std::uint64_t generation);
    void forgetCredentials();

    std::optional<Head> head(const std::string &tenant, const std::string &scope);
    void putHead(const std::string &tenant, const std::string &scope, Head head);
    void forgetHead(std::string_view tenant, std::string_view scope);
    void forgetHeads();

    static constexpr std::chrono::milliseconds kHeadLifetime{1000};
    static constexpr std::chrono::milliseconds kTerminalLifetime{5000};
    static constexpr std::size_t kMaxEntries = 100'000;   // beyond: start again empty

private:
    struct CachedTerminal
    {
        store::TerminalIdentity terminal;
        std::set<std::string, std::less<>> readable;
        Clock::time_point until;
    };
    struct CachedHead
    {
        Head head;
        Clock::time_point until;
    };
    std::mutex m_mutex;
    std::uint64_t m_credentialGeneration = 0;
    std::map<std::string, CachedTerminal, std::less<>> m_terminals;   // by SHA-256 of the credential
    std::map<std::pair<std::string, std::string>, CachedHead, std::less<>> m_heads;
};

} // namespace retailos::server::api
