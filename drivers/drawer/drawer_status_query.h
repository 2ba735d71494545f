// How a drawer on its own serial interface is asked whether it is open, and
// how its answer is read: bytes sent, the answer's length, and which bit of
// which answer byte is the sensor pin. Pure, so it can be fuzzed.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace retailos::drivers {

struct DrawerStatusQuery
{
    QByteArray request; // empty: the interface cannot be asked (no sensor)
    int answerBytes = 1; // how many bytes the answer has (1–16)
    int byteIndex = 0; // which of them carries the pin
    quint8 mask = 0x01; // the pin's bit(s): any set bit = pin high

    [[nodiscard]] bool isEnabled() const { return !request.isEmpty(); }
};

// "drawer.status_query": an answer byte outside the answer, an empty mask,
// a length outside 1–16.
[[nodiscard]] Result<> validateStatusQuery(const DrawerStatusQuery &query);

// The pin level in `answer` (its first answerBytes bytes). "drawer.bad_answer"
// when the answer is shorter than answerBytes.
[[nodiscard]] Result<bool> pinHighFromAnswer(const DrawerStatusQuery &query, QByteArrayView answer);

// Settings write bytes as hex ("07", "1b 70 00", "05"); spaces allowed.
// "drawer.hex": anything that is not whole hex bytes.
[[nodiscard]] Result<QByteArray> bytesFromHex(QStringView text);

} // namespace retailos::drivers
