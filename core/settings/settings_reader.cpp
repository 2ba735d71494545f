// The JSON readers every settings section uses (see settings_reader.h).
#include "core/settings/settings_reader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace retailos::settings_reader {

namespace {

struct SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

} // namespace

std::unexpected<Error> invalid(const QString &key, const QString &why)
{
    return fail(QStringLiteral("settings.invalid"), SettingsText::tr("%1: %2").arg(key, why));
}

// Each reader leaves the target untouched when the key is absent.
Result<> readString(const QJsonObject &obj, const QString &prefix, const char *key, QString &out)
{
    const QString name = QString::fromLatin1(key);
    if (!obj.contains(name))
        return {};
    const QJsonValue v = obj.value(name);
    if (!v.isString())
        return invalid(prefix + name, SettingsText::tr("expected text"));
    out = v.toString();
    return {};
}

Result<> readBool(const QJsonObject &obj, const QString &prefix, const char *key, bool &out)
{
    const QString name = QString::fromLatin1(key);
    if (!obj.contains(name))
        return {};
    const QJsonValue v = obj.value(name);
    if (!v.isBool())
        return invalid(prefix + name, SettingsText::tr("expected true or false"));
    out = v.toBool();
    return {};
}

Result<> readInt(const QJsonObject &obj, const QString &prefix, const char *key, qint64 min, qint64 max, qint64 &out)
{
    const QString name = QString::fromLatin1(key);
    if (!obj.contains(name))
        return {};
    const QJsonValue v = obj.value(name);
    const double d = v.toDouble(-1);
    // JSON numbers are doubles; only whole numbers in range are accepted
    // (range first: converting a huge double to an integer is undefined).
    if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != double(qint64(d)))
        return invalid(prefix + name, SettingsText::tr("expected a whole number from %1 to %2").arg(min).arg(max));
    out = qint64(d);
    return {};
}

// The same for settings held as int: no widening and narrowing at every call.
Result<> readInt(const QJsonObject &obj, const QString &prefix, const char *key, int min, int max, int &out)
{
    qint64 wide = out;
    if (auto r = readInt(obj, prefix, key, qint64(min), qint64(max), wide); !r)
        return r;
    out = int(wide);
    return {};
}

// A misspelt key would silently fall back to a default (say, tax-exclusive
// pricing); name it instead.
Result<> onlyKnownKeys(const QJsonObject &obj, const QString &prefix, std::initializer_list<const char *> known)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const bool ok = std::any_of(known.begin(), known.end(),
                                    [&](const char *k) { return it.key() == QLatin1String(k); });
        if (!ok)
            return invalid(prefix + it.key(), SettingsText::tr("unknown setting"));
    }
    return {};
}

Result<QJsonObject> section(const QJsonObject &root, const QString &prefix, const char *key)
{
    const QString name = QString::fromLatin1(key);
    if (!root.contains(name))
        return QJsonObject();
    if (!root.value(name).isObject())
        return invalid(prefix + name, SettingsText::tr("expected an object"));
    return root.value(name).toObject();
}

Result<> readChoice(const QJsonObject &obj, const QString &prefix, const char *key, const QStringList &allowed,
                    QString &out)
{
    QString value = out;
    if (auto r = readString(obj, prefix, key, value); !r)
        return r;
    if (!allowed.contains(value))
        return invalid(prefix + QLatin1String(key),
                       SettingsText::tr("use one of: %1").arg(allowed.join(QStringLiteral(", "))));
    out = value;
    return {};
}


} // namespace retailos::settings_reader
