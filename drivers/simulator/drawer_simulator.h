// A cash drawer with its own serial interface, on a pty: it springs open
// when the trigger bytes arrive, answers the status query with its sensor
// pin ('1' high, '0' low, bit 0 carries the pin), closes by itself after a
// while (the cashier pushes it shut) or stays open when "stuck", and can be
// opened or closed by hand (a command of the tool, a call in a test).
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QTimer;

namespace retailos::drivers::sim {

class PtyPort;

struct DrawerSimulatorSettings
{
    QByteArray trigger = QByteArray(1, '\x07'); // BEL, as the real interfaces' default switch setting
    QByteArray statusQuery = QByteArray(1, '\x05'); // ENQ; empty: the interface does not answer
    bool sensorLow = false; // the switch pulls the pin low while open (polarity "open_low")
    int closesAfterMs = 2000; // <= 0: stays open until closed by hand
};

class DrawerSimulator : public QObject
{
    Q_OBJECT

public:
    explicit DrawerSimulator(DrawerSimulatorSettings settings = {}, QObject *parent = nullptr);
    ~DrawerSimulator() override;

    [[nodiscard]] Result<QString> open(); // the pty for the lane; "sim.pty" when there is none
    void close(); // unplugged
    [[nodiscard]] QString path() const;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] bool isStuck() const { return m_stuck; }
    [[nodiscard]] bool pinHigh() const { return m_open != m_settings.sensorLow; }
    [[nodiscard]] int kicks() const { return m_kicks; }
    [[nodiscard]] const DrawerSimulatorSettings &settings() const { return m_settings; }

    // By hand: open with the key, push it shut (also when stuck).
    void setDrawerOpen(bool open);
    // Stuck: a kick opens it, but it does not close by itself.
    void setStuck(bool stuck);
    void setClosesAfterMs(int ms);

    // The byte the status query is answered with now.
    [[nodiscard]] char statusAnswer() const { return pinHigh() ? '1' : '0'; }

    // Bytes as if they came over the line (tests without a pty).
    void feed(const QByteArray &bytes);

signals:
    void kicked();
    void stateChanged(bool open);
    void statusAsked(char answer);

private:
    void scanFor(const QByteArray &needle, QByteArray &window, char byte, bool *matched);
    void startClosing();

    DrawerSimulatorSettings m_settings;
    PtyPort *m_pty;
    QTimer *m_closeTimer;
    QByteArray m_triggerWindow;
    QByteArray m_queryWindow;
    bool m_open = false;
    bool m_stuck = false;
    int m_kicks = 0;
};

} // namespace retailos::drivers::sim
