// The lane's devices as the window sees them: print a receipt, open the
// drawer, tell how they are. main.cpp wires in the hardware layer's
// implementation; the window never includes drivers/ (checked in CI).
#pragma once

#include "app/ui/lane_status.h"

#include <QObject>

namespace retailos {
struct ReceiptDocument;
}

namespace retailos::ui {

class LaneDevices : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // false: no printer is set up (the receipt is on screen only).
    virtual bool printReceipt(const ReceiptDocument &receipt) = 0;
    // false: no drawer is set up.
    virtual bool openDrawer() = 0;
    [[nodiscard]] virtual DeviceSummary summary() const = 0;

signals:
    void summaryChanged(const retailos::ui::DeviceSummary &summary);
    // Which receipt: an answer can arrive after the next sale has started.
    void receiptPrinted(qint64 receiptNumber);
    // The job failed; nothing is printed again on its own (F9 prints a copy).
    void printFailed(qint64 receiptNumber, const QString &message);
};

} // namespace retailos::ui
