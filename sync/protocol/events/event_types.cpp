// Event type names (see event_types.h).
#include "sync/protocol/events/event_types.h"

#include <algorithm>

namespace retailos::sync::events {

namespace {

bool isLowerOrDigitOrUnderscore(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

} // namespace

bool isDerivedEventType(std::string_view t) { return t == type::kStockLow; }

bool isKnownEventType(std::string_view t)
{
    return isDerivedEventType(t) || std::ranges::find(kLaneEventTypes, t) != kLaneEventTypes.end();
}

bool isWellFormedEventType(std::string_view t)
{
    if (t.empty() || t.size() > kMaxEventTypeLength) return false;
    // The last segment is the version: ".v" and one or more digits.
    const auto lastDot = t.rfind('.');
    if (lastDot == std::string_view::npos || lastDot == 0) return false;
    const std::string_view version = t.substr(lastDot + 1);
    if (version.size() < 2 || version[0] != 'v') return false;
    if (!std::ranges::all_of(version.substr(1), [](char c) { return c >= '0' && c <= '9'; })) return false;
    // Before it: a first segment starting with a letter, then segments of one
    // or more [a-z0-9_], separated by single dots.
    const std::string_view head = t.substr(0, lastDot);
    if (!(head[0] >= 'a' && head[0] <= 'z')) return false;
    bool segmentEmpty = false;   // the first segment already has its letter
    for (std::size_t i = 1; i < head.size(); ++i) {
        const char c = head[i];
        if (c == '.') {
            if (segmentEmpty) return false;
            segmentEmpty = true;
        } else if (isLowerOrDigitOrUnderscore(c)) {
            segmentEmpty = false;
        } else {
            return false;
        }
    }
    return !segmentEmpty;
}

} // namespace retailos::sync::events
