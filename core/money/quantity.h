// A sold quantity as exact fixed-point thousandths (1.250 kg = 1250).
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <limits>

namespace retailos {

// Three decimals cover grams and millilitres on every scale the till talks
// to; a fixed-point integer keeps price × quantity exact. Negative for returns.
class Quantity
{
public:
    static constexpr int kDecimals = 3;
    static constexpr qint64 kScale = 1000;

    Quantity() = default;

    [[nodiscard]] static constexpr Quantity fromThousandths(qint64 thousandths)
    {
        return Quantity(thousandths);
    }

    // Whole units (3 → 3.000). |units| must not exceed maxUnits() (asserted).
    [[nodiscard]] static Quantity fromInt(qint64 units);
    [[nodiscard]] static constexpr qint64 maxUnits() { return std::numeric_limits<qint64>::max() / kScale; }

    // "1.250", "3", "-0.5"; "." only. Fails with "quantity.invalid",
    // "quantity.too_many_decimals" ("1.2345") or "quantity.overflow".
    [[nodiscard]] static Result<Quantity> fromString(QStringView text);

    [[nodiscard]] constexpr qint64 thousandths() const { return m_thousandths; }
    [[nodiscard]] constexpr bool isWhole() const { return m_thousandths % kScale == 0; }
    // Always three decimals: "1.250", "-0.005".
    [[nodiscard]] QString toString() const;

    friend constexpr bool operator==(Quantity, Quantity) = default;
    friend constexpr std::strong_ordering operator<=>(Quantity, Quantity) = default;

private:
    constexpr explicit Quantity(qint64 thousandths) : m_thousandths(thousandths) {}

    qint64 m_thousandths = 0;
};

} // namespace retailos
