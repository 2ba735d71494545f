// Transports from settings (see transport_factory.h).
#include "app/wiring/transport_factory.h"

#include "core/settings/device_settings.h"
#include "drivers/transport/cups_transport.h"
#include "drivers/transport/file_transport.h"
#include "drivers/transport/tcp_transport.h"
#include "drivers/usb/usb_printer_transport.h"

namespace retailos::app {

drivers::SerialSettings serialSettings(const SerialPortSettings &port)
{
    drivers::SerialSettings serial;
    serial.path = port.path;
    serial.baud = port.baud;
    serial.dataBits = port.dataBits;
    serial.parity = port.parityLetter();
    serial.stopBits = port.stopBits;
    serial.hardwareFlow = port.flow == u"rtscts";
    return serial;
}

std::unique_ptr<drivers::Transport> printerTransport(const PrinterSettings &printer, bool &twoWay)
{
    twoWay = false;
    if (printer.transport == u"tcp") {
        twoWay = true;
        return std::make_unique<drivers::TcpTransport>(printer.host, quint16(printer.port));
    }
    if (printer.transport == u"serial") {
        twoWay = true;
        SerialPortSettings port = printer.serial;
        port.path = printer.path;
        return std::make_unique<drivers::SerialTransport>(serialSettings(port));
    }
    if (printer.transport == u"usb") {
        // The status probe is safe also for a one-way USB printer: its reads
        // answer "no answer" at once and the status stays unknown.
        twoWay = true;
        return std::make_unique<drivers::UsbPrinterTransport>(
            drivers::UsbMatch{printer.usb.vendorId, printer.usb.productId, printer.usb.serial});
    }
    // One-way: CUPS says whether the job went through, not how the paper is.
    if (printer.transport == u"cups")
        return std::make_unique<drivers::CupsTransport>(printer.server, printer.queue);
    if (printer.transport == u"file")
        return std::make_unique<drivers::FileTransport>(printer.path);
    return nullptr;
}

} // namespace retailos::app
