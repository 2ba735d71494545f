// Assembling the lane (see lane_services.h).
#include "core/lane/lane_services.h"

#include "core/lane/staff_approvals.h"

#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/tax_table.h"
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/journal/journal.h"
#include "core/logging/log.h"
#include "core/sale/lane_journal.h"
#include "core/sale/sale_session.h"
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace retailos {

struct LaneServices::Parts
{
    LaneOptions options;
    std::unique_ptr<Database> db;
    std::unique_ptr<Catalogue> catalogue;
    std::unique_ptr<PricingPipeline> pricing;
    std::unique_ptr<StaffDirectory> staff;
    std::unique_ptr<StaffApprovals> approvals;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<LaneJournal> laneJournal;
    std::unique_ptr<SaleStore> store;
    std::unique_ptr<SaleSession> session;
    std::optional<SignedInUser> signedIn;
    qint64 lastActivityUtcMs = 0;
};

LaneOptions LaneOptions::fromSettings(const Settings &settings)
{
    LaneOptions o;
    o.databasePath = settings.resolvedDatabasePath();
    o.keyPath = QFileInfo(o.databasePath).absolutePath() + u"/lane-key.pem";
    o.storeId = settings.store.id;
    o.laneId = settings.laneId;
    o.currency = settings.store.currency;
    o.tax.mode = settings.store.taxInclusive ? TaxMode::Inclusive : TaxMode::Exclusive;
    o.tax.rounding = settings.store.taxPerLine ? TaxRounding::PerLine : TaxRounding::PerReceipt;
    o.scanning = settings.scanning;
    o.staff.laneStoreId = settings.store.id;
    o.locale = QLocale(settings.store.locale);
    o.receiptHeader.lines = {settings.store.name};
    o.receiptHeader.footer = {QCoreApplication::translate("Receipt", "Thank you for shopping with us!")};
    return o;
}

LaneServices::LaneServices(std::unique_ptr<Parts> parts) : m_parts(std::move(parts)) {}
LaneServices::~LaneServices() = default;

Result<std::unique_ptr<LaneServices>> LaneServices::open(const LaneOptions &options)
{
    auto parts = std::make_unique<Parts>();
    parts->options = options;
    if (!parts->options.nowUtcMs)
        parts->options.nowUtcMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    const auto currency = Currency::fromCode(options.currency);
    if (!currency)
        return std::unexpected(currency.error());

    QDir().mkpath(QFileInfo(options.databasePath).absolutePath());
    auto db = Database::open(options.databasePath);
    if (!db)
        return std::unexpected(db.error());
    parts->db = std::make_unique<Database>(std::move(*db));
    if (auto r = migrate(*parts->db, laneMigrations()); !r)
        return std::unexpected(r.error());

    auto catalogue = Catalogue::open(*parts->db, options.storeId);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    parts->catalogue = std::make_unique<Catalogue>(std::move(*catalogue));
    auto taxes = TaxTable::load(*parts->db);
    if (!taxes)
        return std::unexpected(taxes.error());
    parts->pricing = std::make_unique<PricingPipeline>(std::move(*taxes), options.tax);

    auto key = LaneKey::loadOrCreate(options.keyPath);
    if (!key)
        return std::unexpected(key.error());
    auto journal = Journal::open(*parts->db, options.laneId, *key);
    if (!journal)
        return std::unexpected(journal.error());
    parts->journal = std::make_unique<Journal>(std::move(*journal));
    parts->laneJournal = std::make_unique<LaneJournal>(*parts->journal);

    parts->staff = std::make_unique<StaffDirectory>(*parts->db, options.staff);
    // Security events go to the journal; a failed append is logged, never
    // allowed to block a sign-in.
    Journal *journalPtr = parts->journal.get();
    parts->staff->setSecurityListener([journalPtr](const SecurityEvent &e) {
        if (e.kind == SecurityEventKind::ApprovalGranted)
            return;   // recorded with the override it allowed
        const QString type = e.kind == SecurityEventKind::SignedIn ? u"sign_in"_qs : u"sign_in_failed"_qs;
        QJsonObject payload{{u"event"_qs, securityEventId(e.kind).toString()}, {u"user_code"_qs, e.userCode},
                            {u"failed_attempts"_qs, e.failedAttempts}};
        if (e.permission)
            payload.insert(u"permission"_qs, permissionId(*e.permission).toString());
        if (auto r = journalPtr->append(type, payload, 0, e.atUtcMs); !r)
            log::error(u"journal", r.error().message);
    });

    auto store = SaleStore::open(*parts->db, options.laneId);
    if (!store)
        return std::unexpected(store.error());
    parts->store = std::make_unique<SaleStore>(std::move(*store));

    SaleContext context;
    context.storeId = options.storeId;
    context.laneId = options.laneId;
    context.currency = *currency;
    context.policy = options.sale;
    context.nowUtcMs = parts->options.nowUtcMs;
    context.receiptHeader = options.receiptHeader;
    const QString folder = QFileInfo(options.databasePath).absolutePath();
    context.freeDiskBytes = [folder] { return QStorageInfo(folder).bytesAvailable(); };
    context.locale = options.locale;
    parts->approvals = std::make_unique<StaffApprovals>(*parts->staff, parts->options.nowUtcMs);
    parts->session = std::make_unique<SaleSession>(context, *parts->catalogue, ScanParser(options.scanning),
                                                   *parts->pricing, *parts->store, *parts->laneJournal,
                                                   parts->approvals.get());
    // A basket that cannot be brought back must not keep the lane from
    // selling: it stays on disk (the next sale replaces it) and the log says why.
    if (auto restored = parts->session->restore(); !restored)
        log::error(u"sale", QStringLiteral("the open basket could not be restored: %1").arg(restored.error().message));
    return std::unique_ptr<LaneServices>(new LaneServices(std::move(parts)));
}

Database &LaneServices::database() { return *m_parts->db; }
Catalogue &LaneServices::catalogue() { return *m_parts->catalogue; }
StaffDirectory &LaneServices::staff() { return *m_parts->staff; }
Journal &LaneServices::journal() { return *m_parts->journal; }
SaleStore &LaneServices::store() { return *m_parts->store; }
SaleSession &LaneServices::session() { return *m_parts->session; }
const LaneOptions &LaneServices::options() const { return m_parts->options; }
qint64 LaneServices::now() const { return m_parts->options.nowUtcMs(); }
const std::optional<SignedInUser> &LaneServices::signedIn() const { return m_parts->signedIn; }

Result<SignedInUser> LaneServices::signIn(QStringView code, QStringView pin)
{
    auto user = m_parts->staff->signIn(code, pin, now());
    if (!user)
        return user;
    Operator op;
    op.id = user->code;
    op.name = user->displayName;
    for (Permission p : user->permissions.toList())
        op.permissions.insert(permissionId(p).toString());
    m_parts->session->setOperator(op);
    m_parts->signedIn = *user;
    m_parts->lastActivityUtcMs = now();
    return user;
}

void LaneServices::noteActivity()
{
    m_parts->lastActivityUtcMs = now();
}

Result<bool> LaneServices::lockIfIdle()
{
    const int idle = m_parts->options.staff.idleLockSeconds;
    if (!m_parts->signedIn || idle <= 0 || now() - m_parts->lastActivityUtcMs < qint64(idle) * 1000)
        return false;
    if (auto r = signOut(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<> LaneServices::signOut()
{
    if (!m_parts->signedIn)
        return {};
    const QString code = m_parts->signedIn->code;
    m_parts->signedIn.reset();
    m_parts->session->setOperator(Operator{});
    auto r = m_parts->journal->append(u"sign_out"_qs, QJsonObject{{u"user_code"_qs, code}}, 0, now());
    if (!r)
        return std::unexpected(r.error());
    return {};
}



} // namespace retailos
