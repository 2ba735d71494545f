// The basket as a table model for the lane and the kiosk: one row per sale
// line (voided lines stay, struck through), fed by the sale session's
// signals. A scan inserts one row instead of resetting the view, so painting
// the new line stays cheap however long the basket is.
#pragma once

#include "core/money/money.h"
#include "core/sale/sale.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace retailos {
class SaleSession;
struct PricedLine;
}

namespace retailos::ui {

class BasketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Quantity, UnitPrice, Discount, Amount, ColumnCount };
    enum Role {
        LineNoRole = Qt::UserRole + 1,   // int: the engine's line number
        VoidedRole,                      // bool
        HighlightRole,                   // bool: the line scanned last
        AgeCheckRole,                    // bool: waiting for the cashier's age confirmation
    };

    BasketModel(SaleSession &session, QLocale locale, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The row showing a line, or -1.
    [[nodiscard]] int rowOfLine(int lineNo) const;
    [[nodiscard]] int highlightedRow() const { return rowOfLine(m_highlightLine); }

    // Re-reads the session (also called on every session change).
    void refresh();

signals:
    // A line was added (scan, key, quick key): the view scrolls to it.
    void lineAppended(int row);

private:
    // The session emits lineAdded after changed: the row exists by then.
    void highlightLine(int lineNo);

    struct Row
    {
        int lineNo = 0;
        QString cells[ColumnCount];
        bool voided = false;
        bool ageCheck = false;
        bool weighed = false;
        // What the cells were formatted from: a row whose inputs did not
        // change is kept as it is, so a scan formats one row, not all.
        SaleLine source;
        Money gross;
        Money saved;
        bool priced = false;
    };
    [[nodiscard]] QList<Row> buildRows() const;
    [[nodiscard]] Row formatRow(const SaleLine &line, const PricedLine *priced) const;

    SaleSession &m_session;
    QLocale m_locale;
    QList<Row> m_rows;
    int m_highlightLine = 0;
};

} // namespace retailos::ui
