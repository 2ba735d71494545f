// The ESC/POS status probe (see escpos_status_probe.h).
#include "drivers/escpos/escpos_status_probe.h"

#include "drivers/escpos/escpos_encoder.h"
#include "drivers/transport/transport.h"

#include <QCoreApplication>

namespace retailos::drivers {

namespace {
struct ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(EscPosStatus)
};

Result<PrinterStatusBits> ask(Transport &transport, int n, int timeoutMs)
{
    if (auto written = transport.write(EscPosEncoder::statusRequest(n), timeoutMs); !written)
        return std::unexpected(written.error());
    auto answer = transport.read(1, timeoutMs);
    if (!answer)
        return std::unexpected(answer.error());
    const PrinterStatusBits bits = EscPosEncoder::decodeStatus(n, quint8(answer->at(0)));
    if (!bits.valid)
        return fail(u"device.bad_status"_qs,
                    ProbeText::tr("The printer answered the status request with 0x%1, which is not ESC/POS status.")
                        .arg(quint8(answer->at(0)), 2, 16, QChar(u'0')));
    return bits;
}
} // namespace

StatusProbe escPosStatusProbe()
{
    return [](Transport &transport, int timeoutMs) -> Result<DeviceStatus> {
        // A late answer to an earlier question must not answer this one.
        transport.discardInput();
        auto printer = ask(transport, 1, timeoutMs);
        if (!printer)
            return std::unexpected(printer.error());
        auto cause = ask(transport, 2, timeoutMs);
        if (!cause)
            return std::unexpected(cause.error());
        auto paper = ask(transport, 4, timeoutMs);
        if (!paper)
            return std::unexpected(paper.error());
        DeviceStatus status;
        status.drawerOpen = printer->drawerSensorHigh;
        if (cause->coverOpen)
            status.state = DeviceState::CoverOpen;
        else if (paper->paperOut || cause->paperEndStop)
            status.state = DeviceState::PaperOut;
        else if (cause->error)
            status.state = DeviceState::Error;
        else if (printer->offline)
            status.state = DeviceState::Offline;
        else if (paper->paperNearEnd)
            status.state = DeviceState::PaperLow;
        else
            status.state = DeviceState::Online;
        status.message = deviceStateText(status.state);
        return status;
    };
}

} // namespace retailos::drivers
