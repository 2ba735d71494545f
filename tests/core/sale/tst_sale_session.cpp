// The checkout engine as a cashier uses it: scans, quantities, weights and
// labels, voids, overrides and discounts with approvals, age checks, tenders,
// the durable commit with gap-free receipt numbers, crash restore, parking.
#include "core/sale/receipt.h"
#include "tests/support/lane_fixture.h"

#include <QSignalSpy>

#include <limits>
#include <QTest>

using namespace retailos;
using test::KnownItems;
using test::LaneFixture;

namespace {

Money eur(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"EUR"));
}

Tender cash(qint64 received)
{
    Tender t;
    t.kind = TenderKind::Cash;
    t.received = eur(received);
    return t;
}

Tender card(qint64 amount, const QString &pan = u"1234"_qs)
{
    Tender t;
    t.kind = TenderKind::Card;
    t.amount = eur(amount);
    t.maskedPan = pan;
    t.authCode = u"A1B2C3"_qs;
    t.terminalRef = u"T-998"_qs;
    return t;
}

template<typename T>
QString err(const Result<T> &r)
{
    return r ? QString() : r.error().code;
}

} // namespace

class tst_SaleSession : public QObject
{
    Q_OBJECT

private slots:
    void scanPricesAndTaxesEveryChange();
    void pendingQuantityAppliesToNextScan();
    void weighedItemsNeedAWeight();
    void weightAndPriceLabels();
    void unknownAndBadCodesChangeNothing();
    void voidLineNeedsPermissionAndIsJournaled();
    void priceOverrideNeedsReasonAndApproval();
    void discountsWithinAndAboveTheLimit();
    void transactionDiscountAddsUpToTheCent();
    void ageRestrictedItemsNeedConfirmation();
    void cashGivesChange();
    void cardNeverStoresMoreThanFourDigits();
    void cardCannotOverTender();
    void splitTenderCashAndCard();
    void giftCardBalanceIsALedger();
    void cashRoundingToFiveCents();
    void completeCommitsEverythingWithGapFreeNumbers();
    void failedCommitKeepsBasketAndNumber();
    void basketSurvivesARestart();
    void suspendAndResumeOnce();
    void voidSaleIsJournaled();
    void voidsJournalTheCashiersReason();
    void aBasketOfVoidedLinesClearsWithoutASupervisor();
    void receiptAndItsCopy();
    void noNewSaleWhenTheDiskIsAlmostFull();
    void approvalsAreCheckedByTheEngine_data();
    void approvalsAreCheckedByTheEngine();
    void discountCannotGrowPastItsApproval();
    void nothingChangesWhenSignedOut();
    void loweringAQuantityIsAJournaledPartialVoid();
    void aNewSaleNeverInheritsOldBasketLines();
    void aParkedSaleThatCannotBePricedStaysParked();
    void giftCardOfAnotherCurrencyOrKindIsRefused();
    void pricesBeyondTheLaneAreRefused();
    void cashComesInRoundingSteps();
    void cardReferencesCannotHoldACardNumber_data();
    void cardReferencesCannotHoldACardNumber();
    void aPaymentCanBeTakenBackBeforeCompletion();
    void aTypedPriceLabelNeedsAPriceOverride();
    void moreUnitsAtAnOverriddenPriceNeedApproval();
    void theNextCashierTakesOverTheBasket();
    void parkingIsJournaledAndADiscountCanBeCleared();
};

void tst_SaleSession::scanPricesAndTaxesEveryChange()
{
    LaneFixture lane;
    QSignalSpy added(&lane.session(), &SaleSession::lineAdded);
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().scan(KnownItems::soap));
    QCOMPARE(added.size(), 4);
    const PricedSale &p = lane.session().priced();
    // 3 × 1.99 at 7 % = 5.97 (tax 0.39); 2.49 at 19 % (tax 0.40): hand-checked.
    QCOMPARE(p.total.minorUnits(), 846);
    QCOMPARE(p.tax.tax.minorUnits(), 79);
    QCOMPARE(p.tax.rates.size(), 2);
    QCOMPARE(p.due.minorUnits(), 846);
    QCOMPARE(p.itemCount, 4);
}

void tst_SaleSession::pendingQuantityAppliesToNextScan()
{
    LaneFixture lane;
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(3)));
    auto line = lane.session().scan(KnownItems::milk);
    QVERIFY(line);
    QCOMPARE(lane.session().sale().line(*line)->quantity, Quantity::fromInt(3));
    QCOMPARE(lane.session().priced().total.minorUnits(), 597);
    QVERIFY(!lane.session().pendingQuantity());
    QCOMPARE(err(lane.session().setPendingQuantity(Quantity::fromThousandths(1500))), QStringLiteral("sale.quantity"));
    QCOMPARE(err(lane.session().setPendingQuantity(Quantity::fromInt(1000))), QStringLiteral("sale.quantity"));
}

void tst_SaleSession::weighedItemsNeedAWeight()
{
    LaneFixture lane;
    auto missing = lane.session().scan(KnownItems::bananasPlu);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("sale.weight_required"));
    QVERIFY(lane.session().sale().lines.isEmpty());
    QVERIFY(lane.session().scan(KnownItems::bananasPlu, Quantity::fromThousandths(1250)));
    // 1.250 kg × 2.99 = 3.7375 → 3.74 (half up).
    QCOMPARE(lane.session().priced().total.minorUnits(), 374);
    // A piece item given a weight is a mistake, not a silent 1 ×.
    QCOMPARE(lane.session().scan(KnownItems::milk, Quantity::fromThousandths(500)).error().code,
             QStringLiteral("sale.not_weighed"));
}

void tst_SaleSession::weightAndPriceLabels()
{
    LaneFixture lane;
    // Default rule 20: PLU 04011, weight 01250 g.
    auto weighed = lane.session().scan(u"2004011012500");
    QVERIFY2(weighed, qPrintable(weighed ? QString() : weighed.error().message));
    QCOMPARE(lane.session().sale().line(*weighed)->quantity, Quantity::fromThousandths(1250));
    QCOMPARE(lane.session().priced().total.minorUnits(), 374);
    // Default rule 21: PLU 04011, price 3.49 printed by the scale.
    auto priced = lane.session().scan(u"2104011003499");
    QVERIFY2(priced, qPrintable(priced ? QString() : priced.error().message));
    QCOMPARE(lane.session().sale().line(*priced)->priceSource, PriceSource::Label);
    QCOMPARE(lane.session().priced().total.minorUnits(), 374 + 349);
}

void tst_SaleSession::unknownAndBadCodesChangeNothing()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    const Sale before = lane.session().sale();
    for (const QString &code : {u"4006381333932"_qs, u"4006381333948"_qs, u"2412345000009"_qs, u""_qs}) {
        auto r = lane.session().scan(code);
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
    }
    QCOMPARE(lane.session().sale(), before);
}

void tst_SaleSession::voidLineNeedsPermissionAndIsJournaled()
{
    LaneFixture lane;
    auto line = lane.session().scan(KnownItems::soap);
    QVERIFY(lane.session().scan(KnownItems::milk));
    auto refused = lane.session().voidLine(*line);
    QCOMPARE(err(refused), QStringLiteral("sale.approval_required"));
    QVERIFY(refused.error().message.contains(u"sale.void_line"));
    const qint64 records = lane.count("SELECT count(*) FROM journal");
    QVERIFY(lane.session().voidLine(*line, LaneFixture::supervisor(u"CUSTOMER_CHANGED_MIND"_qs)));
    QVERIFY(lane.session().sale().line(*line)->voided);          // still there, marked void
    QCOMPARE(lane.session().sale().lines.size(), 2);
    QCOMPARE(lane.session().priced().total.minorUnits(), 199);
    QCOMPARE(lane.count("SELECT count(*) FROM journal"), records + 1);
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'line_void'"), 1);
}

void tst_SaleSession::priceOverrideNeedsReasonAndApproval()
{
    LaneFixture lane;
    auto line = lane.session().scan(KnownItems::soap);
    QCOMPARE(err(lane.session().overridePrice(*line, eur(199), QString(), LaneFixture::supervisor())),
             QStringLiteral("sale.reason_required"));
    QCOMPARE(err(lane.session().overridePrice(*line, eur(199), u"DAMAGED"_qs)), QStringLiteral("sale.approval_required"));
    QVERIFY(lane.session().overridePrice(*line, eur(199), u"DAMAGED"_qs, LaneFixture::supervisor()));
    QCOMPARE(lane.session().priced().total.minorUnits(), 199);
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'price_override'"), 1);
}

void tst_SaleSession::discountsWithinAndAboveTheLimit()
{
    LaneFixture lane;
    auto line = lane.session().scan(KnownItems::wine);
    QVERIFY(line);
    Discount small{Discount::Kind::Percent, 100'000, u"LOYAL"_qs, std::nullopt};   // 10 %: within the limit
    QVERIFY(lane.session().discountLine(*line, small));
    QCOMPARE(lane.session().priced().total.minorUnits(), 649 - 65);
    Discount big{Discount::Kind::Percent, 500'000, u"DAMAGED"_qs, std::nullopt};
    QCOMPARE(err(lane.session().discountLine(*line, big)), QStringLiteral("sale.approval_required"));
    QCOMPARE(lane.session().priced().total.minorUnits(), 649 - 65);               // unchanged
    QVERIFY(lane.session().discountLine(*line, big, LaneFixture::supervisor()));
    QCOMPARE(lane.session().priced().total.minorUnits(), 649 - 325);
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'discount_override'"), 1);
    Discount noReason{Discount::Kind::Amount, 10, QString(), std::nullopt};
    QCOMPARE(err(lane.session().discountLine(*line, noReason)), QStringLiteral("sale.reason_required"));
}

void tst_SaleSession::transactionDiscountAddsUpToTheCent()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().scan(KnownItems::soap));
    QVERIFY(lane.session().scan(KnownItems::milk));
    Discount d{Discount::Kind::Amount, 100, u"COUPON"_qs, std::nullopt};
    QVERIFY(lane.session().discountSale(d));
    const PricedSale &p = lane.session().priced();
    qint64 shares = 0;
    qint64 amounts = 0;
    for (const PricedLine &l : p.lines) {
        shares += l.transactionDiscountShare.minorUnits();
        amounts += l.amount.minorUnits();
    }
    QCOMPARE(shares, 100);
    QCOMPARE(p.total.minorUnits(), 199 + 249 + 199 - 100);
    QCOMPARE(amounts, p.total.minorUnits());
    qint64 taxes = 0;
    for (const TaxRateTotal &t : p.tax.rates)
        taxes += t.tax.minorUnits();
    QCOMPARE(taxes, p.tax.tax.minorUnits());
}

void tst_SaleSession::ageRestrictedItemsNeedConfirmation()
{
    LaneFixture lane;
    auto line = lane.session().scan(KnownItems::wine);
    QVERIFY(lane.session().sale().line(*line)->needsAgeCheck());
    auto refused = lane.session().addTender(cash(1000));
    QCOMPARE(err(refused), QStringLiteral("sale.age_check"));
    QVERIFY(refused.error().message.contains(u"18"));
    QVERIFY(lane.session().confirmAge(*line));
    QVERIFY(lane.session().addTender(cash(1000)));
    QVERIFY(lane.session().complete());
}

void tst_SaleSession::cashGivesChange()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::soap));
    QVERIFY(lane.session().addTender(cash(2000)));
    QCOMPARE(lane.session().priced().due.minorUnits(), 0);
    auto done = lane.session().complete();
    QVERIFY(done);
    QCOMPARE(done->change.minorUnits(), 2000 - 249);
    QCOMPARE(lane.count("SELECT change_minor FROM sales"), 1751);
    QCOMPARE(err(lane.session().addTender(cash(100))), QStringLiteral("sale.empty"));
}

void tst_SaleSession::cardNeverStoresMoreThanFourDigits()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::soap));
    QCOMPARE(err(lane.session().addTender(card(249, u"4111111111111111"_qs))), QStringLiteral("sale.card_number"));
    QCOMPARE(err(lane.session().addTender(card(249, u"4111 1111"_qs))), QStringLiteral("sale.card_number"));
    QCOMPARE(err(lane.session().addTender(card(249, u"12a4"_qs))), QStringLiteral("sale.card_number"));
    QVERIFY(lane.session().sale().tenders.isEmpty());
    QVERIFY(lane.session().addTender(card(249, u"**** **** **** 4242"_qs)));
    QVERIFY(lane.session().complete());
    auto q = lane.db().prepare("SELECT masked_pan, auth_code, terminal_ref FROM sale_tenders");
    QVERIFY(q && *q->step());
    QCOMPARE(q->text(0), QStringLiteral("************4242"));
    QCOMPARE(q->text(1), QStringLiteral("A1B2C3"));
    // Nothing anywhere in the database holds a longer digit run than the last four.
    QCOMPARE(lane.count("SELECT count(*) FROM sales WHERE document LIKE '%4111%' OR receipt LIKE '%4111%'"), 0);
    // The schema itself refuses a full number.
    QVERIFY(!lane.db().exec("INSERT INTO sale_tenders(sale_id, tender_no, kind, amount_minor, received_minor, masked_pan) "
                            "SELECT id, 9, 'card', 1, 1, '4111111111111111' FROM sales"));
}

void tst_SaleSession::cardCannotOverTender()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::soap));
    auto r = lane.session().addTender(card(300));
    QCOMPARE(err(r), QStringLiteral("sale.over_tender"));
    // The amount as the store writes it (the fixture's store is German).
    QVERIFY2(r.error().message.contains(u"2,49"), qPrintable(r.error().message));
}

void tst_SaleSession::splitTenderCashAndCard()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::wine));
    QVERIFY(lane.session().confirmAge(0));
    QVERIFY(lane.session().addTender(card(400)));
    QCOMPARE(lane.session().priced().due.minorUnits(), 249);
    QCOMPARE(err(lane.session().complete()), QStringLiteral("sale.amount_due"));
    QVERIFY(lane.session().addTender(cash(500)));
    auto done = lane.session().complete();
    QVERIFY(done);
    QCOMPARE(done->change.minorUnits(), 251);
    QCOMPARE(lane.count("SELECT count(*) FROM sale_tenders"), 2);
    QCOMPARE(lane.count("SELECT sum(amount_minor) FROM sale_tenders"), 649);
}

void tst_SaleSession::giftCardBalanceIsALedger()
{
    LaneFixture lane;
    QVERIFY(lane.store().credit(u"GC-1001"_qs, u"gift_card"_qs, eur(500), u"issued"_qs, test::kLaneT0));
    QVERIFY(lane.session().scan(KnownItems::wine));
    QVERIFY(lane.session().confirmAge(0));
    Tender gift;
    gift.kind = TenderKind::GiftCard;
    gift.accountId = u"GC-1001"_qs;
    gift.amount = eur(600);
    QCOMPARE(err(lane.session().addTender(gift)), QStringLiteral("sale.balance_insufficient"));
    gift.amount = eur(500);
    QVERIFY(lane.session().addTender(gift));
    QVERIFY(lane.session().addTender(cash(149)));
    QVERIFY(lane.session().complete());
    QCOMPARE(*lane.store().balance(u"GC-1001"_qs), 0);
    Tender unknown = gift;
    unknown.accountId = u"GC-NOPE"_qs;
    unknown.amount = eur(100);
    QVERIFY(lane.session().scan(KnownItems::milk));
    QCOMPARE(err(lane.session().addTender(unknown)), QStringLiteral("sale.unknown_account"));
}

void tst_SaleSession::cashRoundingToFiveCents()
{
    SalePolicy swiss;
    swiss.cashRoundingIncrementMinor = 5;
    LaneFixture lane(swiss, u"CHF"_qs);
    QVERIFY(lane.session().scan(KnownItems::milk));       // 1.99
    QCOMPARE(lane.session().cashDue().minorUnits(), 200);
    Tender t;
    t.kind = TenderKind::Cash;
    t.received = Money(500, *Currency::fromCode(u"CHF"));
    QVERIFY(lane.session().addTender(t));
    QCOMPARE(lane.session().priced().cashRounding.minorUnits(), 1);
    QCOMPARE(lane.session().priced().total.minorUnits(), 200);
    auto done = lane.session().complete();
    QVERIFY(done);
    QCOMPARE(done->change.minorUnits(), 300);
    QCOMPARE(lane.count("SELECT rounding_minor FROM sales"), 1);
}

void tst_SaleSession::completeCommitsEverythingWithGapFreeNumbers()
{
    LaneFixture lane;
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(lane.session().scan(KnownItems::milk));
        QVERIFY(lane.session().addTender(cash(500)));
        auto done = lane.session().complete();
        QVERIFY(done);
        QCOMPARE(done->receiptNumber, i);
    }
    QCOMPARE(lane.count("SELECT count(*) FROM sales"), 3);
    QCOMPARE(lane.count("SELECT count(*) FROM sale_lines"), 3);
    QCOMPARE(lane.count("SELECT count(*) FROM outbox WHERE type = 'pos.sale.completed.v1'"), 3);
    QCOMPARE(lane.count("SELECT max(sequence) FROM outbox"), 3);
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'sale'"), 3);
    QCOMPARE(lane.count("SELECT count(*) FROM open_baskets"), 0);
    QVERIFY(!lane.session().hasOpenSale());
}

void tst_SaleSession::failedCommitKeepsBasketAndNumber()
{
    LaneFixture lane;
    // A journal that fails, as a full disk would, in the middle of the commit.
    struct FailingJournal : SaleJournal
    {
        Result<qint64> record(const QString &, const QByteArray &, qint64, qint64) override
        {
            return fail(u"db.full"_qs, u"The disk is full."_qs);
        }
    } failing;
    auto broken = std::make_unique<SaleSession>(lane.context(), lane.catalogue(), ScanParser(ScanRules::defaults()),
                                                lane.pricing(), lane.store(), failing, lane.approvals());
    broken->setOperator(LaneFixture::cashier());
    QVERIFY(broken->scan(KnownItems::milk));
    QVERIFY(broken->addTender(cash(500)));
    auto done = broken->complete();
    QVERIFY(!done);
    QCOMPARE(done.error().code, QStringLiteral("db.full"));
    QVERIFY(done.error().message.contains(u"NOT saved"));
    QVERIFY(broken->hasOpenSale());                                 // basket intact in memory
    QCOMPARE(lane.count("SELECT count(*) FROM sales"), 0);
    QCOMPARE(lane.count("SELECT count(*) FROM open_baskets"), 1);   // and on disk
    // The working lane restores that basket and gets receipt number 1: the
    // failed attempt gave its number back.
    auto restarted = lane.newSession();
    QVERIFY(*restarted->restore());
    auto ok = restarted->complete();
    QVERIFY(ok);
    QCOMPARE(ok->receiptNumber, 1);
}

void tst_SaleSession::basketSurvivesARestart()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(2)));
    QVERIFY(lane.session().scan(KnownItems::soap));
    QVERIFY(lane.session().voidLine(1, LaneFixture::supervisor(u"WRONG_ITEM"_qs)));
    const Sale before = lane.session().sale();
    auto restarted = lane.newSession();
    auto restored = restarted->restore();
    QVERIFY(restored && *restored);
    QCOMPARE(restarted->sale(), before);
    QCOMPARE(restarted->priced().total.minorUnits(), 2 * 249);
}

void tst_SaleSession::suspendAndResumeOnce()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().scan(KnownItems::soap));
    const QString id = lane.session().sale().id;
    QVERIFY(lane.session().suspend());
    QVERIFY(!lane.session().hasOpenSale());
    auto parked = lane.store().suspendedSales(u"store-001"_qs);
    QVERIFY(parked);
    QCOMPARE(parked->size(), 1);
    QCOMPARE(parked->first().totalMinor, 448);
    QVERIFY(lane.session().scan(KnownItems::wine));
    QCOMPARE(err(lane.session().resume(id)), QStringLiteral("sale.open"));
    QVERIFY(lane.session().voidSale(u"CUSTOMER_LEFT"_qs, LaneFixture::supervisor(u"CUSTOMER_LEFT"_qs)));
    QVERIFY(lane.session().resume(id));
    QCOMPARE(lane.session().priced().total.minorUnits(), 448);
    auto again = lane.newSession();
    QCOMPARE(err(again->resume(id)), QStringLiteral("sale.not_suspended"));
}

void tst_SaleSession::voidSaleIsJournaled()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    QCOMPARE(err(lane.session().voidSale(u"X"_qs)), QStringLiteral("sale.approval_required"));
    QCOMPARE(err(lane.session().voidSale(QString(), LaneFixture::supervisor(u"X"_qs))),
             QStringLiteral("sale.reason_required"));
    QVERIFY(lane.session().voidSale(u"CUSTOMER_LEFT"_qs, LaneFixture::supervisor(u"CUSTOMER_LEFT"_qs)));
    QVERIFY(!lane.session().hasOpenSale());
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'sale_void'"), 1);
    QCOMPARE(lane.count("SELECT count(*) FROM open_baskets"), 0);
    QCOMPARE(lane.count("SELECT count(*) FROM sales"), 0);
}

void tst_SaleSession::voidsJournalTheCashiersReason()
{
    LaneFixture lane;
    auto soap = lane.session().scan(KnownItems::soap);
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(3)));
    auto milk = lane.session().scan(KnownItems::milk);
    // The reason the cashier picked wins over the supervisor's default.
    QVERIFY(lane.session().voidLine(*soap, LaneFixture::supervisor(u"OTHER"_qs), u"SCAN_ERROR"_qs));
    QVERIFY(lane.session().changeQuantity(*milk, Quantity::fromInt(1), LaneFixture::supervisor(u"OTHER"_qs),
                                          u"CUSTOMER_DECLINED"_qs));
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'line_void' "
                        "AND json_extract(payload, '$.reason') = 'SCAN_ERROR'"), 1);
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'line_void' "
                        "AND json_extract(payload, '$.reason') = 'CUSTOMER_DECLINED'"), 1);
    // Without a reason of their own, the supervisor's is kept.
    auto wine = lane.session().scan(KnownItems::wine);
    QVERIFY(lane.session().voidLine(*wine, LaneFixture::supervisor(u"AGE_REFUSED"_qs)));
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'line_void' "
                        "AND json_extract(payload, '$.reason') = 'AGE_REFUSED'"), 1);
}

void tst_SaleSession::aBasketOfVoidedLinesClearsWithoutASupervisor()
{
    LaneFixture lane;
    auto milk = lane.session().scan(KnownItems::milk);
    QVERIFY(lane.session().voidLine(*milk, LaneFixture::supervisor(u"SCAN_ERROR"_qs)));
    QVERIFY(lane.session().hasOpenSale());
    // The cashier has no sale.void_sale, yet nothing is left to take off.
    QVERIFY(lane.session().voidSale(u"CASHIER_ERROR"_qs));
    QVERIFY(!lane.session().hasOpenSale());
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'sale_void' "
                        "AND json_extract(payload, '$.approved_by') = '1001'"), 1);
    // A sale with a line that still counts needs the supervisor as before.
    QVERIFY(lane.session().scan(KnownItems::soap));
    QCOMPARE(err(lane.session().voidSale(u"X"_qs)), QStringLiteral("sale.approval_required"));
}

void tst_SaleSession::receiptAndItsCopy()
{
    LaneFixture lane;
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(3)));
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().scan(KnownItems::soap));
    QVERIFY(lane.session().addTender(card(500)));
    QVERIFY(lane.session().addTender(cash(1000)));
    auto done = lane.session().complete();
    QVERIFY(done);
    const ReceiptDocument &receipt = lane.session().lastReceipt();
    const QString text = renderReceiptText(receipt);
    QVERIFY2(text.contains(u"Nordhof Milk 1 l"), qPrintable(text));
    QVERIFY(text.contains(u"3 × 1,99"));
    QVERIFY(text.contains(u"8,46"));                 // total
    QVERIFY(text.contains(u"************1234") || text.contains(u"****1234"));
    QVERIFY(text.contains(u"Change"));
    QVERIFY(!text.contains(u"COPY"));
    QCOMPARE(receipt.barcodePayload, QStringLiteral("Rlane-01-1"));

    auto copy = lane.session().receiptCopy(done->receiptNumber);
    QVERIFY(copy);
    QVERIFY(copy->copy);
    const QString copyText = renderReceiptText(*copy);
    QVERIFY(copyText.contains(u"COPY"));
    QCOMPARE(copyText.count(u'\n') - 2, text.count(u'\n'));   // the same receipt plus the two COPY lines
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'receipt_copy'"), 1);
    // A power cut took the kept receipt: the copy is rebuilt from the sale's
    // event — after a tax rate change — and still shows what was booked.
    QVERIFY(lane.db().exec("UPDATE sales SET receipt = NULL"));
    QVERIFY(lane.db().exec("UPDATE tax_rates SET rate_ppm = 250000 WHERE id = 'vat-19'"));
    auto rebuilt = lane.session().receiptCopy(done->receiptNumber);
    QVERIFY(rebuilt);
    const QString rebuiltText = renderReceiptText(*rebuilt);
    if (rebuiltText != copyText)
        qWarning("%s\n---\n%s", qPrintable(rebuiltText), qPrintable(copyText));
    QCOMPARE(rebuiltText, copyText);
    QCOMPARE(err(lane.session().receiptCopy(99)), QStringLiteral("sale.no_receipt"));
}

void tst_SaleSession::noNewSaleWhenTheDiskIsAlmostFull()
{
    LaneFixture lane;
    qint64 free = 1024 * 1024 * 1024;
    lane.context().freeDiskBytes = [&free] { return free; };
    auto session = lane.newSession();
    QVERIFY(session->scan(KnownItems::milk));           // plenty of space
    free = 10 * 1024 * 1024;                             // below the 64 MiB reserve
    QVERIFY(session->scan(KnownItems::soap));           // the open sale goes on
    QVERIFY(session->addTender(cash(1000)));
    QVERIFY(session->complete());
    auto refused = session->scan(KnownItems::milk);      // but no new one starts
    QCOMPARE(err(refused), QStringLiteral("sale.disk_low"));
    QVERIFY(refused.error().message.contains(u"10 MB"));
    QVERIFY(!session->hasOpenSale());
}

void tst_SaleSession::approvalsAreCheckedByTheEngine_data()
{
    test::addApproverRows();
}

void tst_SaleSession::approvalsAreCheckedByTheEngine()
{
    QFETCH(QString, code);
    QFETCH(QString, pin);
    QFETCH(QString, error);
    LaneFixture lane;
    auto line = lane.session().scan(KnownItems::soap);
    QVERIFY(line);
    const qint64 records = lane.count("SELECT count(*) FROM journal WHERE type = 'price_override'");
    auto r = lane.session().overridePrice(*line, eur(100), u"DAMAGED"_qs, ApprovalRequest{code, pin, u"DAMAGED"_qs});
    QCOMPARE(err(r), error);
    QCOMPARE(lane.session().priced().total.minorUnits(), error.isEmpty() ? 100 : 249);
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'price_override'"), records + (error.isEmpty() ? 1 : 0));
    if (error.isEmpty()) {
        auto q = lane.db().prepare("SELECT json_extract(payload, '$.approved_by') FROM journal WHERE type = 'price_override'");
        QVERIFY(q && *q->step());
        QCOMPARE(q->text(0), QStringLiteral("2001"));
    }
}

void tst_SaleSession::discountCannotGrowPastItsApproval()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    // 10 % of 1.99 is within the limit (10 % and 5.00)...
    QVERIFY(lane.session().discountSale({Discount::Kind::Percent, 100'000, u"LOYAL"_qs, std::nullopt, 0}));
    // ...but not once the basket holds 999 soaps: 10 % is then 249.10.
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(999)));
    QVERIFY(lane.session().scan(KnownItems::soap));
    auto refused = lane.session().addTender(cash(300000));
    QCOMPARE(err(refused), QStringLiteral("sale.approval_required"));
    QVERIFY(refused.error().message.contains(u"grew"));
    QCOMPARE(err(lane.session().complete()), QStringLiteral("sale.approval_required"));
    // Approved again at its new size, it may be paid.
    QVERIFY(lane.session().discountSale({Discount::Kind::Percent, 100'000, u"LOYAL"_qs, std::nullopt, 0},
                                        LaneFixture::supervisor()));
    QVERIFY(lane.session().addTender(cash(300000)));
    auto done = lane.session().complete();
    QVERIFY2(done, qPrintable(err(done) + u' ' + (done ? QString() : done.error().message)));
}

void tst_SaleSession::nothingChangesWhenSignedOut()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::soap));
    const Sale before = lane.session().sale();
    lane.session().setOperator(Operator{});
    QCOMPARE(err(lane.session().addTender(cash(500))), QStringLiteral("sale.signed_out"));
    QCOMPARE(err(lane.session().complete()), QStringLiteral("sale.signed_out"));
    QCOMPARE(err(lane.session().voidLine(1, LaneFixture::supervisor())), QStringLiteral("sale.signed_out"));
    QCOMPARE(err(lane.session().suspend()), QStringLiteral("sale.signed_out"));
    QCOMPARE(err(lane.session().voidSale(u"X"_qs, LaneFixture::supervisor())), QStringLiteral("sale.signed_out"));
    QCOMPARE(err(lane.session().confirmAge(0)), QStringLiteral("sale.signed_out"));
    QCOMPARE(lane.session().sale(), before);
    QCOMPARE(lane.count("SELECT count(*) FROM sales"), 0);
}

void tst_SaleSession::loweringAQuantityIsAJournaledPartialVoid()
{
    LaneFixture lane;
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(10)));
    auto line = lane.session().scan(KnownItems::soap);
    QVERIFY(lane.session().changeQuantity(*line, Quantity::fromInt(12)));      // raising needs nothing
    QCOMPARE(err(lane.session().changeQuantity(*line, Quantity::fromInt(1))), QStringLiteral("sale.approval_required"));
    QCOMPARE(lane.session().sale().line(*line)->quantity, Quantity::fromInt(12));
    QVERIFY(lane.session().changeQuantity(*line, Quantity::fromInt(1), LaneFixture::supervisor(u"MISCOUNT"_qs)));
    QCOMPARE(lane.session().priced().total.minorUnits(), 249);
    auto q = lane.db().prepare("SELECT json_extract(payload, '$.amount'), json_extract(payload, '$.approved_by') "
                               "FROM journal WHERE type = 'line_void'");
    QVERIFY(q && *q->step());
    QCOMPARE(q->int64(0), 11 * 249);
    QCOMPARE(q->text(1), QStringLiteral("2001"));
}

void tst_SaleSession::aNewSaleNeverInheritsOldBasketLines()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().scan(KnownItems::soap));
    QVERIFY(lane.session().scan(KnownItems::milk));
    // Another session over the same lane starts a sale without restoring:
    // its first line must replace the three stale ones, not join them.
    auto other = lane.newSession();
    QVERIFY(other->scan(KnownItems::soap));
    auto restarted = lane.newSession();
    QVERIFY(*restarted->restore());
    QCOMPARE(restarted->sale().lines.size(), 1);
    QCOMPARE(restarted->sale().id, other->sale().id);
}

void tst_SaleSession::aParkedSaleThatCannotBePricedStaysParked()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    const QString id = lane.session().sale().id;
    QVERIFY(lane.session().suspend());
    // The parked sale names a tax class this lane no longer has.
    QVERIFY(lane.db().exec("UPDATE suspended_sales SET document = replace(document, '\"reduced\"', '\"gone\"')"));
    auto r = lane.session().resume(id);
    QCOMPARE(err(r), QStringLiteral("tax.unknown_class"));
    QVERIFY(!lane.session().hasOpenSale());
    QCOMPARE(lane.count("SELECT count(*) FROM suspended_sales"), 1);   // still parked
    QCOMPARE(lane.count("SELECT count(*) FROM open_basket_lines"), 0);
}

void tst_SaleSession::giftCardOfAnotherCurrencyOrKindIsRefused()
{
    LaneFixture lane;
    QVERIFY(lane.store().credit(u"SC-USD"_qs, u"store_credit"_qs, Money(1000, *Currency::fromCode(u"USD")),
                                u"refund"_qs, test::kLaneT0));
    QVERIFY(lane.store().credit(u"SC-EUR"_qs, u"store_credit"_qs, eur(1000), u"refund"_qs, test::kLaneT0));
    QCOMPARE(err(lane.store().credit(u"SC-EUR"_qs, u"store_credit"_qs, eur(-5), u"x"_qs, test::kLaneT0)),
             QStringLiteral("sale.bad_credit"));
    QVERIFY(lane.session().scan(KnownItems::soap));
    Tender t;
    t.kind = TenderKind::StoreCredit;
    t.accountId = u"SC-USD"_qs;
    t.amount = eur(249);
    QCOMPARE(err(lane.session().addTender(t)), QStringLiteral("sale.account_mismatch"));
    t.kind = TenderKind::GiftCard;      // store credit is not a gift card
    t.accountId = u"SC-EUR"_qs;
    QCOMPARE(err(lane.session().addTender(t)), QStringLiteral("sale.account_mismatch"));
    t.kind = TenderKind::StoreCredit;
    QVERIFY(lane.session().addTender(t));
    QVERIFY(lane.session().complete());
    QCOMPARE(*lane.store().balance(u"SC-EUR"_qs), 1000 - 249);
}

void tst_SaleSession::pricesBeyondTheLaneAreRefused()
{
    LaneFixture lane;
    auto line = lane.session().scan(KnownItems::soap);
    const qint64 huge = std::numeric_limits<qint64>::max() / 2;
    QCOMPARE(err(lane.session().overridePrice(*line, eur(huge), u"X"_qs, LaneFixture::supervisor())),
             QStringLiteral("sale.price"));
    QCOMPARE(lane.session().priced().total.minorUnits(), 249);
}

void tst_SaleSession::cashComesInRoundingSteps()
{
    SalePolicy swiss;
    swiss.cashRoundingIncrementMinor = 5;
    LaneFixture lane(swiss, u"CHF"_qs);
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(2)));
    QVERIFY(lane.session().scan(KnownItems::milk));       // 3.98, cash due 4.00
    Tender t;
    t.kind = TenderKind::Cash;
    t.received = Money(399, *Currency::fromCode(u"CHF"));
    QCOMPARE(err(lane.session().addTender(t)), QStringLiteral("sale.cash_amount"));
    t.received = Money(395, *Currency::fromCode(u"CHF"));  // partial cash, no rounding yet
    QVERIFY(lane.session().addTender(t));
    QCOMPARE(lane.session().priced().due.minorUnits(), 3);
    QCOMPARE(lane.session().cashDue().minorUnits(), 5);
    t.received = Money(5, *Currency::fromCode(u"CHF"));
    QVERIFY(lane.session().addTender(t));
    auto done = lane.session().complete();
    QVERIFY(done);
    QCOMPARE(lane.count("SELECT total_minor FROM sales"), 400);
    QCOMPARE(lane.count("SELECT sum(amount_minor) FROM sale_tenders"), 400);
}

void tst_SaleSession::cardReferencesCannotHoldACardNumber_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("error");
    QTest::newRow("fine") << u"A1B2C3"_qs << u"T-998"_qs << QString();
    QTest::newRow("card number as auth code") << u"411111111111"_qs << u"T-1"_qs << u"sale.card_auth"_qs;
    QTest::newRow("card number as reference") << u"A1"_qs << u"4111111111111111"_qs << u"sale.card_ref"_qs;
    QTest::newRow("spaces") << u"A1 B2"_qs << QString() << u"sale.card_auth"_qs;
}

void tst_SaleSession::cardReferencesCannotHoldACardNumber()
{
    QFETCH(QString, auth);
    QFETCH(QString, ref);
    QFETCH(QString, error);
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::soap));
    Tender t = card(249);
    t.authCode = auth;
    t.terminalRef = ref;
    QCOMPARE(err(lane.session().addTender(t)), error);
}

void tst_SaleSession::aPaymentCanBeTakenBackBeforeCompletion()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::wine));
    QVERIFY(lane.session().confirmAge(0));
    QVERIFY(lane.session().addTender(card(400)));
    // Parked and voided sales cannot hold a charged card; it must come off first.
    QCOMPARE(err(lane.session().voidSale(u"CUSTOMER_LEFT"_qs, LaneFixture::supervisor())), QStringLiteral("sale.tendering"));
    QCOMPARE(err(lane.session().removeTender(0, QString(), LaneFixture::supervisor())), QStringLiteral("sale.card_ref"));
    QCOMPARE(err(lane.session().removeTender(0, u"REV-77"_qs)), QStringLiteral("sale.approval_required"));
    QVERIFY(lane.session().removeTender(0, u"REV-77"_qs, LaneFixture::supervisor(u"CUSTOMER_CHANGED_MIND"_qs)));
    QVERIFY(lane.session().sale().tenders.isEmpty());
    QCOMPARE(lane.session().priced().due.minorUnits(), 649);
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'tender_reversal' "
                        "AND json_extract(payload, '$.reversal_ref') = 'REV-77'"), 1);
    QVERIFY(lane.session().voidSale(u"CUSTOMER_LEFT"_qs, LaneFixture::supervisor()));
}

void tst_SaleSession::aTypedPriceLabelNeedsAPriceOverride()
{
    LaneFixture lane;
    // 21 04011 00001 x: bananas at 0.01, typed in by hand.
    auto typed = lane.session().scan(u"2104011000016", std::nullopt, SaleSession::ScanSource::Keyboard);
    QCOMPARE(err(typed), QStringLiteral("sale.approval_required"));
    QVERIFY(lane.session().sale().lines.isEmpty());
    QVERIFY(lane.session().scan(u"2104011000016"));            // a scanned label is the scale's price
}

void tst_SaleSession::moreUnitsAtAnOverriddenPriceNeedApproval()
{
    LaneFixture lane;
    auto line = lane.session().scan(KnownItems::soap);
    QVERIFY(lane.session().overridePrice(*line, eur(1), u"DAMAGED"_qs, LaneFixture::supervisor()));
    QCOMPARE(err(lane.session().changeQuantity(*line, Quantity::fromInt(999))), QStringLiteral("sale.approval_required"));
    QCOMPARE(lane.session().priced().total.minorUnits(), 1);
    QVERIFY(lane.session().changeQuantity(*line, Quantity::fromInt(3), LaneFixture::supervisor()));
    QCOMPARE(lane.session().priced().total.minorUnits(), 3);
}

void tst_SaleSession::theNextCashierTakesOverTheBasket()
{
    LaneFixture lane;
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(5)));
    QVERIFY(lane.session().scan(KnownItems::soap));
    QVERIFY(lane.session().setPendingQuantity(Quantity::fromInt(7)));
    lane.session().setOperator({u"1002"_qs, u"Cal Cashier"_qs, {u"sale.sell"_qs}});
    QVERIFY(!lane.session().pendingQuantity());                 // not carried over to another person
    QCOMPARE(lane.session().sale().cashierId, QStringLiteral("1002"));
    QVERIFY(lane.session().addTender(cash(5000)));
    QVERIFY(lane.session().complete());
    QCOMPARE(lane.count("SELECT count(*) FROM sales WHERE cashier_id = '1002'"), 1);
}

void tst_SaleSession::parkingIsJournaledAndADiscountCanBeCleared()
{
    LaneFixture lane;
    QVERIFY(lane.session().scan(KnownItems::milk));
    QVERIFY(lane.session().discountSale({Discount::Kind::Amount, 50, u"COUPON"_qs, std::nullopt, 0}));
    QCOMPARE(lane.session().priced().total.minorUnits(), 149);
    QVERIFY(lane.session().clearDiscount(0));
    QCOMPARE(lane.session().priced().total.minorUnits(), 199);
    const QString id = lane.session().sale().id;
    QVERIFY(lane.session().suspend());
    QVERIFY(lane.session().resume(id));
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type IN ('sale_suspend', 'sale_resume')"), 2);
}

QTEST_GUILESS_MAIN(tst_SaleSession)
#include "tst_sale_session.moc"
