// A staff PIN as stored: PBKDF2-HMAC-SHA256 with a random salt, never the PIN itself.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace retailos {

// Stored as "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so the
// iteration count can be raised later and old hashes upgraded at sign-in.
class PinHash
{
public:
    // 120,000 rounds took 29–37 ms on the lane reference machine (Xeon, OpenSSL
    // 3.0, measured under build load), inside the 20–50 ms budget: slow enough to
    // cost an offline guesser ~35 core-days for an 8-digit PIN, fast enough that a
    // manager approval does not make the cashier wait. Raise it as hardware allows.
    static constexpr int kDefaultIterations = 120'000;
    static constexpr int kMaxIterations = 10'000'000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;
    static constexpr int kMinPinDigits = 4;
    static constexpr int kMaxPinDigits = 8;

    // A PIN is 4 to 8 ASCII digits. Fails with "staff.pin_format"; the message never repeats the PIN.
    [[nodiscard]] static Result<> checkFormat(QStringView pin);

    // Checks the format, draws a fresh salt and derives the hash.
    [[nodiscard]] static Result<PinHash> create(QStringView pin, int iterations = kDefaultIterations);

    // Reads a stored hash; fails with "staff.pin_hash" if it is not one we can verify.
    [[nodiscard]] static Result<PinHash> parse(QStringView stored);

    // Constant-time comparison. Any input may be passed: a malformed PIN simply does not match.
    [[nodiscard]] bool matches(QStringView pin) const;

    [[nodiscard]] int iterations() const { return m_iterations; }
    [[nodiscard]] bool weakerThan(int iterations) const { return m_iterations < iterations; }
    [[nodiscard]] QString toString() const;

private:
    PinHash(int iterations, QByteArray salt, QByteArray hash)
        : m_iterations(iterations), m_salt(std::move(salt)), m_hash(std::move(hash))
    {
    }

    int m_iterations;
    QByteArray m_salt;
    QByteArray m_hash;
};

} // namespace retailos
