// Everything a lane runs, assembled once from its settings: the database
// (migrated), catalogue, pricing, staff, journal and the sale session. The
// lane UI, the kiosk, the headless driver, the crash test and the benchmarks
// all start the lane through here, so they run the very same engine.
#pragma once

#include "core/barcode/scan_rules.h"
#include "core/common/result.h"
#include "core/sale/receipt.h"
#include "core/sale/sale_policy.h"
#include "core/staff/staff_directory.h"
#include "core/tax/taxconfig.h"

#include <QLocale>

#include <functional>
#include <memory>

namespace retailos {

class Catalogue;
class Database;
class Journal;
class PricingPipeline;
class SaleSession;
class SaleStore;
struct Settings;

struct LaneOptions
{
    QString databasePath;
    QString keyPath;                   // the lane's journal signing key (PEM, created if missing)
    QString storeId = QStringLiteral("store-001");
    QString laneId = QStringLiteral("lane-01");
    QString currency = QStringLiteral("EUR");
    TaxConfig tax;
    SalePolicy sale;
    ScanRules scanning = ScanRules::defaults();
    StaffPolicy staff;
    ReceiptHeader receiptHeader;
    QLocale locale = QLocale(QStringLiteral("de_DE"));
    std::function<qint64()> nowUtcMs;  // empty: the system clock

    [[nodiscard]] static LaneOptions fromSettings(const Settings &settings);
};

class LaneServices
{
public:
    [[nodiscard]] static Result<std::unique_ptr<LaneServices>> open(const LaneOptions &options);
    ~LaneServices();

    [[nodiscard]] Database &database();
    [[nodiscard]] Catalogue &catalogue();
    [[nodiscard]] StaffDirectory &staff();
    [[nodiscard]] Journal &journal();
    [[nodiscard]] SaleStore &store();
    [[nodiscard]] SaleSession &session();
    [[nodiscard]] const LaneOptions &options() const;
    [[nodiscard]] qint64 now() const;

    // Signs a person in at the lane (journaled); the session sells as them.
    [[nodiscard]] Result<SignedInUser> signIn(QStringView code, QStringView pin);
    // Journaled; an open basket stays and comes back at the next sign-in.
    [[nodiscard]] Result<> signOut();
    [[nodiscard]] const std::optional<SignedInUser> &signedIn() const;

    // Idle lock: the lane (its UI, a kiosk) reports input with noteActivity();
    // lockIfIdle() signs the person out (journaled) once the store's idle
    // time has passed. The open basket stays for their next sign-in.
    void noteActivity();
    [[nodiscard]] Result<bool> lockIfIdle();

private:
    struct Parts;
    explicit LaneServices(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
};

} // namespace retailos
