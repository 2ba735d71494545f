// Test support: the whole lane as the program runs it — LaneServices over a
// real SQLite file and key in a temporary folder, with the four known items
// (see lane_fixture.h), a cashier and a supervisor, and a test clock.
//
// close() drops the services the way a crash does (no sign-out, no
// completion); open() starts them again on the same files, so a test can
// check what a restarted lane brings back.
#pragma once

#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_writer.h"
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/lane/lane_services.h"
#include "core/sale/sale_session.h"
#include "core/sale/sale_store.h"
#include "tests/support/known_items.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace retailos::test {

// The same items as LaneFixture (EUR, VAT inclusive, 7 % reduced / 19 % standard).
struct LaneItems
{
    static constexpr const char16_t *milk = u"4006381333931"; // 1.99, reduced
    static constexpr const char16_t *wine = u"73513537"; // 6.49, standard, 18+
    static constexpr const char16_t *soap = u"036000291452"; // 2.49, standard
    static constexpr const char16_t *bananasPlu = u"4011"; // 2.99 per kg, reduced
    static constexpr qint64 milkMinor = 199;
    static constexpr qint64 wineMinor = 649;
    static constexpr qint64 soapMinor = 249;
    static constexpr qint64 bananasPerKgMinor = 299;
};

// Staff written by the fixture.
struct LaneStaff
{
    static constexpr const char16_t *cashier = u"1001"; // role cashier, PIN 1111
    static constexpr const char16_t *cashierPin = u"1111";
    static constexpr const char16_t *cashierName = u"Trinh Nguyen";
    static constexpr const char16_t *supervisor = u"2001"; // role supervisor, PIN 9876
    static constexpr const char16_t *supervisorPin = u"9876";
    static constexpr const char16_t *supervisorName = u"Sam Supervisor";
};

class LaneServicesFixture
{
public:
    static constexpr qint64 kT0 = 1'795'000'000'000; // 2026-11-18 UTC, ms

    // `adjust` may change the options (policy, idle time, ...) before the
    // first open; every later open() uses the same options.
    explicit LaneServicesFixture(const std::function<void(LaneOptions &)> &adjust = {})
    {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder");
        m_options.databasePath = m_dir.filePath(u"lane.db"_qs);
        m_options.keyPath = m_dir.filePath(u"lane-key.pem"_qs);
        m_options.staff.pinIterations = 1000; // fast sign-in; the policy is the same otherwise
        m_options.receiptHeader = { { u"Demo Store"_qs, u"Hauptstraße 1, Berlin"_qs }, { u"Thank you!"_qs } };
        m_options.locale = QLocale(u"de_DE"_qs);
        m_options.nowUtcMs = [this] { return m_now; };
        if (adjust)
            adjust(m_options);
        seedCatalogue();
        open();
        ok(m_lane->staff().createUser({ QString::fromUtf16(LaneStaff::cashier),
                                          QString::fromUtf16(LaneStaff::cashierName), { u"cashier"_qs }, QString() },
               QString::fromUtf16(LaneStaff::cashierPin), m_now),
            "cashier");
        ok(m_lane->staff().createUser(
               { QString::fromUtf16(LaneStaff::supervisor), QString::fromUtf16(LaneStaff::supervisorName),
                   { u"supervisor"_qs }, QString() },
               QString::fromUtf16(LaneStaff::supervisorPin), m_now),
            "supervisor");
    }

    LaneServicesFixture(const LaneServicesFixture &) = delete;
    LaneServicesFixture &operator=(const LaneServicesFixture &) = delete;

    // Opens the lane on the fixture's files (after close(): a restart).
    void open()
    {
        if (m_lane)
            qFatal("the lane is already open");
        auto lane = LaneServices::open(m_options);
        ok(lane, "lane services");
        m_lane = std::move(*lane);
    }

    // Drops the lane as a crash would: nothing signed out, nothing completed.
    void close() { m_lane.reset(); }

    [[nodiscard]] bool isOpen() const { return bool(m_lane); }
    LaneServices &lane() { return *m_lane; }
    SaleSession &session() { return m_lane->session(); }
    Database &db() { return m_lane->database(); }
    const LaneOptions &options() const { return m_options; }
    QString folder() const { return m_dir.path(); }

    // The lane's clock (ms since the epoch); tests move it on.
    qint64 now() const { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

    // One integer from the lane database, -1 on error.
    qint64 count(std::string_view sql) { return db().queryInt(sql).value_or(-1); }
    // One text from the lane database (first column of the first row), empty
    // if there is no row or on error.
    QString text(std::string_view sql)
    {
        auto stmt = db().prepare(sql);
        if (!stmt)
            return {};
        auto row = stmt->step();
        return row && *row ? stmt->text(0) : QString();
    }
    qint64 journalCount(const QString &type)
    {
        auto stmt = db().prepare("SELECT count(*) FROM journal WHERE type = ?1");
        if (!stmt)
            return -1;
        stmt->bind(1, type);
        auto row = stmt->step();
        return row && *row ? stmt->int64(0) : -1;
    }
    // The payload (JSON text) of the last journal record of a type, empty if none.
    QString lastJournalPayload(const QString &type)
    {
        auto stmt = db().prepare("SELECT payload FROM journal WHERE type = ?1 ORDER BY sequence DESC LIMIT 1");
        if (!stmt)
            return {};
        stmt->bind(1, type);
        auto row = stmt->step();
        return row && *row ? stmt->text(0) : QString();
    }

    // A gift card (or store credit) with a starting balance.
    void issueAccount(const QString &id, qint64 minor, const QString &kind = u"gift_card"_qs)
    {
        auto currency = Currency::fromCode(m_options.currency);
        ok(currency, "currency");
        ok(m_lane->store().credit(id, kind, Money(minor, *currency), u"issued"_qs, m_now), "gift card");
    }

    template<typename T> static void ok(const Result<T> &r, const char *what)
    {
        if (!r)
            qFatal("%s: %s", what, qPrintable(r.error().message));
    }

private:
    // The tax table is read when the lane opens, so the reference data and
    // the items go in first, on a connection of their own.
    void seedCatalogue()
    {
        auto db = Database::open(m_options.databasePath);
        ok(db, "open");
        ok(migrate(*db, laneMigrations()), "migrate");
        writeKnownItems(*db, m_options.currency);   // prices as in LaneItems
    }

    QTemporaryDir m_dir;
    LaneOptions m_options;
    qint64 m_now = kT0;
    std::unique_ptr<LaneServices> m_lane;
};

} // namespace retailos::test
