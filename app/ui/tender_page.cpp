// The payment screen (see tender_page.h).
#include "app/ui/tender_page.h"

#include "app/ui/approval_dialog.h"
#include "app/ui/approval_flow.h"
#include "app/ui/error_banner.h"
#include "app/ui/input_parsing.h"
#include "app/ui/keypad.h"
#include "app/ui/tender_dialogs.h"
#include "app/ui/value_dialog.h"
#include "core/lane/lane_services.h"
#include "core/money/money_format.h"
#include "core/sale/sale_session.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace retailos::ui {

namespace {
QPushButton *tenderButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setProperty("role", u"function"_qs);
    button->setFocusPolicy(Qt::NoFocus);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return button;
}
} // namespace

TenderPage::TenderPage(LaneContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"tenderPage"_qs);
    auto *columns = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    columns->addLayout(left, 3);
    auto *title = new QLabel(tr("Payment"), this);
    title->setObjectName(u"pageTitle"_qs);
    left->addWidget(title);
    m_total = new QLabel(this);
    m_total->setObjectName(u"taxLine"_qs);
    left->addWidget(m_total);
    auto *dueCaption = new QLabel(tr("Due"), this);
    dueCaption->setObjectName(u"totalCaption"_qs);
    left->addWidget(dueCaption);
    m_due = new QLabel(this);
    m_due->setObjectName(u"dueAmount"_qs);
    left->addWidget(m_due);
    m_tenders = new QListWidget(this);
    m_tenders->setObjectName(u"tenderList"_qs);
    m_tenders->setFocusPolicy(Qt::NoFocus);
    left->addWidget(m_tenders, 1);
    m_banner = new ErrorBanner(this);
    left->addWidget(m_banner);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"tenderAmount"_qs);
    m_amount->setPlaceholderText(tr("Cash received (empty: exact amount)"));
    m_amount->setAccessibleName(tr("Cash received"));
    left->addWidget(m_amount);
    connect(m_amount, &QLineEdit::returnPressed, this, [this] {
        if (!m_context.lane.session().priced().due.isPositive()) {
            completeIfPaid();
            return;
        }
        if (m_amount->text().trimmed().isEmpty())
            return payCash(std::nullopt);
        auto received = parseMoneyInput(m_amount->text(), m_context.lane.session().sale().currency, m_context.locale);
        if (!received)
            return m_banner->showMessage(received.error().message);
        payCash(*received);
    });

    auto *right = new QVBoxLayout;
    columns->addLayout(right, 2);
    auto *quick = new QGridLayout;
    for (int i = 0; i < 3; ++i) {
        auto *button = tenderButton(QString(), this);
        button->setProperty("role", u"quickKey"_qs);
        connect(button, &QPushButton::clicked, this, [this, i] {
            const QList<Money> amounts = quickCashAmounts();
            if (i < amounts.size())
                payCash(amounts.at(i));
        });
        quick->addWidget(button, 0, i);
        m_quickCash.append(button);
    }
    auto *exact = tenderButton(tr("F5\nExact cash"), this);
    connect(exact, &QPushButton::clicked, this, [this] { payCash(std::nullopt); });
    quick->addWidget(exact, 1, 0, 1, 3);
    right->addLayout(quick);
    auto *keypad = new Keypad(this);
    right->addWidget(keypad, 2);
    connect(keypad, &Keypad::enterPressed, m_amount, &QLineEdit::returnPressed);
    auto *methods = new QGridLayout;
    auto *card = tenderButton(tr("F2\nCard"), this);
    auto *gift = tenderButton(tr("F3\nGift card"), this);
    auto *credit = tenderButton(tr("F4\nStore credit"), this);
    auto *undo = tenderButton(tr("F9\nTake back payment"), this);
    auto *back = tenderButton(tr("Esc\nBack to basket"), this);
    connect(card, &QPushButton::clicked, this, &TenderPage::payCard);
    connect(gift, &QPushButton::clicked, this, [this] { payAccount(TenderKind::GiftCard); });
    connect(credit, &QPushButton::clicked, this, [this] { payAccount(TenderKind::StoreCredit); });
    connect(undo, &QPushButton::clicked, this, &TenderPage::removeLastPayment);
    connect(back, &QPushButton::clicked, this, [this] {
        QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        keyPressEvent(&esc);
    });
    methods->addWidget(card, 0, 0);
    methods->addWidget(gift, 0, 1);
    methods->addWidget(credit, 1, 0);
    methods->addWidget(undo, 1, 1);
    methods->addWidget(back, 2, 0, 1, 2);
    right->addLayout(methods, 1);

    connect(&m_context.lane.session(), &SaleSession::changed, this, &TenderPage::refresh);
}

void TenderPage::enter()
{
    m_banner->clearMessage();
    m_amount->clear();
    refresh();
    m_amount->setFocus();
}

QList<Money> TenderPage::quickCashAmounts() const
{
    // The notes a customer is likely to hand over: the next 5, 10, 20, 50,
    // 100 and 200 above what is due, three different ones.
    const Money due = m_context.lane.session().cashDue();
    if (!due.isPositive())
        return {};
    const qint64 unit = due.currency().minorPerMajor();
    QList<Money> amounts;
    for (const qint64 note : {5, 10, 20, 50, 100, 200}) {
        const qint64 step = note * unit;
        const qint64 rounded = (due.minorUnits() + step - 1) / step * step;
        if (rounded > due.minorUnits() && (amounts.isEmpty() || amounts.last().minorUnits() != rounded))
            amounts.append(Money(rounded, due.currency()));
        if (amounts.size() == 3)
            break;
    }
    return amounts;
}

void TenderPage::refresh()
{
    if (!isVisible() && m_tenders->count() == 0 && m_context.lane.session().sale().tenders.isEmpty())
        return;
    const SaleSession &session = m_context.lane.session();
    const PricedSale &priced = session.priced();
    const Currency currency = session.sale().currency;
    const Money due = priced.due.currency() == currency ? priced.due : Money::zero(currency);
    m_total->setText(tr("Total %1").arg(formatMoney(priced.total.currency() == currency ? priced.total
                                                                                          : Money::zero(currency),
                                                    m_context.locale)));
    m_due->setText(formatMoney(due, m_context.locale));
    if (session.cashDue() != due && due.isPositive())
        m_due->setText(tr("%1 (cash %2)").arg(formatMoney(due, m_context.locale),
                                              formatMoneyAmount(session.cashDue(), m_context.locale)));
    m_tenders->clear();
    for (const Tender &t : session.sale().tenders) {
        QString label;
        switch (t.kind) {
        case TenderKind::Cash: label = tr("Cash"); break;
        case TenderKind::Card: label = tr("Card %1").arg(t.maskedPan.right(4)); break;
        // Like the receipt: the last four characters are enough to tell cards apart.
        case TenderKind::GiftCard: label = tr("Gift card …%1").arg(t.accountId.right(4)); break;
        case TenderKind::StoreCredit: label = tr("Store credit …%1").arg(t.accountId.right(4)); break;
        }
        m_tenders->addItem(tr("%1   %2").arg(label, formatMoneyAmount(t.amount, m_context.locale)));
    }
    const QList<Money> amounts = quickCashAmounts();
    for (qsizetype i = 0; i < m_quickCash.size(); ++i) {
        QPushButton *button = m_quickCash.at(i);
        button->setVisible(i < amounts.size());
        if (i < amounts.size())
            button->setText(tr("F%1\n%2").arg(6 + i).arg(formatMoney(amounts.at(i), m_context.locale)));
    }
}

QString TenderPage::addTender(const Tender &tender)
{
    m_context.lane.noteActivity();
    if (auto r = m_context.lane.session().addTender(tender); !r) {
        if (r.error().code == u"sale.approval_required")   // a discount grew past what was approved
            return tr("%1 Press Esc, then F5 (line) or Shift+F5 (sale) to have it approved again.")
                .arg(r.error().message);
        return r.error().message;
    }
    m_banner->clearMessage();
    m_amount->clear();
    completeIfPaid();
    return {};
}

void TenderPage::payCash(std::optional<Money> received)
{
    Tender tender;
    tender.kind = TenderKind::Cash;
    tender.received = received.value_or(m_context.lane.session().cashDue());
    if (const QString problem = addTender(tender); !problem.isEmpty())
        m_banner->showMessage(problem);
}

void TenderPage::payCard()
{
    const Money due = m_context.lane.session().priced().due;
    if (!due.isPositive())
        return;
    CardDialog dialog(due, m_context.locale, [this](const Tender &t) { return addTender(t); }, this);
    dialog.exec();
    focusAmount();
}

void TenderPage::payAccount(TenderKind kind)
{
    const Money due = m_context.lane.session().priced().due;
    if (!due.isPositive())
        return;
    AccountDialog dialog(kind, due, m_context.locale, m_context.lane.store(),
                         [this](const Tender &t) { return addTender(t); }, this);
    dialog.exec();
    focusAmount();
}

void TenderPage::removeLastPayment()
{
    SaleSession &session = m_context.lane.session();
    const qsizetype count = session.sale().tenders.size();
    if (count == 0)
        return m_banner->showMessage(tr("No payment to take back."), ErrorBanner::Severity::Info);
    const Tender last = session.sale().tenders.last();
    // The supervisor first: a card is reversed on its terminal only once the
    // lane will take the payment back, never the other way round.
    std::optional<ApprovalRequest> approval;
    if (!session.currentOperator().can(u"sale.void_sale"_qs)) {
        ApprovalDialog dialog(tr("Taking back a payment"), {}, {}, this);
        for (;;) {
            if (dialog.exec() != QDialog::Accepted)
                return focusAmount();
            auto checked = session.checkApproval(u"sale.void_sale"_qs, dialog.request(), tr("Taking back a payment"));
            if (checked) {
                approval = dialog.request();
                break;
            }
            dialog.showError(checked.error().message);
        }
    }
    QString reversal;
    if (last.kind == TenderKind::Card) {
        // Its reference goes into the journal.
        ValueDialog ask(tr("Card reversal"), tr("Reverse %1 on the card terminal, then type its reversal reference.")
                                                 .arg(formatMoney(last.amount, m_context.locale)),
                        {}, [&](const QString &text, const QString &) -> QString {
                            if (text.trimmed().isEmpty())
                                return tr("Type the reference the terminal printed for the reversal.");
                            reversal = text.trimmed();
                            return {};
                        },
                        this);
        if (ask.exec() != QDialog::Accepted)
            return focusAmount();
    }
    if (auto r = session.removeTender(int(count - 1), reversal, approval); !r)
        m_banner->showMessage(r.error().message);
    else
        m_banner->clearMessage();
    focusAmount();
}

void TenderPage::focusAmount()
{
    if (isVisible())
        m_amount->setFocus();
}

void TenderPage::completeIfPaid()
{
    SaleSession &session = m_context.lane.session();
    if (session.priced().due.isPositive())
        return;
    auto done = session.complete();
    if (!done) {
        // Nothing is lost: the basket and its payments stay; Enter tries again.
        m_banner->showMessage(tr("%1 Press Enter to try again.").arg(done.error().message));
        return;
    }
    emit saleCompleted(*done);
}

void TenderPage::keyPressEvent(QKeyEvent *event)
{
    m_context.lane.noteActivity();
    const QList<Money> amounts = quickCashAmounts();
    switch (event->key()) {
    case Qt::Key_F2: payCard(); break;
    case Qt::Key_F3: payAccount(TenderKind::GiftCard); break;
    case Qt::Key_F4: payAccount(TenderKind::StoreCredit); break;
    case Qt::Key_F5: payCash(std::nullopt); break;
    case Qt::Key_F6:
    case Qt::Key_F7:
    case Qt::Key_F8:
        if (const int i = event->key() - Qt::Key_F6; i < amounts.size())
            payCash(amounts.at(i));
        break;
    case Qt::Key_F9: removeLastPayment(); break;
    case Qt::Key_Escape:
        if (!m_context.lane.session().sale().tenders.isEmpty()) {
            m_banner->showMessage(tr("Payments have been taken: finish paying, or take them back first (F9)."),
                                  ErrorBanner::Severity::Warning);
            break;
        }
        emit backToSale();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace retailos::ui
