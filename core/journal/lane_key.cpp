// Ed25519 lane keys through OpenSSL EVP (see lane_key.h).
#include "core/journal/lane_key.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace retailos {

namespace {

struct LaneKeyText
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

QString opensslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return LaneKeyText::tr("unknown cryptographic error");
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

std::shared_ptr<EVP_PKEY> share(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, PkeyFree {});
}

// Never lets OpenSSL prompt on a terminal for a passphrase: lane keys are not encrypted.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

// Wipes a buffer that held private key material before it is freed.
void cleanse(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kGroupOrOther
    = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

LanePublicKey::LanePublicKey(std::shared_ptr<evp_pkey_st> key, QByteArray raw)
    : m_key(std::move(key))
    , m_raw(std::move(raw))
{
}

Result<LanePublicKey> LanePublicKey::fromRaw(QByteArrayView raw)
{
    if (raw.size() != 32)
        return fail(QStringLiteral("journal.bad_public_key"),
            LaneKeyText::tr("A lane public key has 32 bytes, this one has %1.").arg(raw.size()));
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.data()), size_t(raw.size()));
    if (!key)
        return fail(
            QStringLiteral("journal.bad_public_key"), LaneKeyText::tr("The lane public key is not valid: %1.").arg(opensslReason()));
    return LanePublicKey(share(key), raw.toByteArray());
}

Result<LanePublicKey> LanePublicKey::fromBase64(QByteArrayView base64)
{
    auto decoded = QByteArray::fromBase64Encoding(base64.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(QStringLiteral("journal.bad_public_key"), LaneKeyText::tr("The lane public key is not valid base64."));
    return fromRaw(*decoded);
}

bool LanePublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (!m_key || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1) {
        ERR_clear_error();
        return false;
    }
    const int rc = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()));
    ERR_clear_error();
    return rc == 1;
}

LaneKey::LaneKey(std::shared_ptr<evp_pkey_st> key, LanePublicKey publicKey)
    : m_key(std::move(key))
    , m_publicKey(std::move(publicKey))
{
}

Result<LaneKey> LaneKey::fromKey(std::shared_ptr<evp_pkey_st> key)
{
    if (!EVP_PKEY_is_a(key.get(), "ED25519"))
        return fail(QStringLiteral("journal.key_type"), LaneKeyText::tr("The lane key is not an Ed25519 key."));
    unsigned char raw[32] = {};
    size_t length = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key.get(), raw, &length) != 1 || length != sizeof raw)
        return fail(QStringLiteral("journal.key_invalid"),
            LaneKeyText::tr("The lane key's public half cannot be read: %1.").arg(opensslReason()));
    auto publicKey = LanePublicKey::fromRaw(QByteArrayView(reinterpret_cast<const char *>(raw), qsizetype(length)));
    if (!publicKey)
        return std::unexpected(publicKey.error());
    return LaneKey(std::move(key), std::move(*publicKey));
}

Result<LaneKey> LaneKey::generate()
{
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &key) != 1)
        return fail(QStringLiteral("journal.key_generate"),
            LaneKeyText::tr("A new lane signing key could not be created: %1.").arg(opensslReason()));
    return fromKey(share(key));
}

Result<LaneKey> LaneKey::fromPem(QByteArrayView pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!key)
        return fail(QStringLiteral("journal.key_invalid"),
            LaneKeyText::tr("The lane signing key is damaged or not a private key: %1.").arg(opensslReason()));
    return fromKey(share(key));
}

Result<LaneKey> LaneKey::load(const QString &pemPath)
{
    const QFileInfo info(pemPath);
    if (!info.exists())
        return fail(QStringLiteral("journal.key_missing"), LaneKeyText::tr("The lane signing key %1 does not exist.").arg(pemPath));
    // A key others can read can sign a forged journal; ssh refuses such keys for the same reason.
    if (info.permissions() & kGroupOrOther)
        return fail(QStringLiteral("journal.key_permissions"),
            LaneKeyText::tr("The lane signing key %1 can be used by other users. Make it readable by its owner only "
               "(chmod 600) and call support: the key may have been copied.")
                .arg(pemPath));
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("journal.key_read"),
            LaneKeyText::tr("The lane signing key %1 cannot be read: %2.").arg(pemPath, file.errorString()));
    QByteArray pem = file.read(64 * 1024);
    auto key = fromPem(pem);
    cleanse(pem);
    if (!key)
        return fail(key.error().code, QStringLiteral("%1 (%2)").arg(key.error().message, pemPath));
    return key;
}

Result<LaneKey> LaneKey::loadOrCreate(const QString &pemPath)
{
    if (QFileInfo::exists(pemPath))
        return load(pemPath);
    auto key = generate();
    if (!key)
        return key;
    if (auto saved = key->save(pemPath); !saved)
        return std::unexpected(saved.error());
    return key;
}

Result<> LaneKey::save(const QString &pemPath) const
{
    if (QFileInfo::exists(pemPath))
        return fail(QStringLiteral("journal.key_exists"),
            LaneKeyText::tr("The lane signing key %1 already exists; it is never replaced.").arg(pemPath));
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(QStringLiteral("journal.key_write"),
            LaneKeyText::tr("The lane signing key could not be encoded: %1.").arg(opensslReason()));
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);

    const QString dir = QFileInfo(pemPath).absolutePath();
    if (!QDir(dir).exists()) {
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("journal.key_write"), LaneKeyText::tr("The folder %1 cannot be created.").arg(dir));
        QFile::setPermissions(dir, kOwnerOnly | QFile::ExeOwner);
    }
    QSaveFile file(pemPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("journal.key_write"),
            LaneKeyText::tr("The lane signing key %1 cannot be written: %2.").arg(pemPath, file.errorString()));
    // Restricted before the first byte of the key is written.
    if (!file.setPermissions(kOwnerOnly))
        return fail(QStringLiteral("journal.key_write"),
            LaneKeyText::tr("The lane signing key %1 cannot be made private: %2.").arg(pemPath, file.errorString()));
    const bool written = file.write(data, qint64(length)) == qint64(length);
    if (!written || !file.commit())
        return fail(QStringLiteral("journal.key_write"),
            LaneKeyText::tr("The lane signing key %1 cannot be written: %2.").arg(pemPath, file.errorString()));
    if (QFileInfo(pemPath).permissions() & kGroupOrOther)
        return fail(QStringLiteral("journal.key_permissions"),
            LaneKeyText::tr("The lane signing key %1 could not be restricted to its owner.").arg(pemPath));
    return {};
}

QString LaneKey::publicKeyBase64() const
{
    return QString::fromLatin1(publicKey().toBase64());
}

Result<QByteArray> LaneKey::sign(QByteArrayView message) const
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    QByteArray signature(64, '\0');
    size_t length = size_t(signature.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
               reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
            != 1
        || length != 64)
        return fail(
            QStringLiteral("journal.sign"), LaneKeyText::tr("The journal record could not be signed: %1.").arg(opensslReason()));
    return signature;
}

} // namespace retailos
