// PIN format rules and the stored hash: format, salting, a known PBKDF2 answer, and garbage refused.
#include "core/staff/pin_hash.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace retailos;

namespace {

constexpr int kFast = 1000; // tests need not pay for the production cost

} // namespace

class tst_PinHash : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void storedFormat();
    void samePinGetsDifferentHashes();
    void roundTripsAndChecksThePin_data();
    void roundTripsAndChecksThePin();
    void matchesStandardPbkdf2();
    void parseRefusesGarbage_data();
    void parseRefusesGarbage();
    void refusesSillyIterationCounts();
    void defaultIterationsAreSlow();
};

void tst_PinHash::format_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("4 digits") << u"1234"_qs << true << QString();
    QTest::newRow("8 digits") << u"12345678"_qs << true << QString();
    QTest::newRow("leading zeros") << u"0007"_qs << true << QString();
    QTest::newRow("3 digits") << u"123"_qs << false << u"4 to 8"_qs;
    QTest::newRow("9 digits") << u"123456789"_qs << false << u"4 to 8"_qs;
    QTest::newRow("empty") << QString() << false << u"4 to 8"_qs;
    QTest::newRow("letter") << u"12a4"_qs << false << u"digits only"_qs;
    QTest::newRow("space") << u"12 34"_qs << false << u"digits only"_qs;
    QTest::newRow("sign") << u"+1234"_qs << false << u"digits only"_qs;
    QTest::newRow("Arabic-Indic digits") << u"\u0661\u0662\u0663\u0664"_qs << false << u"digits only"_qs;
    QTest::newRow("fullwidth digits") << u"\uFF11\uFF12\uFF13\uFF14"_qs << false << u"digits only"_qs;
}

void tst_PinHash::format()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    auto checked = PinHash::checkFormat(pin);
    QCOMPARE(checked.has_value(), ok);
    auto created = PinHash::create(pin, kFast);
    QCOMPARE(created.has_value(), ok);
    if (!ok) {
        QCOMPARE(checked.error().code, u"staff.pin_format"_qs);
        QCOMPARE(created.error(), checked.error());
        QVERIFY2(checked.error().message.contains(mentions), qPrintable(checked.error().message));
        if (pin.size() >= 4)
            QVERIFY2(!checked.error().message.contains(pin), "the message repeats the PIN");
    }
}

void tst_PinHash::storedFormat()
{
    auto hash = PinHash::create(u"2468", kFast);
    QVERIFY(hash);
    const QString stored = hash->toString();
    // 16 salt bytes -> 24 base64 characters, 32 hash bytes -> 44.
    static const QRegularExpression shape(u"^pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"_qs);
    QVERIFY2(shape.match(stored).hasMatch(), qPrintable(stored));
    QCOMPARE(hash->iterations(), kFast);
    QVERIFY(!stored.contains(u"2468"));
}

void tst_PinHash::samePinGetsDifferentHashes()
{
    auto a = PinHash::create(u"1357", kFast);
    auto b = PinHash::create(u"1357", kFast);
    QVERIFY(a && b);
    QVERIFY(a->toString() != b->toString());
    QCOMPARE(a->toString().section(u'$', 2, 2).size(), 24);
    QVERIFY(a->toString().section(u'$', 2, 2) != b->toString().section(u'$', 2, 2)); // different salts
    QVERIFY(a->matches(u"1357"));
    QVERIFY(b->matches(u"1357"));
}

void tst_PinHash::roundTripsAndChecksThePin_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("matches");
    QTest::newRow("right") << u"90210"_qs << true;
    QTest::newRow("last digit off") << u"90211"_qs << false;
    QTest::newRow("prefix") << u"9021"_qs << false;
    QTest::newRow("extra digit") << u"902100"_qs << false;
    QTest::newRow("trailing space") << u"90210 "_qs << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_PinHash::roundTripsAndChecksThePin()
{
    QFETCH(QString, attempt);
    QFETCH(bool, matches);
    auto created = PinHash::create(u"90210", kFast);
    QVERIFY(created);
    auto parsed = PinHash::parse(created->toString());
    QVERIFY(parsed);
    QCOMPARE(parsed->iterations(), kFast);
    QCOMPARE(parsed->toString(), created->toString());
    QCOMPARE(parsed->matches(attempt), matches);
}

void tst_PinHash::matchesStandardPbkdf2()
{
    // From Python: hashlib.pbkdf2_hmac('sha256', b'4711', bytes(range(16)), 1000, 32).
    auto parsed = PinHash::parse(u"pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA="_qs);
    QVERIFY(parsed);
    QVERIFY(parsed->matches(u"4711"));
    QVERIFY(!parsed->matches(u"4712"));
}

void tst_PinHash::parseRefusesGarbage_data()
{
    QTest::addColumn<QString>("stored");
    const QString salt = u"AAECAwQFBgcICQoLDA0ODw=="_qs;
    const QString hash = u"tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA="_qs;
    QTest::newRow("empty") << QString();
    QTest::newRow("a bare PIN") << u"4711"_qs;
    QTest::newRow("other algorithm") << u"pbkdf2-sha1$1000$"_qs + salt + u'$' + hash;
    QTest::newRow("missing part") << u"pbkdf2-sha256$1000$"_qs + salt;
    QTest::newRow("extra part") << u"pbkdf2-sha256$1000$"_qs + salt + u'$' + hash + u"$x"_qs;
    QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$"_qs + salt + u'$' + hash;
    QTest::newRow("iterations not a number") << u"pbkdf2-sha256$lots$"_qs + salt + u'$' + hash;
    QTest::newRow("too many iterations") << u"pbkdf2-sha256$99999999$"_qs + salt + u'$' + hash;
    QTest::newRow("salt not base64") << u"pbkdf2-sha256$1000$!!!!$"_qs + hash;
    QTest::newRow("short salt") << u"pbkdf2-sha256$1000$AAECAw==$"_qs + hash;
    QTest::newRow("short hash") << u"pbkdf2-sha256$1000$"_qs + salt + u"$AAECAw=="_qs;
}

void tst_PinHash::parseRefusesGarbage()
{
    QFETCH(QString, stored);
    auto parsed = PinHash::parse(stored);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, u"staff.pin_hash"_qs);
}

void tst_PinHash::refusesSillyIterationCounts()
{
    QCOMPARE(PinHash::create(u"1234", 0).error().code, u"staff.pin_iterations"_qs);
    QCOMPARE(PinHash::create(u"1234", -5).error().code, u"staff.pin_iterations"_qs);
    QCOMPARE(PinHash::create(u"1234", PinHash::kMaxIterations + 1).error().code, u"staff.pin_iterations"_qs);
}

void tst_PinHash::defaultIterationsAreSlow()
{
    // Load only makes hashing slower, so a lower bound is stable: it catches a
    // default accidentally lowered to a test value.
    QElapsedTimer timer;
    timer.start();
    auto hash = PinHash::create(u"1234");
    const qint64 ms = timer.elapsed();
    QVERIFY(hash);
    QCOMPARE(hash->iterations(), PinHash::kDefaultIterations);
    qInfo("one PIN hash at %d iterations: %lld ms", PinHash::kDefaultIterations, ms);
    QVERIFY2(ms >= 10, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(tst_PinHash)
#include "tst_pin_hash.moc"
