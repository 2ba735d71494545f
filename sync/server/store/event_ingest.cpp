#include "sync/server/store/event_ingest.h"

#include "sync/protocol/json.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/ids.h"

#include <QByteArray>

#include <array>

namespace retailos::server::store {

using sql::Param;

namespace {

struct StoredEvent
{
    std::string eventId, type, hash, status, code;
    std::int64_t seq = 0;
};

std::optional<StoredEvent> storedAt(sql::Session &s, std::string_view terminalId, std::int64_t seq)
{
    const std::array<Param, 2> p{terminalId, seq};
    auto rows = s.query("SELECT event_id, type, hash, status, code FROM events WHERE terminal_id = ?1 AND seq = ?2", p);
    if (!rows->next()) return std::nullopt;
    return StoredEvent{std::string(rows->text(0)), std::string(rows->text(1)), std::string(rows->text(2)),
                       std::string(rows->text(3)), rows->isNull(4) ? std::string() : std::string(rows->text(4)), seq};
}

std::unexpected<StoreError> conflict(std::int64_t seq, const std::string &what)
{
    sync::json::Writer d;
    d.beginObject().field("seq", seq).endObject();
    return refuse(409, "event_conflict",
                  "Event " + std::to_string(seq) + " is already stored with " + what
                      + ": this lane has a different history than head office holds. Nothing was stored.",
                  d.take());
}

} // namespace

std::string chainHash(std::string_view prevHashHex, std::int64_t seq, std::string_view type, std::string_view payload)
{
    const QByteArray prev = QByteArray::fromHex(QByteArray(prevHashHex.data(), qsizetype(prevHashHex.size())));
    std::string bytes(prev.constData(), std::size_t(prev.size()));
    bytes += std::to_string(seq);
    bytes.push_back('\n');
    bytes += type;
    bytes.push_back('\n');
    bytes += payload;
    return sha256Hex(bytes);
}

void prepareEvents(std::vector<IncomingEvent> &events, const sync::events::EventContext &context,
                   const std::function<bool(std::string_view type)> &isKnownType)
{
    for (IncomingEvent &event : events) {
        if (!event.envelopeError.empty()) continue;
        event.hashMatches = chainHash(event.prevHash, event.seq, event.type, event.payload) == event.hash;
        if (!*event.hashMatches || !isKnownType(event.type)) continue;
        event.parsed = sync::events::parseEventPayload(event.type, event.payload, context);
        event.parsedFor = context;
    }
}

StreamState readStream(sql::Session &session, std::string_view terminalId)
{
    const std::array<Param, 1> p{terminalId};
    auto rows = session.query("SELECT acked_through, last_hash, rejected_count, held_count FROM terminals"
                              " WHERE terminal_id = ?1", p);
    if (!rows->next()) return {};
    return StreamState{rows->integer(0), std::string(rows->text(1)), rows->integer(2), rows->integer(3)};
}

std::int64_t settleHeldUnknownTypes(sql::Session &session, const KnownTypePredicate &isKnownType,
                                    const EventApplier &apply, std::int64_t nowMs)
{
    struct Held
    {
        std::string tenant, terminal, store, lane, currency, eventId, type, payload;
        std::int64_t seq;
    };
    std::vector<Held> held;
    {
        auto rows = session.query("SELECT e.tenant_id, e.terminal_id, t.store_id, t.lane_id, s.currency, e.event_id,"
                                  " e.type, e.payload, e.seq FROM events e"
                                  " JOIN terminals t ON t.terminal_id = e.terminal_id"
                                  " JOIN stores s ON s.tenant_id = t.tenant_id AND s.store_id = t.store_id"
                                  " WHERE e.status = 'held' AND e.code = 'unknown_type'"
                                  " ORDER BY e.terminal_id, e.seq");
        while (rows->next()) {
            Held h{std::string(rows->text(0)), std::string(rows->text(1)), std::string(rows->text(2)),
                   std::string(rows->text(3)), std::string(rows->text(4)), std::string(rows->text(5)),
                   std::string(rows->text(6)), std::string(rows->blob(7)), rows->integer(8)};
            if (isKnownType(h.type)) held.push_back(std::move(h));
        }
    }
    ChangeLogBatch batch(session);
    for (const Held &h : held) {
        Savepoint savepoint(session, "event_effects");
        const EffectContext ctx{h.tenant, h.store, h.lane, h.terminal, h.currency, h.eventId, h.seq, nowMs};
        const AppliedOutcome outcome = apply(session, ctx, h.type, h.payload);
        if (outcome.status != "applied") savepoint.rollback();
        else savepoint.release();
        // Still unknown to the domain (held again) stays held; anything else is settled.
        if (outcome.status == "held") continue;
        const Param code = outcome.status == "applied" ? Param(nullptr) : Param(std::string_view(outcome.code));
        const Param message = outcome.status == "applied" ? Param(nullptr) : Param(std::string_view(outcome.message));
        session.exec("UPDATE events SET status = ?3, code = ?4, message = ?5 WHERE terminal_id = ?1 AND seq = ?2",
                     {std::string_view(h.terminal), h.seq, std::string_view(outcome.status), code, message});
        session.exec("UPDATE terminals SET held_count = held_count - 1, rejected_count = rejected_count + ?2"
                     " WHERE terminal_id = ?1",
                     {std::string_view(h.terminal), std::int64_t(outcome.status == "rejected" ? 1 : 0)});
    }
    batch.flush();
    return std::int64_t(held.size());
}

void recordConflict(sql::Session &session, std::string_view terminalId)
{
    const std::array<Param, 1> p{terminalId};
    session.exec("UPDATE terminals SET conflicts = conflicts + 1 WHERE terminal_id = ?1", p);
}

StoreResult<IngestOutcome> ingestEvents(sql::Session &session, const TerminalIdentity &terminal,
                                        std::string_view currency, const std::vector<IncomingEvent> &events,
                                        const KnownTypePredicate &isKnownType, const EventApplier &apply,
                                        std::int64_t nowMs)
{
    // Lock the terminal's row: one upload per stream at a time, also across
    // server processes on PostgreSQL (SQLite: BEGIN IMMEDIATE already did).
    const std::array<Param, 1> tp{std::string_view(terminal.terminalId)};
    StreamState stream;
    {
        auto rows = session.query(session.dialect() == sql::Dialect::Postgres
                                      ? "SELECT acked_through, last_hash, rejected_count, held_count FROM terminals"
                                        " WHERE terminal_id = ?1 FOR UPDATE"
                                      : "SELECT acked_through, last_hash, rejected_count, held_count FROM terminals"
                                        " WHERE terminal_id = ?1",
                                  tp);
        if (!rows->next()) return refuse(401, "credential_invalid", "This terminal is not known to the server.");
        stream = {rows->integer(0), std::string(rows->text(1)), rows->integer(2), rows->integer(3)};
    }

    // The change-log bookkeeping of the whole upload, written once (flushed below).
    ChangeLogBatch batch(session);
    IngestOutcome out;
    if (events.empty()) {
        out.ackedThrough = stream.ackedThrough;
        out.lastHash = stream.lastHash;
        return out;
    }
    if (events.front().seq > stream.ackedThrough + 1) {
        sync::json::Writer d;
        d.beginObject().field("acked_through", stream.ackedThrough).endObject();
        return refuse(409, "sequence_gap",
                      "The upload starts at event " + std::to_string(events.front().seq) + " but the server holds events up to "
                          + std::to_string(stream.ackedThrough) + "; resend from " + std::to_string(stream.ackedThrough + 1) + ".",
                      d.take());
    }

    std::int64_t rejected = 0, held = 0;
    for (const IncomingEvent &incoming : events) {
        // An event whose id was unusable is stored under a stand-in id made from
        // its place in the stream: a resend of it is then a duplicate, not a conflict.
        IncomingEvent standIn;
        if (incoming.eventId.empty()) {
            standIn = incoming;
            standIn.eventId = "invalid:" + terminal.terminalId + ":" + std::to_string(incoming.seq);
        }
        const IncomingEvent &event = incoming.eventId.empty() ? standIn : incoming;
        if (event.seq <= stream.ackedThrough) {
            // a resend must be identical to what is stored.
            const auto stored = storedAt(session, terminal.terminalId, event.seq);
            if (!stored) return conflict(event.seq, "nothing (the server lost it)");
            if (stored->eventId != event.eventId) return conflict(event.seq, "another event id");
            if (stored->type != event.type || stored->hash != event.hash) return conflict(event.seq, "another body");
            out.results.push_back({event.seq, "duplicate", {}, {}, stored->status, stored->code});
            continue;
        }
        // The same event id anywhere else in the tenant's streams is the same conflict.
        {
            const std::array<Param, 1> ep{std::string_view(event.eventId)};
            auto rows = session.query("SELECT terminal_id, seq FROM events WHERE event_id = ?1", ep);
            if (rows->next()) return conflict(event.seq, "its event id already used by another event");
        }

        EventResult result{event.seq, "applied", {}, {}, {}, {}};
        auto decide = [&](const char *status, std::string code, std::string message) {
            result.status = status;
            result.code = std::move(code);
            result.message = std::move(message);
        };
        // in order; the first failure decides.
        if (!event.envelopeError.empty()) {
            decide("rejected", "bad_envelope", event.envelopeError);
        } else if (event.prevHash != stream.lastHash) {
            decide("rejected", "chain_broken", "prev_hash does not match the stored hash of event "
                                                   + std::to_string(event.seq - 1));
        } else if (!(event.hashMatches ? *event.hashMatches
                                       : chainHash(event.prevHash, event.seq, event.type, event.payload) == event.hash)) {
            decide("rejected", "hash_mismatch", "hash does not match SHA-256 of the event (R-7.3)");
        } else if (!isKnownType(event.type)) {
            decide("held", "unknown_type", "event type " + event.type + " is not known to this server version");
        } else {
            // Effects in a savepoint: a refused event leaves nothing behind but its record.
            Savepoint savepoint(session, "event_effects");
            const bool preparedForThisSender = event.parsed && event.parsedFor.storeId == terminal.storeId
                                               && event.parsedFor.laneId == terminal.laneId
                                               && event.parsedFor.currency == currency;
            const EffectContext ctx{terminal.tenantId, terminal.storeId, terminal.laneId, terminal.terminalId,
                                    std::string(currency), event.eventId, event.seq, nowMs,
                                    preparedForThisSender ? &*event.parsed : nullptr};
            AppliedOutcome applied = apply(session, ctx, event.type, event.payload);
            if (applied.status != "applied") savepoint.rollback();
            else savepoint.release();
            decide(applied.status == "held" ? "held" : applied.status == "rejected" ? "rejected" : "applied",
                   applied.code, applied.message);
            if (applied.status == "applied")
                for (const auto &[scope, seq] : applied.visibleAt)
                    out.visibleAt[scope] = std::max(out.visibleAt[scope], seq);
        }

        const Param code = result.code.empty() ? Param(nullptr) : Param(std::string_view(result.code));
        const Param message = result.message.empty() ? Param(nullptr) : Param(std::string_view(result.message));
        const std::array<Param, 13> ip{std::string_view(terminal.tenantId), std::string_view(terminal.terminalId),
                                       event.seq, std::string_view(event.eventId), std::string_view(event.type),
                                       event.createdAt, nowMs, std::string_view(event.prevHash),
                                       std::string_view(event.hash), sql::Blob{event.payload},
                                       std::string_view(result.status), code, message};
        session.execLater("INSERT INTO events (tenant_id, terminal_id, seq, event_id, type, created_at, received_at,"
                     " prev_hash, hash, payload, status, code, message)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", ip);
        // a refused event still occupies its seq and continues the chain.
        stream.ackedThrough = event.seq;
        stream.lastHash = event.hash;
        if (result.status == "rejected") ++rejected;
        if (result.status == "held") ++held;
        out.results.push_back(std::move(result));
    }

    const std::array<Param, 5> up{std::string_view(terminal.terminalId), stream.ackedThrough,
                                  std::string_view(stream.lastHash), rejected, held};
    session.exec("UPDATE terminals SET acked_through = ?2, last_hash = ?3, rejected_count = rejected_count + ?4,"
                 " held_count = held_count + ?5 WHERE terminal_id = ?1", up);
    batch.flush();
    out.ackedThrough = stream.ackedThrough;
    out.lastHash = stream.lastHash;
    return out;
}

} // namespace retailos::server::store
