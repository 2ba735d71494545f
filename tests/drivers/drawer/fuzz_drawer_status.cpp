// Fuzz target: reading a serial drawer interface's status answer and the
// hex bytes of its settings. Whatever the line or a settings file holds,
// nothing crashes, and "pin high/low" only comes from a complete answer.
#include "drivers/drawer/drawer_status_query.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace retailos::drivers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    DrawerStatusQuery query;
    query.request = QByteArray(1, '\x05');
    query.answerBytes = data[0] % 18; // 0 and 17 are invalid on purpose
    query.byteIndex = int(data[1] % 18) - 1;
    query.mask = data[2];
    const QByteArray answer(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    const auto pin = pinHighFromAnswer(query, answer);
    if (pin && (answer.size() < query.answerBytes || query.byteIndex < 0 || query.byteIndex >= query.answerBytes))
        std::abort();
    if (pin && *pin != ((quint8(answer.at(query.byteIndex)) & query.mask) != 0))
        std::abort();
    // The same bytes as a settings value.
    const auto bytes = bytesFromHex(QString::fromLatin1(answer));
    if (bytes && bytes->size() * 2 > answer.size())
        std::abort();
    return 0;
}
