// Throw-away TLS material for tests, made with OpenSSL at run time (nothing
// secret is ever committed). Link `retailos_test_tls`.
//
//   auto certs = retailos::test::makeTestCertificates(dir.path().toStdString());
//   QVERIFY2(certs, certs.error().c_str());
//   config.certificateChainFile = certs->serverCert; config.privateKeyFile = certs->serverKey;
//   sslConfig.setCaCertificates(QSslCertificate::fromPath(QString::fromStdString(certs->caCert)));
//
// Keys are EC P-256 (fast to make); certificates are valid from one hour ago
// for 30 days. All paths are PEM files inside the given directory.
#pragma once

#include <expected>
#include <string>

namespace retailos::test {

struct TestCertificateOptions
{
    // Also make an unrelated CA and a localhost certificate signed by it
    // (a client that trusts only `caCert` must refuse it: "wrong CA").
    bool otherCa = false;
    // Also make a certificate signed by the test CA for a host name other than
    // localhost / 127.0.0.1 ("wrong host").
    bool wrongHost = false;
};

struct TestCertificates
{
    // Always made.
    std::string caCert;          // test CA, self-signed
    std::string caKey;
    std::string serverCert;      // signed by the test CA; SAN DNS:localhost, IP:127.0.0.1
    std::string serverKey;
    std::string serverSpkiSha256; // base64 SHA-256 of the server key's SubjectPublicKeyInfo (pin)

    // TestCertificateOptions::otherCa
    std::string otherCaCert;
    std::string otherCaKey;
    std::string otherCaServerCert; // SAN DNS:localhost, IP:127.0.0.1, signed by the other CA
    std::string otherCaServerKey;
    std::string otherCaServerSpkiSha256;

    // TestCertificateOptions::wrongHost
    std::string wrongHostName;   // "wrong-host.invalid"
    std::string wrongHostCert;   // signed by the test CA; SAN DNS:wrong-host.invalid only
    std::string wrongHostKey;
    std::string wrongHostSpkiSha256;
};

// Writes the files into `directory` (which must exist). The error names the
// step that failed and OpenSSL's reason.
[[nodiscard]] std::expected<TestCertificates, std::string>
makeTestCertificates(const std::string &directory, TestCertificateOptions options = {});

// base64 SHA-256 of the SubjectPublicKeyInfo of the certificate or private key
// in a PEM file (the value of `sync.pin_sha256`); empty when it cannot be read.
[[nodiscard]] std::string spkiSha256OfPemFile(const std::string &pemFile);

} // namespace retailos::test
