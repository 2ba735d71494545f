// Tests for Currency and Money: parsing, formatting, arithmetic, allocation.
#include "core/money/currency.h"
#include "core/money/money.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace retailos;

Q_DECLARE_METATYPE(retailos::RoundingMode)

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Currency currency(const char *code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void currencyFromCode_data();
    void currencyFromCode();
    void currencyUnknown_data();
    void currencyUnknown();
    void currencyTable();
    void fromString_data();
    void fromString();
    void toDecimalString_data();
    void toDecimalString();
    void plusMinus_data();
    void plusMinus();
    void negateAndCompare();
    void operators();
    void multiplyInteger_data();
    void multiplyInteger();
    void multiplyQuantity_data();
    void multiplyQuantity();
    void applyPercent_data();
    void applyPercent();
    void allocate_data();
    void allocate();
    void allocateRandom();
};

void TestMoney::currencyFromCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");

    const std::pair<const char *, int> table[] = {
        {"EUR", 2}, {"USD", 2}, {"GBP", 2}, {"CHF", 2}, {"SEK", 2}, {"NOK", 2}, {"DKK", 2},
        {"PLN", 2}, {"CZK", 2}, {"HUF", 2}, {"CAD", 2}, {"AUD", 2}, {"NZD", 2},
        {"JPY", 0}, {"KRW", 0}, {"ISK", 0}, {"CLP", 0},
        {"BHD", 3}, {"KWD", 3}, {"JOD", 3}, {"OMR", 3}, {"TND", 3},
    };
    for (const auto &[code, exponent] : table)
        QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(code) << exponent;
    QTest::newRow("lower case") << QStringLiteral("eur") << QStringLiteral("EUR") << 2;
    QTest::newRow("mixed case") << QStringLiteral("kWd") << QStringLiteral("KWD") << 3;
}

void TestMoney::currencyFromCode()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(int, exponent);

    const Result<Currency> currency = Currency::fromCode(input);
    QVERIFY(currency.has_value());
    QVERIFY(currency->isValid());
    QCOMPARE(currency->code(), code);
    QCOMPARE(currency->exponent(), exponent);
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    QCOMPARE(currency->minorPerMajor(), scale);
}

void TestMoney::currencyUnknown_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("not ISO") << QStringLiteral("XYZ");
    QTest::newRow("empty") << QString();
    QTest::newRow("two letters") << QStringLiteral("EU");
    QTest::newRow("four letters") << QStringLiteral("EURO");
    QTest::newRow("symbol") << QStringLiteral("€");
    QTest::newRow("padded") << QStringLiteral(" EUR");
    QTest::newRow("digits") << QStringLiteral("978");
}

void TestMoney::currencyUnknown()
{
    QFETCH(QString, input);

    const Result<Currency> currency = Currency::fromCode(input);
    QVERIFY(!currency.has_value());
    QCOMPARE(currency.error().code, QStringLiteral("money.unknown_currency"));
    QVERIFY2(currency.error().message.contains(QLatin1Char('"') + input + QLatin1Char('"')),
             qPrintable(currency.error().message));
}

void TestMoney::currencyTable()
{
    const QList<Currency> all = Currency::all();
    QVERIFY(all.size() >= 22);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all[i - 1].code() < all[i].code(), qPrintable(all[i].code()));
    for (const Currency &c : all)
        QCOMPARE(Currency::fromCode(c.code()).value(), c);

    const Currency invalid;
    QVERIFY(!invalid.isValid());
    QVERIFY(invalid.code().isEmpty());
    QVERIFY(invalid != currency("EUR"));
    QVERIFY(currency("EUR") == currency("eur"));
}

void TestMoney::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("error");

    const QString ok;
    const QString decimals = QStringLiteral("money.too_many_decimals");
    const QString invalid = QStringLiteral("money.invalid_amount");
    const QString overflow = QStringLiteral("money.overflow");
    const QString EUR = QStringLiteral("EUR");

    QTest::newRow("EUR 12.34") << QStringLiteral("12.34") << EUR << qint64(1234) << ok;
    QTest::newRow("EUR 12.345") << QStringLiteral("12.345") << EUR << qint64(0) << decimals;
    QTest::newRow("EUR 12.3") << QStringLiteral("12.3") << EUR << qint64(1230) << ok;
    QTest::newRow("EUR 12") << QStringLiteral("12") << EUR << qint64(1200) << ok;
    QTest::newRow("EUR trailing zero") << QStringLiteral("12.340") << EUR << qint64(1234) << ok;
    QTest::newRow("EUR 12.3401") << QStringLiteral("12.3401") << EUR << qint64(0) << decimals;
    QTest::newRow("EUR -0.05") << QStringLiteral("-0.05") << EUR << qint64(-5) << ok;
    QTest::newRow("EUR +1.5") << QStringLiteral("+1.5") << EUR << qint64(150) << ok;
    QTest::newRow("EUR -0") << QStringLiteral("-0") << EUR << qint64(0) << ok;
    QTest::newRow("EUR whitespace") << QStringLiteral(" 7.10\t") << EUR << qint64(710) << ok;
    QTest::newRow("EUR leading zeros") << QStringLiteral("0007.01") << EUR << qint64(701) << ok;
    QTest::newRow("JPY 1000") << QStringLiteral("1000") << QStringLiteral("JPY") << qint64(1000) << ok;
    QTest::newRow("JPY 1000.0") << QStringLiteral("1000.0") << QStringLiteral("JPY") << qint64(1000) << ok;
    QTest::newRow("JPY 1000.5") << QStringLiteral("1000.5") << QStringLiteral("JPY") << qint64(0) << decimals;
    QTest::newRow("KWD 1.234") << QStringLiteral("1.234") << QStringLiteral("KWD") << qint64(1234) << ok;
    QTest::newRow("KWD 0.5") << QStringLiteral("0.5") << QStringLiteral("KWD") << qint64(500) << ok;
    QTest::newRow("KWD 1.2345") << QStringLiteral("1.2345") << QStringLiteral("KWD") << qint64(0) << decimals;
    QTest::newRow("max") << QStringLiteral("92233720368547758.07") << EUR << kMax << ok;
    QTest::newRow("min") << QStringLiteral("-92233720368547758.08") << EUR << kMin << ok;
    QTest::newRow("max + 1") << QStringLiteral("92233720368547758.08") << EUR << qint64(0) << overflow;
    QTest::newRow("min - 1") << QStringLiteral("-92233720368547758.09") << EUR << qint64(0) << overflow;
    QTest::newRow("huge") << QStringLiteral("123456789012345678901234567890") << EUR << qint64(0) << overflow;
    QTest::newRow("JPY max") << QStringLiteral("9223372036854775807") << QStringLiteral("JPY") << kMax << ok;
    QTest::newRow("empty") << QString() << EUR << qint64(0) << invalid;
    QTest::newRow("blank") << QStringLiteral("  ") << EUR << qint64(0) << invalid;
    QTest::newRow("letters") << QStringLiteral("abc") << EUR << qint64(0) << invalid;
    QTest::newRow("comma") << QStringLiteral("1,50") << EUR << qint64(0) << invalid;
    QTest::newRow("grouping") << QStringLiteral("1,000.50") << EUR << qint64(0) << invalid;
    QTest::newRow("trailing dot") << QStringLiteral("12.") << EUR << qint64(0) << invalid;
    QTest::newRow("leading dot") << QStringLiteral(".5") << EUR << qint64(0) << invalid;
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << EUR << qint64(0) << invalid;
    QTest::newRow("double sign") << QStringLiteral("--1") << EUR << qint64(0) << invalid;
    QTest::newRow("sign only") << QStringLiteral("-") << EUR << qint64(0) << invalid;
    QTest::newRow("space after sign") << QStringLiteral("- 1") << EUR << qint64(0) << invalid;
    QTest::newRow("exponent") << QStringLiteral("1e5") << EUR << qint64(0) << invalid;
    QTest::newRow("symbol") << QStringLiteral("€5") << EUR << qint64(0) << invalid;
    QTest::newRow("arabic digits") << QStringLiteral("١٢") << EUR << qint64(0) << invalid;
    QTest::newRow("garbage after") << QStringLiteral("12.34x") << EUR << qint64(0) << invalid;
}

void TestMoney::fromString()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(QString, error);

    const Currency cur = Currency::fromCode(code).value();
    const Result<Money> money = Money::fromString(text, cur);
    if (error.isEmpty()) {
        QVERIFY2(money.has_value(), qPrintable(money.has_value() ? QString() : money.error().message));
        QCOMPARE(money->minorUnits(), minor);
        QCOMPARE(money->currency(), cur);
    } else {
        QVERIFY(!money.has_value());
        QCOMPARE(money.error().code, error);
        QVERIFY(!money.error().message.isEmpty());
    }
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("-0.05") << qint64(-5) << QStringLiteral("EUR") << QStringLiteral("-0.05");
    QTest::newRow("0.00") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0.00");
    QTest::newRow("12.34") << qint64(1234) << QStringLiteral("EUR") << QStringLiteral("12.34");
    QTest::newRow("1.00") << qint64(100) << QStringLiteral("USD") << QStringLiteral("1.00");
    QTest::newRow("-12.30") << qint64(-1230) << QStringLiteral("GBP") << QStringLiteral("-12.30");
    QTest::newRow("JPY") << qint64(1000) << QStringLiteral("JPY") << QStringLiteral("1000");
    QTest::newRow("JPY negative") << qint64(-7) << QStringLiteral("JPY") << QStringLiteral("-7");
    QTest::newRow("KWD") << qint64(1234) << QStringLiteral("KWD") << QStringLiteral("1.234");
    QTest::newRow("KWD small") << qint64(-1) << QStringLiteral("KWD") << QStringLiteral("-0.001");
    QTest::newRow("max") << kMax << QStringLiteral("EUR") << QStringLiteral("92233720368547758.07");
    QTest::newRow("min") << kMin << QStringLiteral("EUR") << QStringLiteral("-92233720368547758.08");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QString, expected);

    const Money money(minor, Currency::fromCode(code).value());
    QCOMPARE(money.toDecimalString(), expected);
    // The machine format always parses back to the same value.
    QCOMPARE(Money::fromString(expected, money.currency()).value(), money);
}

void TestMoney::plusMinus_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<QString>("codeA");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("codeB");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");
    QTest::addColumn<QString>("sumError");
    QTest::addColumn<QString>("differenceError");

    const QString EUR = QStringLiteral("EUR");
    const QString ok;
    const QString overflow = QStringLiteral("money.overflow");
    const QString mismatch = QStringLiteral("money.currency_mismatch");

    QTest::newRow("simple") << qint64(1999) << EUR << qint64(1) << EUR << qint64(2000) << qint64(1998) << ok << ok;
    QTest::newRow("negative") << qint64(-500) << EUR << qint64(-1) << EUR << qint64(-501) << qint64(-499) << ok << ok;
    QTest::newRow("max + 1") << kMax << EUR << qint64(1) << EUR << qint64(0) << kMax - 1 << overflow << ok;
    QTest::newRow("min - 1") << kMin << EUR << qint64(-1) << EUR << qint64(0) << kMin + 1 << overflow << ok;
    QTest::newRow("min - max") << kMin << EUR << kMax << EUR << qint64(-1) << qint64(0) << ok << overflow;
    QTest::newRow("0 - min") << qint64(0) << EUR << kMin << EUR << kMin << qint64(0) << ok << overflow;
    QTest::newRow("EUR + USD") << qint64(1) << EUR << qint64(1) << QStringLiteral("USD") << qint64(0) << qint64(0)
                               << mismatch << mismatch;
    QTest::newRow("JPY + KWD") << qint64(1) << QStringLiteral("JPY") << qint64(1) << QStringLiteral("KWD")
                               << qint64(0) << qint64(0) << mismatch << mismatch;
}

void TestMoney::plusMinus()
{
    QFETCH(qint64, a);
    QFETCH(QString, codeA);
    QFETCH(qint64, b);
    QFETCH(QString, codeB);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);
    QFETCH(QString, sumError);
    QFETCH(QString, differenceError);

    const Money left(a, Currency::fromCode(codeA).value());
    const Money right(b, Currency::fromCode(codeB).value());

    const Result<Money> plus = left.plus(right);
    if (sumError.isEmpty())
        QCOMPARE(plus.value(), Money(sum, left.currency()));
    else
        QCOMPARE(plus.error().code, sumError);

    const Result<Money> minus = left.minus(right);
    if (differenceError.isEmpty())
        QCOMPARE(minus.value(), Money(difference, left.currency()));
    else
        QCOMPARE(minus.error().code, differenceError);
}

void TestMoney::negateAndCompare()
{
    const Currency eur = currency("EUR");
    QCOMPARE(Money(5, eur).negated().value(), Money(-5, eur));
    QCOMPARE(Money(0, eur).negated().value(), Money(0, eur));
    QCOMPARE(Money(kMax, eur).negated().value(), Money(kMin + 1, eur));
    QCOMPARE(Money(kMin, eur).negated().error().code, QStringLiteral("money.overflow"));

    QVERIFY(Money(1, eur).compare(Money(2, eur)).value() == std::strong_ordering::less);
    QVERIFY(Money(2, eur).compare(Money(2, eur)).value() == std::strong_ordering::equal);
    QVERIFY(Money(-1, eur).compare(Money(-2, eur)).value() == std::strong_ordering::greater);
    QCOMPARE(Money(1, eur).compare(Money(1, currency("USD"))).error().code,
             QStringLiteral("money.currency_mismatch"));
    QVERIFY(Money(1, eur) != Money(1, currency("USD")));
}

void TestMoney::operators()
{
    const Currency eur = currency("EUR");
    Money total = Money::zero(eur);
    total += Money(199, eur);
    total += Money(299, eur);
    total -= Money(100, eur);
    QCOMPARE(total, Money(398, eur));
    QCOMPARE(Money(5, eur) + Money(7, eur), Money(12, eur));
    QCOMPARE(Money(5, eur) - Money(7, eur), Money(-2, eur));
    QCOMPARE(-Money(5, eur), Money(-5, eur));
    QVERIFY(Money(5, eur) < Money(7, eur));
    QVERIFY(Money(-5, eur) < Money(0, eur));
    QVERIFY(Money(7, eur) >= Money(7, eur));
    QVERIFY(Money(-1, eur).isNegative() && Money(1, eur).isPositive() && Money(0, eur).isZero());
    QCOMPARE(Money().minorUnits(), qint64(0));
    QVERIFY(!Money().currency().isValid());
}

void TestMoney::multiplyInteger_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("overflows");

    QTest::newRow("3 × 1.99") << qint64(199) << qint64(3) << qint64(597) << false;
    QTest::newRow("return -2 × 4.99") << qint64(499) << qint64(-2) << qint64(-998) << false;
    QTest::newRow("zero") << qint64(499) << qint64(0) << qint64(0) << false;
    QTest::newRow("max × 1") << kMax << qint64(1) << kMax << false;
    QTest::newRow("max × 2") << kMax << qint64(2) << qint64(0) << true;
    QTest::newRow("min × -1") << kMin << qint64(-1) << qint64(0) << true;
    QTest::newRow("2^32 × 2^31") << (qint64(1) << 32) << (qint64(1) << 31) << qint64(0) << true;
    QTest::newRow("2^32 × -2^31") << (qint64(1) << 32) << -(qint64(1) << 31) << kMin << false;
}

void TestMoney::multiplyInteger()
{
    QFETCH(qint64, price);
    QFETCH(qint64, factor);
    QFETCH(qint64, expected);
    QFETCH(bool, overflows);

    const Result<Money> product = Money(price, currency("EUR")).multiply(factor);
    if (overflows) {
        QCOMPARE(product.error().code, QStringLiteral("money.overflow"));
    } else {
        QCOMPARE(product->minorUnits(), expected);
    }
}

void TestMoney::multiplyQuantity_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");

    // Weighed goods: 1.234 kg × 12.99 €/kg = 16.02966 €.
    QTest::newRow("1.234 kg × 12.99 HalfUp") << qint64(1299) << QStringLiteral("1.234") << RoundingMode::HalfUp << qint64(1603);
    QTest::newRow("1.234 kg × 12.99 HalfEven") << qint64(1299) << QStringLiteral("1.234") << RoundingMode::HalfEven << qint64(1603);
    QTest::newRow("1.234 kg × 12.99 Down") << qint64(1299) << QStringLiteral("1.234") << RoundingMode::Down << qint64(1602);
    QTest::newRow("1.234 kg × 12.99 Up") << qint64(1299) << QStringLiteral("1.234") << RoundingMode::Up << qint64(1603);
    QTest::newRow("returned 1.234 kg") << qint64(1299) << QStringLiteral("-1.234") << RoundingMode::HalfUp << qint64(-1603);
    QTest::newRow("negative price") << qint64(-1299) << QStringLiteral("1.234") << RoundingMode::HalfUp << qint64(-1603);
    // 0.5 × 1.99 = 0.995: a tie.
    QTest::newRow("tie HalfUp") << qint64(199) << QStringLiteral("0.5") << RoundingMode::HalfUp << qint64(100);
    QTest::newRow("tie HalfEven") << qint64(199) << QStringLiteral("0.5") << RoundingMode::HalfEven << qint64(100);
    QTest::newRow("tie HalfDown") << qint64(199) << QStringLiteral("0.5") << RoundingMode::HalfDown << qint64(99);
    QTest::newRow("tie negative HalfUp") << qint64(-199) << QStringLiteral("0.5") << RoundingMode::HalfUp << qint64(-100);
    QTest::newRow("tie negative HalfDown") << qint64(-199) << QStringLiteral("0.5") << RoundingMode::HalfDown << qint64(-99);
    // 0.5 × 0.01 = 0.005: HalfEven goes to 0.
    QTest::newRow("half cent HalfEven") << qint64(1) << QStringLiteral("0.5") << RoundingMode::HalfEven << qint64(0);
    QTest::newRow("half cent HalfUp") << qint64(1) << QStringLiteral("0.5") << RoundingMode::HalfUp << qint64(1);
    QTest::newRow("3 pieces exact") << qint64(199) << QStringLiteral("3") << RoundingMode::Down << qint64(597);
    QTest::newRow("0.001 kg × 2.49") << qint64(249) << QStringLiteral("0.001") << RoundingMode::Up << qint64(1);
    QTest::newRow("0.001 kg × 2.49 HalfUp") << qint64(249) << QStringLiteral("0.001") << RoundingMode::HalfUp << qint64(0);
    // Beyond 64 bits in the intermediate only: max × 0.5 fits the result.
    QTest::newRow("max × 0.5") << kMax << QStringLiteral("0.5") << RoundingMode::Down << kMax / 2;
    QTest::newRow("KWD 2.500 kg × 1.234") << qint64(1234) << QStringLiteral("2.5") << RoundingMode::HalfUp << qint64(3085);
}

void TestMoney::multiplyQuantity()
{
    QFETCH(qint64, price);
    QFETCH(QString, quantity);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);

    const Result<Money> product = Money(price, currency("EUR")).multiply(Quantity::fromString(quantity).value(), mode);
    QVERIFY(product.has_value());
    QCOMPARE(product->minorUnits(), expected);
    QCOMPARE(product->currency(), currency("EUR"));
}

void TestMoney::applyPercent_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("ratePpm");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("19% of 10.00") << qint64(1000) << qint64(190000) << RoundingMode::HalfUp << qint64(190);
    QTest::newRow("19% of 0.01") << qint64(1) << qint64(190000) << RoundingMode::HalfUp << qint64(0);
    QTest::newRow("19% of 0.01 Up") << qint64(1) << qint64(190000) << RoundingMode::Up << qint64(1);
    // 8.875% of 18.37 = 1.6303375.
    QTest::newRow("NYC 18.37") << qint64(1837) << qint64(88750) << RoundingMode::HalfUp << qint64(163);
    // 10% of 0.05 = 0.005: a tie.
    QTest::newRow("tie HalfUp") << qint64(5) << qint64(100000) << RoundingMode::HalfUp << qint64(1);
    QTest::newRow("tie HalfEven") << qint64(5) << qint64(100000) << RoundingMode::HalfEven << qint64(0);
    QTest::newRow("tie negative HalfUp") << qint64(-5) << qint64(100000) << RoundingMode::HalfUp << qint64(-1);
    QTest::newRow("tie negative HalfEven") << qint64(-15) << qint64(100000) << RoundingMode::HalfEven << qint64(-2);
    QTest::newRow("100%") << qint64(4321) << qint64(1000000) << RoundingMode::Down << qint64(4321);
    QTest::newRow("0%") << qint64(4321) << qint64(0) << RoundingMode::Up << qint64(0);
    QTest::newRow("discount 15% of 19.99") << qint64(1999) << qint64(150000) << RoundingMode::HalfUp << qint64(300);
}

void TestMoney::applyPercent()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, ratePpm);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);

    QCOMPARE(Money(amount, currency("EUR")).applyPercent(ratePpm, mode)->minorUnits(), expected);
}

void TestMoney::allocate_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");

    // 1.00 / 3: quotas 33.33 each, the leftover cent goes to the first.
    QTest::newRow("thirds") << qint64(100) << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
    QTest::newRow("negative thirds") << qint64(-100) << QList<qint64>{1, 1, 1} << QList<qint64>{-34, -33, -33};
    QTest::newRow("exact") << qint64(1000) << QList<qint64>{500, 300, 200} << QList<qint64>{500, 300, 200};
    QTest::newRow("10 by 3,3,3") << qint64(10) << QList<qint64>{3, 3, 3} << QList<qint64>{4, 3, 3};
    // Quotas 0.33 and 0.67: the cent goes to the larger remainder.
    QTest::newRow("1 by 1,2") << qint64(1) << QList<qint64>{1, 2} << QList<qint64>{0, 1};
    // Receipt discount -5.00 over lines 19.99, 4.99, 0.00, 12.50 (Σ 37.48):
    // quotas 266.68, 66.57, 0, 166.76 → floors 266, 66, 0, 166 (498), the two
    // leftover cents go to .76 (4th) and .68 (1st).
    QTest::newRow("receipt discount") << qint64(-500) << QList<qint64>{1999, 499, 0, 1250}
                                      << QList<qint64>{-267, -66, 0, -167};
    QTest::newRow("zero amount") << qint64(0) << QList<qint64>{1, 2} << QList<qint64>{0, 0};
    QTest::newRow("zero weights kept") << qint64(7) << QList<qint64>{0, 0, 1} << QList<qint64>{0, 0, 7};
    QTest::newRow("single") << qint64(-12345) << QList<qint64>{9} << QList<qint64>{-12345};
    QTest::newRow("min") << kMin << QList<qint64>{1, 1} << QList<qint64>{kMin / 2, kMin / 2};
    QTest::newRow("max by huge weights") << kMax << QList<qint64>{kMax, kMax}
                                         << QList<qint64>{kMax / 2 + 1, kMax / 2};
}

void TestMoney::allocate()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);

    const Result<QList<Money>> parts = Money(amount, currency("EUR")).allocate(weights);
    QVERIFY(parts.has_value());
    QList<qint64> minors;
    for (const Money &part : *parts) {
        QCOMPARE(part.currency(), currency("EUR"));
        minors.append(part.minorUnits());
    }
    QCOMPARE(minors, expected);
}

void TestMoney::allocateRandom()
{
    const Currency eur = currency("EUR");
    QCOMPARE(Money(100, eur).allocate({}).error().code, QStringLiteral("money.invalid_weights"));
    QCOMPARE(Money(100, eur).allocate({0, 0}).error().code, QStringLiteral("money.invalid_weights"));
    QCOMPARE(Money(100, eur).allocate({2, -1}).error().code, QStringLiteral("money.invalid_weights"));

    QRandomGenerator random(4217);
    for (int round = 0; round < 10000; ++round) {
        const qint64 amount = random.bounded(-10'000'000, 10'000'000);
        QList<qint64> weights;
        qint64 weightSum = 0;
        const int count = random.bounded(1, 12);
        for (int i = 0; i < count; ++i) {
            weights.append(random.bounded(0, 100'000));
            weightSum += weights.last();
        }
        if (weightSum == 0) {
            weights.last() = 1;
            weightSum = 1;
        }
        const QList<Money> parts = Money(amount, eur).allocate(weights).value();
        QCOMPARE(parts.size(), weights.size());
        qint64 total = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            total += parts[i].minorUnits();
            // Each part is within one cent of its exact share and keeps the sign.
            const Int128 error = Int128(parts[i].minorUnits()) * weightSum - Int128(amount) * weights[i];
            QVERIFY(error > -weightSum && error < weightSum);
            QVERIFY(amount >= 0 ? parts[i].minorUnits() >= 0 : parts[i].minorUnits() <= 0);
        }
        QCOMPARE(total, amount);
    }
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
