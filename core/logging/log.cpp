// spdlog behind the facade in log.h: a rotating file and the console.
#include "core/logging/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <memory>
#include <mutex>

namespace retailos::log {

namespace {

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;

constexpr std::array<std::pair<std::u16string_view, Level>, 6> kLevels{{
    {u"trace", Level::Trace}, {u"debug", Level::Debug}, {u"info", Level::Info},
    {u"warn", Level::Warn}, {u"error", Level::Error}, {u"off", Level::Off},
}};

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Trace: return spdlog::level::trace;
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warn: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    case Level::Off: return spdlog::level::off;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Level level = Level::Info;
    switch (type) {
    case QtDebugMsg: level = Level::Debug; break;
    case QtInfoMsg: level = Level::Info; break;
    case QtWarningMsg: level = Level::Warn; break;
    case QtCriticalMsg:
    case QtFatalMsg: level = Level::Error; break;
    }
    const QString category = context.category && qstrcmp(context.category, "default") != 0
        ? QString::fromUtf8(context.category) : QStringLiteral("qt");
    write(level, category, message);
}

} // namespace

Result<Level> levelFromString(QStringView name)
{
    for (const auto &[text, level] : kLevels) {
        if (name.compare(QStringView(text), Qt::CaseInsensitive) == 0)
            return level;
    }
    return fail(QStringLiteral("log.level"),
                QCoreApplication::translate("Log", "Unknown log level \"%1\"; use trace, debug, info, warn, error or off.")
                    .arg(name));
}

QString levelName(Level level)
{
    for (const auto &[text, l] : kLevels) {
        if (l == level)
            return QString::fromUtf16(text.data(), qsizetype(text.size()));
    }
    return QStringLiteral("info");
}

Result<> init(const LogConfig &config)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (config.console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!config.file.isEmpty()) {
        const QFileInfo info(config.file);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QStringLiteral("log.file"),
                        QCoreApplication::translate("Log", "Cannot create the log folder %1.").arg(info.absolutePath()));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(info.absoluteFilePath()).toStdString(), size_t(config.maxFileBytes),
                size_t(config.maxFiles)));
        } catch (const spdlog::spdlog_ex &e) {
            return fail(QStringLiteral("log.file"),
                        QCoreApplication::translate("Log", "Cannot open the log file %1: %2")
                            .arg(config.file, QString::fromUtf8(e.what())));
        }
    }
    auto logger = std::make_shared<spdlog::logger>("retailos", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%-5l%$ [%n] %v");
    logger->set_level(toSpd(config.level));
    logger->flush_on(spdlog::level::warn);
    {
        std::lock_guard lock(g_mutex);
        if (g_logger)
            g_logger->flush();
        g_logger = std::move(logger);
    }
    qInstallMessageHandler(qtMessageHandler);
    return {};
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
}

bool enabled(Level level)
{
    std::lock_guard lock(g_mutex);
    return g_logger && g_logger->should_log(toSpd(level));
}

void write(Level level, QStringView category, QStringView message)
{
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(g_mutex);
        logger = g_logger;
    }
    if (!logger || !logger->should_log(toSpd(level)))
        return;
    logger->log(toSpd(level), "{}: {}", category.toUtf8().toStdString(), message.toUtf8().toStdString());
}

void flush()
{
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
}

} // namespace retailos::log
