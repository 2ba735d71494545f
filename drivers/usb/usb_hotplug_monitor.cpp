// USB hot-plug monitor (see usb_hotplug_monitor.h).
#include "drivers/usb/usb_hotplug_monitor.h"

#include "core/logging/log.h"
#include "drivers/usb/libusb_device_info.h"
#include "drivers/usb/usb_device_io.h"

#include <QCoreApplication>
#include <QThread>

#include <libusb.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>

namespace retailos::drivers {

namespace {
struct HotplugText
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};

constexpr int EventWaitMs = 100;   // how long a stop request may wait for libusb

QString describeDevice(const UsbDeviceInfo &d)
{
    return QStringLiteral("%1 (%2, bus %3 address %4%5)")
        .arg(usbIdText(d.vendorId, d.productId), usbDeviceKindName(d.kind))
        .arg(d.bus)
        .arg(d.address)
        .arg(d.serial.isEmpty() ? QString() : u", serial "_qs + d.serial);
}
} // namespace

// The monitor's thread: either libusb's event loop or a polling loop. It
// keeps its own list of what is plugged in and posts every change to the
// monitor's thread.
class UsbHotplugMonitor::Runner
{
public:
    Runner(UsbHotplugMonitor *owner, UsbEnumerator *enumerator, int pollMs)
        : m_owner(owner), m_enumerator(enumerator), m_pollMs(std::max(10, pollMs))
    {
    }

    ~Runner() { stop(); }

    // libusb mode: true when hot-plug events could be registered.
    Result<bool> startLibusb()
    {
        if (const int r = libusb_init(&m_context); r != 0) {
            m_context = nullptr;
            return fail(u"usb.io"_qs, HotplugText::tr("USB support (libusb) could not start: %1")
                                          .arg(QString::fromLatin1(libusb_error_name(r))));
        }
        if (!libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
            libusb_exit(m_context);
            m_context = nullptr;
            return false;
        }
        std::promise<int> registered;
        auto result = registered.get_future();
        m_thread.reset(QThread::create([this, &registered] { runEvents(registered); }));
        m_thread->setObjectName(u"usb-hotplug"_qs);
        m_thread->start();
        if (const int r = result.get(); r != LIBUSB_SUCCESS) {
            m_thread->wait();
            m_thread.reset();
            libusb_exit(m_context);
            m_context = nullptr;
            return false;   // no events after all: the caller polls
        }
        return true;
    }

    void startPolling()
    {
        m_thread.reset(QThread::create([this] { runPolling(); }));
        m_thread->setObjectName(u"usb-poll"_qs);
        m_thread->start();
    }

    void stop()
    {
        if (!m_thread)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread->wait();
        m_thread.reset();
        if (m_context) {
            libusb_exit(m_context);
            m_context = nullptr;
        }
    }

    [[nodiscard]] bool running() const { return m_thread && m_thread->isRunning(); }

private:
    static int LIBUSB_CALL onHotplug(libusb_context *, libusb_device *device, libusb_hotplug_event event, void *self)
    {
        // Inside libusb's event handling no synchronous I/O is allowed (the
        // serial must be read): note the event, handle it after the call.
        auto *runner = static_cast<Runner *>(self);
        runner->m_events.push_back({libusb_ref_device(device), event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED});
        return 0;   // stay registered
    }

    void runEvents(std::promise<int> &registered)
    {
        libusb_hotplug_callback_handle handle = 0;
        const int r = libusb_hotplug_register_callback(
            m_context, libusb_hotplug_event(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            LIBUSB_HOTPLUG_ENUMERATE, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            &Runner::onHotplug, this, &handle);
        registered.set_value(r);
        if (r != LIBUSB_SUCCESS) {
            dropEvents();
            return;
        }
        for (;;) {
            handleEvents();
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    break;
            }
            timeval wait{0, EventWaitMs * 1000};
            libusb_handle_events_timeout_completed(m_context, &wait, nullptr);
        }
        libusb_hotplug_deregister_callback(m_context, handle);
        dropEvents();
    }

    void handleEvents()
    {
        for (const PendingEvent &event : std::exchange(m_events, {})) {
            if (event.arrived) {
                UsbDeviceInfo info = libusbDeviceInfo(event.device, false);
                if (info.kind != UsbDeviceKind::Unknown)
                    info.serial = libusbDeviceInfo(event.device, true).serial;
                arrived(info);
            } else {
                // Gone: its descriptors may no longer be readable; bus and
                // address still name it in what we know.
                const UsbDeviceInfo left = libusbDeviceInfo(event.device, false);
                for (const UsbDeviceInfo &known : std::as_const(m_known)) {
                    if (known.bus == left.bus && known.address == left.address) {
                        departed(known);
                        break;
                    }
                }
            }
            libusb_unref_device(event.device);
        }
    }

    void dropEvents()
    {
        for (const PendingEvent &event : std::exchange(m_events, {}))
            libusb_unref_device(event.device);
    }

    void runPolling()
    {
        QString lastError;
        for (;;) {
            auto listed = m_enumerator->devices();
            if (!listed) {
                if (listed.error().message != lastError) {
                    lastError = listed.error().message;
                    post([message = lastError](UsbHotplugMonitor *m) { emit m->failed(message); });
                }
            } else {
                lastError.clear();
                QList<UsbDeviceInfo> now = *listed;
                for (UsbDeviceInfo &d : now)
                    d.kind = classifyUsbDevice(d.vendorId, d.productId, d.interfaceClasses);
                for (const UsbDeviceInfo &known : QList<UsbDeviceInfo>(m_known)) {
                    if (std::none_of(now.cbegin(), now.cend(), [&](const UsbDeviceInfo &d) { return d.samePlug(known); }))
                        departed(known);
                }
                for (const UsbDeviceInfo &d : std::as_const(now)) {
                    if (std::none_of(m_known.cbegin(), m_known.cend(), [&](const UsbDeviceInfo &k) { return k.samePlug(d); }))
                        arrived(d);
                }
            }
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(m_pollMs), [this] { return m_stopping; }))
                break;
        }
    }

    void arrived(const UsbDeviceInfo &info)
    {
        m_known.append(info);
        post([info](UsbHotplugMonitor *m) { m->adoptAttached(info); });
    }

    void departed(const UsbDeviceInfo &info)
    {
        m_known.removeIf([&](const UsbDeviceInfo &k) { return k.samePlug(info); });
        post([info](UsbHotplugMonitor *m) { m->adoptDetached(info); });
    }

    template<typename F>
    void post(F f)
    {
        // Queued on the owner: dropped with it, and ignored once it stopped.
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, f] {
                if (owner->isRunning())
                    f(owner);
            },
            Qt::QueuedConnection);
    }

    struct PendingEvent
    {
        libusb_device *device;
        bool arrived;
    };

    UsbHotplugMonitor *m_owner;
    UsbEnumerator *m_enumerator;
    int m_pollMs;
    libusb_context *m_context = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<PendingEvent> m_events;   // only touched on the runner's thread
    QList<UsbDeviceInfo> m_known;         // only touched on the runner's thread
};

UsbHotplugMonitor::UsbHotplugMonitor(int pollMs, QObject *parent)
    : QObject(parent), m_pollMs(pollMs), m_libusb(true)
{
    qRegisterMetaType<UsbDeviceInfo>();
}

UsbHotplugMonitor::UsbHotplugMonitor(std::unique_ptr<UsbEnumerator> enumerator, int pollMs, QObject *parent)
    : QObject(parent), m_enumerator(std::move(enumerator)), m_pollMs(pollMs), m_libusb(false)
{
    qRegisterMetaType<UsbDeviceInfo>();
}

UsbHotplugMonitor::~UsbHotplugMonitor()
{
    stop();
}

Result<> UsbHotplugMonitor::start()
{
    if (m_runner)
        return {};
    m_devices.clear();
    if (m_libusb) {
        auto runner = std::make_unique<Runner>(this, nullptr, m_pollMs);
        auto events = runner->startLibusb();
        if (!events)
            return std::unexpected(events.error());
        if (*events) {
            m_usesEvents = true;
            m_runner = std::move(runner);
            log::info(u"devices", u"USB hot-plug: libusb events"_qs);
            return {};
        }
        if (!m_enumerator)
            m_enumerator = std::make_unique<LibusbEnumerator>();
        log::info(u"devices", QStringLiteral("USB hot-plug: no libusb events here; listing the bus every %1 ms").arg(m_pollMs));
    }
    m_usesEvents = false;
    m_runner = std::make_unique<Runner>(this, m_enumerator.get(), m_pollMs);
    m_runner->startPolling();
    return {};
}

void UsbHotplugMonitor::stop()
{
    if (!m_runner)
        return;
    m_runner->stop();
    m_runner.reset();
}

bool UsbHotplugMonitor::isRunning() const
{
    return m_runner != nullptr;
}

void UsbHotplugMonitor::adoptAttached(const UsbDeviceInfo &device)
{
    m_devices.append(device);
    log::info(u"devices", u"USB device plugged in: "_qs + describeDevice(device));
    emit attached(device);
}

void UsbHotplugMonitor::adoptDetached(const UsbDeviceInfo &device)
{
    m_devices.removeIf([&](const UsbDeviceInfo &d) { return d.samePlug(device); });
    log::info(u"devices", u"USB device pulled out: "_qs + describeDevice(device));
    emit detached(device);
}

} // namespace retailos::drivers
