// Reading one settings section from JSON: each reader names the offending
// key in its error ("devices.printer.port: expected a whole number ...") and
// leaves the target untouched when the key is absent, so defaults hold.
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

#include <initializer_list>

namespace retailos::settings_reader {

[[nodiscard]] std::unexpected<Error> invalid(const QString &key, const QString &why);
[[nodiscard]] Result<> readString(const QJsonObject &obj, const QString &prefix, const char *key, QString &out);
[[nodiscard]] Result<> readBool(const QJsonObject &obj, const QString &prefix, const char *key, bool &out);
[[nodiscard]] Result<> readInt(const QJsonObject &obj, const QString &prefix, const char *key, qint64 min, qint64 max,
                               qint64 &out);
[[nodiscard]] Result<> readInt(const QJsonObject &obj, const QString &prefix, const char *key, int min, int max,
                               int &out);
// A text setting that must be one of `allowed` ("use one of: a, b, c").
[[nodiscard]] Result<> readChoice(const QJsonObject &obj, const QString &prefix, const char *key,
                                  const QStringList &allowed, QString &out);
// A misspelt key would silently fall back to a default; name it instead.
[[nodiscard]] Result<> onlyKnownKeys(const QJsonObject &obj, const QString &prefix,
                                     std::initializer_list<const char *> known);
// The object under `key` ("devices.printer"); empty when absent.
[[nodiscard]] Result<QJsonObject> section(const QJsonObject &root, const QString &prefix, const char *key);

} // namespace retailos::settings_reader
