// Test support: a whole lane engine over a real SQLite file — catalogue with
// a few known items, the journal with a fresh lane key, the sale store and a
// session with a test clock.
#pragma once

#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_writer.h"
#include "core/catalogue/tax_table.h"
#include "core/journal/journal.h"
#include "core/lane/staff_approvals.h"
#include "core/sale/lane_journal.h"
#include "core/sale/sale_session.h"
#include "tests/support/known_items.h"
#include "tests/support/temp_database.h"

#include <QTest>

#include <memory>

namespace retailos::test {

inline constexpr qint64 kLaneT0 = 1'795'000'000'000; // 2026-11-18 UTC, ms

// Known items (EUR, VAT inclusive, 7 % reduced / 19 % standard).
struct KnownItems
{
    static constexpr const char16_t *milk = u"4006381333931";     // 1.99, reduced
    static constexpr const char16_t *wine = u"73513537";          // 6.49, standard, 18+
    static constexpr const char16_t *soap = u"036000291452";      // 2.49, standard
    static constexpr const char16_t *bananasPlu = u"4011";        // 2.99 per kg, reduced
};

// Data rows for "who approves at the fixture's lane, and what the engine
// answers" (columns code, pin, error; an empty error: approved).
inline void addApproverRows()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("error");
    QTest::newRow("right supervisor") << u"2001"_qs << u"9876"_qs << QString();
    QTest::newRow("wrong PIN") << u"2001"_qs << u"0000"_qs << u"staff.bad_credentials"_qs;
    QTest::newRow("unknown user") << u"7777"_qs << u"9876"_qs << u"staff.bad_credentials"_qs;
    QTest::newRow("a cashier cannot approve") << u"1002"_qs << u"1111"_qs << u"staff.permission_denied"_qs;
    QTest::newRow("nobody approves themself") << u"1001"_qs << u"1234"_qs << u"sale.self_approval"_qs;
}

class LaneFixture
{
public:
    explicit LaneFixture(SalePolicy policy = {}, const QString &currency = u"EUR"_qs)
    {
        m_db = std::make_unique<Database>(m_tmp.open());
        writeKnownItems(*m_db, currency);

        // Real staff for approvals: a supervisor 2001/9876 and a second
        // cashier 1002/1111 (who may not approve overrides).
        StaffPolicy staffPolicy;
        staffPolicy.pinIterations = 1000;
        m_staff = std::make_unique<StaffDirectory>(*m_db, staffPolicy);
        ok(m_staff->createUser({u"2001"_qs, u"Sam Supervisor"_qs, {u"supervisor"_qs}, QString()}, u"9876", 0), "supervisor");
        ok(m_staff->createUser({u"1002"_qs, u"Cal Cashier"_qs, {u"cashier"_qs}, QString()}, u"1111", 0), "cashier");
        m_approvals = std::make_unique<StaffApprovals>(*m_staff, [this] { return m_now; });

        auto key = LaneKey::generate();
        ok(key, "lane key");
        auto journal = Journal::open(*m_db, u"lane-01"_qs, *key);
        ok(journal, "journal");
        m_journal = std::make_unique<Journal>(std::move(*journal));
        m_laneJournal = std::make_unique<LaneJournal>(*m_journal);
        auto store = SaleStore::open(*m_db, u"lane-01"_qs);
        ok(store, "sale store");
        m_store = std::make_unique<SaleStore>(std::move(*store));
        auto catalogue = Catalogue::open(*m_db, u"store-001"_qs);
        ok(catalogue, "catalogue");
        m_catalogue = std::make_unique<Catalogue>(std::move(*catalogue));
        auto taxes = TaxTable::load(*m_db);
        ok(taxes, "tax table");
        m_pricing = std::make_unique<PricingPipeline>(*taxes, TaxConfig{});
        m_context.storeId = u"store-001"_qs;
        m_context.laneId = u"lane-01"_qs;
        m_context.currency = *Currency::fromCode(currency);
        m_context.policy = policy;
        m_context.nowUtcMs = [this] { return m_now; };
        m_context.receiptHeader = {{u"Demo Store"_qs, u"Hauptstraße 1, Berlin"_qs}, {u"Thank you!"_qs}};
        m_context.locale = QLocale(u"de_DE"_qs);
        m_session = newSession();
    }

    // A second session over the same database: what a restarted lane sees.
    std::unique_ptr<SaleSession> newSession()
    {
        auto s = std::make_unique<SaleSession>(m_context, *m_catalogue, ScanParser(ScanRules::defaults()), *m_pricing,
                                               *m_store, *m_laneJournal, m_approvals.get());
        s->setOperator(cashier());
        return s;
    }

    static Operator cashier()
    {
        return {u"1001"_qs, u"Trinh Nguyen"_qs, {u"sale.sell"_qs, u"sale.reprint"_qs}};
    }
    static ApprovalRequest supervisor(const QString &reason = {})
    {
        return {u"2001"_qs, u"9876"_qs, reason};
    }

    SaleSession &session() { return *m_session; }
    Database &db() { return *m_db; }
    SaleStore &store() { return *m_store; }
    Journal &journal() { return *m_journal; }
    SaleJournal &laneJournal() { return *m_laneJournal; }
    ApprovalVerifier *approvals() { return m_approvals.get(); }
    StaffDirectory &staff() { return *m_staff; }
    Catalogue &catalogue() { return *m_catalogue; }
    PricingPipeline &pricing() { return *m_pricing; }
    SaleContext &context() { return m_context; }
    qint64 &now() { return m_now; }
    qint64 count(std::string_view sql) { return m_db->queryInt(sql).value_or(-1); }

    template<typename T>
    static void ok(const Result<T> &r, const char *what)
    {
        if (!r)
            qFatal("%s: %s", what, qPrintable(r.error().message));
    }

private:
    TempDatabase m_tmp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<StaffApprovals> m_approvals;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<LaneJournal> m_laneJournal;
    std::unique_ptr<SaleStore> m_store;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<PricingPipeline> m_pricing;
    SaleContext m_context;
    qint64 m_now = kLaneT0;
    std::unique_ptr<SaleSession> m_session;
};

} // namespace retailos::test
