// The basket table model (see basket_model.h).
#include "app/ui/basket_model.h"

#include "core/money/money_format.h"
#include "core/sale/sale_session.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace retailos::ui {

BasketModel::BasketModel(SaleSession &session, QLocale locale, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_locale(std::move(locale))
{
    connect(&m_session, &SaleSession::lineAdded, this, &BasketModel::highlightLine);
    connect(&m_session, &SaleSession::changed, this, &BasketModel::refresh);
    m_rows = buildRows();
}

int BasketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BasketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BasketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.cells[index.column()];
    case Qt::TextAlignmentRole:
        return index.column() == Item ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.voided || (row.lineNo == m_highlightLine && m_highlightLine != 0)) {
            QFont font;
            font.setStrikeOut(row.voided);
            font.setBold(!row.voided);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // The last scanned line stands out; a line waiting for an age check
        // stands out more (the sale cannot be paid until it is answered).
        if (row.ageCheck)
            return QBrush(QColor(0xff, 0xe0, 0x82));
        if (row.lineNo == m_highlightLine && m_highlightLine != 0 && !row.voided)
            return QBrush(QColor(0xd7, 0xec, 0xff));
        return {};
    case Qt::ForegroundRole:
        if (row.ageCheck || (row.lineNo == m_highlightLine && m_highlightLine != 0 && !row.voided))
            return QBrush(Qt::black);   // readable on the highlight in every theme
        return {};
    case LineNoRole:
        return row.lineNo;
    case VoidedRole:
        return row.voided;
    case HighlightRole:
        return row.lineNo == m_highlightLine && m_highlightLine != 0;
    case AgeCheckRole:
        return row.ageCheck;
    default:
        return {};
    }
}

QVariant BasketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item: return tr("Item");
    case Quantity: return tr("Qty");
    case UnitPrice: return tr("Price");
    case Discount: return tr("Savings");
    case Amount: return tr("Amount");
    default: return {};
    }
}

int BasketModel::rowOfLine(int lineNo) const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).lineNo == lineNo)
            return int(i);
    }
    return -1;
}

QList<BasketModel::Row> BasketModel::buildRows() const
{
    const Sale &sale = m_session.sale();
    const PricedSale &priced = m_session.priced();
    QList<Row> rows;
    rows.reserve(sale.lines.size());
    QHash<int, const PricedLine *> pricedByLine;
    pricedByLine.reserve(priced.lines.size());
    for (const PricedLine &p : priced.lines)
        pricedByLine.insert(p.lineNo, &p);
    for (qsizetype i = 0; i < sale.lines.size(); ++i) {
        const SaleLine &line = sale.lines.at(i);
        const PricedLine *pricedLine = pricedByLine.value(line.lineNo);
        if (i < m_rows.size()) {
            const Row &old = m_rows.at(i);
            const bool samePrice = pricedLine ? old.priced && old.gross == pricedLine->gross
                                                    && old.saved == pricedLine->lineDiscount + pricedLine->promotionSavings
                                              : !old.priced;
            if (samePrice && old.source == line) {
                rows.append(old);
                continue;
            }
        }
        rows.append(formatRow(line, pricedLine));
    }
    return rows;
}

BasketModel::Row BasketModel::formatRow(const SaleLine &line, const PricedLine *priced) const
{
    Row row;
    row.lineNo = line.lineNo;
    row.voided = line.voided;
    row.ageCheck = line.needsAgeCheck();
    row.weighed = line.unit == SaleUnit::Kilogram;
    row.source = line;
    QString name = line.name;
    if (line.ageLimit > 0)
        name += u"  "_qs + tr("%1+", "age limit").arg(line.ageLimit);
    if (line.priceSource == PriceSource::Override)
        name += u"  "_qs + tr("(price changed)");
    row.cells[Item] = name;
    row.cells[Quantity] = row.weighed ? tr("%1 kg").arg(line.quantity.toString().replace(u'.', m_locale.decimalPoint()))
                                      : QString::number(line.quantity.thousandths() / retailos::Quantity::kScale);
    row.cells[UnitPrice] = row.weighed ? tr("%1/kg").arg(formatMoneyAmount(line.unitPrice, m_locale))
                                       : formatMoneyAmount(line.unitPrice, m_locale);
    if (line.voided) {
        row.cells[Amount] = tr("void");
    } else if (priced) {
        row.priced = true;
        row.gross = priced->gross;
        row.saved = priced->lineDiscount + priced->promotionSavings;
        if (row.saved.isPositive())
            row.cells[Discount] = formatMoneyAmount(-row.saved, m_locale);
        row.cells[Amount] = formatMoneyAmount(priced->gross - row.saved, m_locale);
    }
    return row;
}

void BasketModel::refresh()
{
    QList<Row> next = buildRows();
    const qsizetype oldSize = m_rows.size();
    const qsizetype newSize = next.size();
    // Lines are appended and never reordered; a new sale starts from empty.
    const bool samePrefix = newSize >= oldSize
        && std::equal(m_rows.cbegin(), m_rows.cend(), next.cbegin(),
                      [](const Row &a, const Row &b) { return a.lineNo == b.lineNo; });
    if (!samePrefix) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < oldSize; ++i) {
        const Row &before = m_rows.at(i);
        const Row &after = next.at(i);
        if (!std::equal(std::begin(before.cells), std::end(before.cells), std::begin(after.cells))
            || before.voided != after.voided || before.ageCheck != after.ageCheck) {
            m_rows[i] = next.at(i);
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
    if (newSize > oldSize) {
        beginInsertRows({}, int(oldSize), int(newSize - 1));
        for (qsizetype i = oldSize; i < newSize; ++i)
            m_rows.append(next.at(i));
        endInsertRows();
    }
}

void BasketModel::highlightLine(int lineNo)
{
    const int before = rowOfLine(m_highlightLine);
    m_highlightLine = lineNo;
    if (before >= 0)
        emit dataChanged(index(before, 0), index(before, ColumnCount - 1));
    const int row = rowOfLine(lineNo);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit lineAppended(row);
    }
}

} // namespace retailos::ui
