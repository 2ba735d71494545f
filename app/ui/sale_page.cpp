// The selling screen (see sale_page.h).
#include "app/ui/sale_page.h"

#include "app/ui/approval_flow.h"
#include "app/ui/basket_model.h"
#include "app/ui/error_banner.h"
#include "app/ui/input_parsing.h"
#include "app/ui/reasons.h"
#include "app/ui/suspended_dialog.h"
#include "app/ui/value_dialog.h"
#include "core/catalogue/catalogue.h"
#include "core/lane/lane_services.h"
#include "core/money/money_format.h"
#include "core/sale/sale_session.h"
#include "core/sale/sale_store.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace retailos::ui {

namespace {
constexpr int kSearchResults = 8;
constexpr int kProductIdRole = Qt::UserRole + 1;

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}
} // namespace

SalePage::SalePage(LaneContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"salePage"_qs);
    SaleSession &session = m_context.lane.session();
    m_model = new BasketModel(session, m_context.locale, this);

    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // Left: the basket, the message strip and the input.
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 3);
    m_basket = new QTableView(this);
    m_basket->setObjectName(u"basketView"_qs);
    m_basket->setModel(m_model);
    m_basket->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_basket->setSelectionMode(QAbstractItemView::SingleSelection);
    m_basket->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_basket->setFocusPolicy(Qt::NoFocus);   // the input keeps the keyboard; touch still selects
    m_basket->setAlternatingRowColors(true);
    m_basket->setWordWrap(false);
    m_basket->verticalHeader()->hide();
    m_basket->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_basket->verticalHeader()->setDefaultSectionSize(44);
    m_basket->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_basket->horizontalHeader()->setSectionResizeMode(BasketModel::Item, QHeaderView::Stretch);
    m_basket->setAccessibleName(tr("Basket"));
    left->addWidget(m_basket, 1);
    connect(m_model, &BasketModel::lineAppended, this, &SalePage::selectRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            selectRow(m_model->rowCount() - 1);
    });

    m_banner = new ErrorBanner(this);
    left->addWidget(m_banner);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingQuantity"_qs);
    m_pending->hide();
    left->addWidget(m_pending);
    m_input = new QLineEdit(this);
    m_input->setObjectName(u"scanInput"_qs);
    m_input->setPlaceholderText(tr("Scan, or type a barcode, PLU or name"));
    m_input->setAccessibleName(tr("Item code or name"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    left->addWidget(m_input);
    m_results = new QListWidget(this);
    m_results->setObjectName(u"searchResults"_qs);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->hide();
    left->addWidget(m_results);
    connect(m_input, &QLineEdit::returnPressed, this, &SalePage::submitInput);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(60);   // a pause in typing, not every key
    connect(m_searchTimer, &QTimer::timeout, this, &SalePage::updateSearch);
    connect(m_input, &QLineEdit::textEdited, this, [this] { m_searchTimer->start(); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        sellProduct(item->data(kProductIdRole).toLongLong());
    });

    // Right: the total and the quick keys.
    auto *right = new QVBoxLayout;
    columns->addLayout(right, 2);
    auto *caption = new QLabel(tr("Total"), this);
    caption->setObjectName(u"totalCaption"_qs);
    m_total = new QLabel(this);
    m_total->setObjectName(u"totalAmount"_qs);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tax = new QLabel(this);
    m_tax->setObjectName(u"taxLine"_qs);
    m_tax->setAlignment(Qt::AlignRight);
    m_items = new QLabel(this);
    m_items->setObjectName(u"itemCount"_qs);
    m_items->setAlignment(Qt::AlignRight);
    right->addWidget(caption);
    right->addWidget(m_total);
    right->addWidget(m_tax);
    right->addWidget(m_items);
    right->addSpacing(12);
    auto *quick = new QGridLayout;
    buildQuickKeys(quick);
    right->addLayout(quick, m_context.quickKeys.isEmpty() ? 0 : 1);
    if (m_context.quickKeys.isEmpty())
        right->addStretch(1);

    outer->addWidget(buildFunctionKeys());
    connect(&session, &SaleSession::changed, this, &SalePage::updateTotals);
    updateTotals();
}

QWidget *SalePage::buildFunctionKeys()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, std::function<void()>> keys[] = {
        {tr("F1\nHelp"), [this] { emit helpRequested(); }},
        {tr("F3\nQuantity"), [this] { changeQuantity(); }},
        {tr("F4\nPrice"), [this] { changePrice(); }},
        {tr("F5\nDiscount"), [this] { discount(false); }},
        {tr("F6\nVoid line"), [this] { voidLine(); }},
        {tr("F7\nPark"), [this] { parkOrResume(); }},
        {tr("F8\nVoid sale"), [this] { voidSale(); }},
        {tr("F9\nReprint"), [this] { reprint(); }},
        {tr("F10\nNo sale"), [this] { noSale(); }},
        {tr("F12\nPay"), [this] { pay(); }},
    };
    for (const auto &[label, action] : keys) {
        auto *button = new QPushButton(label, bar);
        button->setProperty("role", label.startsWith(u"F12") ? u"primary"_qs : u"function"_qs);
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        button->setMinimumWidth(40);
        connect(button, &QPushButton::clicked, this, action);
        row->addWidget(button);
    }
    return bar;
}

void SalePage::buildQuickKeys(QGridLayout *grid)
{
    constexpr int kColumns = 3;
    int at = 0;
    for (const QuickKeyDef &key : m_context.quickKeys) {
        auto *button = new QPushButton(key.label, this);
        button->setProperty("role", u"quickKey"_qs);
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setMinimumWidth(40);
        const QString code = key.code;
        // A quick key is the store's own code, trusted like a scan.
        connect(button, &QPushButton::clicked, this, [this, code] { sellCode(code, true, takeTypedQuantity()); });
        grid->addWidget(button, at / kColumns, at % kColumns);
        ++at;
    }
}

void SalePage::enter()
{
    updateTotals();
    m_input->setFocus();
    if (m_model->rowCount() > 0 && !m_basket->selectionModel()->hasSelection())
        selectRow(m_model->rowCount() - 1);
}

void SalePage::showError(const Error &error)
{
    if (!isCancelled(error))
        m_banner->showMessage(error.message);
}

void SalePage::showInfo(const QString &message)
{
    m_banner->showMessage(message, ErrorBanner::Severity::Info);
}

void SalePage::handleScan(const QString &code)
{
    sellCode(code, true, takeTypedQuantity());
}

// "3*" typed before a scan or a quick key: that many of the next item.
int SalePage::takeTypedQuantity()
{
    const QuantityPrefix prefix = splitQuantityPrefix(m_input->text());
    if (prefix.quantity > 0 && prefix.rest.isEmpty()) {
        m_input->clear();
        return prefix.quantity;
    }
    return 0;
}

void SalePage::submitInput()
{
    if (m_results->isVisible() && m_results->currentItem()) {
        sellProduct(m_results->currentItem()->data(kProductIdRole).toLongLong());
        return;
    }
    const QuantityPrefix prefix = splitQuantityPrefix(m_input->text());
    if (prefix.rest.isEmpty()) {
        if (prefix.quantity > 0) {
            // "3*" + Enter: the next scan or item is sold three times.
            if (auto r = m_context.lane.session().setPendingQuantity(retailos::Quantity::fromInt(prefix.quantity)); !r)
                return showError(r.error());
            m_pending->setText(tr("Next item × %1").arg(prefix.quantity));
            m_pending->show();
            m_input->clear();
        }
        return;
    }
    if (hasLetter(prefix.rest) && !prefix.rest.startsWith(u']')) {
        updateSearch();   // a name: Enter picks the first result
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            sellProduct(m_results->item(0)->data(kProductIdRole).toLongLong());
        }
        return;
    }
    m_input->clear();
    sellCode(prefix.rest, false, prefix.quantity);
}

void SalePage::sellCode(const QString &code, bool fromScanner, int quantity)
{
    SaleSession &session = m_context.lane.session();
    m_context.lane.noteActivity();
    if (quantity > 0) {
        if (auto r = session.setPendingQuantity(retailos::Quantity::fromInt(quantity)); !r)
            return showError(r.error());
    }
    const auto source = fromScanner ? SaleSession::ScanSource::Scanner : SaleSession::ScanSource::Keyboard;
    auto added = session.scan(code, std::nullopt, source);
    if (!added && added.error().code == u"sale.weight_required") {
        askWeightAndSell([&](const retailos::Quantity &weight) { return session.scan(code, weight, source); });
        return;
    }
    if (!added) {
        m_input->setText(fromScanner ? m_input->text() : code);   // typed by hand: let them correct it
        m_input->selectAll();
        return showError(added.error());
    }
    afterAdd(*added);
}

void SalePage::sellProduct(qint64 productId)
{
    SaleSession &session = m_context.lane.session();
    m_context.lane.noteActivity();
    const int quantity = splitQuantityPrefix(m_input->text()).quantity;
    hideSearch();
    m_input->clear();
    if (quantity > 0) {
        if (auto r = session.setPendingQuantity(retailos::Quantity::fromInt(quantity)); !r)
            return showError(r.error());
    }
    auto added = session.addProduct(productId);
    if (!added && added.error().code == u"sale.weight_required") {
        askWeightAndSell([&](const retailos::Quantity &weight) { return session.addProduct(productId, weight); });
        return;
    }
    if (!added)
        return showError(added.error());
    afterAdd(*added);
}

void SalePage::askWeightAndSell(const std::function<Result<int>(const retailos::Quantity &)> &sell)
{
    int lineNo = 0;
    ValueDialog dialog(tr("Weight"), tr("No scale is connected. Weigh the item and type its weight in kg."), {},
                       [&](const QString &text, const QString &) -> QString {
                           auto weight = parseWeightInput(text, m_context.locale);
                           if (!weight)
                               return weight.error().message;
                           auto added = sell(*weight);
                           if (!added)
                               return added.error().message;
                           lineNo = *added;
                           return {};
                       },
                       this);
    if (dialog.exec() == QDialog::Accepted)
        afterAdd(lineNo);
    m_input->setFocus();
}

void SalePage::afterAdd(int lineNo)
{
    m_banner->clearMessage();
    m_pending->hide();
    // Age-restricted: the cashier confirms before anything else happens.
    (void)askAge(lineNo);
}

bool SalePage::askAge(int lineNo)
{
    SaleSession &session = m_context.lane.session();
    const SaleLine *line = session.sale().line(lineNo);
    if (!line || !line->needsAgeCheck())
        return true;
    // Copied: the line changes (and moves) once the answer is saved.
    const QString name = line->name;
    const int ageLimit = line->ageLimit;
    const QDate bornBy = QDate::currentDate().addYears(-ageLimit);
    QMessageBox box(QMessageBox::Question, tr("Age check"),
                    tr("%1 may only be sold to customers aged %2 or over.\n\nIs the customer born on or before %3?")
                        .arg(name)
                        .arg(ageLimit)
                        .arg(m_context.locale.toString(bornBy, QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"ageCheckDialog"_qs);
    QPushButton *yes = box.addButton(tr("Yes, old enough"), QMessageBox::YesRole);
    QPushButton *no = box.addButton(tr("No, remove item"), QMessageBox::NoRole);
    yes->setShortcut(QKeySequence(Qt::Key_Y));
    no->setShortcut(QKeySequence(Qt::Key_N));
    box.setDefaultButton(yes);
    box.setEscapeButton(no);
    box.exec();
    if (box.clickedButton() == yes) {
        if (auto r = session.confirmAge(lineNo); !r) {
            showError(r.error());
            return false;
        }
        return true;
    }
    auto voided = runWithApproval(this, tr("Removing an item"), reasonsFor(ReasonTopic::VoidLine), u"age_refused"_qs,
                                  [&](const std::optional<ApprovalRequest> &a) { return session.voidLine(lineNo, a); });
    if (!voided) {
        showError(voided.error());
        return false;
    }
    showInfo(tr("%1 removed: age check not passed.").arg(name));
    return false;
}

void SalePage::updateSearch()
{
    const QString text = splitQuantityPrefix(m_input->text()).rest;
    if (text.size() < 2 || !hasLetter(text)) {
        hideSearch();
        return;
    }
    auto found = m_context.lane.catalogue().search(text, kSearchResults, m_context.lane.now() / 1000);
    m_results->clear();
    if (!found || found->isEmpty()) {
        if (!found)
            showError(found.error());
        hideSearch();
        return;
    }
    const Currency currency = m_context.lane.session().sale().currency;
    for (const CatalogueItem &item : *found) {
        QString price = item.price ? formatMoneyAmount(Money(item.price->amountMinor, currency), m_context.locale)
                                   : tr("no price");
        if (item.product.weighed())
            price = tr("%1/kg").arg(price);
        auto *row = new QListWidgetItem(tr("%1   %2").arg(item.product.name, price), m_results);
        row->setData(kProductIdRole, item.product.id);
    }
    m_results->setCurrentRow(0);
    // Tall enough for every result, no scrolling for eight lines.
    m_results->setFixedHeight(m_results->sizeHintForRow(0) * int(m_results->count()) + 2 * m_results->frameWidth());
    m_results->show();
}

void SalePage::hideSearch()
{
    m_searchTimer->stop();
    m_results->clear();
    m_results->hide();
}

void SalePage::updateTotals()
{
    const PricedSale &priced = m_context.lane.session().priced();
    const Sale &sale = m_context.lane.session().sale();
    // An empty sale has no priced currency yet: show zero in the store's.
    const bool priced_ = priced.total.currency() == sale.currency;
    const Money total = priced_ ? priced.total : Money::zero(sale.currency);
    m_total->setText(formatMoney(total, m_context.locale));
    const Money tax = priced_ && priced.tax.tax.currency() == sale.currency ? priced.tax.tax : Money::zero(sale.currency);
    m_tax->setText(m_context.lane.options().tax.mode == TaxMode::Inclusive ? tr("incl. tax %1").arg(formatMoneyAmount(tax, m_context.locale))
                                                          : tr("plus tax %1").arg(formatMoneyAmount(tax, m_context.locale)));
    m_items->setText(tr("%n item(s)", nullptr, int(priced.itemCount)));
    if (!m_context.lane.session().pendingQuantity())
        m_pending->hide();
}

void SalePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_basket->selectRow(row);
    m_basket->scrollTo(m_model->index(row, 0));
}

int SalePage::selectedLineNo() const
{
    const QModelIndexList rows = m_basket->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->data(rows.first(), BasketModel::LineNoRole).toInt();
}

void SalePage::keyPressEvent(QKeyEvent *event)
{
    m_context.lane.noteActivity();
    switch (event->key()) {
    case Qt::Key_F1: emit helpRequested(); break;
    case Qt::Key_F2: m_input->setFocus(); m_input->selectAll(); break;
    case Qt::Key_F3: changeQuantity(); break;
    case Qt::Key_F4: changePrice(); break;
    case Qt::Key_F5: discount(event->modifiers().testFlag(Qt::ShiftModifier)); break;
    case Qt::Key_F6: voidLine(); break;
    case Qt::Key_F7: parkOrResume(); break;
    case Qt::Key_F8: voidSale(); break;
    case Qt::Key_F9: reprint(); break;
    case Qt::Key_F10: noSale(); break;
    case Qt::Key_F12: pay(); break;
    case Qt::Key_Escape:
        // Backs out one step: search results, typed text, pending quantity, message.
        if (m_results->isVisible())
            hideSearch();
        else if (!m_input->text().isEmpty())
            m_input->clear();
        else if (m_context.lane.session().pendingQuantity()) {
            (void)m_context.lane.session().setPendingQuantity(retailos::Quantity::fromInt(1));
            m_pending->hide();
        } else
            m_banner->clearMessage();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool SalePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool searching = m_results->isVisible() && m_results->count() > 0;
    QAbstractItemView *view = searching ? static_cast<QAbstractItemView *>(m_results) : m_basket;
    const int rows = searching ? m_results->count() : m_model->rowCount();
    const int current = searching ? m_results->currentRow() : m_model->rowOfLine(selectedLineNo());
    int next = -1;
    switch (key->key()) {
    case Qt::Key_Up: next = std::max(0, current - 1); break;
    case Qt::Key_Down: next = std::min(rows - 1, current + 1); break;
    case Qt::Key_PageUp: next = std::max(0, current - 8); break;
    case Qt::Key_PageDown: next = std::min(rows - 1, current + 8); break;
    case Qt::Key_Delete:
        if (m_input->text().isEmpty()) {
            voidLine();
            return true;
        }
        return false;
    default:
        return false;
    }
    if (rows > 0) {
        if (searching)
            m_results->setCurrentRow(next);
        else
            selectRow(next);
        view->scrollTo(view->model()->index(next, 0));
    }
    return true;
}

void SalePage::changeQuantity()
{
    const int lineNo = selectedLineNo();
    if (lineNo == 0)
        return showInfo(tr("Select a line first (Up/Down), or type \"3*\" before a scan to sell 3."));
    SaleSession &session = m_context.lane.session();
    ValueDialog dialog(tr("Quantity"), tr("New quantity for %1").arg(session.sale().line(lineNo)->name), {},
                       [&](const QString &text, const QString &) -> QString {
                           auto quantity = retailos::Quantity::fromString(text.trimmed().replace(u',', u'.'));
                           if (!quantity)
                               return quantity.error().message;
                           auto r = runWithApproval(&dialog, tr("Changing a quantity"), {}, {},
                                                    [&](const std::optional<ApprovalRequest> &a) {
                                                        return session.changeQuantity(lineNo, *quantity, a);
                                                    });
                           return r ? QString() : r.error().message;
                       },
                       this);
    dialog.exec();
    m_input->setFocus();
}

void SalePage::changePrice()
{
    const int lineNo = selectedLineNo();
    if (lineNo == 0)
        return showInfo(tr("Select the line whose price changes (Up/Down)."));
    SaleSession &session = m_context.lane.session();
    const Currency currency = session.sale().currency;
    const QList<Reason> reasons = reasonsFor(ReasonTopic::PriceChange);
    ValueDialog dialog(tr("Change price"), tr("New unit price for %1").arg(session.sale().line(lineNo)->name), reasons,
                       [&](const QString &text, const QString &reason) -> QString {
                           auto price = parseMoneyInput(text, currency, m_context.locale);
                           if (!price)
                               return price.error().message;
                           auto r = runWithApproval(&dialog, tr("Changing a price"), reasons, reason,
                                                    [&](const std::optional<ApprovalRequest> &a) {
                                                        return session.overridePrice(lineNo, *price, reason, a);
                                                    });
                           return r ? QString() : r.error().message;
                       },
                       this);
    dialog.exec();
    m_input->setFocus();
}

void SalePage::discount(bool wholeSale)
{
    SaleSession &session = m_context.lane.session();
    const int lineNo = wholeSale ? 0 : selectedLineNo();
    if (!session.hasOpenSale())
        return showInfo(tr("Nothing to discount yet."));
    const Currency currency = session.sale().currency;
    const QList<Reason> reasons = reasonsFor(ReasonTopic::Discount);
    const QString what = lineNo == 0 ? tr("the whole sale") : session.sale().line(lineNo)->name;
    ValueDialog dialog(tr("Discount"), tr("Discount on %1: type an amount, or a percentage like 10 %").arg(what), reasons,
                       [&](const QString &text, const QString &reason) -> QString {
                           auto parsed = parseDiscountInput(text, currency, m_context.locale);
                           if (!parsed)
                               return parsed.error().message;
                           parsed->reasonCode = reason;
                           auto r = runWithApproval(&dialog, tr("This discount"), reasons, reason,
                                                    [&](const std::optional<ApprovalRequest> &a) {
                                                        return lineNo == 0 ? session.discountSale(*parsed, a)
                                                                           : session.discountLine(lineNo, *parsed, a);
                                                    });
                           return r ? QString() : r.error().message;
                       },
                       this);
    dialog.exec();
    m_input->setFocus();
}

void SalePage::voidLine()
{
    const int lineNo = selectedLineNo();
    if (lineNo == 0)
        return showInfo(tr("Select the line to void (Up/Down)."));
    SaleSession &session = m_context.lane.session();
    auto r = runWithApproval(this, tr("Voiding a line"), reasonsFor(ReasonTopic::VoidLine), u"scan_error"_qs,
                             [&](const std::optional<ApprovalRequest> &a) { return session.voidLine(lineNo, a); });
    if (!r)
        showError(r.error());
    else
        m_banner->clearMessage();
    m_input->setFocus();
}

void SalePage::parkOrResume()
{
    SaleSession &session = m_context.lane.session();
    if (session.hasOpenSale()) {
        if (auto r = session.suspend(); !r)
            return showError(r.error());
        showInfo(tr("Sale parked. F7 brings it back."));
        return;
    }
    auto parked = m_context.lane.store().suspendedSales(m_context.lane.options().storeId);
    if (!parked)
        return showError(parked.error());
    if (parked->isEmpty())
        return showInfo(tr("No parked sales."));
    SuspendedDialog dialog(*parked, session.sale().currency, m_context.locale, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = session.resume(dialog.selectedId()); !r)
        return showError(r.error());
    m_banner->clearMessage();
    m_input->setFocus();
}

void SalePage::voidSale()
{
    SaleSession &session = m_context.lane.session();
    if (!session.hasOpenSale())
        return showInfo(tr("There is no sale to void."));
    const QList<Reason> reasons = reasonsFor(ReasonTopic::VoidSale);
    QStringList labels;
    for (const Reason &r : reasons)
        labels.append(r.label);
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("Void sale"), tr("Why is the whole sale voided?"), labels, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const QString reason = reasons.at(labels.indexOf(picked)).code;
    auto r = runWithApproval(this, tr("Voiding the sale"), reasons, reason,
                             [&](const std::optional<ApprovalRequest> &a) { return session.voidSale(reason, a); });
    if (!r)
        return showError(r.error());
    showInfo(tr("Sale voided."));
    m_input->setFocus();
}

void SalePage::reprint()
{
    auto last = m_context.lane.store().lastReceiptNumber();
    if (!last)
        return showError(last.error());
    if (*last == 0)
        return showInfo(tr("This lane has no receipt yet."));
    auto copy = m_context.lane.session().receiptCopy(*last);
    if (!copy)
        return showError(copy.error());
    emit receiptCopyReady(*copy);
}

void SalePage::noSale()
{
    SaleSession &session = m_context.lane.session();
    const QList<Reason> reasons = reasonsFor(ReasonTopic::NoSale);
    auto r = runWithApproval(this, tr("Opening the drawer without a sale"), reasons, reasons.first().code,
                             [&](const std::optional<ApprovalRequest> &a) {
                                 return session.openDrawerNoSale(a ? a->reasonCode : reasons.first().code, a);
                             });
    if (!r)
        return showError(r.error());
    emit drawerOpenRequested();
    showInfo(tr("No-sale recorded in the journal."));
}

void SalePage::pay()
{
    SaleSession &session = m_context.lane.session();
    if (!session.hasOpenSale())
        return showInfo(tr("Nothing to pay yet: scan an item first."));
    // A line still waiting for its age check (the lane stopped while the
    // question was on screen) is asked about now; no payment before that.
    QList<int> unchecked;
    for (const SaleLine &line : session.sale().lines) {
        if (line.needsAgeCheck())
            unchecked.append(line.lineNo);
    }
    for (const int lineNo : std::as_const(unchecked)) {
        if (!askAge(lineNo)) {
            m_input->setFocus();
            return;
        }
    }
    hideSearch();
    emit payRequested();
}

} // namespace retailos::ui
