// Reading a serial drawer interface's status answer (see drawer_status_query.h).
#include "drivers/drawer/drawer_status_query.h"

#include <QCoreApplication>

namespace retailos::drivers {

namespace {
struct QueryText
{
    Q_DECLARE_TR_FUNCTIONS(SerialDrawer)
};
} // namespace

Result<> validateStatusQuery(const DrawerStatusQuery &query)
{
    if (!query.isEnabled())
        return {};
    if (query.answerBytes < 1 || query.answerBytes > 16 || query.byteIndex < 0 || query.byteIndex >= query.answerBytes
        || query.mask == 0)
        return fail(QStringLiteral("drawer.status_query"),
            QueryText::tr("The drawer status answer is set up wrongly: byte %1 of a %2-byte answer, mask 0x%3. "
                          "The byte must lie in the answer and the mask must have a bit set.")
                .arg(query.byteIndex)
                .arg(query.answerBytes)
                .arg(query.mask, 2, 16, QChar(u'0')));
    return {};
}

Result<bool> pinHighFromAnswer(const DrawerStatusQuery &query, QByteArrayView answer)
{
    if (auto valid = validateStatusQuery(query); !valid)
        return std::unexpected(valid.error());
    if (answer.size() < query.answerBytes)
        return fail(QStringLiteral("drawer.bad_answer"),
            QueryText::tr("The drawer answered %1 of the %2 status bytes expected.")
                .arg(answer.size())
                .arg(query.answerBytes));
    return (quint8(answer.at(query.byteIndex)) & query.mask) != 0;
}

Result<QByteArray> bytesFromHex(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return fail(QStringLiteral("drawer.hex"),
                QueryText::tr("\"%1\" is not a list of hex bytes such as \"07\" or \"1b 70 00\".")
                    .arg(text.toString()));
        digits += c;
    }
    if (digits.size() % 2 != 0)
        return fail(QStringLiteral("drawer.hex"),
            QueryText::tr("\"%1\" has an odd number of hex digits; write each byte as two digits.")
                .arg(text.toString()));
    return QByteArray::fromHex(digits.toLatin1());
}

} // namespace retailos::drivers
