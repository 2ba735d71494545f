// A USB device behind the UsbDeviceIo seam, for tests: no USB device can be
// attached where they run. Its state is shared with the test (which keeps a
// handle after the transport or reader took the io) and guarded, since the
// device's worker thread drives it while the test looks on.
#pragma once

#include "drivers/usb/usb_device_io.h"
#include "drivers/usb/usb_error.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <deque>
#include <memory>
#include <optional>

namespace retailos::drivers::testing {

struct FakeUsbState
{
    QMutex mutex;
    UsbDeviceDescription device;
    std::optional<Error> openError;          // what open() answers instead of opening
    QList<int> kernelDriverOn;               // interfaces a kernel driver holds
    bool kernelDriverStuck = false;          // detaching fails
    std::optional<Error> claimError;

    // What happened.
    int opens = 0;
    int closes = 0;
    QList<int> detached;
    QList<int> claimed;
    QList<int> released;
    QList<std::pair<int, int>> alternates;
    QList<QByteArray> transfers;             // each bulk OUT transfer as the device took it
    QByteArray written;                      // all of them joined
    struct Control { quint8 requestType, request; quint16 value, index; int maxBytes; };
    QList<Control> controls;

    // How the device behaves on bulk OUT.
    qint64 acceptBytes = -1;                 // takes this many in total, then stops (-1: everything)
    qint64 goneAfterBytes = -1;              // unplugged once this many were taken (-1: never)
    bool answersStatus = false;              // answers `10 04 n` with statusByte on bulk IN
    quint8 statusByte = 0x12;

    // What the device sends.
    std::deque<QByteArray> bulkIn;
    std::deque<QByteArray> interruptIn;
    bool goneOnRead = false;
    QByteArray deviceIdReply;                // printer class GET_DEVICE_ID
    QList<std::pair<int, QByteArray>> reportDescriptors;   // interface -> HID report descriptor

    bool isOpen = false;
};

class FakeUsbDeviceIo final : public UsbDeviceIo
{
public:
    explicit FakeUsbDeviceIo(std::shared_ptr<FakeUsbState> state) : m(std::move(state)) {}

    Result<> open(const UsbMatch &match) override
    {
        QMutexLocker lock(&m->mutex);
        m_where = describeUsb(match);
        ++m->opens;
        if (m->openError)
            return std::unexpected(*m->openError);
        if (match.vendorId != m->device.vendorId || match.productId != m->device.productId
            || (!match.serial.isEmpty() && match.serial != m->device.serial))
            return std::unexpected(usbError(UsbErrorKind::NotFound, m_where));
        m->isOpen = true;
        return {};
    }
    bool isOpen() const override
    {
        QMutexLocker lock(&m->mutex);
        return m->isOpen;
    }
    UsbDeviceDescription description() const override
    {
        QMutexLocker lock(&m->mutex);
        return m->isOpen ? m->device : UsbDeviceDescription{};
    }
    Result<> detachKernelDriver(int interfaceNumber) override
    {
        QMutexLocker lock(&m->mutex);
        if (!m->kernelDriverOn.contains(interfaceNumber))
            return {};
        if (m->kernelDriverStuck)
            return std::unexpected(usbError(UsbErrorKind::Busy, m_where, u"the kernel driver could not be detached"_qs));
        m->kernelDriverOn.removeAll(interfaceNumber);
        m->detached.append(interfaceNumber);
        return {};
    }
    Result<> claimInterface(int interfaceNumber) override
    {
        QMutexLocker lock(&m->mutex);
        if (m->claimError)
            return std::unexpected(*m->claimError);
        if (m->kernelDriverOn.contains(interfaceNumber))
            return std::unexpected(usbError(UsbErrorKind::Busy, m_where));
        m->claimed.append(interfaceNumber);
        return {};
    }
    Result<> setAlternateSetting(int interfaceNumber, int alternate) override
    {
        QMutexLocker lock(&m->mutex);
        m->alternates.append({interfaceNumber, alternate});
        return {};
    }
    void releaseInterface(int interfaceNumber) override
    {
        QMutexLocker lock(&m->mutex);
        m->released.append(interfaceNumber);
    }
    Result<int> bulkWrite(quint8, QByteArrayView bytes, int) override
    {
        QMutexLocker lock(&m->mutex);
        if (!m->isOpen)
            return std::unexpected(usbError(UsbErrorKind::Gone, m_where));
        qint64 take = bytes.size();
        if (m->goneAfterBytes >= 0 && m->written.size() + take > m->goneAfterBytes) {
            const qint64 part = std::max<qint64>(0, m->goneAfterBytes - m->written.size());
            record(bytes.first(part));
            m->isOpen = false;
            return std::unexpected(usbError(UsbErrorKind::Gone, m_where));
        }
        if (m->acceptBytes >= 0)
            take = std::clamp<qint64>(m->acceptBytes - m->written.size(), 0, take);
        if (take == 0)
            return std::unexpected(usbError(UsbErrorKind::Timeout, m_where));
        record(bytes.first(take));
        if (m->answersStatus && bytes.size() == 3 && bytes[0] == '\x10' && bytes[1] == '\x04')
            m->bulkIn.push_back(QByteArray(1, char(m->statusByte)));
        return int(take);
    }
    Result<QByteArray> bulkRead(quint8, int maxBytes, int timeoutMs) override
    {
        return readFrom(&FakeUsbState::bulkIn, maxBytes, timeoutMs);
    }
    Result<QByteArray> interruptRead(quint8, int maxBytes, int timeoutMs) override
    {
        return readFrom(&FakeUsbState::interruptIn, maxBytes, timeoutMs);
    }
    Result<QByteArray> controlIn(quint8 requestType, quint8 request, quint16 value, quint16 index, int maxBytes,
                                 int) override
    {
        QMutexLocker lock(&m->mutex);
        m->controls.append({requestType, request, value, index, maxBytes});
        if (requestType == 0xA1 && request == 0 && !m->deviceIdReply.isEmpty())
            return m->deviceIdReply.left(maxBytes);
        if (requestType == 0x81 && request == 0x06 && value == 0x2200) {
            for (const auto &[iface, descriptor] : std::as_const(m->reportDescriptors)) {
                if (iface == index)
                    return descriptor.left(maxBytes);
            }
        }
        return std::unexpected(usbError(UsbErrorKind::Io, m_where, u"LIBUSB_ERROR_PIPE"_qs));
    }
    void close() override
    {
        QMutexLocker lock(&m->mutex);
        if (m->isOpen)
            ++m->closes;
        m->isOpen = false;
    }

private:
    void record(QByteArrayView bytes)
    {
        m->transfers.append(bytes.toByteArray());
        m->written += bytes;
    }

    Result<QByteArray> readFrom(std::deque<QByteArray> FakeUsbState::*queue, int maxBytes, int timeoutMs)
    {
        {
            QMutexLocker lock(&m->mutex);
            if (m->goneOnRead || !m->isOpen)
                return std::unexpected(usbError(UsbErrorKind::Gone, m_where));
            auto &q = (*m).*queue;
            if (!q.empty()) {
                QByteArray data = q.front();
                q.pop_front();
                if (data.size() > maxBytes)
                    return std::unexpected(usbError(UsbErrorKind::Io, m_where, u"LIBUSB_ERROR_OVERFLOW"_qs));
                return data;
            }
        }
        // Nothing to send: the real call waits out its timeout (a little of it here).
        QThread::msleep(std::min(timeoutMs, 2));
        return std::unexpected(usbError(UsbErrorKind::Timeout, m_where));
    }

    std::shared_ptr<FakeUsbState> m;
    QString m_where;
};

// Interfaces as real devices describe them.
inline UsbInterface printerInterface(int number, int alternate, int protocol, quint8 out, std::optional<quint8> in,
                                     int packet = 64)
{
    UsbInterface i{number, alternate, UsbClassPrinter, 1, protocol, {}};
    i.endpoints.append({out, UsbTransferType::Bulk, packet});
    if (in)
        i.endpoints.append({*in, UsbTransferType::Bulk, packet});
    return i;
}

inline UsbInterface hidInterface(int number, int subclass, int protocol, quint8 in)
{
    UsbInterface i{number, 0, UsbClassHid, subclass, protocol, {}};
    i.endpoints.append({in, UsbTransferType::Interrupt, 64});
    return i;
}

inline UsbInterface vendorInterface(int number, quint8 out, std::optional<quint8> in)
{
    UsbInterface i{number, 0, UsbClassVendor, 0, 0, {}};
    i.endpoints.append({out, UsbTransferType::Bulk, 64});
    if (in)
        i.endpoints.append({*in, UsbTransferType::Bulk, 64});
    return i;
}

} // namespace retailos::drivers::testing
