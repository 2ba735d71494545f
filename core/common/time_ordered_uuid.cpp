#include "core/common/time_ordered_uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace retailos {

std::string timeOrderedUuidAt(std::int64_t unixMs)
{
    std::array<unsigned char, 16> b{};
    const auto ms = static_cast<std::uint64_t>(unixMs) & 0xFFFF'FFFF'FFFFull;
    for (int i = 0; i < 6; ++i) b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    std::array<quint32, 3> random{};
    // The kernel's CSPRNG: ids must not be predictable from one another.
    QRandomGenerator::system()->generate(random.begin(), random.end());
    for (int i = 0; i < 10; ++i) b[6 + i] = static_cast<unsigned char>(random[i / 4] >> (8 * (i % 4)));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F));   // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));   // variant 10
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 0x0F]);
    }
    return out;
}

std::string newTimeOrderedUuid() { return timeOrderedUuidAt(QDateTime::currentMSecsSinceEpoch()); }

QString newTimeOrderedUuidString() { return QString::fromLatin1(newTimeOrderedUuid()); }

} // namespace retailos
