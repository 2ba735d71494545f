// Reading, checking and writing the "devices" section (see device_settings.h).
#include "core/settings/device_settings.h"

#include "core/settings/settings_reader.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace retailos {

using namespace settings_reader;

namespace {

struct SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

#define RETAILOS_TRY(expr) \
    do { if (auto r_ = (expr); !r_) return std::unexpected(r_.error()); } while (false)

const QStringList kParities{QStringLiteral("none"), QStringLiteral("even"), QStringLiteral("odd")};
const QStringList kFlows{QStringLiteral("none"), QStringLiteral("rtscts")};

// The serial keys sit beside the device's other keys: "path", "baud", ...
Result<> readSerial(const QJsonObject &obj, const QString &prefix, SerialPortSettings &serial)
{
    RETAILOS_TRY(readString(obj, prefix, "path", serial.path));
    RETAILOS_TRY(readInt(obj, prefix, "baud", 1200, 115200, serial.baud));
    // The speeds a serial port (and the lane) can be set to.
    static const QList<int> speeds{1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
    if (!speeds.contains(serial.baud))
        return invalid(prefix + u"baud", SettingsText::tr("use one of: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200"));
    RETAILOS_TRY(readInt(obj, prefix, "data_bits", 7, 8, serial.dataBits));
    RETAILOS_TRY(readChoice(obj, prefix, "parity", kParities, serial.parity));
    RETAILOS_TRY(readInt(obj, prefix, "stop_bits", 1, 2, serial.stopBits));
    RETAILOS_TRY(readChoice(obj, prefix, "flow", kFlows, serial.flow));
    return {};
}

void writeSerial(QJsonObject &obj, const SerialPortSettings &serial)
{
    obj.insert(u"path"_qs, serial.path);
    obj.insert(u"baud"_qs, serial.baud);
    obj.insert(u"data_bits"_qs, serial.dataBits);
    obj.insert(u"parity"_qs, serial.parity);
    obj.insert(u"stop_bits"_qs, serial.stopBits);
    obj.insert(u"flow"_qs, serial.flow);
}

Result<> needsPath(const SerialPortSettings &serial, const QString &prefix, const QString &what)
{
    if (serial.path.trimmed().isEmpty())
        return invalid(prefix + u"path", SettingsText::tr("%1 needs its port, such as /dev/ttyUSB0").arg(what));
    return {};
}

Result<> readHexId(const QJsonObject &obj, const QString &prefix, const char *key, quint16 &out)
{
    QString text = out ? QStringLiteral("%1").arg(out, 4, 16, QLatin1Char('0')) : QString();
    RETAILOS_TRY(readString(obj, prefix, key, text));
    if (text.isEmpty())
        return {};
    if (text.startsWith(u"0x", Qt::CaseInsensitive))
        text = text.mid(2);
    bool ok = false;
    const uint value = text.toUInt(&ok, 16);
    if (!ok || text.size() != 4 || value > 0xFFFF)
        return invalid(prefix + QLatin1String(key), SettingsText::tr("expected 4 hex digits as lsusb shows them, such as 04b8"));
    out = quint16(value);
    return {};
}

Result<> readUsb(const QJsonObject &obj, const QString &prefix, UsbMatchSettings &usb)
{
    RETAILOS_TRY(readHexId(obj, prefix, "usb_vendor", usb.vendorId));
    RETAILOS_TRY(readHexId(obj, prefix, "usb_product", usb.productId));
    RETAILOS_TRY(readString(obj, prefix, "usb_serial", usb.serial));
    return {};
}

Result<> needsUsbIds(const UsbMatchSettings &usb, const QString &prefix, const QString &what)
{
    if (usb.vendorId == 0 || usb.productId == 0)
        return invalid(prefix + u"usb_vendor"_qs,
                       SettingsText::tr("%1 needs \"usb_vendor\" and \"usb_product\" (4 hex digits each, from lsusb)").arg(what));
    return {};
}

void writeUsb(QJsonObject &obj, const UsbMatchSettings &usb)
{
    obj.insert(u"usb_vendor"_qs, usb.vendorId ? QStringLiteral("%1").arg(usb.vendorId, 4, 16, QLatin1Char('0')) : QString());
    obj.insert(u"usb_product"_qs, usb.productId ? QStringLiteral("%1").arg(usb.productId, 4, 16, QLatin1Char('0')) : QString());
    obj.insert(u"usb_serial"_qs, usb.serial);
}

// Bytes as hex pairs, spaces allowed: "1b 70 00".
Result<> readHexBytes(const QJsonObject &obj, const QString &prefix, const char *key, int maxBytes, QByteArray &out)
{
    QString text = QString::fromLatin1(out.toHex(' '));
    RETAILOS_TRY(readString(obj, prefix, key, text));
    QString digits = text;
    digits.remove(u' ');
    const QByteArray bytes = QByteArray::fromHex(digits.toLatin1());
    bool hexOnly = digits.size() % 2 == 0;
    for (QChar c : digits)
        hexOnly = hexOnly && c.isLetterOrNumber() && QStringLiteral("0123456789abcdefABCDEF").contains(c);
    if (!hexOnly || bytes.size() > maxBytes)
        return invalid(prefix + QLatin1String(key),
                       SettingsText::tr("expected up to %1 bytes as hex pairs, such as \"1b 70\"").arg(maxBytes));
    out = bytes;
    return {};
}

Result<> readPrinter(const QJsonObject &p, const QString &prefix, PrinterSettings &printer)
{
    RETAILOS_TRY(onlyKnownKeys(p, prefix, {"transport", "host", "port", "path", "baud", "data_bits", "parity",
                                           "stop_bits", "flow", "usb_vendor", "usb_product", "usb_serial", "queue",
                                           "server", "profile", "logo"}));
    RETAILOS_TRY(readChoice(p, prefix, "transport", PrinterSettings::transports(), printer.transport));
    RETAILOS_TRY(readChoice(p, prefix, "profile", PrinterSettings::profiles(), printer.profile));
    RETAILOS_TRY(readString(p, prefix, "host", printer.host));
    RETAILOS_TRY(readInt(p, prefix, "port", 1, 65535, printer.port));
    RETAILOS_TRY(readSerial(p, prefix, printer.serial));
    printer.path = printer.serial.path;
    RETAILOS_TRY(readUsb(p, prefix, printer.usb));
    RETAILOS_TRY(readString(p, prefix, "queue", printer.queue));
    RETAILOS_TRY(readString(p, prefix, "server", printer.server));
    RETAILOS_TRY(readString(p, prefix, "logo", printer.logo));
    const QString &t = printer.transport;
    if (t == u"tcp" && printer.host.trimmed().isEmpty())
        return invalid(prefix + u"host", SettingsText::tr("a TCP printer needs its host name or address"));
    if (t == u"file" && printer.path.trimmed().isEmpty())
        return invalid(prefix + u"path", SettingsText::tr("a file printer needs the file's path"));
    if (t == u"cups" && printer.queue.trimmed().isEmpty())
        return invalid(prefix + u"queue", SettingsText::tr("a CUPS printer needs its raw queue's name"));
    if (t == u"serial")
        RETAILOS_TRY(needsPath(printer.serial, prefix, SettingsText::tr("a serial printer")));
    if (t == u"usb")
        RETAILOS_TRY(needsUsbIds(printer.usb, prefix, SettingsText::tr("a USB printer")));
    return {};
}

Result<> readDrawer(const QJsonObject &d, const QString &prefix, DrawerSettings &drawer)
{
    RETAILOS_TRY(onlyKnownKeys(d, prefix, {"transport", "pin", "pulse_on_ms", "pulse_off_ms", "sensor",
                                           "close_timeout_s", "path", "baud", "data_bits", "parity", "stop_bits",
                                           "flow", "trigger", "status_query", "status_answer_bytes", "status_byte",
                                           "status_mask"}));
    RETAILOS_TRY(readChoice(d, prefix, "transport", DrawerSettings::transports(), drawer.transport));
    RETAILOS_TRY(readInt(d, prefix, "pin", 2, 5, drawer.pin));
    if (drawer.pin != 2 && drawer.pin != 5)
        return invalid(prefix + u"pin", SettingsText::tr("use 2 or 5 (the kick connector's pins)"));
    RETAILOS_TRY(readInt(d, prefix, "pulse_on_ms", 2, 510, drawer.pulseOnMs));
    RETAILOS_TRY(readInt(d, prefix, "pulse_off_ms", 2, 510, drawer.pulseOffMs));
    RETAILOS_TRY(readChoice(d, prefix, "sensor", {u"open_high"_qs, u"open_low"_qs, u"none"_qs}, drawer.sensor));
    RETAILOS_TRY(readInt(d, prefix, "close_timeout_s", 0, 3600, drawer.closeTimeoutSeconds));
    RETAILOS_TRY(readSerial(d, prefix, drawer.serial));
    RETAILOS_TRY(readHexBytes(d, prefix, "trigger", 16, drawer.trigger));
    RETAILOS_TRY(readHexBytes(d, prefix, "status_query", 16, drawer.statusQuery));
    RETAILOS_TRY(readInt(d, prefix, "status_answer_bytes", 1, 16, drawer.statusAnswerBytes));
    RETAILOS_TRY(readInt(d, prefix, "status_byte", 0, 15, drawer.statusByte));
    if (drawer.statusByte >= drawer.statusAnswerBytes)
        return invalid(prefix + u"status_byte", SettingsText::tr("must lie inside the answer (status_answer_bytes)"));
    QByteArray mask(1, char(drawer.statusMask));
    RETAILOS_TRY(readHexBytes(d, prefix, "status_mask", 1, mask));
    if (mask.size() != 1 || mask.at(0) == 0)
        return invalid(prefix + u"status_mask", SettingsText::tr("expected one non-zero byte as hex, such as \"01\""));
    drawer.statusMask = quint8(mask.at(0));
    if (drawer.transport == u"serial") {
        RETAILOS_TRY(needsPath(drawer.serial, prefix, SettingsText::tr("a drawer on its own serial port")));
        if (drawer.trigger.isEmpty())
            return invalid(prefix + u"trigger", SettingsText::tr("a serial drawer needs the bytes that open it"));
    }
    return {};
}

Result<> readScanner(const QJsonObject &s, const QString &prefix, ScannerSettings &scanner)
{
    RETAILOS_TRY(onlyKnownKeys(s, prefix, {"transport", "path", "baud", "data_bits", "parity", "stop_bits", "flow",
                                           "usb_vendor", "usb_product", "usb_serial", "debounce_ms", "prefix",
                                           "suffix"}));
    RETAILOS_TRY(readChoice(s, prefix, "transport", ScannerSettings::transports(), scanner.transport));
    RETAILOS_TRY(readSerial(s, prefix, scanner.serial));
    RETAILOS_TRY(readUsb(s, prefix, scanner.usb));
    RETAILOS_TRY(readInt(s, prefix, "debounce_ms", 0, 5000, scanner.debounceMs));
    RETAILOS_TRY(readString(s, prefix, "prefix", scanner.prefix));
    RETAILOS_TRY(readString(s, prefix, "suffix", scanner.suffix));
    // Compared byte for byte with what the scanner sends (one byte per character).
    for (auto [key, text] : {std::pair{"prefix", &scanner.prefix}, std::pair{"suffix", &scanner.suffix}}) {
        const bool bytesOnly = std::all_of(text->cbegin(), text->cend(), [](QChar c) { return c.unicode() < 0x100; });
        if (!bytesOnly || text->size() > 16)
            return invalid(prefix + QLatin1String(key), SettingsText::tr("expected up to 16 characters from the first 256 (\\u0002 for STX)"));
    }
    if (scanner.transport == u"serial")
        RETAILOS_TRY(needsPath(scanner.serial, prefix, SettingsText::tr("a serial scanner")));
    if (scanner.transport == u"usb-hid")
        RETAILOS_TRY(needsUsbIds(scanner.usb, prefix, SettingsText::tr("a USB scanner")));
    return {};
}

Result<> readScale(const QJsonObject &s, const QString &prefix, ScaleSettings &scale)
{
    RETAILOS_TRY(onlyKnownKeys(s, prefix, {"transport", "path", "baud", "data_bits", "parity", "stop_bits", "flow",
                                           "protocol"}));
    RETAILOS_TRY(readChoice(s, prefix, "transport", ScaleSettings::transports(), scale.transport));
    RETAILOS_TRY(readSerial(s, prefix, scale.serial));
    RETAILOS_TRY(readChoice(s, prefix, "protocol", {u"toledo"_qs}, scale.protocol));
    if (scale.transport == u"serial")
        RETAILOS_TRY(needsPath(scale.serial, prefix, SettingsText::tr("a scale")));
    return {};
}

Result<> readDisplay(const QJsonObject &s, const QString &prefix, DisplaySettings &display)
{
    RETAILOS_TRY(onlyKnownKeys(s, prefix, {"transport", "path", "baud", "data_bits", "parity", "stop_bits", "flow",
                                           "protocol", "code_page"}));
    RETAILOS_TRY(readChoice(s, prefix, "transport", DisplaySettings::transports(), display.transport));
    RETAILOS_TRY(readSerial(s, prefix, display.serial));
    RETAILOS_TRY(readChoice(s, prefix, "protocol", DisplaySettings::protocols(), display.protocol));
    RETAILOS_TRY(readChoice(s, prefix, "code_page", DisplaySettings::codePages(), display.codePage));
    if (display.transport == u"serial")
        RETAILOS_TRY(needsPath(display.serial, prefix, SettingsText::tr("a customer display")));
    return {};
}

} // namespace

char SerialPortSettings::parityLetter() const
{
    return parity == u"even" ? 'E' : parity == u"odd" ? 'O' : 'N';
}

QStringList PrinterSettings::transports()
{
    return {u"none"_qs, u"tcp"_qs, u"serial"_qs, u"usb"_qs, u"cups"_qs, u"file"_qs};
}

QStringList PrinterSettings::profiles()
{
    return {u"80mm"_qs, u"58mm"_qs};
}

QStringList DrawerSettings::transports()
{
    return {u"printer"_qs, u"serial"_qs, u"none"_qs};
}

QStringList ScannerSettings::transports()
{
    return {u"none"_qs, u"serial"_qs, u"usb-hid"_qs};
}

QStringList ScaleSettings::transports()
{
    return {u"none"_qs, u"serial"_qs};
}

QStringList DisplaySettings::transports()
{
    return {u"none"_qs, u"serial"_qs};
}

QStringList DisplaySettings::protocols()
{
    return {u"epson"_qs, u"cd5220"_qs};
}

QStringList DisplaySettings::codePages()
{
    return {u"CP437"_qs, u"CP850"_qs, u"CP858"_qs, u"CP1252"_qs};
}

Result<DeviceSettings> DeviceSettings::fromJson(const QJsonObject &obj)
{
    DeviceSettings devices;
    const QString prefix = u"devices."_qs;
    RETAILOS_TRY(onlyKnownKeys(obj, prefix, {"printer", "drawer", "scanner", "scale", "display"}));
    auto printer = section(obj, prefix, "printer");
    RETAILOS_TRY(printer);
    RETAILOS_TRY(readPrinter(*printer, prefix + u"printer.", devices.printer));
    auto drawer = section(obj, prefix, "drawer");
    RETAILOS_TRY(drawer);
    RETAILOS_TRY(readDrawer(*drawer, prefix + u"drawer.", devices.drawer));
    auto scanner = section(obj, prefix, "scanner");
    RETAILOS_TRY(scanner);
    RETAILOS_TRY(readScanner(*scanner, prefix + u"scanner.", devices.scanner));
    auto scale = section(obj, prefix, "scale");
    RETAILOS_TRY(scale);
    RETAILOS_TRY(readScale(*scale, prefix + u"scale.", devices.scale));
    auto display = section(obj, prefix, "display");
    RETAILOS_TRY(display);
    RETAILOS_TRY(readDisplay(*display, prefix + u"display.", devices.display));
    return devices;
}

QJsonObject DeviceSettings::toJson() const
{
    QJsonObject p{{u"transport"_qs, printer.transport}, {u"host"_qs, printer.host}, {u"port"_qs, printer.port},
                  {u"queue"_qs, printer.queue}, {u"server"_qs, printer.server}, {u"profile"_qs, printer.profile},
                  {u"logo"_qs, printer.logo}};
    SerialPortSettings printerPort = printer.serial;
    printerPort.path = printer.path;
    writeSerial(p, printerPort);
    writeUsb(p, printer.usb);

    QJsonObject d{{u"transport"_qs, drawer.transport}, {u"pin"_qs, drawer.pin},
                  {u"pulse_on_ms"_qs, drawer.pulseOnMs}, {u"pulse_off_ms"_qs, drawer.pulseOffMs},
                  {u"sensor"_qs, drawer.sensor}, {u"close_timeout_s"_qs, drawer.closeTimeoutSeconds},
                  {u"trigger"_qs, QString::fromLatin1(drawer.trigger.toHex(' '))},
                  {u"status_query"_qs, QString::fromLatin1(drawer.statusQuery.toHex(' '))},
                  {u"status_answer_bytes"_qs, drawer.statusAnswerBytes}, {u"status_byte"_qs, drawer.statusByte},
                  {u"status_mask"_qs, QString::fromLatin1(QByteArray(1, char(drawer.statusMask)).toHex())}};
    writeSerial(d, drawer.serial);

    QJsonObject s{{u"transport"_qs, scanner.transport}, {u"debounce_ms"_qs, scanner.debounceMs},
                  {u"prefix"_qs, scanner.prefix}, {u"suffix"_qs, scanner.suffix}};
    writeSerial(s, scanner.serial);
    writeUsb(s, scanner.usb);

    QJsonObject w{{u"transport"_qs, scale.transport}, {u"protocol"_qs, scale.protocol}};
    writeSerial(w, scale.serial);

    QJsonObject c{{u"transport"_qs, display.transport}, {u"protocol"_qs, display.protocol},
                  {u"code_page"_qs, display.codePage}};
    writeSerial(c, display.serial);

    return {{u"printer"_qs, p}, {u"drawer"_qs, d}, {u"scanner"_qs, s}, {u"scale"_qs, w}, {u"display"_qs, c}};
}

} // namespace retailos
