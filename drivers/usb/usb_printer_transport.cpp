// USB printer transport (see usb_printer_transport.h).
#include "drivers/usb/usb_printer_transport.h"

#include "core/logging/log.h"
#include "drivers/usb/libusb_device_io.h"
#include "drivers/usb/usb_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace retailos::drivers {

namespace {
struct UsbPrinterText
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};

// Printer-class request GET_DEVICE_ID: class, interface recipient, IN.
constexpr quint8 RequestTypeClassInterfaceIn = 0xA1;
constexpr quint8 RequestGetDeviceId = 0;
constexpr int DeviceIdMaxBytes = 1024;

int printerRank(const UsbInterface &iface)
{
    switch (iface.protocol) {
    case 2: return 0;   // bidirectional: status answers come back
    case 1: return 1;   // unidirectional
    default: return 2;  // IEEE 1284.4 or unknown: raw bytes may still work
    }
}
} // namespace

Result<UsbPrinterEndpoints> findPrinterEndpoints(const UsbDeviceDescription &device, const QString &where)
{
    const UsbInterface *best = nullptr;
    for (const UsbInterface &iface : device.interfaces) {
        if (iface.interfaceClass != UsbClassPrinter || !iface.endpoint(UsbTransferType::Bulk, false))
            continue;
        if (!best || printerRank(iface) < printerRank(*best))
            best = &iface;
    }
    if (best) {
        UsbPrinterEndpoints found{best->number, best->alternate, *best->endpoint(UsbTransferType::Bulk, false), {}};
        if (best->protocol == 2) {
            if (const UsbEndpoint *in = best->endpoint(UsbTransferType::Bulk, true))
                found.in = *in;
        }
        return found;
    }
    // Vendor-specific printers (some Epson and Star modes, many cheap ones)
    // take ESC/POS on the first bulk OUT of a vendor interface.
    for (const UsbInterface &iface : device.interfaces) {
        if (iface.interfaceClass != UsbClassVendor)
            continue;
        if (const UsbEndpoint *out = iface.endpoint(UsbTransferType::Bulk, false)) {
            UsbPrinterEndpoints found{iface.number, iface.alternate, *out, {}};
            if (const UsbEndpoint *in = iface.endpoint(UsbTransferType::Bulk, true))
                found.in = *in;
            return found;
        }
    }
    return fail(u"usb.not_printer"_qs, UsbPrinterText::tr("The USB device %1 has no printer interface (no "
                                                          "printer-class or vendor interface with a bulk output). "
                                                          "Check the vendor and product ids.")
                                           .arg(where));
}

UsbPrinterTransport::UsbPrinterTransport(UsbMatch match, std::unique_ptr<UsbDeviceIo> io, UsbPrinterOptions options)
    : m_match(std::move(match)), m_io(io ? std::move(io) : std::make_unique<LibusbDeviceIo>()), m_options(options)
{
}

UsbPrinterTransport::~UsbPrinterTransport()
{
    close();
}

Result<> UsbPrinterTransport::open(int)
{
    close();
    if (auto opened = m_io->open(m_match); !opened)
        return opened;
    auto found = findPrinterEndpoints(m_io->description(), describe());
    if (!found) {
        m_io->close();
        return std::unexpected(found.error());
    }
    // usblp (or CUPS through it) holds a printer-class interface as soon as
    // the printer is plugged in: take it over for the job.
    auto taken = m_io->detachKernelDriver(found->interfaceNumber);
    if (taken)
        taken = m_io->claimInterface(found->interfaceNumber);
    if (taken) {
        m_claimed = found->interfaceNumber;
        if (found->alternate != 0)
            taken = m_io->setAlternateSetting(found->interfaceNumber, found->alternate);
    }
    if (!taken) {
        const Error error = taken.error();
        close();
        return std::unexpected(error);
    }
    m_endpoints = *found;
    m_canRead = found->in.has_value();
    if (!m_lastDeviceId && m_io->description().interfaces.size() > 0) {
        const bool printerClass = std::any_of(m_io->description().interfaces.cbegin(),
                                              m_io->description().interfaces.cend(), [&](const UsbInterface &i) {
                                                  return i.number == found->interfaceNumber
                                                      && i.interfaceClass == UsbClassPrinter;
                                              });
        if (printerClass) {
            if (auto id = deviceId()) {
                log::info(u"devices", QStringLiteral("%1: %2 %3 (%4)")
                                          .arg(describe(), id->manufacturer, id->model, id->commandSets.join(u',')));
            }
        }
    }
    return {};
}

Result<> UsbPrinterTransport::write(const QByteArray &bytes, int timeoutMs)
{
    if (!m_endpoints)
        return fail(u"device.closed"_qs, UsbPrinterText::tr("%1 is not open.").arg(describe()));
    const int packet = std::max(1, m_endpoints->out.maxPacketSize);
    const int chunk = std::max(packet, m_options.chunkBytes / packet * packet);
    QElapsedTimer timer;
    timer.start();
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const int left = timeoutMs - int(timer.elapsed());
        const QByteArrayView piece = QByteArrayView(bytes).sliced(sent, std::min<qsizetype>(chunk, bytes.size() - sent));
        auto n = left > 0 ? m_io->bulkWrite(m_endpoints->out.address, piece, left)
                          : Result<int>(std::unexpected(usbError(UsbErrorKind::Timeout, describe())));
        if (!n) {
            Error error = n.error();
            if (sent > 0 && error.code != u"usb.timeout"_qs) {
                error.message += u' ' + UsbPrinterText::tr("%1 of %2 bytes had been sent.").arg(sent).arg(bytes.size());
            } else if (error.code == u"usb.timeout"_qs) {
                error.message = UsbPrinterText::tr("%1 stopped taking data (%2 of %3 bytes sent).")
                                    .arg(describe())
                                    .arg(sent)
                                    .arg(bytes.size());
            }
            return std::unexpected(error);
        }
        sent += std::clamp<qsizetype>(*n, 0, piece.size());
        // A short transfer means the printer stopped taking data within the
        // time it had: the job is incomplete, never resent from here.
        if (*n < piece.size())
            return fail(u"usb.timeout"_qs, UsbPrinterText::tr("%1 stopped taking data (%2 of %3 bytes sent).")
                                               .arg(describe())
                                               .arg(sent)
                                               .arg(bytes.size()));
    }
    return {};
}

Result<QByteArray> UsbPrinterTransport::read(int maxBytes, int timeoutMs)
{
    if (!m_endpoints)
        return fail(u"device.closed"_qs, UsbPrinterText::tr("%1 is not open.").arg(describe()));
    if (!m_endpoints->in)
        return fail(u"device.no_answer"_qs,
                    UsbPrinterText::tr("%1 is a one-way USB printer: it cannot report its status.").arg(describe()));
    QElapsedTimer timer;
    timer.start();
    // Ask for whole packets: a device sending a full packet into a smaller
    // buffer is an overflow error, not a short read.
    const int packet = std::max(1, m_endpoints->in->maxPacketSize);
    while (m_pending.isEmpty()) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0)
            return fail(u"device.no_answer"_qs, UsbPrinterText::tr("%1 did not answer in time.").arg(describe()));
        const int want = (std::max(1, maxBytes) + packet - 1) / packet * packet;
        auto data = m_io->bulkRead(m_endpoints->in->address, want, left);
        if (!data) {
            if (data.error().code == u"usb.timeout"_qs)
                return fail(u"device.no_answer"_qs, UsbPrinterText::tr("%1 did not answer in time.").arg(describe()));
            return std::unexpected(data.error());
        }
        m_pending += *data;
        // Many printers answer an empty packet when they have nothing to say.
        if (data->isEmpty())
            QThread::msleep(std::min(5, std::max(0, timeoutMs - int(timer.elapsed()))));
    }
    const QByteArray answer = m_pending.left(maxBytes);
    m_pending.remove(0, answer.size());
    return answer;
}

void UsbPrinterTransport::discardInput()
{
    m_pending.clear();
    if (!m_endpoints || !m_endpoints->in)
        return;
    const int packet = std::max(1, m_endpoints->in->maxPacketSize);
    // Bounded: a chatty printer (automatic status back) never keeps us here.
    for (int i = 0; i < 8; ++i) {
        auto data = m_io->bulkRead(m_endpoints->in->address, packet, 5);
        if (!data || data->isEmpty())
            break;
    }
}

void UsbPrinterTransport::close()
{
    if (m_claimed)
        m_io->releaseInterface(*m_claimed);
    m_claimed.reset();
    m_endpoints.reset();
    m_pending.clear();
    m_io->close();
}

Result<Ieee1284DeviceId> UsbPrinterTransport::deviceId()
{
    if (!m_endpoints)
        return fail(u"device.closed"_qs, UsbPrinterText::tr("%1 is not open.").arg(describe()));
    const UsbDeviceDescription device = m_io->description();
    const int interfaceNumber = m_endpoints ? m_endpoints->interfaceNumber : 0;
    const int alternate = m_endpoints ? m_endpoints->alternate : 0;
    // wValue is the configuration's index (zero-based), not its value.
    const quint16 configIndex = quint16(std::max(0, device.configuration - 1));
    auto reply = m_io->controlIn(RequestTypeClassInterfaceIn, RequestGetDeviceId, configIndex,
                                 quint16((interfaceNumber << 8) | (alternate & 0xff)), DeviceIdMaxBytes,
                                 m_options.deviceIdTimeoutMs);
    if (!reply)
        return std::unexpected(reply.error());
    auto id = parseIeee1284DeviceIdReply(*reply);
    if (id)
        m_lastDeviceId = *id;
    return id;
}

} // namespace retailos::drivers
