// The event types of sync protocol v1 (docs/sync-protocol.md §7.5) and the
// shape every type name has, known or not.
#pragma once

#include <array>
#include <string_view>

namespace retailos::sync::events {

namespace type {
inline constexpr std::string_view kSaleCompleted = "pos.sale.completed.v1";
inline constexpr std::string_view kSaleVoided = "pos.sale.voided.v1";
inline constexpr std::string_view kReturnCompleted = "pos.return.completed.v1";
inline constexpr std::string_view kPaidIn = "till.paid_in.v1";
inline constexpr std::string_view kPaidOut = "till.paid_out.v1";
inline constexpr std::string_view kShiftOpened = "till.shift.opened.v1";
inline constexpr std::string_view kShiftClosed = "till.shift.closed.v1";
inline constexpr std::string_view kStockMoved = "inventory.stock.moved.v1";
inline constexpr std::string_view kStockReceived = "inventory.stock.received.v1";
inline constexpr std::string_view kStockCounted = "inventory.stock.counted.v1";
inline constexpr std::string_view kCustomerEnrolled = "customer.enrolled.v1";
inline constexpr std::string_view kLoyaltyEarned = "customer.loyalty.points.earned.v1";
inline constexpr std::string_view kLoyaltyRedeemed = "customer.loyalty.points.redeemed.v1";
inline constexpr std::string_view kStaffPinChanged = "staff.pin_changed.v1";
inline constexpr std::string_view kOverrideApproved = "pos.override.approved.v1";
// Derived: made by the server for HQ consumers, never sent by a lane.
inline constexpr std::string_view kStockLow = "inventory.stock.low.v1";
} // namespace type

// The types a lane sends, in the order of the spec's table.
inline constexpr std::array<std::string_view, 15> kLaneEventTypes = {
    type::kSaleCompleted, type::kSaleVoided, type::kReturnCompleted, type::kPaidIn, type::kPaidOut,
    type::kShiftOpened, type::kShiftClosed, type::kStockMoved, type::kStockReceived, type::kStockCounted,
    type::kCustomerEnrolled, type::kLoyaltyEarned, type::kLoyaltyRedeemed, type::kStaffPinChanged,
    type::kOverrideApproved};

inline constexpr std::size_t kMaxEventTypeLength = 64;

// A type this server knows (R-7.12 step 4): every lane type and the derived
// ones. A derived type that arrives from a lane is known, and rejected by
// parseEventPayload with `derived_type`.
bool isKnownEventType(std::string_view type);
bool isDerivedEventType(std::string_view type);

// `^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.v[0-9]+$`, at most 64 characters.
bool isWellFormedEventType(std::string_view type);

} // namespace retailos::sync::events
