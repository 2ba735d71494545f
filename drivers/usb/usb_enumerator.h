// What is plugged in: a list of USB devices with their ids, serial, place
// on the bus and point-of-sale kind. LibusbEnumerator asks libusb; tests
// hand the hot-plug monitor a fake list.
#pragma once

#include "core/common/result.h"
#include "drivers/usb/usb_device_kind.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace retailos::drivers {

struct UsbDeviceInfo
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serial;                // empty when the device has none or may not be opened
    int bus = 0;
    int address = 0;
    QList<int> interfaceClasses;   // of the active configuration
    UsbDeviceKind kind = UsbDeviceKind::Unknown;

    // Bus and address name one plugged-in device until it is unplugged.
    [[nodiscard]] bool samePlug(const UsbDeviceInfo &other) const
    {
        return bus == other.bus && address == other.address && vendorId == other.vendorId
            && productId == other.productId;
    }
    friend bool operator==(const UsbDeviceInfo &, const UsbDeviceInfo &) = default;
};

class UsbEnumerator
{
public:
    virtual ~UsbEnumerator() = default;
    // Every device plugged in now. Blocking (reads descriptors): call it on
    // a worker thread.
    [[nodiscard]] virtual Result<QList<UsbDeviceInfo>> devices() = 0;
};

class LibusbEnumerator final : public UsbEnumerator
{
public:
    LibusbEnumerator();
    ~LibusbEnumerator() override;
    [[nodiscard]] Result<QList<UsbDeviceInfo>> devices() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace retailos::drivers

Q_DECLARE_METATYPE(retailos::drivers::UsbDeviceInfo)
