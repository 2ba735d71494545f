// UsbDeviceIo on libusb-1.0: one libusb context per opened device (so
// devices on different worker threads never share event handling), the
// device found by enumerating and comparing vid:pid and the serial string,
// and every transfer synchronous with its timeout. libusb's types stay in
// the .cpp file.
#pragma once

#include "drivers/usb/usb_device_io.h"

#include <memory>

namespace retailos::drivers {

class LibusbDeviceIo final : public UsbDeviceIo
{
public:
    LibusbDeviceIo();
    ~LibusbDeviceIo() override;

    [[nodiscard]] Result<> open(const UsbMatch &match) override;
    [[nodiscard]] bool isOpen() const override;
    [[nodiscard]] UsbDeviceDescription description() const override;
    [[nodiscard]] Result<> detachKernelDriver(int interfaceNumber) override;
    [[nodiscard]] Result<> claimInterface(int interfaceNumber) override;
    [[nodiscard]] Result<> setAlternateSetting(int interfaceNumber, int alternate) override;
    void releaseInterface(int interfaceNumber) override;
    [[nodiscard]] Result<int> bulkWrite(quint8 endpoint, QByteArrayView bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> bulkRead(quint8 endpoint, int maxBytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> interruptRead(quint8 endpoint, int maxBytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> controlIn(quint8 requestType, quint8 request, quint16 value, quint16 index,
                                               int maxBytes, int timeoutMs) override;
    void close() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Whether libusb can start on this machine at all (a context can be made):
// for the installer's diagnostics and for tests.
[[nodiscard]] Result<> libusbAvailable();

} // namespace retailos::drivers
