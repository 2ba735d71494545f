#include "sync/server/store/ids.h"

#include "core/common/time_ordered_uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

#include <openssl/sha.h>

namespace retailos::server::store {

namespace {
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // QRandomGenerator::system() reads the kernel's CSPRNG.
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(out.data()),
                                         reinterpret_cast<quint32 *>(out.data()) + count / 4);
    for (int i = count - count % 4; i < count; ++i)
        out[i] = static_cast<char>(QRandomGenerator::system()->generate() & 0xFF);
    return out;
}
} // namespace

std::string newUuid() { return newTimeOrderedUuid(); }

std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

std::string randomBase64Url(int bytes)
{
    return randomBytes(bytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

std::string sha256(std::string_view bytes)
{
    // OpenSSL's SHA-256 uses the CPU's SHA instructions where it has them:
    // every event's chain hash and every replicated record's row hash pass here.
    std::string digest(SHA256_DIGEST_LENGTH, '\0');
    SHA256(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

std::string toHex(std::string_view bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) {
        out.push_back(hex[(static_cast<unsigned char>(c) >> 4) & 0xF]);
        out.push_back(hex[static_cast<unsigned char>(c) & 0xF]);
    }
    return out;
}

std::string sha256Hex(std::string_view bytes) { return toHex(sha256(bytes)); }

bool constantTimeEqual(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::string joinStoreIds(const std::vector<std::string> &stores)
{
    std::string out;
    for (const auto &s : stores) {
        if (!out.empty()) out.push_back('\n');
        out += s;
    }
    return out;
}

std::vector<std::string> splitStoreIds(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        out.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

std::string newEnrolmentCode()
{
    const QByteArray bits = randomBytes(10);   // 80 bits → 16 × 5 bits
    std::string code;
    std::uint64_t acc = 0;
    int have = 0;
    for (char c : bits) {
        acc = (acc << 8) | static_cast<unsigned char>(c);
        have += 8;
        while (have >= 5) {
            code.push_back(kCrockford[(acc >> (have - 5)) & 0x1F]);
            have -= 5;
        }
    }
    return code;
}

std::string groupEnrolmentCode(std::string_view code)
{
    std::string out;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) out.push_back('-');
        out.push_back(code[i]);
    }
    return out;
}

std::string normaliseEnrolmentCode(std::string_view typed)
{
    std::string out;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'I' || c == 'L') c = '1';
        if (c == 'O') c = '0';
        if (std::string_view(kCrockford).find(c) == std::string_view::npos) return {};
        out.push_back(c);
    }
    return out.size() == 16 ? out : std::string();
}

} // namespace retailos::server::store
