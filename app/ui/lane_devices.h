// The lane's devices as the window sees them: print a receipt, open the
// drawer and hear when it closes, take codes from a scanner, ask the scale,
// show the customer two lines, tell how they are. main.cpp wires in the hardware layer's
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

    // The scale: requestWeight() answers once by `weighed`.
    [[nodiscard]] virtual bool hasScale() const { return false; }
    virtual void requestWeight() {}
    // The customer display: two lines of up to 20 characters; the newest wins.
    virtual void showCustomerText(const QString &line1, const QString &line2)
    {
        Q_UNUSED(line1);
        Q_UNUSED(line2);
    }

signals:
    void summaryChanged(const retailos::ui::DeviceSummary &summary);
    // Which receipt: an answer can arrive after the next sale has started.
    void receiptPrinted(qint64 receiptNumber);
    // The job failed; nothing is printed again on its own (F9 prints a copy).
    void printFailed(qint64 receiptNumber, const QString &message);
    // A code from a scanner the lane drives itself (serial, USB HID POS);
    // keyboard-wedge scanners reach the window as keys instead.
    void scanned(const QString &code);
    // What the scanner sent was not a code (noise, half a barcode): scan again.
    void scanFailed(const QString &message);
    void weighed(const retailos::ui::ScaleWeight &weight);
    void drawerChanged(retailos::ui::DrawerState state);
    // The drawer has stood open this long after the sale (close it!).
    void drawerLeftOpen(int seconds);
};

} // namespace retailos::ui
