// The journal's tables, a lane migration (core/db/lane_schema.cpp) applied in one exec.
#pragma once

#include <string_view>

namespace retailos {

// Hashes and signatures are lower-case hex so the triggers can compare them and
// an auditor can read them with the sqlite3 shell. The triggers stop the program
// (and anyone using SQL) from changing history; they cannot stop someone who
// drops them, which is what the hash chain and the signatures are for.
inline constexpr std::string_view kJournalSchema = R"sql(
CREATE TABLE journal_keys (
    lane_id          TEXT PRIMARY KEY CHECK (length(lane_id) BETWEEN 1 AND 64),
    public_key       TEXT NOT NULL CHECK (length(public_key) = 44),
    registered_at_ms INTEGER NOT NULL
) WITHOUT ROWID;

-- REPLACE deletes without firing delete triggers, so a second key for a lane
-- is refused before it gets that far.
CREATE TRIGGER journal_keys_insert_once BEFORE INSERT ON journal_keys
WHEN EXISTS (SELECT 1 FROM journal_keys WHERE lane_id = new.lane_id) BEGIN
    SELECT RAISE(ABORT, 'a lane journal key cannot be replaced');
END;
CREATE TRIGGER journal_keys_no_update BEFORE UPDATE ON journal_keys BEGIN
    SELECT RAISE(ABORT, 'a lane journal key cannot be changed');
END;
CREATE TRIGGER journal_keys_no_delete BEFORE DELETE ON journal_keys BEGIN
    SELECT RAISE(ABORT, 'a lane journal key cannot be deleted');
END;

CREATE TABLE journal (
    lane_id           TEXT NOT NULL REFERENCES journal_keys(lane_id),
    sequence          INTEGER NOT NULL CHECK (sequence >= 1),
    type              TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 64),
    created_at_ms     INTEGER NOT NULL,
    payload           TEXT NOT NULL,
    amount_minor      INTEGER NOT NULL,
    grand_total_minor INTEGER NOT NULL,
    previous_hash     TEXT NOT NULL CHECK (length(previous_hash) = 64 AND previous_hash NOT GLOB '*[^0-9a-f]*'),
    hash              TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
    signature         TEXT NOT NULL CHECK (length(signature) = 128 AND signature NOT GLOB '*[^0-9a-f]*'),
    PRIMARY KEY (lane_id, sequence)
) WITHOUT ROWID;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN
    SELECT RAISE(ABORT, 'journal records cannot be changed');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN
    SELECT RAISE(ABORT, 'journal records cannot be deleted');
END;
-- Runs before the primary key check, so INSERT OR REPLACE and upserts of an
-- existing sequence are refused here too.
CREATE TRIGGER journal_append_only BEFORE INSERT ON journal BEGIN
    SELECT RAISE(ABORT, 'journal sequence must be the lane''s last sequence + 1')
    WHERE new.sequence IS NOT
          (SELECT coalesce(max(sequence), 0) + 1 FROM journal WHERE lane_id = new.lane_id);
    SELECT RAISE(ABORT, 'journal previous_hash must be the hash of the lane''s last record')
    WHERE new.previous_hash IS NOT coalesce(
          (SELECT hash FROM journal WHERE lane_id = new.lane_id AND sequence = new.sequence - 1),
          '0000000000000000000000000000000000000000000000000000000000000000');
    SELECT RAISE(ABORT, 'journal grand total must be the last grand total plus the amount')
    WHERE new.grand_total_minor IS NOT new.amount_minor + coalesce(
          (SELECT grand_total_minor FROM journal WHERE lane_id = new.lane_id AND sequence = new.sequence - 1), 0);
END;
)sql";

} // namespace retailos
