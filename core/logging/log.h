// The logging facade: every module logs through here; spdlog stays behind it.
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

namespace retailos::log {

enum class Level { Trace, Debug, Info, Warn, Error, Off };

struct LogConfig
{
    Level level = Level::Info;
    QString file;                 // empty: no file
    qint64 maxFileBytes = 10 * 1024 * 1024;
    int maxFiles = 5;             // rotated files kept beside the current one
    bool console = true;          // to stderr
};

[[nodiscard]] Result<Level> levelFromString(QStringView name);
[[nodiscard]] QString levelName(Level level);

// Replaces the sinks; safe to call again (e.g. after settings change). Also
// routes qDebug/qWarning into the same sinks.
[[nodiscard]] Result<> init(const LogConfig &config);
void shutdown();   // flushes and closes the files

[[nodiscard]] bool enabled(Level level);
void write(Level level, QStringView category, QStringView message);
void flush();

inline void trace(QStringView category, const QString &message) { if (enabled(Level::Trace)) write(Level::Trace, category, message); }
inline void debug(QStringView category, const QString &message) { if (enabled(Level::Debug)) write(Level::Debug, category, message); }
inline void info(QStringView category, const QString &message) { write(Level::Info, category, message); }
inline void warn(QStringView category, const QString &message) { write(Level::Warn, category, message); }
inline void error(QStringView category, const QString &message) { write(Level::Error, category, message); }

} // namespace retailos::log
