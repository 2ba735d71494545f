// The lane's Ed25519 signing key, kept in a PEM file only the lane's user can
// read, and the public half that verifies its signatures anywhere.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace retailos {

// The public half: all a verifier (server, auditor, CLI) ever needs.
class LanePublicKey
{
public:
    // `raw` is the 32-byte Ed25519 public key.
    [[nodiscard]] static Result<LanePublicKey> fromRaw(QByteArrayView raw);
    [[nodiscard]] static Result<LanePublicKey> fromBase64(QByteArrayView base64);

    [[nodiscard]] bool verify(QByteArrayView message, QByteArrayView signature) const;
    [[nodiscard]] QByteArray raw() const { return m_raw; }

private:
    LanePublicKey(std::shared_ptr<evp_pkey_st> key, QByteArray raw);

    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_raw;
};

// Copies share one OpenSSL key; the private key never leaves this class.
class LaneKey
{
public:
    // Loads the key at `pemPath`, or creates it (mode 0600) when there is no
    // file. An existing but unreadable or damaged file is an error, never
    // replaced: a new key would orphan every signature made with the old one.
    [[nodiscard]] static Result<LaneKey> loadOrCreate(const QString &pemPath);
    // Refuses a file that group or others may read or write.
    [[nodiscard]] static Result<LaneKey> load(const QString &pemPath);
    // A PKCS#8 "PRIVATE KEY" PEM holding an Ed25519 key.
    [[nodiscard]] static Result<LaneKey> fromPem(QByteArrayView pem);
    // A fresh key in memory only (tests, tools).
    [[nodiscard]] static Result<LaneKey> generate();

    // Writes the key atomically with mode 0600; refuses to replace an existing file.
    [[nodiscard]] Result<> save(const QString &pemPath) const;

    [[nodiscard]] QByteArray publicKey() const { return m_publicKey.raw(); }
    [[nodiscard]] QString publicKeyBase64() const;
    [[nodiscard]] const LanePublicKey &lanePublicKey() const { return m_publicKey; }

    // Ed25519 (pure, RFC 8032): deterministic, 64 bytes.
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView message) const;

private:
    LaneKey(std::shared_ptr<evp_pkey_st> key, LanePublicKey publicKey);
    [[nodiscard]] static Result<LaneKey> fromKey(std::shared_ptr<evp_pkey_st> key);

    std::shared_ptr<evp_pkey_st> m_key;
    LanePublicKey m_publicKey;
};

} // namespace retailos
