// The customer display's texts (see customer_display_feed.h).
#include "app/ui/customer_display_feed.h"

#include "app/ui/lane_devices.h"
#include "core/lane/lane_services.h"
#include "core/money/money_format.h"
#include "core/sale/sale_session.h"
#include "core/sale/sale_store.h"

#include <algorithm>

namespace retailos::ui {

CustomerDisplayFeed::CustomerDisplayFeed(LaneServices &lane, LaneDevices &devices, const QLocale &locale,
                                         QObject *parent)
    : QObject(parent), m_lane(lane), m_devices(devices), m_locale(locale)
{
    SaleSession &session = m_lane.session();
    connect(&session, &SaleSession::lineAdded, this, &CustomerDisplayFeed::lineAdded);
    connect(&session, &SaleSession::changed, this, &CustomerDisplayFeed::changed);
    connect(&session, &SaleSession::saleCompleted, this, &CustomerDisplayFeed::saleCompleted);
    if (session.hasOpenSale())
        changed();
    else
        showWelcome();
}

QString CustomerDisplayFeed::fitLine(const QString &left, const QString &right)
{
    const qsizetype room = std::max<qsizetype>(0, kColumns - right.size() - (right.isEmpty() ? 0 : 1));
    QString text = left.left(room);
    return text + QString(kColumns - text.size() - right.size(), u' ') + right;
}

void CustomerDisplayFeed::showWelcome()
{
    m_mode = Mode::Welcome;
    show(tr("Welcome!"), m_lane.options().receiptHeader.lines.value(0));
}

void CustomerDisplayFeed::showAmountDue()
{
    m_mode = Mode::Paying;
    const PricedSale &priced = m_lane.session().priced();
    show(fitLine(tr("Total"), formatMoneyAmount(priced.total, m_locale)),
         fitLine(tr("To pay"), formatMoneyAmount(priced.due, m_locale)));
}

QString CustomerDisplayFeed::totalLine() const
{
    return fitLine(tr("Total"), formatMoneyAmount(m_lane.session().priced().total, m_locale));
}

void CustomerDisplayFeed::lineAdded(int lineNo)
{
    const SaleSession &session = m_lane.session();
    const auto priced = std::find_if(session.priced().lines.begin(), session.priced().lines.end(),
                                     [lineNo](const PricedLine &line) { return line.lineNo == lineNo; });
    const auto line = std::find_if(session.sale().lines.begin(), session.sale().lines.end(),
                                   [lineNo](const SaleLine &line) { return line.lineNo == lineNo; });
    if (priced == session.priced().lines.end() || line == session.sale().lines.end())
        return;
    m_mode = Mode::Selling;
    show(fitLine(line->name, formatMoneyAmount(priced->gross, m_locale)), totalLine());
}

void CustomerDisplayFeed::changed()
{
    if (!m_lane.session().hasOpenSale()) {
        // Voided or parked: the lane is free again. A finished sale keeps
        // its change on the display until the next customer's first item.
        if (m_mode == Mode::Selling || m_mode == Mode::Paying)
            showWelcome();
        return;
    }
    switch (m_mode) {
    case Mode::Paying:
        showAmountDue();   // a payment taken or taken back
        return;
    case Mode::Selling:
        show(m_line1, totalLine());   // a quantity, a discount, a void: the new total
        return;
    case Mode::Welcome:
    case Mode::Done:
        m_mode = Mode::Selling;   // a resumed sale
        show(QString(), totalLine());
        return;
    }
}

void CustomerDisplayFeed::saleCompleted(const CompletedSale &completed)
{
    m_mode = Mode::Done;
    if (completed.change.minorUnits() > 0)
        show(fitLine(tr("Change"), formatMoneyAmount(completed.change, m_locale)), tr("Thank you!"));
    else
        show(tr("Thank you!"), tr("Goodbye"));
}

void CustomerDisplayFeed::show(const QString &line1, const QString &line2)
{
    if (line1 == m_line1 && line2 == m_line2)
        return;
    m_line1 = line1;
    m_line2 = line2;
    m_devices.showCustomerText(line1, line2);
}

} // namespace retailos::ui
