// The lane's devices in the settings file ("devices": {...}): which printer,
// drawer, scanner, scale and customer display are attached and how. Every
// class defaults to "none": a lane without devices still sells (receipts on
// screen, keyboard-wedge scanning, typed weights).
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace retailos {

// A serial line (RS-232, USB-serial adapter, USB CDC): "path", "baud",
// "data_bits", "parity", "stop_bits", "flow".
struct SerialPortSettings
{
    QString path;                              // /dev/ttyUSB0, /dev/ttyS0, /dev/serial/by-id/...
    int baud = 9600;                           // 1200 … 115200
    int dataBits = 8;                          // 7 or 8
    QString parity = QStringLiteral("none");   // "none", "even", "odd"
    int stopBits = 1;                          // 1 or 2
    QString flow = QStringLiteral("none");     // "none" or "rtscts"

    [[nodiscard]] char parityLetter() const;   // 'N', 'E', 'O'
    friend bool operator==(const SerialPortSettings &, const SerialPortSettings &) = default;
};

// Which USB device: "usb_vendor" and "usb_product" as 4 hex digits (from
// `lsusb`), "usb_serial" when two of the same model hang on one lane.
struct UsbMatchSettings
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serial;

    friend bool operator==(const UsbMatchSettings &, const UsbMatchSettings &) = default;
};

struct PrinterSettings
{
    QString transport = QStringLiteral("none");   // none, tcp (port 9100), serial, usb, cups, file
    QString host;                                 // tcp
    int port = 9100;                              // tcp
    QString path;                                 // file: the file (serial uses `serial.path`)
    SerialPortSettings serial;                    // serial ("path", "baud", ... at this level)
    UsbMatchSettings usb;                         // usb
    QString queue;                                // cups: a raw queue for the receipt printer
    QString server;                               // cups: "host:port"; empty: this machine's CUPS
    QString profile = QStringLiteral("80mm");     // "80mm" or "58mm"
    QString logo;                                 // image printed atop every receipt; empty: none

    [[nodiscard]] static QStringList transports();
    [[nodiscard]] static QStringList profiles();
};

// The cash drawer: on the printer's kick port (the usual case), on its own
// serial port, or none.
struct DrawerSettings
{
    QString transport = QStringLiteral("printer");    // printer, serial, none
    int pin = 2;                                      // kick connector pin: 2 or 5
    int pulseOnMs = 50;                               // 2 … 510 ms (the printer counts in 2 ms)
    int pulseOffMs = 500;                             // 2 … 510 ms
    // Which sensor level means "open": "open_high" (most drawers),
    // "open_low", or "none" when no sensor is wired (the lane cannot tell).
    QString sensor = QStringLiteral("open_high");
    int closeTimeoutSeconds = 30;                     // remind the cashier after this; 0: never
    SerialPortSettings serial;                        // serial
    QByteArray trigger = QByteArray(1, '\x07');       // serial: bytes that open it ("trigger": "07")
    QByteArray statusQuery;                           // serial: bytes that ask for the sensor; empty: none
    int statusAnswerBytes = 1;                        // serial: the answer's length (1..16)
    int statusByte = 0;                               // serial: which answer byte holds the sensor
    quint8 statusMask = 0x01;                         // serial: its bit(s); set = pin high

    [[nodiscard]] static QStringList transports();
};

// A scanner beside the keyboard wedge (which always works): a serial or
// USB-serial scanner, or a USB HID POS scanner.
struct ScannerSettings
{
    QString transport = QStringLiteral("none");   // none, serial, usb-hid (USB HID POS mode)
    SerialPortSettings serial;
    UsbMatchSettings usb;
    int debounceMs = 300;                         // the same code again within this is a double read
    QString prefix;                               // what the scanner puts before each code, stripped
    QString suffix;                               // … and after it (before its CR)

    [[nodiscard]] static QStringList transports();
};

// A weighing scale that sends the weight only; the lane prices the item
// (Toledo 8217 protocol, usually 9600 7E1).
struct ScaleSettings
{
    QString transport = QStringLiteral("none");   // none, serial
    SerialPortSettings serial{QString(), 9600, 7, QStringLiteral("even"), 1, QStringLiteral("none")};
    QString protocol = QStringLiteral("toledo");

    [[nodiscard]] static QStringList transports();
};

// The customer-facing pole display, 2 lines of 20 characters.
struct DisplaySettings
{
    QString transport = QStringLiteral("none");   // none, serial
    SerialPortSettings serial;
    QString protocol = QStringLiteral("epson");   // "epson" (ESC/POS display) or "cd5220"
    QString codePage = QStringLiteral("CP858");   // the display's character table: CP437, CP850, CP858, CP1252

    [[nodiscard]] static QStringList transports();
    [[nodiscard]] static QStringList protocols();
    [[nodiscard]] static QStringList codePages();
};

struct DeviceSettings
{
    PrinterSettings printer;
    DrawerSettings drawer;
    ScannerSettings scanner;
    ScaleSettings scale;
    DisplaySettings display;

    // Reads "devices" (every key checked, errors name it: "devices.scale.baud: ...").
    [[nodiscard]] static Result<DeviceSettings> fromJson(const QJsonObject &devices);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace retailos
