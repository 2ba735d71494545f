// The test certificate generator makes a chain Qt accepts for localhost and
// 127.0.0.1, and the extra certificates that the client tests of refuse.
#include "tests/support/test_certificates.h"

#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace retailos::test;

namespace {
QSslCertificate firstCert(const std::string &path)
{
    const auto certs = QSslCertificate::fromPath(QString::fromStdString(path));
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}
} // namespace

class TestCertificatesTest : public QObject
{
    Q_OBJECT

private slots:
    void serverCertificateVerifiesForLocalhostAgainstTheTestCa()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto certs = makeTestCertificates(dir.path().toStdString());
        QVERIFY2(certs, certs ? "" : certs.error().c_str());

        const QSslCertificate ca = firstCert(certs->caCert);
        const QSslCertificate server = firstCert(certs->serverCert);
        QVERIFY(!ca.isNull());
        QVERIFY(!server.isNull());
        // QSslCertificate::verify uses the system store, which lacks the test
        // CA: put it in the chain and accept only the "self-signed root" error.
        for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
            const auto errors = QSslCertificate::verify({server, ca}, host);
            for (const QSslError &error : errors)
                QVERIFY2(error.error() == QSslError::SelfSignedCertificateInChain,
                         qPrintable(host + u": "_s + error.errorString()));
        }
        QFile keyFile(QString::fromStdString(certs->serverKey));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(!QSslKey(&keyFile, QSsl::Ec).isNull());

        QCOMPARE(certs->serverSpkiSha256.size(), 44u);
        QCOMPARE(spkiSha256OfPemFile(certs->serverCert), certs->serverSpkiSha256);
        QCOMPARE(spkiSha256OfPemFile(certs->serverKey), certs->serverSpkiSha256);
    }

    void wrongHostAndOtherCaCertificatesAreRefused()
    {
        QTemporaryDir dir;
        auto certs = makeTestCertificates(dir.path().toStdString(), {.otherCa = true, .wrongHost = true});
        QVERIFY2(certs, certs ? "" : certs.error().c_str());
        const QSslCertificate ca = firstCert(certs->caCert);

        const auto wrongHost = QSslCertificate::verify({firstCert(certs->wrongHostCert), ca},
                                                       QStringLiteral("localhost"));
        QVERIFY(std::ranges::any_of(wrongHost, [](const QSslError &e) {
            return e.error() == QSslError::HostNameMismatch;
        }));
        // Signed by the other CA: with only the test CA at hand the issuer is unknown.
        const auto otherCa = QSslCertificate::verify({firstCert(certs->otherCaServerCert), ca},
                                                     QStringLiteral("localhost"));
        QVERIFY(std::ranges::any_of(otherCa, [](const QSslError &e) {
            return e.error() == QSslError::UnableToGetLocalIssuerCertificate
                || e.error() == QSslError::UnableToVerifyFirstCertificate;
        }));
        QVERIFY(certs->otherCaServerSpkiSha256 != certs->serverSpkiSha256);
        QVERIFY(certs->wrongHostSpkiSha256 != certs->serverSpkiSha256);
        QVERIFY(!certs->wrongHostSpkiSha256.empty());
    }
};

QTEST_GUILESS_MAIN(TestCertificatesTest)
#include "tst_test_certificates.moc"
