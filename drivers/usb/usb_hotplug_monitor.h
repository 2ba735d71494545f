// Tells the lane when a USB device is plugged in or pulled out, with its
// point-of-sale kind, so a printer or scanner plugged in after start can be
// opened without a restart. Uses libusb's hot-plug events where libusb has
// them (Linux with udev), and lists the bus every few seconds elsewhere.
// Either way the work happens on the monitor's own thread; the signals
// arrive on the thread that owns the monitor. Devices already plugged in
// when the monitor starts are reported as attached first.
#pragma once

#include "core/common/result.h"
#include "drivers/usb/usb_enumerator.h"

#include <QObject>

#include <memory>

namespace retailos::drivers {

class UsbHotplugMonitor : public QObject
{
    Q_OBJECT

public:
    // libusb: hot-plug events when libusb_has_capability(HAS_HOTPLUG), else
    // polling with a LibusbEnumerator every `pollMs`.
    explicit UsbHotplugMonitor(int pollMs = 2000, QObject *parent = nullptr);
    // Polling only, over the given enumerator (tests, and platforms without
    // hot-plug events).
    UsbHotplugMonitor(std::unique_ptr<UsbEnumerator> enumerator, int pollMs, QObject *parent = nullptr);
    ~UsbHotplugMonitor() override;

    // Starts the monitor thread. Errors "usb.io" when libusb cannot start.
    [[nodiscard]] Result<> start();
    // Ends the thread; returns within about 200 ms. Safe to call twice.
    void stop();
    [[nodiscard]] bool isRunning() const;
    // True when libusb hot-plug events drive it (known after start()).
    [[nodiscard]] bool usesHotplugEvents() const { return m_usesEvents; }
    // What is plugged in as far as the signals have told so far.
    [[nodiscard]] QList<UsbDeviceInfo> devices() const { return m_devices; }

signals:
    void attached(const retailos::drivers::UsbDeviceInfo &device);
    void detached(const retailos::drivers::UsbDeviceInfo &device);
    // The bus could not be listed (logged once per kind of failure).
    void failed(const QString &message);

private:
    class Runner;
    void adoptAttached(const UsbDeviceInfo &device);
    void adoptDetached(const UsbDeviceInfo &device);

    std::unique_ptr<UsbEnumerator> m_enumerator;   // polling only; lives on the thread while it runs
    int m_pollMs;
    bool m_libusb;
    bool m_usesEvents = false;
    std::unique_ptr<Runner> m_runner;
    QList<UsbDeviceInfo> m_devices;
};

} // namespace retailos::drivers
