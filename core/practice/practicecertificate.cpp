// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicecertificate.h"

#include "practiceprivatefolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sendcheck {

namespace {

// Texts are looked up as PracticeCertificateText::tr("...") so that lupdate sees each one with its
// context.
struct PracticeCertificateText
{
    Q_DECLARE_TR_FUNCTIONS(PracticeCertificate)
};

struct OpenSslFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template<typename T> using OpenSslPtr = std::unique_ptr<T, OpenSslFree>;

EVP_PKEY *generateKey(PracticeCertificate::KeyType type)
{
    const int id = type == PracticeCertificate::KeyType::Ec ? EVP_PKEY_EC : EVP_PKEY_RSA;
    OpenSslPtr<EVP_PKEY_CTX> context(EVP_PKEY_CTX_new_id(id, nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0)
        return nullptr;
    if (type == PracticeCertificate::KeyType::Ec) {
        if (EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context.get(), NID_X9_62_prime256v1) <= 0)
            return nullptr;
    } else if (EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), 2048) <= 0) {
        return nullptr;
    }
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_keygen(context.get(), &key) <= 0)
        return nullptr;
    return key;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    OpenSslPtr<X509_EXTENSION> extension(
        X509V3_EXT_conf_nid(nullptr, &context, nid, const_cast<char *>(value)));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

// Makes a key and a self-signed certificate; returns both as PEM, or false.
bool makeCertificate(PracticeCertificate::KeyType type, QByteArray *certificatePem,
                     QByteArray *keyPem)
{
    OpenSslPtr<EVP_PKEY> key(generateKey(type));
    OpenSslPtr<X509> certificate(X509_new());
    if (!key || !certificate)
        return false;
    X509_set_version(certificate.get(), 2); // v3

    // A random positive 128-bit serial: clients remember serials of certificates they saw.
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return false;
    serialBytes[0] &= 0x7f;
    OpenSslPtr<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return false;

    // An hour of slack before now, for clocks that differ slightly.
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()),
                    long(PracticeCertificate::ValidityDays) * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());

    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Sendcheck practice server"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Sendcheck"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);

    const char *keyUsage = type == PracticeCertificate::KeyType::Ec
        ? "critical,digitalSignature"
        : "critical,digitalSignature,keyEncipherment";
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, keyUsage)
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), NID_authority_key_identifier, "keyid:always"))
        return false;

    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return false;

    OpenSslPtr<BIO> certificateBio(BIO_new(BIO_s_mem()));
    OpenSslPtr<BIO> keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio
        || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1)
        return false;
    *certificatePem = bioContents(certificateBio.get());
    *keyPem = bioContents(keyBio.get());
    return true;
}

// True when the PEM key belongs to the PEM certificate.
bool keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    OpenSslPtr<BIO> certificateBio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    OpenSslPtr<BIO> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certificateBio || !keyBio)
        return false;
    OpenSslPtr<X509> certificate(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    OpenSslPtr<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace

PracticeCertificate::PracticeCertificate(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString PracticeCertificate::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/practice");
}

QString PracticeCertificate::certificatePath() const
{
    return m_directory + QStringLiteral("/practice-certificate.pem");
}

QString PracticeCertificate::keyPath() const
{
    return m_directory + QStringLiteral("/practice-key.pem");
}

QString PracticeCertificate::sha256Fingerprint() const
{
    if (m_certificate.isNull())
        return QString();
    return QString::fromLatin1(
        m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool PracticeCertificate::ensure(KeyType keyType)
{
    m_generated = false;
    m_tightened.clear();
    if (!protect())
        return false;
    if (load())
        return true;
    return regenerate(keyType);
}

bool PracticeCertificate::protect()
{
    PracticePrivateFolder folder(m_directory);
    if (!folder.ensure()) {
        m_error = folder.errorString();
        return false;
    }
    if (folder.access() == PracticePrivateFolder::Access::Tightened)
        m_tightened << folder.path();
    for (const QString &path : {keyPath(), certificatePath()}) {
        if (folder.tightenFile(QFileInfo(path).fileName()))
            m_tightened << path;
    }
    return true;
}

bool PracticeCertificate::load()
{
    QFile certificateFile(certificatePath());
    QFile keyFile(keyPath());
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QByteArray certificatePem = certificateFile.read(256 * 1024);
    const QByteArray keyPem = keyFile.read(256 * 1024);
    if (!keyMatches(certificatePem, keyPem))
        return false;
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (certificate.isNull() || key.isNull())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.effectiveDate() > now || certificate.expiryDate() < now.addDays(1))
        return false;
    m_certificate = certificate;
    m_key = key;
    return true;
}

bool PracticeCertificate::regenerate(KeyType keyType)
{
    m_generated = false;
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!makeCertificate(keyType, &certificatePem, &keyPem)) {
        m_error = PracticeCertificateText::tr(
            "OpenSSL could not make a key and certificate for the practice server.");
        return false;
    }
    if (!store(certificatePem, keyPem))
        return false;
    m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    m_key = QSslKey(keyPem, keyType == KeyType::Ec ? QSsl::Ec : QSsl::Rsa, QSsl::Pem,
                    QSsl::PrivateKey);
    if (!isValid()) {
        m_error = PracticeCertificateText::tr("Qt could not read the certificate OpenSSL made.");
        return false;
    }
    m_generated = true;
    return true;
}

bool PracticeCertificate::store(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    PracticePrivateFolder folder(m_directory);
    // The key first; each file is readable by its owner only from the moment it exists.
    if (!folder.ensure() || !folder.writeFile(QFileInfo(keyPath()).fileName(), keyPem)
        || !folder.writeFile(QFileInfo(certificatePath()).fileName(), certificatePem)) {
        m_error = folder.errorString();
        return false;
    }
    return true;
}

} // namespace Sendcheck
