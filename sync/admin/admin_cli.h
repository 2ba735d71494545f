// retailos-admin, central IT's command line for the server's admin API
// (protocol §11). runAdmin is the whole program minus QCoreApplication, so it
// can be driven from tests with its own streams and environment.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace retailos::admin {

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRefused = 1;     // the server refused, or the input file has bad rows
inline constexpr int kExitUsage = 2;       // wrong command line, missing token, unreadable file
inline constexpr int kExitTransport = 3;   // the server was not reached or its answer was unusable

// `arguments` includes the program name first, as QCoreApplication::arguments().
int runAdmin(const QStringList &arguments, QTextStream &out, QTextStream &err,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace retailos::admin
