// The server's checks of event payloads (docs/sync-protocol.md R-7.12 steps 5,
// 6 and 8, §7.5): what a lane really sends is accepted, and every missing,
// mistyped or out-of-range member is refused as `bad_payload` naming the member
// by its path (R-2.2), with money as R-2.3/R-2.4 integers in the store's
// currency; a payload of another store or lane is `wrong_store`; a sale whose
// totals do not add up is `inconsistent_totals`.
#include "core/sale/sale_json.h"
#include "core/staff/pin_hash.h"
#include "sync/protocol/events/event_payloads.h"
#include "sync/protocol/events/event_types.h"
#include "tests/support/lane_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace retailos;
namespace type = retailos::sync::events::type;
using retailos::sync::events::EventContext;
using retailos::sync::events::isDerivedEventType;
using retailos::sync::events::isKnownEventType;
using retailos::sync::events::isWellFormedEventType;
using retailos::sync::events::kLaneEventTypes;
using retailos::sync::events::kMaxLines;
using retailos::sync::events::LoyaltyRedeemed;
using retailos::sync::events::PaidInOut;
using retailos::sync::events::parseEventPayload;
using retailos::sync::events::SaleCompleted;
using retailos::sync::events::ShiftClosed;
using retailos::sync::events::StockCounted;
using test::KnownItems;
using test::LaneFixture;

namespace {

const EventContext kStore{"store-001", "lane-01", "EUR"};

Money eur(qint64 minor) { return Money(minor, *Currency::fromCode(u"EUR")); }

// The document the lane committed for its last sale: its outbox event body.
QByteArray lastSaleDocument(LaneFixture &lane)
{
    auto q = lane.db().prepare("SELECT document FROM sales ORDER BY receipt_number DESC LIMIT 1");
    if (!q || !q->step().value_or(false)) qFatal("no sale stored");
    return q->text(0).toUtf8();
}

// A sale with a voided line, a line discount with approval, a sale discount,
// an age-checked item, and card + cash tenders: most of what the document can hold.
QByteArray busySale()
{
    LaneFixture lane;
    auto soap = lane.session().scan(KnownItems::soap);
    if (!soap || !lane.session().scan(KnownItems::milk)) qFatal("scan");
    auto wine = lane.session().scan(KnownItems::wine);
    if (!wine || !lane.session().confirmAge(*wine)) qFatal("wine");
    if (!lane.session().voidLine(*soap, LaneFixture::supervisor(u"CUSTOMER_CHANGED_MIND"_qs))) qFatal("void");
    Discount big{Discount::Kind::Percent, 500'000, u"DAMAGED"_qs, std::nullopt};
    if (!lane.session().discountLine(*wine, big, LaneFixture::supervisor())) qFatal("discount");
    if (!lane.session().discountSale(Discount{Discount::Kind::Amount, 10, u"COUPON"_qs, std::nullopt})) qFatal("sale discount");
    Tender card;
    card.kind = TenderKind::Card;
    card.amount = eur(300);
    card.maskedPan = u"1234"_qs;
    card.authCode = u"A1B2C3"_qs;
    card.terminalRef = u"T-998"_qs;
    if (!lane.session().addTender(card)) qFatal("card");
    Tender cash;
    cash.kind = TenderKind::Cash;
    cash.received = eur(1000);
    if (!lane.session().addTender(cash)) qFatal("cash");
    if (!lane.session().complete()) qFatal("complete");
    return lastSaleDocument(lane);
}

QByteArray weighedSale()
{
    LaneFixture lane;
    if (!lane.session().scan(KnownItems::bananasPlu, Quantity::fromThousandths(1250))) qFatal("bananas");
    Tender cash;
    cash.kind = TenderKind::Cash;
    cash.received = eur(5000);
    if (!lane.session().addTender(cash) || !lane.session().complete()) qFatal("complete");
    return lastSaleDocument(lane);
}

QByteArray giftCardSale()
{
    LaneFixture lane;
    if (!lane.store().credit(u"GC-1001"_qs, u"gift_card"_qs, eur(500), u"issued"_qs, test::kLaneT0)) qFatal("credit");
    if (!lane.session().scan(KnownItems::milk)) qFatal("scan");
    Tender gift;
    gift.kind = TenderKind::GiftCard;
    gift.accountId = u"GC-1001"_qs;
    gift.amount = eur(199);
    if (!lane.session().addTender(gift) || !lane.session().complete()) qFatal("complete");
    return lastSaleDocument(lane);
}

QByteArray swissRoundedSale()
{
    SalePolicy swiss;
    swiss.cashRoundingIncrementMinor = 5;
    LaneFixture lane(swiss, u"CHF"_qs);
    if (!lane.session().scan(KnownItems::milk)) qFatal("scan");
    Tender t;
    t.kind = TenderKind::Cash;
    t.received = Money(500, *Currency::fromCode(u"CHF"));
    if (!lane.session().addTender(t) || !lane.session().complete()) qFatal("complete");
    return lastSaleDocument(lane);
}

// ---- editing a payload by path ---------------------------------------------

// "lines[2].quantity_milli" → "lines", 2, "quantity_milli"
QVariantList tokens(const QString &path)
{
    QVariantList out;
    static const QRegularExpression part(uR"(([^.\[\]]+)|\[(\d+)\])"_qs);
    for (auto it = part.globalMatch(path); it.hasNext();) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            out << m.captured(1);
        else
            out << m.captured(2).toInt();
    }
    return out;
}

const QString kRawMarker = u"@@RAW@@"_qs;

// Removes the member (remove) or puts the marker string in its place.
QJsonValue edit(const QJsonValue &v, const QVariantList &path, int i, bool remove)
{
    const bool last = i == path.size() - 1;
    if (path[i].typeId() == QMetaType::Int) {
        QJsonArray a = v.toArray();
        const int index = path[i].toInt();
        while (a.size() <= index) a.append(QJsonObject());   // grow the array for "add an element" edits
        if (last && remove)
            a.removeAt(index);
        else
            a[index] = last ? QJsonValue(kRawMarker) : edit(a[index], path, i + 1, remove);
        return a;
    }
    QJsonObject o = v.toObject();
    const QString key = path[i].toString();
    if (last && remove)
        o.remove(key);
    else
        o[key] = last ? QJsonValue(kRawMarker) : edit(o[key], path, i + 1, remove);
    return o;
}

// The payload with the member at `path` removed (raw is null) or replaced by
// the JSON text `raw`, written exactly (so "1.99" and "1e3" reach the parser as written).
QByteArray withMember(const QByteArray &payload, const QString &path, const QByteArray &raw)
{
    const QJsonObject root = QJsonDocument::fromJson(payload).object();
    const QJsonValue edited = edit(root, tokens(path), 0, raw.isNull());
    QByteArray out = QJsonDocument(edited.toObject()).toJson(QJsonDocument::Compact);
    out.replace(QByteArray('"' + kRawMarker.toUtf8() + '"'), raw);
    return out;
}

qint64 memberInt(const QByteArray &payload, const QString &path)
{
    QJsonValue v = QJsonDocument::fromJson(payload).object();
    for (const QVariant &t : tokens(path))
        v = t.typeId() == QMetaType::Int ? v.toArray().at(t.toInt()) : v.toObject().value(t.toString());
    return v.toInteger();
}

// ---- the other types' payloads as §7.5 defines them ------------------------

constexpr auto U1 = "1b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a";
constexpr auto U2 = "2c8f1d63-6e4b-4d2f-8b1c-8a7f6e5d4c3b";
constexpr auto U3 = "3d902e74-7f5c-4e30-9c2d-9b8a7f6e5d4c";
const QByteArray kApproval = R"({"user_id":"2001","user_name":"Sam Supervisor","reason":"MANAGER_OK","at":1795000000000})";

QByteArray fill(QByteArray text)
{
    text.replace("$U1", U1).replace("$U2", U2).replace("$U3", U3).replace("$APPROVAL", kApproval);
    return text;
}

QByteArray pinHash()
{
    static const QByteArray hash = [] {
        auto h = PinHash::create(u"1234", 1000);
        if (!h) qFatal("pin hash");
        return h->toString().toUtf8();
    }();
    return hash;
}

// type → a valid payload, and its members as "path:kind" ("?" = optional).
struct TypeCase
{
    std::string_view type;
    QByteArray payload;
    QStringList members;
};

QList<TypeCase> otherTypes()
{
    return {
        {type::kSaleVoided,
         fill(R"({"sale_id":"$U1","original_event_id":"$U2","receipt_number":17,"reason":"CUSTOMER_LEFT",)"
              R"("approval":$APPROVAL,"currency":"EUR","total":-649})"),
         {u"sale_id:uuid"_qs, u"original_event_id:uuid"_qs, u"receipt_number:int"_qs, u"reason:code"_qs,
          u"approval:object"_qs, u"approval.user_id:code"_qs, u"approval.user_name:text"_qs, u"approval.at:time"_qs,
          u"currency:code"_qs, u"total:money"_qs}},
        {type::kReturnCompleted,
         fill(R"({"return_id":"$U1","original_sale_id":"$U2","original_event_id":"$U3","lines":[)"
              R"({"sku":"SOAP-1","quantity_milli":1000,"amount":249,"tax":40,"tax_class_id":"standard","restock":true,"reason":"DAMAGED"},)"
              R"({"sku":"M1","quantity_milli":2000,"amount":398,"tax":26,"tax_class_id":"reduced","restock":false,"reason":"EXPIRED"}],)"
              R"("refunds":[{"kind":"cash","amount":400},{"kind":"store_credit","amount":247,"account_id":"SC-77"}],)"
              R"("currency":"EUR","total":-647,"cashier_id":"1001","approval":$APPROVAL})"),
         {u"return_id:uuid"_qs, u"?original_sale_id:uuid"_qs, u"?original_event_id:uuid"_qs, u"lines:array"_qs,
          u"lines[1].sku:code"_qs, u"lines[1].quantity_milli:int"_qs, u"lines[1].amount:money"_qs,
          u"lines[1].tax:money"_qs, u"lines[1].tax_class_id:code"_qs, u"lines[1].restock:bool"_qs,
          u"lines[1].reason:code"_qs, u"refunds:array"_qs, u"refunds[1].kind:choice"_qs, u"refunds[1].amount:money"_qs,
          u"refunds[1].account_id:code"_qs, u"currency:code"_qs, u"total:money"_qs, u"cashier_id:code"_qs,
          u"?approval:object"_qs, u"approval.user_id:code"_qs}},
        {type::kPaidIn, fill(R"({"movement_id":"$U1","currency":"EUR","amount":5000,"reason":"FLOAT","note":"","cashier_id":"1001"})"),
         {u"movement_id:uuid"_qs, u"currency:code"_qs, u"amount:money"_qs, u"reason:code"_qs, u"note:text"_qs,
          u"cashier_id:code"_qs, u"?approval:object"_qs}},
        {type::kPaidOut,
         fill(R"({"movement_id":"$U1","currency":"EUR","amount":1250,"reason":"WINDOW_CLEANER","note":"receipt in the drawer",)"
              R"("cashier_id":"1001","approval":$APPROVAL})"),
         {u"movement_id:uuid"_qs, u"currency:code"_qs, u"amount:money"_qs, u"reason:code"_qs, u"note:text"_qs,
          u"cashier_id:code"_qs, u"?approval:object"_qs, u"approval.at:time"_qs}},
        {type::kShiftOpened, fill(R"({"shift_id":"$U1","cashier_id":"1001","currency":"EUR","opening_float":10000})"),
         {u"shift_id:uuid"_qs, u"cashier_id:code"_qs, u"currency:code"_qs, u"opening_float:money"_qs}},
        {type::kShiftClosed,
         fill(R"({"shift_id":"$U1","cashier_id":"1001","currency":"EUR","counted_cash":25040,"expected_cash":25000,)"
              R"("z_number":12,"journal_sequence":345})"),
         {u"shift_id:uuid"_qs, u"cashier_id:code"_qs, u"currency:code"_qs, u"counted_cash:money"_qs,
          u"expected_cash:money"_qs, u"z_number:int"_qs, u"journal_sequence:int"_qs}},
        {type::kStockMoved, fill(R"({"movement_id":"$U1","sku":"M1","delta_milli":-2000,"reason":"damage","note":"dropped"})"),
         {u"movement_id:uuid"_qs, u"sku:code"_qs, u"delta_milli:int"_qs, u"reason:choice"_qs, u"note:text"_qs}},
        {type::kStockReceived,
         fill(R"({"receipt_id":"$U1","supplier_ref":"DN-4711","lines":[{"sku":"M1","quantity_milli":24000},{"sku":"B2","quantity_milli":250}]})"),
         {u"receipt_id:uuid"_qs, u"supplier_ref:text"_qs, u"lines:array"_qs, u"lines[1].sku:code"_qs,
          u"lines[1].quantity_milli:int"_qs}},
        {type::kStockCounted,
         fill(R"({"count_id":"$U1","lines":[{"sku":"M1","counted_milli":12000,"expected_milli":14000},)"
              R"({"sku":"B2","counted_milli":0,"expected_milli":-1000}]})"),
         {u"count_id:uuid"_qs, u"lines:array"_qs, u"lines[1].sku:code"_qs, u"lines[1].counted_milli:int"_qs,
          u"lines[1].expected_milli:int"_qs}},
        {type::kCustomerEnrolled, fill(R"({"customer_id":"$U1","loyalty_card":"LC-000123","display_name":"Ada L."})"),
         {u"customer_id:uuid"_qs, u"loyalty_card:code"_qs, u"display_name:text"_qs}},
        {type::kLoyaltyEarned, fill(R"({"entry_id":"$U1","customer_id":"$U2","points":120,"sale_id":"$U3","reason":"SALE"})"),
         {u"entry_id:uuid"_qs, u"customer_id:uuid"_qs, u"points:int"_qs, u"?sale_id:uuid"_qs, u"reason:code"_qs}},
        {type::kLoyaltyRedeemed,
         fill(R"({"entry_id":"$U1","customer_id":"$U2","points":500,"sale_id":null,"currency":"EUR","value":500})"),
         {u"entry_id:uuid"_qs, u"customer_id:uuid"_qs, u"points:int"_qs, u"?sale_id:uuid"_qs, u"currency:code"_qs,
          u"value:money"_qs}},
        {type::kStaffPinChanged, R"({"code":"1001","pin_hash":")" + pinHash() + R"(","changed_by":"2001"})",
         {u"code:code"_qs, u"pin_hash:text"_qs, u"changed_by:code"_qs}},
        {type::kOverrideApproved,
         fill(R"({"override_id":"$U1","permission":"sale.price_override","sale_id":"$U2","requested_by":"1001",)"
              R"("approval":$APPROVAL,"currency":"EUR","amount":-200})"),
         {u"override_id:uuid"_qs, u"permission:code"_qs, u"?sale_id:uuid"_qs, u"requested_by:code"_qs,
          u"approval:object"_qs, u"approval.user_name:text"_qs, u"?amount:money"_qs}},
    };
}

// The sale's members the server reads (the lane's real document is the base).
const QStringList kSaleMembers = {
    u"id:uuid"_qs, u"sale_id:uuid"_qs, u"lane_id:code"_qs, u"store_id:code"_qs, u"cashier_id:code"_qs,
    u"?cashier_name:text"_qs, u"currency:code"_qs, u"?customer_id:uuid"_qs, u"opened_at:time"_qs,
    u"?cash_rounding:money"_qs, u"receipt_number:int"_qs, u"completed_at:time"_qs, u"lines:array"_qs,
    u"lines[2].line_no:int"_qs, u"lines[2].sku:code"_qs, u"lines[2].name:text"_qs, u"lines[2].tax_class_id:code"_qs,
    u"lines[2].unit:choice"_qs, u"lines[2].age_limit:int"_qs, u"lines[2].returnable:bool"_qs,
    u"lines[2].quantity_milli:int"_qs, u"lines[2].unit_price:money"_qs, u"lines[2].catalogue_unit_price:money"_qs,
    u"lines[2].price_source:choice"_qs, u"lines[2].voided:bool"_qs, u"?lines[2].age_confirmed:bool"_qs,
    u"?lines[2].discount:object"_qs, u"lines[2].discount.kind:choice"_qs, u"lines[2].discount.value:int"_qs,
    u"lines[2].discount.approval.user_id:code"_qs, u"lines[2].discount.approval.at:time"_qs,
    u"?lines[0].void_approval:object"_qs, u"lines[0].void_approval.user_id:code"_qs,
    u"?transaction_discount:object"_qs, u"transaction_discount.kind:choice"_qs, u"tenders:array"_qs,
    u"tenders[0].kind:choice"_qs, u"tenders[0].amount:money"_qs, u"tenders[0].received:money"_qs,
    u"?tenders[0].masked_pan:text"_qs, u"?tenders[0].auth_code:code"_qs, u"?tenders[0].terminal_ref:code"_qs,
    u"priced_lines:array"_qs, u"priced_lines[1].line_no:int"_qs, u"priced_lines[1].gross:money"_qs,
    u"priced_lines[1].discount:money"_qs, u"priced_lines[1].amount:money"_qs, u"priced_lines[1].tax:money"_qs,
    u"priced_lines[1].rate_ids:array"_qs, u"taxes:array"_qs, u"taxes[0].rate_id:code"_qs, u"taxes[0].rate_ppm:int"_qs,
    u"taxes[0].net:money"_qs, u"taxes[0].tax:money"_qs, u"subtotal:money"_qs, u"discount:money"_qs, u"tax:money"_qs,
    u"rounding:money"_qs, u"total:money"_qs};

// A value of the wrong JSON type, and one out of range, for a kind of member.
QByteArray wrongType(const QString &kind)
{
    if (kind == u"int" || kind == u"money" || kind == u"time") return "\"12\"";
    if (kind == u"bool") return "1";
    if (kind == u"array") return "{}";
    if (kind == u"object") return "[]";
    return "12";   // strings
}

QByteArray outOfRange(const QString &kind)
{
    if (kind == u"uuid") return "\"1B7E0C52-5D3A-4C1E-9A0B-7F6E5D4C3B2A\"";   // upper case
    if (kind == u"code") return "\" padded \"";
    if (kind == u"text") return '"' + QByteArray(201, 'x') + '"';
    if (kind == u"choice") return "\"nope\"";
    if (kind == u"money") return "1000000000001";                            // beyond 10^12 (R-2.4)
    if (kind == u"time") return "-1";
    if (kind == u"int") return "9007199254740992";                           // beyond 2^53 - 1 (R-2.3)
    return {};
}

} // namespace

class tst_EventPayloads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeNamesFollowR72_data();
    void typeNamesFollowR72();
    void everyLaneTypeIsKnown();
    void whatTheLaneSendsIsAccepted_data();
    void whatTheLaneSendsIsAccepted();
    void saleIsReadAsTheLaneWroteIt();
    void everyOtherTypeIsAccepted_data();
    void everyOtherTypeIsAccepted();
    void badMembersAreNamedByPath_data();
    void badMembersAreNamedByPath();
    void typedValuesKeepTheirMeaning();

private:
    QByteArray m_sale;
};

void tst_EventPayloads::initTestCase()
{
    m_sale = busySale();
}

void tst_EventPayloads::typeNamesFollowR72_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("wellFormed");
    for (std::string_view t : kLaneEventTypes) QTest::newRow(t.data()) << QString::fromUtf8(t) << true;
    QTest::newRow("future type") << u"pos.gift_card.issued.v2"_qs << true;
    QTest::newRow("one segment") << u"thing.v1"_qs << true;
    QTest::newRow("digits and underscores") << u"a1_b.c_2.v10"_qs << true;
    QTest::newRow("exactly 64") << (u"a."_qs + QString(59, u'b') + u".v1"_qs) << true;
    QTest::newRow("65 characters") << (u"a."_qs + QString(60, u'b') + u".v1"_qs) << false;
    QTest::newRow("no version") << u"pos.sale.completed"_qs << false;
    QTest::newRow("version without digits") << u"pos.sale.v"_qs << false;
    QTest::newRow("version only") << u"v1"_qs << false;
    QTest::newRow("upper case") << u"POS.sale.v1"_qs << false;
    QTest::newRow("starts with a digit") << u"1pos.sale.v1"_qs << false;
    QTest::newRow("starts with underscore") << u"_pos.v1"_qs << false;
    QTest::newRow("empty segment") << u"pos..sale.v1"_qs << false;
    QTest::newRow("leading dot") << u".pos.v1"_qs << false;
    QTest::newRow("newline") << u"pos.sale\n.v1"_qs << false;
    QTest::newRow("hyphen") << u"pos.sale-x.v1"_qs << false;
    QTest::newRow("version letter") << u"pos.sale.v1a"_qs << false;
    QTest::newRow("empty") << QString() << false;
}

// R-7.2
void tst_EventPayloads::typeNamesFollowR72()
{
    QFETCH(QString, type);
    QFETCH(bool, wellFormed);
    QCOMPARE(isWellFormedEventType(type.toStdString()), wellFormed);
}

// R-7.12 step 4 / R-7.16
void tst_EventPayloads::everyLaneTypeIsKnown()
{
    for (std::string_view t : kLaneEventTypes) {
        QVERIFY2(isKnownEventType(t), t.data());
        QVERIFY(!isDerivedEventType(t));
    }
    QVERIFY(isKnownEventType(type::kStockLow));
    QVERIFY(isDerivedEventType(type::kStockLow));
    QVERIFY(!isKnownEventType("pos.sale.completed.v2"));
    const auto derived = parseEventPayload(type::kStockLow, "{}", kStore);
    QVERIFY(!derived);
    QCOMPARE(derived.error().code, std::string("derived_type"));
    const auto unknown = parseEventPayload("pos.sale.completed.v2", "{}", kStore);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, std::string("unknown_type"));
}

void tst_EventPayloads::whatTheLaneSendsIsAccepted_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("currency");
    QTest::newRow("void, discounts, card and cash") << m_sale << u"EUR"_qs;
    QTest::newRow("weighed item") << weighedSale() << u"EUR"_qs;
    QTest::newRow("gift card") << giftCardSale() << u"EUR"_qs;
    QTest::newRow("cash rounding (CHF)") << swissRoundedSale() << u"CHF"_qs;
}

// §7.5: the server accepts exactly what saleEventBytes() writes.
void tst_EventPayloads::whatTheLaneSendsIsAccepted()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, currency);
    const EventContext ctx{"store-001", "lane-01", currency.toStdString()};
    const auto r = parseEventPayload(type::kSaleCompleted, payload.toStdString(), ctx);
    QVERIFY2(r, r ? "" : (r.error().code + ": " + r.error().message + "\n" + payload.toStdString()).c_str());
    QVERIFY(std::holds_alternative<SaleCompleted>(*r));
}

void tst_EventPayloads::saleIsReadAsTheLaneWroteIt()
{
    const auto r = parseEventPayload(type::kSaleCompleted, m_sale.toStdString(), kStore);
    QVERIFY(r);
    const auto &sale = std::get<SaleCompleted>(*r);
    QCOMPARE(sale.lines.size(), std::size_t(3));
    QVERIFY(sale.lines[0].voided);                 // the soap, voided with approval
    QVERIFY(sale.lines[0].voidApproval);
    QCOMPARE(sale.lines[0].voidApproval->userId, std::string("2001"));
    QCOMPARE(sale.pricedLines.size(), std::size_t(2)); // voided lines are not priced
    QCOMPARE(sale.lines[2].quantityMilli, 1000);
    QVERIFY(sale.lines[2].discount);
    QCOMPARE(sale.lines[2].discount->kind, std::string("percent"));
    QVERIFY(sale.transactionDiscount);
    QCOMPARE(sale.tenders.size(), std::size_t(2));
    QCOMPARE(sale.tenders[0].kind, std::string("card"));
    QCOMPARE(sale.tenders[0].maskedPan, std::string("************1234"));
    QCOMPARE(sale.total, memberInt(m_sale, u"total"_qs));
    QCOMPARE(sale.receiptNumber, 1);
    QCOMPARE(sale.storeId, std::string("store-001"));
    QVERIFY(!sale.customerId);
}

void tst_EventPayloads::everyOtherTypeIsAccepted_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");
    for (const TypeCase &c : otherTypes()) {
        QTest::newRow(c.type.data()) << QString::fromUtf8(c.type) << c.payload;
        // Optional members may be absent.
        QByteArray minimal = c.payload;
        for (const QString &m : c.members)
            if (m.startsWith(u'?')) minimal = withMember(minimal, m.mid(1).section(u':', 0, 0), QByteArray());
        if (minimal != c.payload && !(c.type == type::kOverrideApproved))
            QTest::addRow("%s without optional members", c.type.data()) << QString::fromUtf8(c.type) << minimal;
    }
    // A return without receipt names no original.
    QTest::newRow("return without receipt")
        << QString::fromUtf8(type::kReturnCompleted)
        << withMember(withMember(otherTypes()[1].payload, u"original_sale_id"_qs, "null"), u"original_event_id"_qs, "null");
    // Any type may name its store and lane; when they are the terminal's, fine.
    QTest::newRow("paid in naming its own store")
        << QString::fromUtf8(type::kPaidIn)
        << withMember(withMember(otherTypes()[2].payload, u"store_id"_qs, "\"store-001\""), u"lane_id"_qs, "\"lane-01\"");
    QTest::newRow("override without amount needs no currency")
        << QString::fromUtf8(type::kOverrideApproved)
        << withMember(withMember(otherTypes().last().payload, u"amount"_qs, "null"), u"currency"_qs, QByteArray());
}

void tst_EventPayloads::everyOtherTypeIsAccepted()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);
    const auto r = parseEventPayload(type.toStdString(), payload.toStdString(), kStore);
    QVERIFY2(r, r ? "" : (r.error().code + ": " + r.error().message + "\n" + payload.toStdString()).c_str());
}

void tst_EventPayloads::badMembersAreNamedByPath_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");   // the path the message must start with; empty: not a member's error

    QList<TypeCase> cases = otherTypes();
    cases.prepend({type::kSaleCompleted, m_sale, kSaleMembers});
    const QString sale = QString::fromUtf8(type::kSaleCompleted);

    // Generated: each member missing (unless optional), of the wrong JSON type, out of range.
    for (const TypeCase &c : cases) {
        const QString t = QString::fromUtf8(c.type);
        for (QString m : c.members) {
            const bool optional = m.startsWith(u'?');
            if (optional) m.remove(0, 1);
            const QString path = m.section(u':', 0, 0);
            const QString kind = m.section(u':', 1);
            if (!optional)
                QTest::addRow("%s: %s missing", c.type.data(), qPrintable(path))
                    << t << withMember(c.payload, path, QByteArray()) << u"bad_payload"_qs << path;
            QTest::addRow("%s: %s mistyped", c.type.data(), qPrintable(path))
                << t << withMember(c.payload, path, wrongType(kind)) << u"bad_payload"_qs << path;
            if (!outOfRange(kind).isEmpty())
                QTest::addRow("%s: %s out of range", c.type.data(), qPrintable(path))
                    << t << withMember(c.payload, path, outOfRange(kind)) << u"bad_payload"_qs << path;
            if (kind == u"money" || kind == u"int") {
                QTest::addRow("%s: %s with a fraction", c.type.data(), qPrintable(path))
                    << t << withMember(c.payload, path, "1.99") << u"bad_payload"_qs << path;       // R-2.3
                QTest::addRow("%s: %s with an exponent", c.type.data(), qPrintable(path))
                    << t << withMember(c.payload, path, "1e3") << u"bad_payload"_qs << path;
            }
        }
        // R-7.12 step 5: not a JSON object.
        QTest::addRow("%s: an array", c.type.data()) << t << QByteArray("[]") << u"bad_payload"_qs << QString();
        QTest::addRow("%s: not JSON", c.type.data()) << t << QByteArray("{\"a\":") << u"bad_payload"_qs << QString();
        // Money in another currency (R-2.4, §7.5).
        if (c.payload.contains("\"currency\""))
            QTest::addRow("%s: currency not the store's", c.type.data())
                << t << withMember(c.payload, u"currency"_qs, "\"USD\"") << u"bad_payload"_qs << u"currency"_qs;
        // R-7.12 step 6: any payload naming another store or lane.
        QTest::addRow("%s: another store", c.type.data())
            << t << withMember(c.payload, u"store_id"_qs, "\"store-009\"") << u"wrong_store"_qs << u"store_id"_qs;
        QTest::addRow("%s: another lane", c.type.data())
            << t << withMember(c.payload, u"lane_id"_qs, "\"lane-02\"") << u"wrong_store"_qs << u"lane_id"_qs;
    }

    // ---- ranges the generator cannot know ----
    const auto row = [](const char *name, std::string_view type, const QByteArray &payload, const char *code,
                        const QString &field) {
        QTest::newRow(name) << QString::fromUtf8(type) << payload << QString::fromLatin1(code) << field;
    };
    const QByteArray voided = cases[1].payload, ret = cases[2].payload, paidIn = cases[3].payload;
    const QByteArray opened = cases[5].payload, closed = cases[6].payload, moved = cases[7].payload;
    const QByteArray received = cases[8].payload, counted = cases[9].payload, earned = cases[11].payload;
    const QByteArray redeemed = cases[12].payload, pin = cases[13].payload;
    row("sale: quantity 0", type::kSaleCompleted, withMember(m_sale, u"lines[1].quantity_milli"_qs, "0"), "bad_payload",
        u"lines[1].quantity_milli"_qs);
    row("sale: negative quantity", type::kSaleCompleted, withMember(m_sale, u"lines[1].quantity_milli"_qs, "-1000"),
        "bad_payload", u"lines[1].quantity_milli"_qs);
    row("sale: negative unit price", type::kSaleCompleted, withMember(m_sale, u"lines[1].unit_price"_qs, "-199"),
        "bad_payload", u"lines[1].unit_price"_qs);
    row("sale: age limit 100", type::kSaleCompleted, withMember(m_sale, u"lines[1].age_limit"_qs, "100"), "bad_payload",
        u"lines[1].age_limit"_qs);
    row("sale: negative total", type::kSaleCompleted, withMember(m_sale, u"total"_qs, "-1"), "bad_payload", u"total"_qs);
    row("sale: percent over 100 %", type::kSaleCompleted, withMember(m_sale, u"lines[2].discount.value"_qs, "1000001"),
        "bad_payload", u"lines[2].discount.value"_qs);
    row("sale: rate over 100 %", type::kSaleCompleted, withMember(m_sale, u"taxes[0].rate_ppm"_qs, "1000001"),
        "bad_payload", u"taxes[0].rate_ppm"_qs);
    row("sale: receipt number 0", type::kSaleCompleted, withMember(m_sale, u"receipt_number"_qs, "0"), "bad_payload",
        u"receipt_number"_qs);
    row("sale: sale_id is not id", type::kSaleCompleted, withMember(m_sale, u"sale_id"_qs, QByteArray("\"") + U1 + "\""),
        "bad_payload", u"sale_id"_qs);
    row("sale: a line that is not an object", type::kSaleCompleted, withMember(m_sale, u"lines[1]"_qs, "7"),
        "bad_payload", u"lines[1]"_qs);
    row("sale: no lines", type::kSaleCompleted, withMember(m_sale, u"lines"_qs, "[]"), "bad_payload", u"lines"_qs);
    row("sale: full card number", type::kSaleCompleted,
        withMember(m_sale, u"tenders[0].masked_pan"_qs, "\"4111111111111111\""), "bad_payload", u"tenders[0].masked_pan"_qs);
    row("sale: gift card without account", type::kSaleCompleted,
        withMember(m_sale, u"tenders[1].kind"_qs, "\"gift_card\""), "bad_payload", u"tenders[1].account_id"_qs);
    row("sale: rate id not a code", type::kSaleCompleted, withMember(m_sale, u"priced_lines[0].rate_ids"_qs, "[\"\"]"),
        "bad_payload", u"priced_lines[0].rate_ids[0]"_qs);
    row("sale: customer id not a uuid", type::kSaleCompleted, withMember(m_sale, u"customer_id"_qs, "\"C-17\""),
        "bad_payload", u"customer_id"_qs);
    // Limits (documented in event_payloads.h).
    QByteArray manyLines = "[";
    for (std::size_t i = 0; i <= kMaxLines; ++i) manyLines += i ? ",{}" : "{}";
    manyLines += ']';
    row("sale: 10 001 lines", type::kSaleCompleted, withMember(m_sale, u"lines"_qs, manyLines), "bad_payload", u"lines"_qs);
    row("sale: 10 001 priced lines", type::kSaleCompleted, withMember(m_sale, u"priced_lines"_qs, manyLines),
        "bad_payload", u"priced_lines"_qs);
    row("count: 10 001 lines", type::kStockCounted, withMember(counted, u"lines"_qs, manyLines), "bad_payload", u"lines"_qs);
    row("received: 10 001 lines", type::kStockReceived, withMember(received, u"lines"_qs, manyLines), "bad_payload",
        u"lines"_qs);
    row("return: 10 001 lines", type::kReturnCompleted, withMember(ret, u"lines"_qs, manyLines), "bad_payload", u"lines"_qs);
    row("sale: 101 tenders", type::kSaleCompleted, withMember(m_sale, u"tenders"_qs, "[" + QByteArray("{},").repeated(100) + "{}]"),
        "bad_payload", u"tenders"_qs);
    row("payload over 1 MiB", type::kShiftOpened,
        withMember(opened, u"padding"_qs, '"' + QByteArray(1024 * 1024, 'x') + '"'), "bad_payload", QString());
    row("nested too deep", type::kShiftOpened,
        withMember(opened, u"padding"_qs, QByteArray(40, '[') + QByteArray(40, ']')), "bad_payload", QString());

    row("void: positive total", type::kSaleVoided, withMember(voided, u"total"_qs, "649"), "bad_payload", u"total"_qs);
    row("void: approval not an object", type::kSaleVoided, withMember(voided, u"approval"_qs, "\"2001\""), "bad_payload",
        u"approval"_qs);
    row("return: total 0", type::kReturnCompleted, withMember(ret, u"total"_qs, "0"), "bad_payload", u"total"_qs);
    row("return: quantity 0", type::kReturnCompleted, withMember(ret, u"lines[0].quantity_milli"_qs, "0"), "bad_payload",
        u"lines[0].quantity_milli"_qs);
    row("return: amount 0", type::kReturnCompleted, withMember(ret, u"lines[0].amount"_qs, "0"), "bad_payload",
        u"lines[0].amount"_qs);
    row("return: store credit without account", type::kReturnCompleted,
        withMember(ret, u"refunds[1].account_id"_qs, QByteArray()), "bad_payload", u"refunds[1].account_id"_qs);
    row("return: no lines", type::kReturnCompleted, withMember(ret, u"lines"_qs, "[]"), "bad_payload", u"lines"_qs);
    row("paid in: amount 0", type::kPaidIn, withMember(paidIn, u"amount"_qs, "0"), "bad_payload", u"amount"_qs);
    row("paid in: negative", type::kPaidIn, withMember(paidIn, u"amount"_qs, "-5000"), "bad_payload", u"amount"_qs);
    row("shift: negative float", type::kShiftOpened, withMember(opened, u"opening_float"_qs, "-1"), "bad_payload",
        u"opening_float"_qs);
    row("shift: negative counted cash", type::kShiftClosed, withMember(closed, u"counted_cash"_qs, "-1"), "bad_payload",
        u"counted_cash"_qs);
    row("shift: z number 0", type::kShiftClosed, withMember(closed, u"z_number"_qs, "0"), "bad_payload", u"z_number"_qs);
    row("move: delta 0", type::kStockMoved, withMember(moved, u"delta_milli"_qs, "0"), "bad_payload", u"delta_milli"_qs);
    row("move: delta beyond 10^12", type::kStockMoved, withMember(moved, u"delta_milli"_qs, "-1000000000001"),
        "bad_payload", u"delta_milli"_qs);
    row("receive: quantity 0", type::kStockReceived, withMember(received, u"lines[0].quantity_milli"_qs, "0"),
        "bad_payload", u"lines[0].quantity_milli"_qs);
    row("count: negative count", type::kStockCounted, withMember(counted, u"lines[0].counted_milli"_qs, "-1"),
        "bad_payload", u"lines[0].counted_milli"_qs);
    row("earned: 0 points", type::kLoyaltyEarned, withMember(earned, u"points"_qs, "0"), "bad_payload", u"points"_qs);
    row("redeemed: negative points", type::kLoyaltyRedeemed, withMember(redeemed, u"points"_qs, "-5"), "bad_payload",
        u"points"_qs);
    row("redeemed: negative value", type::kLoyaltyRedeemed, withMember(redeemed, u"value"_qs, "-1"), "bad_payload",
        u"value"_qs);
    row("pin: a PIN instead of its hash", type::kStaffPinChanged, withMember(pin, u"pin_hash"_qs, "\"1234\""),
        "bad_payload", u"pin_hash"_qs);

    // ---- domain rules (R-7.12 step 8) ----
    const qint64 total = memberInt(m_sale, u"total"_qs);
    const qint64 subtotal = memberInt(m_sale, u"subtotal"_qs);
    const qint64 discount = memberInt(m_sale, u"discount"_qs);
    const qint64 tender0 = memberInt(m_sale, u"tenders[0].amount"_qs);
    const qint64 amount0 = memberInt(m_sale, u"priced_lines[0].amount"_qs);
    const qint64 tax = memberInt(m_sale, u"tax"_qs);
    auto num = [](qint64 v) { return QByteArray::number(v); };
    row("sale: tenders do not add up", type::kSaleCompleted,
        withMember(m_sale, u"tenders[0].amount"_qs, num(tender0 - 1)), "inconsistent_totals", QString());
    row("sale: total is not the tenders", type::kSaleCompleted, withMember(m_sale, u"total"_qs, num(total + 100)),
        "inconsistent_totals", QString());
    row("sale: subtotal is not the gross", type::kSaleCompleted, withMember(m_sale, u"subtotal"_qs, num(subtotal + 1)),
        "inconsistent_totals", QString());
    row("sale: discount is not the lines'", type::kSaleCompleted, withMember(m_sale, u"discount"_qs, num(discount + 1)),
        "inconsistent_totals", QString());
    row("sale: amounts are not subtotal - discount", type::kSaleCompleted,
        withMember(m_sale, u"priced_lines[0].amount"_qs, num(amount0 + 1)), "inconsistent_totals", QString());
    row("sale: tax is not the rates'", type::kSaleCompleted, withMember(m_sale, u"tax"_qs, num(tax + 1)),
        "inconsistent_totals", QString());
    row("sale: rounding is not cash_rounding", type::kSaleCompleted, withMember(m_sale, u"cash_rounding"_qs, "3"),
        "inconsistent_totals", QString());
    // Tenders and total moved together, but the lines do not reach the total.
    row("sale: total is not the amounts", type::kSaleCompleted,
        withMember(withMember(m_sale, u"total"_qs, num(total + 100)), u"tenders[1].amount"_qs,
                   num(memberInt(m_sale, u"tenders[1].amount"_qs) + 100)),
        "inconsistent_totals", QString());
    row("sale: priced line of a voided line", type::kSaleCompleted,
        withMember(m_sale, u"priced_lines[0].line_no"_qs, "1"), "inconsistent_lines", QString());
    row("sale: priced line of no line", type::kSaleCompleted, withMember(m_sale, u"priced_lines[0].line_no"_qs, "99"),
        "inconsistent_lines", QString());
    row("sale: two lines with one number", type::kSaleCompleted, withMember(m_sale, u"lines[1].line_no"_qs, "3"),
        "inconsistent_lines", QString());
    row("return: refunds do not add up", type::kReturnCompleted, withMember(ret, u"refunds[0].amount"_qs, "401"),
        "inconsistent_totals", QString());
    row("count: one sku twice", type::kStockCounted, withMember(counted, u"lines[1].sku"_qs, "\"M1\""), "duplicate_sku",
        QString());
    // Shape before store before rules (R-7.12's order).
    row("order: bad member before wrong store", type::kSaleCompleted,
        withMember(withMember(m_sale, u"store_id"_qs, "\"store-009\""), u"lines[0].sku"_qs, "\"\""), "bad_payload",
        u"lines[0].sku"_qs);
    row("order: wrong store before totals", type::kSaleCompleted,
        withMember(withMember(m_sale, u"store_id"_qs, "\"store-009\""), u"total"_qs, num(total + 1)), "wrong_store",
        u"store_id"_qs);
}

// R-7.12 steps 5, 6, 8; R-2.2, R-2.3, R-2.4
void tst_EventPayloads::badMembersAreNamedByPath()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto r = parseEventPayload(type.toStdString(), payload.toStdString(), kStore);
    QVERIFY2(!r, "accepted");
    const QString message = QString::fromStdString(r.error().message);
    QVERIFY2(QString::fromStdString(r.error().code) == code,
             qPrintable(QString::fromStdString(r.error().code) + u": "_qs + message));
    if (!field.isEmpty()) {
        QCOMPARE(QString::fromStdString(r.error().field), field);
        QVERIFY2(message.startsWith(field + u' '), qPrintable(message));
    }
    QVERIFY(!message.isEmpty());
}

// The typed values carry what the effects need: a count is a delta (R-9.2),
// a shift's over/short, and the till direction from the type.
void tst_EventPayloads::typedValuesKeepTheirMeaning()
{
    const QList<TypeCase> cases = otherTypes();
    const auto count = parseEventPayload(type::kStockCounted, cases[8].payload.toStdString(), kStore);
    QVERIFY(count);
    const auto &c = std::get<StockCounted>(*count);
    QCOMPARE(c.lines[0].deltaMilli(), -2000);
    QCOMPARE(c.lines[1].deltaMilli(), 1000);
    const auto closed = parseEventPayload(type::kShiftClosed, cases[5].payload.toStdString(), kStore);
    QVERIFY(closed);
    QCOMPARE(std::get<ShiftClosed>(*closed).overShort(), 40);
    const auto out = parseEventPayload(type::kPaidOut, cases[3].payload.toStdString(), kStore);
    QVERIFY(out);
    QVERIFY(!std::get<PaidInOut>(*out).paidIn);
    QVERIFY(std::get<PaidInOut>(*out).approval);
    const auto redeemed = parseEventPayload(type::kLoyaltyRedeemed, cases[11].payload.toStdString(), kStore);
    QVERIFY(redeemed);
    QVERIFY(!std::get<LoyaltyRedeemed>(*redeemed).saleId);   // null
}

QTEST_GUILESS_MAIN(tst_EventPayloads)
#include "tst_event_payloads.moc"
