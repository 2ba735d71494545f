// The selling screen (see sale_page.h).
#include "app/ui/sale_page.h"

#include "app/ui/approval_flow.h"
#include "app/ui/basket_model.h"
#include "app/ui/error_banner.h"
#include "app/ui/input_parsing.h"
#include "app/ui/lane_devices.h"
#include "app/ui/reasons.h"
#include "app/ui/scale_reader.h"
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
constexpr int kDepartmentItems = 60;
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
    columns->addLayout(left, 2);
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
    // Fixed widths measured once: sizing columns to their contents would
    // measure every visible row again on each scan.
    QHeaderView *header = m_basket->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(BasketModel::Item, QHeaderView::Stretch);
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
    columns->addLayout(right, 1);
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
        const bool isPay = &label == &keys[std::size(keys) - 1].first;
        button->setProperty("role", isPay ? u"primary"_qs : u"function"_qs);
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
        // Two words go on two lines: a key a third of the panel wide keeps
        // "Bread Roll" whole at 1024 pixels.
        QString label = key.label;
        if (const qsizetype space = label.lastIndexOf(u' '); space > 0 && label.size() > 8)
            label[space] = u'\n';
        auto *button = new QPushButton(label, this);
        button->setAccessibleName(key.label);
        button->setProperty("role", u"quickKey"_qs);
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setMinimumWidth(40);
        const QString code = key.code;
        if (code.startsWith(u"dept:")) {
            // A department key lists its items to pick from.
            const QString department = code.mid(5);
            connect(button, &QPushButton::clicked, this, [this, department] { showDepartment(department); });
        } else {
            // A quick key is the store's own code, trusted like a scan.
            connect(button, &QPushButton::clicked, this, [this, code] { sellCode(code, true, takeTypedQuantity()); });
        }
        grid->addWidget(button, at / kColumns, at % kColumns);
        ++at;
    }
}

void SalePage::fitColumns()
{
    // Measured with the theme's fonts, so only once the style sheet applies.
    m_basket->ensurePolished();
    QHeaderView *header = m_basket->horizontalHeader();
    header->ensurePolished();
    const QFontMetrics cells(m_basket->font());
    const QFontMetrics titles(header->font());
    // Room for what a basket really holds; a rare longer value elides.
    const QString widest[] = {QString(), m_context.locale.toString(88.888, 'f', 3) + u" kg"_qs,
                              m_context.locale.toString(888.88, 'f', 2) + u"/kg"_qs,
                              m_context.locale.toString(-88.88, 'f', 2), m_context.locale.toString(8888.88, 'f', 2)};
    for (int column = BasketModel::Quantity; column < BasketModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(column, std::max(cells.horizontalAdvance(widest[column]), titles.horizontalAdvance(title))
                                          + cells.averageCharWidth() + 8);
    }
}

void SalePage::enter()
{
    fitColumns();
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
    const QString typed = m_input->text();
    const QuantityPrefix prefix = splitQuantityPrefix(typed);
    if (prefix.rest.isEmpty()) {
        if (prefix.quantity > 0) {
            // "3*" + Enter: the next scan or item is sold three times.
            if (auto r = m_context.lane.session().setPendingQuantity(retailos::Quantity::fromInt(prefix.quantity)); !r)
                return showError(r.error());
            m_input->clear();
            updatePendingLabel();
        }
        return;
    }
    const bool looksLikeName = hasLetter(prefix.rest) && !prefix.rest.startsWith(u']');
    if (looksLikeName) {
        updateSearch();   // a name: Enter picks the first result
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            sellProduct(m_results->item(0)->data(kProductIdRole).toLongLong());
            return;
        }
        // No name matches: it may be a store code with letters ("SC-1234").
    }
    m_input->clear();
    sellCode(prefix.rest, false, prefix.quantity, typed);
}

void SalePage::sellCode(const QString &code, bool fromScanner, int quantity, const QString &typed)
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
        updatePendingLabel();   // a failed scan drops a "3*"
        if (!fromScanner) {
            // Typed by hand: give it back as typed ("3*" included) to correct.
            m_input->setText(typed.isEmpty() ? code : typed);
            m_input->selectAll();
            if (hasLetter(code) && (added.error().code.startsWith(u"barcode.")
                                    || added.error().code == u"catalogue.not_found"))
                return m_banner->showMessage(tr("Nothing found for \"%1\".").arg(code));
        }
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
    if (!added) {
        updatePendingLabel();
        return showError(added.error());
    }
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
    if (m_context.devices && m_context.devices->hasScale())
        new ScaleReader(*m_context.devices, dialog, m_context.locale, m_context.scale);   // owned by the dialog
    if (dialog.exec() == QDialog::Accepted)
        afterAdd(lineNo);
    else
        updatePendingLabel();
    focusInput();
}

void SalePage::afterAdd(int lineNo)
{
    m_banner->clearMessage();
    updatePendingLabel();
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
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_context.lane.now()).toLocalTime().date();
    const QDate bornBy = today.addYears(-ageLimit);
    // The full year: "born on or before 22.11.08" invites a wrong answer.
    QString dateFormat = m_context.locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(u"yyyy"))
        dateFormat.replace(u"yy"_qs, u"yyyy"_qs);
    QMessageBox box(QMessageBox::Question, tr("Age check"),
                    tr("%1 may only be sold to customers aged %2 or over.\n\nIs the customer born on or before %3?")
                        .arg(name)
                        .arg(ageLimit)
                        .arg(m_context.locale.toString(bornBy, dateFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"ageCheckDialog"_qs);
    QPushButton *yes = box.addButton(tr("Yes, old enough"), QMessageBox::YesRole);
    QPushButton *no = box.addButton(tr("No, remove item"), QMessageBox::NoRole);
    // The keys follow the language: Y/N in English, J/N in German.
    yes->setShortcut(QKeySequence(tr("Y", "key for: yes, old enough")));
    no->setShortcut(QKeySequence(tr("N", "key for: no, remove item")));
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
                                  [&](const std::optional<ApprovalRequest> &a) {
                                      return session.voidLine(lineNo, a, u"age_refused"_qs);
                                  });
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
    if (!found) {
        hideSearch();
        return showError(found.error());
    }
    fillResults(*found);
}

void SalePage::showDepartment(const QString &departmentId)
{
    m_context.lane.noteActivity();
    auto items = m_context.lane.catalogue().browseDepartment(departmentId, kDepartmentItems, m_context.lane.now() / 1000);
    if (!items)
        return showError(items.error());
    fillResults(*items);
    focusInput();
}

void SalePage::fillResults(const QList<CatalogueItem> &items)
{
    m_results->clear();
    const Currency currency = m_context.lane.session().sale().currency;
    for (const CatalogueItem &item : items) {
        QString price = item.price ? formatMoneyAmount(Money(item.price->amountMinor, currency), m_context.locale)
                                   : tr("no price");
        if (item.product.weighed())
            price = tr("%1/kg").arg(price);
        auto *row = new QListWidgetItem(tr("%1   %2").arg(item.product.name, price), m_results);
        row->setData(kProductIdRole, item.product.id);
    }
    if (items.isEmpty()) {
        hideSearch();
        return;
    }
    m_results->setCurrentRow(0);
    // Tall enough for every result up to eight; more scroll.
    const int visible = std::min<int>(kSearchResults, int(m_results->count()));
    m_results->setFixedHeight(m_results->sizeHintForRow(0) * visible + 2 * m_results->frameWidth());
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
    updatePendingLabel();
}

void SalePage::updatePendingLabel()
{
    const auto pending = m_context.lane.session().pendingQuantity();
    if (pending && pending->thousandths() != retailos::Quantity::kScale) {
        m_pending->setText(tr("Next item × %1").arg(pending->thousandths() / retailos::Quantity::kScale));
        m_pending->show();
    } else {
        m_pending->hide();
    }
}

void SalePage::focusInput()
{
    // Never into a page that is not showing: keys would go nowhere.
    if (isVisible())
        m_input->setFocus();
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
        else if (m_pending->isVisible()) {
            m_context.lane.session().clearPendingQuantity();
            updatePendingLabel();
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
    focusInput();
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
                                                        return session.overridePrice(
                                                            lineNo, *price, a ? a->reasonCode : reason, a);
                                                    });
                           return r ? QString() : r.error().message;
                       },
                       this);
    dialog.exec();
    focusInput();
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
                           auto r = runWithApproval(&dialog, tr("This discount"), reasons, reason,
                                                    [&](const std::optional<ApprovalRequest> &a) {
                                                        Discount d = *parsed;
                                                        d.reasonCode = a ? a->reasonCode : reason;
                                                        return lineNo == 0 ? session.discountSale(d, a)
                                                                           : session.discountLine(lineNo, d, a);
                                                    });
                           return r ? QString() : r.error().message;
                       },
                       this);
    dialog.exec();
    focusInput();
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
    focusInput();
}

void SalePage::parkOrResume()
{
    SaleSession &session = m_context.lane.session();
    if (session.hasOpenSale()) {
        if (session.sale().isEmpty())
            return showInfo(tr("Every line is void: nothing to park. F8 clears the sale."));
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
    focusInput();
}

void SalePage::voidSale()
{
    SaleSession &session = m_context.lane.session();
    if (!session.hasOpenSale())
        return showInfo(tr("There is no sale to void."));
    if (session.sale().isEmpty() && session.sale().tenders.isEmpty()) {
        // Every line is void already: nothing to take off, nothing to ask.
        if (auto r = session.voidSale(u"all_lines_void"_qs); !r)
            return showError(r.error());
        return showInfo(tr("Sale cleared."));
    }
    const QList<Reason> reasons = reasonsFor(ReasonTopic::VoidSale);
    const auto picked = pickReason(this, tr("Void sale"), tr("Why is the whole sale voided?"), ReasonTopic::VoidSale);
    if (!picked)
        return focusInput();
    const QString reason = *picked;
    auto r = runWithApproval(this, tr("Voiding the sale"), reasons, reason,
                             [&](const std::optional<ApprovalRequest> &a) {
                                 return session.voidSale(a ? a->reasonCode : reason, a);
                             });
    if (!r)
        return showError(r.error());
    showInfo(tr("Sale voided."));
    focusInput();
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
    if (!session.sale().isEmpty())
        return showInfo(tr("A sale is open: the drawer opens when it is paid."));
    const auto reason = pickReason(this, tr("No sale"), tr("Why does the drawer open?"), ReasonTopic::NoSale);
    if (!reason)
        return focusInput();
    const QList<Reason> reasons = reasonsFor(ReasonTopic::NoSale);
    auto r = runWithApproval(this, tr("Opening the drawer without a sale"), reasons, *reason,
                             [&](const std::optional<ApprovalRequest> &a) {
                                 return session.openDrawerNoSale(a ? a->reasonCode : *reason, a);
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
    if (session.sale().isEmpty())
        return showInfo(tr("Every line is void: nothing to pay. F8 clears the sale."));
    // A line still waiting for its age check (the lane stopped while the
    // question was on screen) is asked about now; no payment before that.
    QList<int> unchecked;
    for (const SaleLine &line : session.sale().lines) {
        if (line.needsAgeCheck())
            unchecked.append(line.lineNo);
    }
    for (const int lineNo : std::as_const(unchecked)) {
        if (!askAge(lineNo)) {
            focusInput();
            return;
        }
    }
    hideSearch();
    emit payRequested();
}

} // namespace retailos::ui
