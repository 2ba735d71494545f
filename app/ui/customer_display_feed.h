// What the customer reads on the pole display (2 × 20 characters) as the
// sale goes on: a welcome while the lane is idle, each item with its price
// and the running total as it is scanned, the total to pay, the change.
// Worded here (translated, in the store's money format); the device only
// shows the two lines.
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

namespace retailos {
class LaneServices;
struct CompletedSale;
}

namespace retailos::ui {

class LaneDevices;

class CustomerDisplayFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kColumns = 20;

    CustomerDisplayFeed(LaneServices &lane, LaneDevices &devices, const QLocale &locale, QObject *parent = nullptr);

    // The payment page is open: the customer sees what to pay.
    void showAmountDue();
    void showWelcome();

    // `left` then `right` flush to the right edge, the left text cut to fit:
    // "Milk 1l         1,99".
    [[nodiscard]] static QString fitLine(const QString &left, const QString &right);

private:
    void lineAdded(int lineNo);
    void changed();
    void saleCompleted(const CompletedSale &completed);
    void show(const QString &line1, const QString &line2);
    [[nodiscard]] QString totalLine() const;

    enum class Mode { Welcome, Selling, Paying, Done };

    LaneServices &m_lane;
    LaneDevices &m_devices;
    QLocale m_locale;
    QString m_line1;
    QString m_line2;
    Mode m_mode = Mode::Welcome;
};

} // namespace retailos::ui
