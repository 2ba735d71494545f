// Lane signing keys: created owner-only, reloaded to the same key, never replaced,
// and signatures that match RFC 8032 and verify with the public half only.
#include "core/journal/lane_key.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace retailos;

namespace {

// RFC 8032, section 7.1, TEST 1, as PKCS#8.
const QByteArray kRfcPem = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                                             "MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
                                             "-----END PRIVATE KEY-----\n");
const QByteArray kRfcPublicHex = QByteArrayLiteral("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

// A P-256 key: a valid private key of the wrong kind.
const QByteArray kEcPem = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                                            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgAtxqtWfEzK5hA73q\n"
                                            "sA7fYWv4SzegSNBCSFMz1mHAz2uhRANCAARACgkx2q+482yoJ5C1Fss3ATc1VdO4\n"
                                            "HcN5LA1uQE9n0QeIp8mNh3Pn6TctxIq/rgdEcyKxPHWpS3Dqu29pcoZc\n"
                                            "-----END PRIVATE KEY-----\n");

template<typename T> QByteArray why(const Result<T> &r)
{
    return r ? QByteArray() : QString(r.error().code + u": "_qs + r.error().message).toUtf8();
}

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.setPermissions(permissions);
}

} // namespace

class tst_LaneKey : public QObject
{
    Q_OBJECT

private slots:
    void createsOwnerOnlyFileAndReloadsSameKey();
    void neverReplacesAnExistingKey();
    void refusesKeyOthersCanRead();
    void refusesWhatIsNotAnEd25519Key_data();
    void refusesWhatIsNotAnEd25519Key();
    void matchesRfc8032();
    void signaturesVerifyWithThePublicKeyOnly();
    void publicKeyRoundTripsThroughBase64();

private:
    QTemporaryDir m_dir;
};

void tst_LaneKey::createsOwnerOnlyFileAndReloadsSameKey()
{
    const QString path = m_dir.filePath(u"keys/lane-01/journal.pem"_qs);
    auto created = LaneKey::loadOrCreate(path);
    QVERIFY2(created, why(created).constData());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(created->publicKey().size(), 32);

    auto loaded = LaneKey::load(path);
    QVERIFY2(loaded, why(loaded).constData());
    QCOMPARE(loaded->publicKey(), created->publicKey());
    auto again = LaneKey::loadOrCreate(path);
    QVERIFY2(again, why(again).constData());
    QCOMPARE(again->publicKey(), created->publicKey());
    QCOMPARE(again->publicKeyBase64(), created->publicKeyBase64());

    auto other = LaneKey::loadOrCreate(m_dir.filePath(u"keys/lane-02/journal.pem"_qs));
    QVERIFY(other);
    QVERIFY(other->publicKey() != created->publicKey());
}

void tst_LaneKey::neverReplacesAnExistingKey()
{
    const QString path = m_dir.filePath(u"existing.pem"_qs);
    auto key = LaneKey::loadOrCreate(path);
    QVERIFY(key);
    auto fresh = LaneKey::generate();
    QVERIFY(fresh);
    auto saved = fresh->save(path);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, u"journal.key_exists"_qs);
    QCOMPARE(LaneKey::load(path)->publicKey(), key->publicKey());

    // A damaged key file is reported, not silently replaced by a new key.
    const QString damaged = m_dir.filePath(u"damaged.pem"_qs);
    QVERIFY(writeFile(
        damaged, QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n"), QFile::ReadOwner | QFile::WriteOwner));
    auto reloaded = LaneKey::loadOrCreate(damaged);
    QVERIFY(!reloaded);
    QCOMPARE(reloaded.error().code, u"journal.key_invalid"_qs);
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n"));
}

void tst_LaneKey::refusesKeyOthersCanRead()
{
    const QString path = m_dir.filePath(u"shared.pem"_qs);
    QVERIFY(writeFile(path, kRfcPem, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    auto key = LaneKey::load(path);
    QVERIFY(!key);
    QCOMPARE(key.error().code, u"journal.key_permissions"_qs);
    QVERIFY2(key.error().message.contains(path), qPrintable(key.error().message));

    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY2(LaneKey::load(path), "the same file restricted to its owner loads");
}

void tst_LaneKey::refusesWhatIsNotAnEd25519Key_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"journal.key_invalid"_qs;
    QTest::newRow("not PEM") << QByteArrayLiteral("lane-01 secret") << u"journal.key_invalid"_qs;
    QTest::newRow("cut off") << kRfcPem.left(40) << u"journal.key_invalid"_qs;
    QTest::newRow("EC P-256 key") << kEcPem << u"journal.key_type"_qs;
}

void tst_LaneKey::refusesWhatIsNotAnEd25519Key()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, code);
    auto key = LaneKey::fromPem(pem);
    QVERIFY(!key);
    QCOMPARE(key.error().code, code);
}

void tst_LaneKey::matchesRfc8032()
{
    auto key = LaneKey::fromPem(kRfcPem);
    QVERIFY2(key, why(key).constData());
    QCOMPARE(key->publicKey().toHex(), kRfcPublicHex);
    // Expected value from `openssl pkeyutl -sign -rawin` over these 32 bytes.
    const QByteArray message = QByteArray::fromHex("948622eef40b9038270c74323471228e9b2bd85acba1b7c962c9f12819c0f671");
    auto signature = key->sign(message);
    QVERIFY(signature);
    QCOMPARE(signature->toHex(),
        QByteArrayLiteral("7e4ea2dfd919fa17c8decfb90f76153a713ac29a74800998872200b96651ca91"
                          "1426b521459bb3f88cc39a776ed8e4dc0e59922cb7345299a088caea12c9ff08"));
}

void tst_LaneKey::signaturesVerifyWithThePublicKeyOnly()
{
    auto key = LaneKey::generate();
    auto other = LaneKey::generate();
    QVERIFY(key && other);
    const QByteArray message = QByteArrayLiteral("journal record hash");
    auto signature = key->sign(message);
    QVERIFY(signature);
    QCOMPARE(signature->size(), 64);
    auto publicKey = LanePublicKey::fromRaw(key->publicKey());
    QVERIFY(publicKey);
    QVERIFY(publicKey->verify(message, *signature));
    QVERIFY(!publicKey->verify(QByteArrayLiteral("journal record hasH"), *signature));
    QByteArray flipped = *signature;
    flipped[10] = char(flipped[10] ^ 0x01);
    QVERIFY(!publicKey->verify(message, flipped));
    QVERIFY(!publicKey->verify(message, signature->left(63)));
    QVERIFY(!other->lanePublicKey().verify(message, *signature));
}

void tst_LaneKey::publicKeyRoundTripsThroughBase64()
{
    auto key = LaneKey::generate();
    QVERIFY(key);
    auto publicKey = LanePublicKey::fromBase64(key->publicKeyBase64().toLatin1());
    QVERIFY(publicKey);
    QCOMPARE(publicKey->raw(), key->publicKey());
    QVERIFY(!LanePublicKey::fromBase64("not*base64"));
    QVERIFY(!LanePublicKey::fromRaw(QByteArray(31, 'x')));
}

QTEST_GUILESS_MAIN(tst_LaneKey)
#include "tst_lane_key.moc"
