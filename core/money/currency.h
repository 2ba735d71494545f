// An ISO 4217 currency: alphabetic code and the number of minor-unit digits.
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace retailos {

// A small value type (4 bytes of code, one int) so Money stays cheap to copy.
// Only built-in currencies can be created, so exponent() is always right; a
// default-constructed Currency is invalid and only used for empty totals.
class Currency
{
public:
    Currency() = default;

    // Looks the code up case-insensitively in the built-in table ("eur" → EUR).
    // Fails with "money.unknown_currency" naming the code.
    [[nodiscard]] static Result<Currency> fromCode(QStringView code);

    // Every built-in currency, ordered by code.
    [[nodiscard]] static QList<Currency> all();

    [[nodiscard]] bool isValid() const { return m_code[0] != '\0'; }
    [[nodiscard]] QString code() const;
    // Minor-unit digits: 2 for EUR (cents), 0 for JPY, 3 for KWD (fils).
    [[nodiscard]] int exponent() const { return m_exponent; }
    // 10^exponent: how many minor units make one major unit.
    [[nodiscard]] qint64 minorPerMajor() const;

    friend bool operator==(const Currency &, const Currency &) = default;

private:
    Currency(std::array<char, 4> code, int exponent) : m_code(code), m_exponent(exponent) {}

    std::array<char, 4> m_code{}; // three ASCII capitals and a terminating 0
    int m_exponent = 0;
};

} // namespace retailos
