// Tests for formatMoney: exact, locale-aware display of money.
#include "core/money/money_format.h"

#include <QTest>

#include <limits>

using namespace retailos;

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatMoney_data();
    void formatMoney();
    void formatMoneyAmount_data();
    void formatMoneyAmount();
    void omitGroupSeparator();
};

void TestMoneyFormat::formatMoney_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();

    // Expectations follow Qt 6.4's CLDR data: de_DE puts a no-break space
    // before the symbol, fr_FR groups with U+202F, en_US writes negative
    // currency in accounting style.
    QTest::newRow("de_DE EUR") << QStringLiteral("de_DE") << qint64(123456) << QStringLiteral("EUR")
                               << QStringLiteral("1.234,56\u00A0€");
    QTest::newRow("de_DE EUR small") << QStringLiteral("de_DE") << qint64(7) << QStringLiteral("EUR")
                                     << QStringLiteral("0,07\u00A0€");
    QTest::newRow("de_DE EUR negative") << QStringLiteral("de_DE") << qint64(-5) << QStringLiteral("EUR")
                                        << QStringLiteral("-0,05\u00A0€");
    QTest::newRow("de_DE EUR max") << QStringLiteral("de_DE") << kMax << QStringLiteral("EUR")
                                   << QStringLiteral("92.233.720.368.547.758,07\u00A0€");
    QTest::newRow("de_DE EUR min") << QStringLiteral("de_DE") << kMin << QStringLiteral("EUR")
                                   << QStringLiteral("-92.233.720.368.547.758,08\u00A0€");
    QTest::newRow("de_DE USD") << QStringLiteral("de_DE") << qint64(123456) << QStringLiteral("USD")
                               << QStringLiteral("1.234,56\u00A0USD");
    QTest::newRow("de_DE JPY") << QStringLiteral("de_DE") << qint64(1000) << QStringLiteral("JPY")
                               << QStringLiteral("1.000\u00A0JPY");
    QTest::newRow("en_US USD") << QStringLiteral("en_US") << qint64(123456) << QStringLiteral("USD")
                               << QStringLiteral("$1,234.56");
    QTest::newRow("en_US USD zero") << QStringLiteral("en_US") << qint64(0) << QStringLiteral("USD")
                                    << QStringLiteral("$0.00");
    QTest::newRow("en_US USD negative") << QStringLiteral("en_US") << qint64(-123456) << QStringLiteral("USD")
                                        << QStringLiteral("($1,234.56)");
    QTest::newRow("en_US EUR") << QStringLiteral("en_US") << qint64(123456) << QStringLiteral("EUR")
                               << QStringLiteral("EUR\u00A01,234.56");
    QTest::newRow("en_US KWD") << QStringLiteral("en_US") << qint64(1234) << QStringLiteral("KWD")
                               << QStringLiteral("KWD\u00A01.234");
    QTest::newRow("ja_JP JPY") << QStringLiteral("ja_JP") << qint64(1000) << QStringLiteral("JPY")
                               << QStringLiteral("￥1,000");
    QTest::newRow("ja_JP JPY large") << QStringLiteral("ja_JP") << qint64(1234567) << QStringLiteral("JPY")
                                     << QStringLiteral("￥1,234,567");
    QTest::newRow("de_CH CHF") << QStringLiteral("de_CH") << qint64(123456) << QStringLiteral("CHF")
                               << QStringLiteral("1’234.56\u00A0CHF");
    QTest::newRow("fr_FR EUR") << QStringLiteral("fr_FR") << qint64(123456) << QStringLiteral("EUR")
                               << QStringLiteral("1\u202F234,56\u00A0€");
    QTest::newRow("sv_SE SEK negative") << QStringLiteral("sv_SE") << qint64(-123456) << QStringLiteral("SEK")
                                        << QStringLiteral("\u22121\u00A0234,56\u00A0kr");
    QTest::newRow("en_IN INR lakh grouping") << QStringLiteral("en_IN") << qint64(12345678901) << QStringLiteral("INR")
                                             << QStringLiteral("₹12,34,56,789.01");
    QTest::newRow("ar_EG Arabic digits") << QStringLiteral("ar_EG") << qint64(123456) << QStringLiteral("USD")
                                         << QStringLiteral("١٬٢٣٤٫٥٦\u00A0USD");
}

void TestMoneyFormat::formatMoney()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QString, expected);

    const QString text = retailos::formatMoney(Money(minor, Currency::fromCode(code).value()), QLocale(locale));
    QCOMPARE(text, expected);
}

void TestMoneyFormat::formatMoneyAmount_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de_DE") << QStringLiteral("de_DE") << qint64(-123456) << QStringLiteral("EUR")
                           << QStringLiteral("-1.234,56");
    QTest::newRow("en_US") << QStringLiteral("en_US") << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
    QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << qint64(1000) << QStringLiteral("JPY") << QStringLiteral("1,000");
    QTest::newRow("KWD") << QStringLiteral("en_US") << qint64(-1001) << QStringLiteral("KWD") << QStringLiteral("-1.001");
}

void TestMoneyFormat::formatMoneyAmount()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QString, expected);

    QCOMPARE(retailos::formatMoneyAmount(Money(minor, Currency::fromCode(code).value()), QLocale(locale)), expected);
}

void TestMoneyFormat::omitGroupSeparator()
{
    QLocale locale(QStringLiteral("de_DE"));
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const Money money(123456789, Currency::fromCode(u"EUR").value());
    QCOMPARE(retailos::formatMoney(money, locale), QStringLiteral("1234567,89\u00A0€"));
}

QTEST_APPLESS_MAIN(TestMoneyFormat)
#include "tst_money_format.moc"
