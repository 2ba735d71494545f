// USB HID POS scanner reader (see hid_pos_scan_reader.h).
#include "drivers/scanner/hid_pos_scan_reader.h"

#include "core/logging/log.h"
#include "drivers/usb/libusb_device_io.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace retailos::drivers {

namespace {
struct HidPosReaderText
{
    Q_DECLARE_TR_FUNCTIONS(HidPosScanner)
};

constexpr quint16 UsagePageBarCodeScanner = 0x8C;
// GET_DESCRIPTOR (standard, interface recipient, IN) for the HID report descriptor.
constexpr quint8 RequestTypeStandardInterfaceIn = 0x81;
constexpr quint8 RequestGetDescriptor = 0x06;
constexpr quint16 ReportDescriptorType = 0x2200;
constexpr int DescriptorTimeoutMs = 500;

struct DescriptorFacts
{
    bool barCodeScannerPage = false;   // a Usage Page (global tag 0x04) of 0x8C
    bool reportIds = false;            // a Report ID item (global tag 0x84): reports start with their id
};

// Walks the report descriptor's items. Short items: prefix byte (tag, type,
// size 0/1/2/4) then data; long items (0xFE) are skipped whole.
DescriptorFacts readDescriptor(QByteArrayView descriptor)
{
    DescriptorFacts facts;
    qsizetype i = 0;
    while (i < descriptor.size()) {
        const quint8 prefix = quint8(descriptor[i]);
        if (prefix == 0xFE) {
            if (i + 1 >= descriptor.size())
                break;
            i += 3 + quint8(descriptor[i + 1]);
            continue;
        }
        const int size = (prefix & 0x03) == 3 ? 4 : (prefix & 0x03);
        if (i + 1 + size > descriptor.size())
            break;
        quint32 value = 0;
        for (int b = 0; b < size; ++b)
            value |= quint32(quint8(descriptor[i + 1 + b])) << (8 * b);
        if ((prefix & 0xFC) == 0x04 && size > 0 && value == UsagePageBarCodeScanner)
            facts.barCodeScannerPage = true;
        if ((prefix & 0xFC) == 0x84)
            facts.reportIds = true;
        i += 1 + size;
    }
    return facts;
}

Error asGone(const Error &usb)
{
    return {u"scanner.gone"_qs, usb.message};
}
} // namespace

Result<HidPosEndpoint> findHidPosEndpoint(UsbDeviceIo &io, const QString &where)
{
    std::optional<HidPosEndpoint> fallback;
    for (const UsbInterface &iface : io.description().interfaces) {
        if (iface.interfaceClass != UsbClassHid)
            continue;
        const UsbEndpoint *in = iface.endpoint(UsbTransferType::Interrupt, true);
        if (!in)
            continue;
        auto descriptor = io.controlIn(RequestTypeStandardInterfaceIn, RequestGetDescriptor, ReportDescriptorType,
                                       quint16(iface.number), 4096, DescriptorTimeoutMs);
        if (descriptor) {
            if (const DescriptorFacts facts = readDescriptor(*descriptor); facts.barCodeScannerPage)
                return HidPosEndpoint{iface.number, *in, facts.reportIds};
        }
        // Boot keyboards (protocol 1) and mice (2) are the scanner's keyboard
        // mode, never its POS interface.
        const bool bootDevice = iface.subclass == 1 && (iface.protocol == 1 || iface.protocol == 2);
        if (!descriptor && !fallback && !bootDevice)
            fallback = HidPosEndpoint{iface.number, *in, true};
    }
    if (fallback)
        return *fallback;
    return fail(u"scanner.not_hid_pos"_qs,
                HidPosReaderText::tr("The USB scanner %1 is not in HID POS mode (it offers no bar code scanner "
                                     "interface). Scan the \"USB HID POS\" programming code from its manual, or set "
                                     "it up as a keyboard-wedge scanner.")
                    .arg(where));
}

HidPosScanReader::HidPosScanReader(UsbMatch match, std::unique_ptr<UsbDeviceIo> io, HidPosScannerOptions options)
    : m_match(std::move(match)), m_io(io ? std::move(io) : std::make_unique<LibusbDeviceIo>()), m_options(options),
      m_decoder(options.layout)
{
}

HidPosScanReader::~HidPosScanReader()
{
    close();
}

Result<> HidPosScanReader::open(int)
{
    close();
    if (auto opened = m_io->open(m_match); !opened)
        return opened;
    auto found = findHidPosEndpoint(*m_io, describe());
    if (!found) {
        m_io->close();
        return std::unexpected(found.error());
    }
    // usbhid holds every HID interface as soon as the scanner is plugged in.
    auto taken = m_io->detachKernelDriver(found->interfaceNumber);
    if (taken)
        taken = m_io->claimInterface(found->interfaceNumber);
    if (!taken) {
        m_io->close();
        return std::unexpected(taken.error());
    }
    m_endpoint = *found;
    m_decoder.reset();
    return {};
}

Result<std::optional<QString>> HidPosScanReader::next(int timeoutMs)
{
    if (!m_endpoint)
        return fail(u"scanner.gone"_qs, HidPosReaderText::tr("The USB scanner %1 is not open.").arg(describe()));
    QElapsedTimer timer;
    timer.start();
    const int packet = std::max(8, m_endpoint->in.maxPacketSize);
    for (;;) {
        int wait = timeoutMs - int(timer.elapsed());
        if (m_decoder.pending()) {
            const int rest = m_options.continuationTimeoutMs - int(m_sinceLastReport.elapsed());
            if (rest <= 0) {
                m_decoder.reset();
                return fail(u"scanner.incomplete"_qs,
                            HidPosReaderText::tr("The USB scanner sent only part of a code; scan the item again."));
            }
            wait = std::min(wait, rest);
        }
        if (wait <= 0)
            return std::nullopt;
        auto report = m_io->interruptRead(m_endpoint->in.address, packet, wait);
        if (!report) {
            if (report.error().code == u"usb.timeout"_qs)
                continue;   // the loop decides: nothing yet, or a code's rest overdue
            m_decoder.reset();
            return std::unexpected(asGone(report.error()));
        }
        if (report->isEmpty())
            continue;
        m_sinceLastReport.start();
        // A scanner with only the one report leaves its id out: put it back,
        // so the decoder reads every report the same way.
        if (!m_endpoint->reportIds)
            report->prepend(char(m_options.layout.reportId));
        auto code = m_decoder.feed(*report);
        if (!code)
            return std::unexpected(code.error());
        if (code->has_value())
            return *code;
    }
}

void HidPosScanReader::close()
{
    if (m_endpoint)
        m_io->releaseInterface(m_endpoint->interfaceNumber);
    m_endpoint.reset();
    m_decoder.reset();
    m_io->close();
}

} // namespace retailos::drivers
