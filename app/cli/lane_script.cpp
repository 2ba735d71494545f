// The headless lane script runner (see lane_script.h).
#include "app/cli/lane_script.h"

#include "core/lane/lane_services.h"
#include "core/sale/receipt.h"
#include "core/sale/sale_session.h"
#include "core/sale/sale_store.h"

#include <QCoreApplication>

namespace retailos {

namespace {

struct ScriptText
{
    Q_DECLARE_TR_FUNCTIONS(LaneScript)
};

Result<Money> parseMoney(const QString &text, Currency currency)
{
    return Money::fromString(text, currency);
}

Result<Discount> parseDiscount(const QString &text, const QString &reason, Currency currency)
{
    Discount d;
    d.reasonCode = reason;
    if (text.endsWith(u'%')) {
        // "12.5%" → parts per million, exactly: a percent with up to 3 decimals.
        auto ppm = Money::fromString(text.chopped(1), *Currency::fromCode(u"KWD"));   // 3 decimals
        if (!ppm)
            return std::unexpected(ppm.error());
        d.kind = Discount::Kind::Percent;
        d.value = ppm->minorUnits() * 10;
        return d;
    }
    auto amount = parseMoney(text, currency);
    if (!amount)
        return std::unexpected(amount.error());
    d.kind = Discount::Kind::Amount;
    d.value = amount->minorUnits();
    return d;
}

Result<> usage(const QString &command)
{
    return fail(QStringLiteral("script.usage"), ScriptText::tr("Wrong arguments for \"%1\".").arg(command));
}

class Runner
{
public:
    Runner(LaneServices &lane, QTextStream &out) : m_lane(lane), m_out(out) {}

    Result<> run(const QStringList &words)
    {
        const QString cmd = words.value(0);
        const Currency currency = m_lane.session().sale().currency;
        SaleSession &s = m_lane.session();
        // "... approve CODE PIN [REASON]": the engine checks the PIN itself.
        auto approval = [&](qsizetype at, const QString &reason) -> Result<std::optional<ApprovalRequest>> {
            if (words.size() <= at)
                return std::optional<ApprovalRequest>();
            if (words.at(at) != u"approve" || words.size() < at + 3 || words.size() > at + 4)
                return std::unexpected(usage(cmd).error());
            return std::optional<ApprovalRequest>(ApprovalRequest{words.at(at + 1), words.at(at + 2),
                                                                  words.value(at + 3, reason)});
        };

        if (cmd == u"signin") {
            if (words.size() != 3)
                return usage(cmd);
            auto user = m_lane.signIn(words.at(1), words.at(2));
            if (!user)
                return std::unexpected(user.error());
            m_out << ScriptText::tr("Signed in: %1").arg(user->displayName) << Qt::endl;
            return {};
        }
        if (cmd == u"signout")
            return m_lane.signOut();
        if (cmd == u"qty") {
            auto q = Quantity::fromString(words.value(1));
            if (!q)
                return std::unexpected(q.error());
            return s.setPendingQuantity(*q);
        }
        if (cmd == u"scan") {
            if (words.size() < 2 || words.size() > 3)
                return usage(cmd);
            std::optional<Quantity> weight;
            if (words.size() == 3) {
                auto w = Quantity::fromString(words.at(2));
                if (!w)
                    return std::unexpected(w.error());
                weight = *w;
            }
            auto line = s.scan(words.at(1), weight);
            if (!line)
                return std::unexpected(line.error());
            const SaleLine *l = s.sale().line(*line);
            m_out << ScriptText::tr("+ %1  %2").arg(l->name, s.priced().total.toDecimalString()) << Qt::endl;
            return {};
        }
        if (cmd == u"void-line") {
            auto a = approval(2, QString());
            if (!a)
                return std::unexpected(a.error());
            return s.voidLine(words.value(1).toInt(), *a);
        }
        if (cmd == u"qty-line") {
            auto q = Quantity::fromString(words.value(2));
            if (!q)
                return std::unexpected(q.error());
            auto a = approval(3, QString());
            if (!a)
                return std::unexpected(a.error());
            return s.changeQuantity(words.value(1).toInt(), *q, *a);
        }
        if (cmd == u"price") {
            // price LINE AMOUNT REASON [approve CODE PIN]
            auto amount = parseMoney(words.value(2), currency);
            if (!amount)
                return std::unexpected(amount.error());
            auto a = approval(4, words.value(3));
            if (!a)
                return std::unexpected(a.error());
            return s.overridePrice(words.value(1).toInt(), *amount, words.value(3), *a);
        }
        if (cmd == u"discount-line" || cmd == u"discount-sale") {
            const qsizetype base = cmd == u"discount-line" ? 2 : 1;
            auto d = parseDiscount(words.value(base), words.value(base + 1), currency);
            if (!d)
                return std::unexpected(d.error());
            auto a = approval(base + 2, d->reasonCode);
            if (!a)
                return std::unexpected(a.error());
            return cmd == u"discount-line" ? s.discountLine(words.value(1).toInt(), *d, *a) : s.discountSale(*d, *a);
        }
        if (cmd == u"key") {   // a code typed in by hand, not scanned
            auto line = s.scan(words.value(1), std::nullopt, SaleSession::ScanSource::Keyboard);
            if (!line)
                return std::unexpected(line.error());
            return {};
        }
        if (cmd == u"clear-discount")
            return s.clearDiscount(words.value(1).toInt());
        if (cmd == u"age-ok")
            return s.confirmAge(0);
        if (cmd == u"total") {
            m_out << ScriptText::tr("Total %1, due %2").arg(s.priced().total.toDecimalString(),
                                                            s.priced().due.toDecimalString()) << Qt::endl;
            return {};
        }
        if (cmd == u"expect-total") {
            auto amount = parseMoney(words.value(1), currency);
            if (!amount)
                return std::unexpected(amount.error());
            if (s.priced().total != *amount)
                return fail(QStringLiteral("script.expectation"),
                            ScriptText::tr("Expected a total of %1, the lane shows %2.")
                                .arg(amount->toDecimalString(), s.priced().total.toDecimalString()));
            return {};
        }
        if (cmd == u"tender") {
            Tender t;
            const QString kind = words.value(1);
            if (kind == u"cash" && words.size() == 3) {
                auto amount = parseMoney(words.at(2), currency);
                if (!amount)
                    return std::unexpected(amount.error());
                t.kind = TenderKind::Cash;
                t.received = *amount;
            } else if (kind == u"card" && (words.size() == 5 || words.size() == 6)) {
                auto amount = parseMoney(words.at(2), currency);
                if (!amount)
                    return std::unexpected(amount.error());
                t.kind = TenderKind::Card;
                t.amount = *amount;
                t.maskedPan = words.at(3);
                t.authCode = words.at(4);
                t.terminalRef = words.value(5);
            } else if ((kind == u"gift" || kind == u"credit") && words.size() == 4) {
                auto amount = parseMoney(words.at(3), currency);
                if (!amount)
                    return std::unexpected(amount.error());
                t.kind = kind == u"gift" ? TenderKind::GiftCard : TenderKind::StoreCredit;
                t.accountId = words.at(2);
                t.amount = *amount;
            } else {
                return usage(cmd);
            }
            return s.addTender(t);
        }
        if (cmd == u"untender") {
            // untender N [REVERSAL_REF] [approve CODE PIN [REASON]]
            const bool hasRef = words.size() > 2 && words.at(2) != u"approve";
            auto a = approval(hasRef ? 3 : 2, QString());
            if (!a)
                return std::unexpected(a.error());
            return s.removeTender(words.value(1).toInt() - 1, hasRef ? words.at(2) : QString(), *a);
        }
        if (cmd == u"complete") {
            auto done = s.complete();
            if (!done)
                return std::unexpected(done.error());
            // The receipt prints only after the commit succeeded.
            m_out << renderReceiptText(s.lastReceipt());
            m_out << QStringLiteral("COMPLETED receipt=%1 sale=%2").arg(done->receiptNumber).arg(done->saleId)
                  << Qt::endl;
            ++m_completed;
            return {};
        }
        if (cmd == u"suspend") {
            const QString id = s.sale().id;
            if (auto r = s.suspend(); !r)
                return r;
            m_out << ScriptText::tr("Parked sale %1").arg(id) << Qt::endl;
            return {};
        }
        if (cmd == u"parked") {
            auto list = m_lane.store().suspendedSales(m_lane.options().storeId);
            if (!list)
                return std::unexpected(list.error());
            for (const SuspendedSaleInfo &p : std::as_const(*list))
                m_out << p.id << ' ' << Money(p.totalMinor, currency).toDecimalString() << ' ' << p.itemCount << Qt::endl;
            return {};
        }
        if (cmd == u"resume")
            return s.resume(words.value(1));
        if (cmd == u"void-sale") {
            auto a = approval(2, words.value(1));
            if (!a)
                return std::unexpected(a.error());
            return s.voidSale(words.value(1), *a);
        }
        if (cmd == u"copy") {
            auto copy = s.receiptCopy(words.value(1).toLongLong());
            if (!copy)
                return std::unexpected(copy.error());
            m_out << renderReceiptText(*copy);
            return {};
        }
        return fail(QStringLiteral("script.unknown"), ScriptText::tr("Unknown command \"%1\".").arg(cmd));
    }

    int completed() const { return m_completed; }

private:
    LaneServices &m_lane;
    QTextStream &m_out;
    int m_completed = 0;
};

} // namespace

ScriptResult runLaneScript(LaneServices &lane, QIODevice &script, QTextStream &out, QTextStream &err, bool keepGoing)
{
    Runner runner(lane, out);
    ScriptResult result;
    int lineNo = 0;
    while (!script.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(script.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        auto r = runner.run(words);
        if (!r) {
            err << ScriptText::tr("line %1 (%2): %3").arg(lineNo).arg(words.first(), r.error().message) << Qt::endl;
            if (!keepGoing) {
                result.failedLine = lineNo;
                break;
            }
        }
    }
    result.completed = runner.completed();
    return result;
}

} // namespace retailos
