// The udev rules the installer ships (installer/udev/60-retailos-pos.rules):
// every line is well-formed udev syntax (known keys, the right operator for
// matching or assigning, quoted values), vendor ids are four lower-case hex
// digits as sysfs writes them, every rule gives the lane's group access,
// and the vendors in the rules are exactly those in the C++ table of known
// point-of-sale devices, so the two cannot drift apart.
#include "drivers/usb/usb_device_kind.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

namespace {
struct Pair
{
    QString key;
    QString op;
    QString value;
};

// "KEY{attr}OP\"value\"" pairs separated by commas; nullopt for a broken line.
std::optional<QList<Pair>> parseRule(const QString &line, QString *why)
{
    static const QRegularExpression pair(
        u"^\\s*([A-Z]+(?:\\{[A-Za-z0-9_.]+\\})?)\\s*(==|!=|\\+=|-=|:=|=)\\s*\"([^\"]*)\"\\s*(,|$)"_qs);
    QList<Pair> pairs;
    qsizetype at = 0;
    while (at < line.size()) {
        const auto match = pair.match(QStringView(line).mid(at), 0, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            *why = u"cannot read from: "_qs + line.mid(at);
            return std::nullopt;
        }
        pairs.append({match.captured(1), match.captured(2), match.captured(3)});
        at += match.capturedLength(0);
        if (match.captured(4).isEmpty())
            break;
        if (at >= line.size()) {
            *why = u"a comma at the end"_qs;
            return std::nullopt;
        }
    }
    return pairs;
}

QString keyName(const QString &key)
{
    return key.left(key.indexOf(u'{') < 0 ? key.size() : key.indexOf(u'{'));
}

const QSet<QString> MatchKeys{u"ACTION"_qs, u"SUBSYSTEM"_qs, u"SUBSYSTEMS"_qs, u"KERNEL"_qs, u"DRIVER"_qs,
                              u"DRIVERS"_qs, u"ATTR"_qs, u"ATTRS"_qs, u"ENV"_qs, u"TAG"_qs};
const QSet<QString> AssignKeys{u"MODE"_qs, u"GROUP"_qs, u"OWNER"_qs, u"TAG"_qs, u"ENV"_qs, u"GOTO"_qs,
                               u"LABEL"_qs, u"SYMLINK"_qs};
} // namespace

class tst_UdevRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLineIsWellFormed();
    void rulesAndTableNameTheSameVendors();

private:
    QStringList m_lines;
};

void tst_UdevRules::initTestCase()
{
    const QString path = qEnvironmentVariable("RETAILOS_SOURCE_DIR") + u"/installer/udev/60-retailos-pos.rules"_qs;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
    m_lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QVERIFY(m_lines.size() > 10);
}

void tst_UdevRules::everyLineIsWellFormed()
{
    static const QRegularExpression vendorId(u"^[0-9a-f]{4}$"_qs);
    static const QRegularExpression mode(u"^0[0-7]{3}$"_qs);
    QSet<QString> gotos, labels;
    int rules = 0;
    for (int n = 0; n < m_lines.size(); ++n) {
        const QString line = m_lines[n].trimmed();
        const QString where = QStringLiteral("line %1: %2").arg(n + 1).arg(m_lines[n]);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QVERIFY2(!line.endsWith(u'\\'), qPrintable(where + u" (no continuation lines)"_qs));
        QString why;
        const auto pairs = parseRule(line, &why);
        QVERIFY2(pairs, qPrintable(where + u" — "_qs + why));
        bool matches = false, assigns = false;
        for (const Pair &p : *pairs) {
            const QString name = keyName(p.key);
            const bool isMatch = p.op == u"=="_qs || p.op == u"!="_qs;
            if (isMatch) {
                QVERIFY2(MatchKeys.contains(name), qPrintable(where + u" — not a match key: "_qs + p.key));
                matches = true;
            } else {
                QVERIFY2(AssignKeys.contains(name), qPrintable(where + u" — not an assignment key: "_qs + p.key));
                assigns = true;
            }
            if (p.key == u"ATTRS{idVendor}"_qs || p.key == u"ATTRS{idProduct}"_qs || p.key == u"ATTR{idVendor}"_qs
                || p.key == u"ATTR{idProduct}"_qs)
                QVERIFY2(vendorId.match(p.value).hasMatch(), qPrintable(where + u" — not 4 lower-case hex digits"_qs));
            if (name == u"MODE"_qs) {
                QVERIFY2(mode.match(p.value).hasMatch(), qPrintable(where + u" — MODE is not octal"_qs));
                QCOMPARE(p.value, u"0660"_qs);   // the group reads and writes; nobody else
            }
            if (name == u"GROUP"_qs)
                QCOMPARE(p.value, u"retailos"_qs);
            if (name == u"GOTO"_qs)
                gotos.insert(p.value);
            if (name == u"LABEL"_qs)
                labels.insert(p.value);
        }
        QVERIFY2(matches || labels.contains(pairs->first().value), qPrintable(where + u" — a rule without a match"_qs));
        if (matches && assigns)
            ++rules;
    }
    QVERIFY(rules > 0);
    for (const QString &target : std::as_const(gotos))
        QVERIFY2(labels.contains(target), qPrintable(u"GOTO without its LABEL: "_qs + target));
}

void tst_UdevRules::rulesAndTableNameTheSameVendors()
{
    QSet<QString> inRules;
    for (const QString &raw : std::as_const(m_lines)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QString why;
        const auto pairs = parseRule(line, &why);
        QVERIFY(pairs);
        QString vendor;
        QString interfaces;
        bool grants = false, seat = false, usb = false;
        for (const Pair &p : *pairs) {
            if (p.key == u"ATTR{idVendor}"_qs && p.op == u"=="_qs)
                vendor = p.value;
            if (p.key == u"ENV{ID_USB_INTERFACES}"_qs && p.op == u"=="_qs)
                interfaces = p.value;
            // ATTRS matches any parent too: every device behind a POS
            // printer's hub would be granted.
            QVERIFY2(!p.key.startsWith(u"ATTRS{"), qPrintable(u"ATTRS in: "_qs + line));
            if (p.key == u"GROUP"_qs && p.value == u"retailos"_qs)
                grants = true;
            if (p.key == u"TAG"_qs && p.op == u"+="_qs && p.value == u"uaccess"_qs)
                seat = true;
            if (p.key == u"SUBSYSTEM"_qs && p.op == u"=="_qs && p.value == u"usb"_qs)
                usb = true;
        }
        if (vendor.isEmpty())
            continue;
        QVERIFY2(grants && seat && usb, qPrintable(u"rule for "_qs + vendor + u" must be SUBSYSTEM==\"usb\", "
                                                                                 u"GROUP=\"retailos\", TAG+=\"uaccess\""_qs));
        // Only POS interface kinds, never every device of the vendor (Epson
        // also makes flatbed scanners and cameras).
        QVERIFY2(!interfaces.isEmpty(), qPrintable(u"rule for "_qs + vendor + u" has no ENV{ID_USB_INTERFACES} match"_qs));
        for (const QString &alternative : interfaces.split(u'|'))
            QVERIFY2(alternative.startsWith(u"*:07") || alternative.startsWith(u"*:03") || alternative.startsWith(u"*:ff"),
                     qPrintable(u"rule for "_qs + vendor + u" grants interface kind "_qs + alternative));
        inRules.insert(vendor);
    }
    QSet<QString> inTable;
    for (const UsbPosVendor &v : knownPosVendors())
        inTable.insert(QStringLiteral("%1").arg(v.vendorId, 4, 16, QLatin1Char('0')));
    for (const QString &v : std::as_const(inTable))
        QVERIFY2(inRules.contains(v), qPrintable(u"vendor "_qs + v + u" is in usb_device_kind.cpp but not in the udev rules"_qs));
    for (const QString &v : std::as_const(inRules))
        QVERIFY2(inTable.contains(v), qPrintable(u"vendor "_qs + v + u" is in the udev rules but not in usb_device_kind.cpp"_qs));
}

QTEST_APPLESS_MAIN(tst_UdevRules)
#include "tst_udev_rules.moc"
