// The bookkeeping behind long-polls and the polling fast path: whatever is
// announced (a commit, a lost notification channel, a revocation) makes every
// read that began before it stale — a parked pull wakes, a remembered head or
// credential is not stored.
#include "sync/server/api/long_polls.h"
#include "sync/server/api/pull_cache.h"

#include <QTest>

using namespace retailos::server;
using namespace retailos::server::api;

class tst_LongPolls : public QObject
{
    Q_OBJECT

private slots:
    void aCommitWakesTheWaitersOfItsScopeOnly()
    {
        LongPolls polls;
        int global = 0, store = 0;
        polls.park("t1", {"global"}, polls.versions({"global"}), LongPolls::Clock::now() + std::chrono::hours(1), [&] { ++global; });
        polls.park("t1", {"store:s1"}, polls.versions({"store:s1"}), LongPolls::Clock::now() + std::chrono::hours(1), [&] { ++store; });
        polls.notify("t1", {"global"});
        QCOMPARE(global, 1);
        QCOMPARE(store, 0);
        polls.notify("t2", {"store:s1"});   // another tenant's scope of the same name
        QCOMPARE(store, 0);
        QCOMPARE(polls.expire(LongPolls::Clock::now() + std::chrono::hours(2)), std::size_t(0));
        QCOMPARE(store, 1);
    }

    void aCommitBetweenReadAndParkingWakesAtOnce()
    {
        LongPolls polls;
        const auto seen = polls.versions({"global"});
        polls.notify("t1", {"global"});
        int woken = 0;
        polls.park("t1", {"global"}, seen, LongPolls::Clock::now() + std::chrono::hours(1), [&] { ++woken; });
        QCOMPARE(woken, 1);
    }

    void aLostChannelMakesEveryEarlierReadStale()
    {
        // Also for a scope never announced in this process.
        LongPolls polls;
        PullCache cache;
        polls.setOnChange([&](std::string_view tenant, std::string_view scope) {
            if (scope.empty()) cache.forgetHeads();
            else cache.forgetHead(tenant, scope);
        });
        const auto seen = polls.versions({"global"});
        polls.wakeAll();
        const bool stored = polls.ifUnchanged("global", seen, 0, [&] { cache.putHead("t1", "global", {"e", 7, "c"}); });
        QVERIFY(!stored);
        QVERIFY(!cache.head("t1", "global"));
        int woken = 0;
        polls.park("t1", {"global"}, seen, LongPolls::Clock::now() + std::chrono::hours(1), [&] { ++woken; });
        QCOMPARE(woken, 1);
    }

    void anAnnouncedCommitForgetsTheRememberedHead()
    {
        LongPolls polls;
        PullCache cache;
        polls.setOnChange([&](std::string_view tenant, std::string_view scope) {
            if (scope.empty()) cache.forgetHeads();
            else cache.forgetHead(tenant, scope);
        });
        const auto seen = polls.versions({"global"});
        QVERIFY(polls.ifUnchanged("global", seen, 0, [&] { cache.putHead("t1", "global", {"e", 7, "c"}); }));
        QVERIFY(cache.head("t1", "global"));
        polls.notify("t1", {"global"});
        QVERIFY(!cache.head("t1", "global"));
        // A read that began before the commit cannot put its old head back.
        QVERIFY(!polls.ifUnchanged("global", seen, 0, [&] { cache.putHead("t1", "global", {"e", 7, "c"}); }));
        QVERIFY(!cache.head("t1", "global"));
    }

    void aRevocationWinsOverACheckThatBeganBeforeIt()
    {
        PullCache cache;
        store::TerminalIdentity terminal{"term", "t1", "s1", "lane-1", "Lane 1", "cred"};
        const auto generation = cache.credentialGeneration();
        cache.forgetCredentials();   // the revoke commits while the pull still reads
        cache.putTerminal("rtt1.secret", terminal, {"global"}, generation);
        QVERIFY(!cache.terminal("rtt1.secret", {"global"}));
        cache.putTerminal("rtt1.secret", terminal, {"global"}, cache.credentialGeneration());
        QVERIFY(cache.terminal("rtt1.secret", {"global"}));
        QVERIFY(!cache.terminal("rtt1.secret", {"store:s2"}));   // only scopes it was allowed to read
    }
};

QTEST_GUILESS_MAIN(tst_LongPolls)
#include "tst_long_polls.moc"
