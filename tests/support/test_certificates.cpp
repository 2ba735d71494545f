#include "tests/support/test_certificates.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>

namespace retailos::test {
namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free_all(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(ASN1_INTEGER *p) const { ASN1_INTEGER_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;

std::string sslError(const std::string &step)
{
    std::string text = step;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        text += ": ";
        text += buffer;
    }
    return text;
}

Key newKey()
{
    return Key(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// A certificate for `subjectKey`; self-signed when issuer is null.
std::expected<Cert, std::string> makeCert(EVP_PKEY *subjectKey, const std::string &commonName,
                                          bool isCa, const char *subjectAltName,
                                          X509 *issuer, EVP_PKEY *issuerKey)
{
    Cert cert(X509_new());
    if (!cert)
        return std::unexpected(sslError("X509_new"));
    X509_set_version(cert.get(), 2);

    // Random 120-bit serial: two runs never issue the same issuer/serial pair.
    std::unique_ptr<BIGNUM, Free> serial(BN_new());
    if (!serial || BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return std::unexpected(sslError("serial number"));

    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600);
    X509_set_pubkey(cert.get(), subjectKey);

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Retail OS tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName.c_str()), -1, -1, 0);
    X509 *issuerCert = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));

    bool ok = true;
    if (isCa) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), issuerCert, NID_subject_alt_name, subjectAltName);
    }
    ok = ok && addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (issuer)
        ok = ok && addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    if (!ok)
        return std::unexpected(sslError("certificate extensions for " + commonName));

    if (X509_sign(cert.get(), issuerKey ? issuerKey : subjectKey, EVP_sha256()) <= 0)
        return std::unexpected(sslError("signing " + commonName));
    return cert;
}

std::expected<void, std::string> writeKey(EVP_PKEY *key, const std::string &path)
{
    std::unique_ptr<BIO, Free> bio(BIO_new_file(path.c_str(), "w"));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return std::unexpected(sslError("writing " + path));
    return {};
}

std::expected<void, std::string> writeCert(X509 *cert, const std::string &path)
{
    std::unique_ptr<BIO, Free> bio(BIO_new_file(path.c_str(), "w"));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return std::unexpected(sslError("writing " + path));
    return {};
}

std::string spkiSha256(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return {};
    unsigned char digest[32];
    unsigned int digestLength = 0;
    const bool ok = EVP_Digest(der, static_cast<size_t>(length), digest, &digestLength,
                               EVP_sha256(), nullptr) == 1;
    OPENSSL_free(der);
    if (!ok)
        return {};
    unsigned char base64[64] = {};
    const int written = EVP_EncodeBlock(base64, digest, static_cast<int>(digestLength));
    return std::string(reinterpret_cast<const char *>(base64), static_cast<size_t>(written));
}

struct Issued
{
    Key key;
    Cert cert;
};

// Makes a key and certificate and writes both as <dir>/<stem>.key / .crt.
std::expected<Issued, std::string> issue(const std::string &dir, const std::string &stem,
                                         const std::string &commonName, bool isCa,
                                         const char *subjectAltName, const Issued *issuer,
                                         std::string *certPath, std::string *keyPath)
{
    Key key = newKey();
    if (!key)
        return std::unexpected(sslError("EC key for " + commonName));
    auto cert = makeCert(key.get(), commonName, isCa, subjectAltName,
                         issuer ? issuer->cert.get() : nullptr,
                         issuer ? issuer->key.get() : nullptr);
    if (!cert)
        return std::unexpected(cert.error());
    *certPath = dir + "/" + stem + ".crt";
    *keyPath = dir + "/" + stem + ".key";
    if (auto written = writeCert(cert->get(), *certPath); !written)
        return std::unexpected(written.error());
    if (auto written = writeKey(key.get(), *keyPath); !written)
        return std::unexpected(written.error());
    return Issued{std::move(key), std::move(*cert)};
}

} // namespace

std::expected<TestCertificates, std::string> makeTestCertificates(const std::string &directory,
                                                                  TestCertificateOptions options)
{
    ERR_clear_error();
    TestCertificates out;
    const char *localhostSan = "DNS:localhost,IP:127.0.0.1";

    auto ca = issue(directory, "test-ca", "Retail OS test CA", true, nullptr, nullptr,
                    &out.caCert, &out.caKey);
    if (!ca)
        return std::unexpected(ca.error());
    auto server = issue(directory, "server", "localhost", false, localhostSan, &*ca,
                        &out.serverCert, &out.serverKey);
    if (!server)
        return std::unexpected(server.error());
    out.serverSpkiSha256 = spkiSha256(server->key.get());

    if (options.otherCa) {
        auto other = issue(directory, "other-ca", "Unrelated test CA", true, nullptr, nullptr,
                           &out.otherCaCert, &out.otherCaKey);
        if (!other)
            return std::unexpected(other.error());
        auto otherServer = issue(directory, "other-ca-server", "localhost", false, localhostSan,
                                 &*other, &out.otherCaServerCert, &out.otherCaServerKey);
        if (!otherServer)
            return std::unexpected(otherServer.error());
        out.otherCaServerSpkiSha256 = spkiSha256(otherServer->key.get());
    }
    if (options.wrongHost) {
        out.wrongHostName = "wrong-host.invalid";
        auto wrong = issue(directory, "wrong-host", out.wrongHostName, false,
                           "DNS:wrong-host.invalid", &*ca, &out.wrongHostCert, &out.wrongHostKey);
        if (!wrong)
            return std::unexpected(wrong.error());
        out.wrongHostSpkiSha256 = spkiSha256(wrong->key.get());
    }
    if (out.serverSpkiSha256.empty())
        return std::unexpected(sslError("SPKI digest"));
    return out;
}

std::string spkiSha256OfPemFile(const std::string &pemFile)
{
    std::unique_ptr<BIO, Free> bio(BIO_new_file(pemFile.c_str(), "r"));
    if (!bio)
        return {};
    if (Cert cert{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        return spkiSha256(X509_get0_pubkey(cert.get()));
    }
    ERR_clear_error();
    BIO_reset(bio.get());
    if (Key key{PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)})
        return spkiSha256(key.get());
    ERR_clear_error();
    return {};
}

} // namespace retailos::test
