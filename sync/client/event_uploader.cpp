#include "sync/client/event_uploader.h"

#include "core/logging/log.h"
#include "core/sale/outbox.h"
#include "sync/protocol/json.h"

#include <QCoreApplication>

namespace retailos::sync {

namespace {

struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

std::string hex(const QByteArray &bytes) { return bytes.toHex().toStdString(); }

std::string requestBody(const std::vector<OutboxEvent> &events)
{
    json::Writer w;
    w.beginObject().key("events").beginArray();
    for (const OutboxEvent &e : events) {
        w.beginObject()
            .field("event_id", e.eventId.toStdString())
            .field("seq", std::int64_t(e.sequence))
            .field("type", e.type.toStdString())
            .field("created_at", std::int64_t(e.createdAtUtcMs))
            .field("prev_hash", hex(e.previousHash))
            .field("hash", hex(e.hash))
            .field("payload", std::string_view(e.payload.constData(), std::size_t(e.payload.size())))
            .endObject();
    }
    w.endArray().endObject();
    return w.take();
}

UploadOutcome failed(UploadOutcome out, const QString &message)
{
    out.state = UploadOutcome::State::Failed;
    out.message = message;
    return out;
}

// The error body's code and message (§5), or empty.
std::pair<std::string, std::string> errorOf(const json::Document *doc)
{
    if (!doc || !doc->root().isObject()) return {};
    const json::Value error = doc->root().member("error");
    if (!error.isObject()) return {};
    const json::Value code = error.member("code"), message = error.member("message");
    return {code.isString() ? std::string(code.toString()) : std::string(),
            message.isString() && json::isText(message.toString(), 1000) ? std::string(message.toString()) : std::string()};
}

} // namespace

Result<UploadOutcome> uploadOneBatch(HttpsClient &client, const LaneHeaders &headers, Outbox &outbox,
                                     const UploadLimits &limits)
{
    UploadOutcome out;
    auto events = outbox.unacknowledged(limits.maxEvents, limits.maxPayloadBytes);
    if (!events) return std::unexpected(events.error());
    if (events->empty()) return out;
    auto outboxHead = outbox.head();
    if (!outboxHead) return std::unexpected(outboxHead.error());

    const std::int64_t first = events->front().sequence, last = events->back().sequence;
    out.sent = int(events->size());
    const std::vector<std::string> requestHeaders{
        "Authorization: Bearer " + headers.credential, "Content-Type: application/json",
        "Retailos-Software: " + headers.software, "Retailos-Outbox-Head: " + std::to_string(*outboxHead),
        "Retailos-Clock-Offset: " + std::to_string(headers.clockOffsetMs)};
    const auto answer = client.request("POST", "/v1/events", requestBody(*events), requestHeaders);
    if (!answer)
        return failed(out, SyncText::tr("Head office could not be reached (%1): %2")
                               .arg(QString::fromStdString(answer.error().code), QString::fromStdString(answer.error().message)));

    std::string parseError;
    const auto doc = json::Document::parse(answer->body, &parseError);
    const auto [code, message] = errorOf(doc.get());
    if (answer->status == 401 || answer->status == 403) {
        out.state = UploadOutcome::State::NotAuthorised;
        out.message = SyncText::tr("Head office refused this lane's credential (%1): sales are kept here until the "
                                   "lane is enrolled again.").arg(QString::fromStdString(code));
        return out;
    }
    if (answer->status == 409 && code == "sequence_gap") {
        // the server holds fewer events than it acknowledged before (a restore).
        const json::Value details = doc->root().member("error").member("details");
        const json::Value held = details.isObject() ? details.member("acked_through") : json::Value();
        if (!held.isInt() || held.toInt() < 0 || held.toInt() >= first)
            return failed(out, SyncText::tr("Head office answered a sequence gap without a usable position."));
        if (auto reset = outbox.unacknowledgeAfter(held.toInt()); !reset) return std::unexpected(reset.error());
        out.state = UploadOutcome::State::ServerBehind;
        out.ackedThrough = held.toInt();
        out.message = SyncText::tr("Head office holds this lane's events only up to number %1: the later ones are "
                                   "sent again.").arg(held.toInt());
        log::warn(u"sync", out.message);
        return out;
    }
    if (answer->status == 409 && code == "event_conflict") {
        out.state = UploadOutcome::State::Conflict;
        out.message = SyncText::tr("Head office holds different events under this lane's numbers: uploading "
                                   "stopped, call head office. (%1)").arg(QString::fromStdString(message));
        log::error(u"sync", out.message);
        return out;
    }
    if (answer->status != 200 || !doc)
        return failed(out, SyncText::tr("Head office could not store the events (HTTP %1 %2): they are sent again "
                                        "later.").arg(answer->status).arg(QString::fromStdString(code)));

    // Everything received is checked before anything is recorded.
    json::Reader r(doc->root());
    const std::int64_t acked = r.integer("acked_through", 0, json::kMaxSafeInt);
    const json::Value results = r.array("results", 0, std::size_t(out.sent));
    if (!r.ok())
        return failed(out, SyncText::tr("Head office's answer is not usable (%1 %2): the events are sent again "
                                        "later.").arg(QString::fromStdString(r.error().field),
                                                      QString::fromStdString(r.error().message)));
    if (acked < last)
        return failed(out, SyncText::tr("Head office acknowledged only up to event %1 of %2…%3: the rest is sent "
                                        "again.").arg(acked).arg(first).arg(last));
    for (std::size_t i = 0; i < results.size(); ++i) {
        json::Reader entry = r.element(results, i);
        const std::string status = entry.choice("status", {"applied", "duplicate", "rejected", "held"});
        const std::string stored = status == "duplicate" ? entry.optionalString("stored_status").value_or("") : status;
        if (stored == "rejected") ++out.rejected;
        if (stored == "held") ++out.held;
        if (status == "rejected" || status == "held")
            log::warn(u"sync", QStringLiteral("event %1 stored as %2: %3 %4")
                                   .arg(entry.integer("seq", 1, json::kMaxSafeInt))
                                   .arg(QString::fromStdString(status),
                                        QString::fromStdString(entry.optionalString("code", 0, 64).value_or("")),
                                        QString::fromStdString(entry.optionalString("message", 0, 1000).value_or(""))));
    }
    if (!r.ok() || results.size() != std::size_t(out.sent))
        return failed(out, SyncText::tr("Head office's answer does not account for each event (%1): they are sent "
                                        "again later.").arg(QString::fromStdString(r.ok() ? "results" : r.error().field)));
    if (auto marked = outbox.acknowledgeThrough(last); !marked) return std::unexpected(marked.error());
    out.state = UploadOutcome::State::Sent;
    out.ackedThrough = acked;
    return out;
}

} // namespace retailos::sync
