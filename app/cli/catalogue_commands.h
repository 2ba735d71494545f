// The lane's command-line catalogue tools: create, import, look up, search.
#pragma once

#include "core/barcode/scan_rules.h"

#include <QStringList>
#include <QTextStream>

namespace retailos::cli {

// args excludes the program name, e.g. {"lookup", "--db", "lane.db", "4006381333931"}.
// Returns the process exit code: 0 done, 1 failed or not found, 2 bad usage.
// Scans are read with `scanRules` (the lane's configured label layouts).
int runCatalogueCommand(const QStringList &args, const ScanRules &scanRules, QTextStream &out, QTextStream &err);

[[nodiscard]] bool isCatalogueCommand(const QString &name);

} // namespace retailos::cli
