// What the server does with each upstream event (docs/sync-protocol.md §7.5,
// §9): the payload checks of steps 5, 6 and 8 (sync/protocol/events),
// then the effects, in the ingest's transaction: sale and return rows,
// stock deltas, till and shift rows, loyalty and gift card / store
// credit ledgers, customers, staff PINs and the audit of
// overrides, each replicated state written with its change.
//
// Outcomes besides "applied":
//   held     waiting_for_original   a void whose sale is not stored yet (R-7.12 step 7);
//                                   applied when the sale arrives
//   rejected bad_payload, wrong_store, inconsistent_totals, inconsistent_lines, duplicate_sku
//                                   (the payload checks, event_payloads.h)
//            duplicate_id           the payload's own id (sale, return, movement, shift opened,
//                                   entry, customer, override) is already stored by another event
//            original_mismatch      a void's original_event_id or receipt_number is not its sale's
//            already_voided         a void of a sale voided before
//            inconsistent_totals    a void whose total is not minus the sale's total
//            shift_already_closed   a second close of one shift
//            loyalty_card_taken     another customer of the tenant has the card (HQ merges)
//            unknown_staff          a PIN change for a code not on staff at the event's store
// Flags for HQ (table hq_flags; the event is applied): `overdraft` (a loyalty or
// gift card / store credit balance below 0, R-9.3), `returned_quantity_exceeds_sale`.
#pragma once

#include "sync/protocol/events/event_payloads.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/event_ingest.h"

#include <string_view>

namespace retailos::server::store {

// The EventApplier for ingestEvents(): checks the payload and applies its
// effects. Throws only sql::Error (the ingest's transaction handles those).
AppliedOutcome applyEvent(sql::Session &session, const EffectContext &ctx, std::string_view type,
                          std::string_view payload);

// The effects of an already checked payload.
AppliedOutcome applyEventEffects(sql::Session &session, const EffectContext &ctx,
                                 const sync::events::EventPayload &payload);

} // namespace retailos::server::store
