// A cash drawer as the lane sees it: open() sends the kick asynchronously,
// the open sensor (when there is one) is read on the device's worker thread,
// and every outcome arrives by signal. Concrete drawers: PrinterKickDrawer
// (on a receipt printer's drawer port) and SerialDrawer (own serial line).
//
// open() ends with exactly one of:
//   kicked() then opened()      the pulse went out and the sensor saw the drawer open
//   kicked() then openFailed()  the pulse went out but the sensor still reads closed
//   kicked() alone              no sensor (or it cannot be read now): state stays Unknown
//   openFailed()                the pulse never reached the drawer (printer gone, port gone)
// waitUntilClosed() ends with exactly one of closed(), notClosedInTime(seconds)
// or closeUnknown(reason); it never reports "closed" without a sensor reading.
#pragma once

#include "drivers/drawer/drawer_state.h"

#include <QObject>
#include <QString>

class QTimer;

namespace retailos::drivers {

struct DrawerTimings
{
    int pollMs = 250; // how often the sensor is read while confirming or waiting
    int openConfirmMs = 1500; // how long after the kick the sensor may take to read "open"
};

class CashDrawer : public QObject
{
    Q_OBJECT

public:
    ~CashDrawer() override;

    [[nodiscard]] DrawerState state() const { return m_state; }
    [[nodiscard]] DrawerSensor sensor() const { return m_sensor; }
    [[nodiscard]] bool hasSensor() const { return m_sensor != DrawerSensor::None; }
    [[nodiscard]] bool isWaiting() const { return m_waiting; }

    // Sends the kick (see the outcomes above). Never blocks.
    virtual void open() = 0;
    // Reads the sensor now and then, until it reads closed or `timeoutMs`
    // has passed. Without a sensor: closeUnknown() at once.
    void waitUntilClosed(int timeoutMs);
    void cancelWait();
    // Reads the sensor once (stateChanged when it differs).
    void refresh();

signals:
    void stateChanged(retailos::drivers::DrawerState state);
    void kicked();
    void opened();
    void closed();
    void openFailed(const QString &message);
    void notClosedInTime(int seconds);
    void closeUnknown(const QString &reason);

protected:
    CashDrawer(DrawerSensor sensor, DrawerTimings timings, QObject *parent);

    // For the concrete drawer: the pulse left (or did not).
    void kickDelivered();
    void kickFailed(const QString &message);
    // A fresh sensor reading: the raw pin level, polarity applied here.
    void pinRead(bool pinHigh);
    // The sensor cannot be read: temporarily (printer offline) or for good
    // (a one-way link); the state becomes Unknown either way.
    void sensorUnreadable(const QString &reason, bool forGood);
    // Asks the sensor; the answer comes back through pinRead() or
    // sensorUnreadable(), now or later. Called only when hasSensor().
    virtual void askSensor() = 0;
    // The openFailed() text when the sensor still reads closed after a kick.
    [[nodiscard]] virtual QString notOpenedMessage() const;

private:
    void adopt(DrawerState state);
    void onPollTick();
    void onConfirmTimeout();
    void onWaitTimeout();
    void updatePolling();
    void finishWait();

    DrawerSensor m_sensor;
    DrawerTimings m_timings;
    DrawerState m_state = DrawerState::Unknown;
    QString m_unknownReason;
    bool m_unreadableForGood = false;
    bool m_confirming = false;
    // The sensor has answered since the last kick: before that, "closed" is
    // the reading from before the kick (a question queued behind a long
    // receipt) and proves nothing.
    bool m_readSinceKick = false;
    bool m_confirmOverdue = false;                   // decide on the next fresh reading
    DrawerState m_lastKnown = DrawerState::Unknown;   // the last Open/Closed the sensor read
    bool m_waiting = false;
    int m_waitMs = 0;
    QTimer *m_pollTimer;
    QTimer *m_confirmTimer;
    QTimer *m_waitTimer;
};

} // namespace retailos::drivers
