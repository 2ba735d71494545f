// Exact decimal string parsing and formatting for Money and Quantity.
#include "core/money/decimal_p.h"

#include <limits>

namespace retailos::detail {

ScaledDecimal parseScaledDecimal(QStringView text, int exponent)
{
    const QStringView s = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+')) {
        negative = s[i] == u'-';
        ++i;
    }

    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    // Accumulate the magnitude as a negative number: the negative range is one
    // larger, so the most negative qint64 parses too.
    qint64 accumulator = 0;
    bool overflow = false;
    const auto push = [&](int digit) {
        if (__builtin_mul_overflow(accumulator, qint64(10), &accumulator)
            || __builtin_sub_overflow(accumulator, qint64(digit), &accumulator))
            overflow = true;
    };

    const qsizetype integerStart = i;
    while (i < s.size() && isDigit(s[i]))
        push(s[i++].unicode() - u'0');
    if (i == integerStart)
        return {DecimalError::Invalid, 0};

    int fractionDigits = 0;
    bool droppedNonZero = false;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        const qsizetype fractionStart = i;
        for (; i < s.size() && isDigit(s[i]); ++i) {
            const int digit = s[i].unicode() - u'0';
            if (fractionDigits < exponent) {
                push(digit);
                ++fractionDigits;
            } else if (digit != 0) {
                droppedNonZero = true;
            }
        }
        if (i == fractionStart)
            return {DecimalError::Invalid, 0};
    }
    if (i != s.size())
        return {DecimalError::Invalid, 0};
    if (droppedNonZero)
        return {DecimalError::TooManyDecimals, 0};
    for (; fractionDigits < exponent; ++fractionDigits)
        push(0);
    if (overflow)
        return {DecimalError::Overflow, 0};
    if (negative)
        return {DecimalError::None, accumulator};
    if (accumulator == std::numeric_limits<qint64>::min())
        return {DecimalError::Overflow, 0};
    return {DecimalError::None, -accumulator};
}

QString formatScaledDecimal(qint64 value, int exponent)
{
    QString digits = QString::number(magnitude(value));
    if (exponent > 0) {
        if (digits.size() <= exponent)
            digits.prepend(QString(exponent - digits.size() + 1, u'0'));
        digits.insert(digits.size() - exponent, u'.');
    }
    if (value < 0)
        digits.prepend(u'-');
    return digits;
}

} // namespace retailos::detail
