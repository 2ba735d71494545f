// PBKDF2 PIN hashing through OpenSSL (see pin_hash.h).
#include "core/staff/pin_hash.h"

#include <QCoreApplication>
#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace retailos {

namespace {

constexpr QStringView kAlgorithm = u"pbkdf2-sha256";

struct PinHashText
{
    Q_DECLARE_TR_FUNCTIONS(Staff)
};

// Returns an empty array if OpenSSL fails (it does not, short of memory exhaustion).
QByteArray derive(QStringView pin, const QByteArray &salt, int iterations)
{
    QByteArray secret = pin.toUtf8();
    QByteArray out(PinHash::kHashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), int(out.size()),
                                     reinterpret_cast<unsigned char *>(out.data()));
    // Do not leave the PIN in freed heap memory.
    OPENSSL_cleanse(secret.data(), std::size_t(secret.size()));
    return ok == 1 ? out : QByteArray();
}

std::optional<QByteArray> fromBase64(QStringView text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(*decoded);
}

} // namespace

Result<> PinHash::checkFormat(QStringView pin)
{
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return fail(QStringLiteral("staff.pin_format"), PinHashText::tr("A PIN may contain digits only."));
    }
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits) {
        return fail(QStringLiteral("staff.pin_format"),
                    PinHashText::tr("A PIN has %1 to %2 digits; this one has %3.")
                        .arg(kMinPinDigits)
                        .arg(kMaxPinDigits)
                        .arg(pin.size()));
    }
    return {};
}

Result<PinHash> PinHash::create(QStringView pin, int iterations)
{
    if (auto format = checkFormat(pin); !format)
        return std::unexpected(format.error());
    if (iterations < 1 || iterations > kMaxIterations) {
        return fail(QStringLiteral("staff.pin_iterations"),
                    PinHashText::tr("The PIN hash iteration count must be between 1 and %1, not %2.")
                        .arg(kMaxIterations)
                        .arg(iterations));
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return fail(QStringLiteral("staff.crypto"), PinHashText::tr("The system could not provide random numbers for a PIN."));
    QByteArray hash = derive(pin, salt, iterations);
    if (hash.isEmpty())
        return fail(QStringLiteral("staff.crypto"), PinHashText::tr("The PIN could not be hashed."));
    return PinHash(iterations, std::move(salt), std::move(hash));
}

Result<PinHash> PinHash::parse(QStringView stored)
{
    const auto bad = [] {
        return fail(QStringLiteral("staff.pin_hash"), PinHashText::tr("The stored PIN is not in a format this version can check."));
    };
    const QList<QStringView> parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != kAlgorithm)
        return bad();
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > kMaxIterations)
        return bad();
    auto salt = fromBase64(parts[2]);
    auto hash = fromBase64(parts[3]);
    if (!salt || !hash || salt->size() < kSaltBytes || hash->size() != kHashBytes)
        return bad();
    return PinHash(iterations, std::move(*salt), std::move(*hash));
}

bool PinHash::matches(QStringView pin) const
{
    const QByteArray candidate = derive(pin, m_salt, m_iterations);
    if (candidate.size() != m_hash.size())
        return false;
    return CRYPTO_memcmp(candidate.constData(), m_hash.constData(), std::size_t(m_hash.size())) == 0;
}

QString PinHash::toString() const
{
    return kAlgorithm % u'$' % QString::number(m_iterations) % u'$' % QString::fromLatin1(m_salt.toBase64()) % u'$'
        % QString::fromLatin1(m_hash.toBase64());
}

} // namespace retailos
