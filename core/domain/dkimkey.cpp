// SPDX-License-Identifier: GPL-3.0-or-later
#include "dkimkey.h"

#include "tagvaluelist.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace Sendcheck {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

QString removeWhitespace(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QStringList colonList(const QString &value)
{
    QStringList out;
    for (const QString &item : value.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        out << item.trimmed().toLower();
    return out;
}

} // namespace

QString DkimKey::typeName() const
{
    switch (type) {
    case Type::Rsa:
        return QStringLiteral("rsa");
    case Type::Ed25519:
        return QStringLiteral("ed25519");
    case Type::Unknown:
        break;
    }
    return QString();
}

bool DkimKey::looksLikeKey(const QByteArray &text)
{
    const QString t = QString::fromLatin1(text).trimmed();
    if (t.startsWith(QLatin1String("v=DKIM1")))
        return true;
    return TagValueList::parse(t).contains(QStringLiteral("p"));
}

DkimKey DkimKey::parse(const QByteArray &text)
{
    DkimKey key;
    key.record = QString::fromLatin1(text);
    const TagValueList tags = TagValueList::parse(key.record);
    if (!tags.error.isEmpty())
        key.errors << tr("Syntax error: %1").arg(tags.error);
    if (const QString twice = tags.duplicate(); !twice.isEmpty())
        key.errors << tr("The tag %1= appears twice.").arg(twice);
    if (tags.contains(QStringLiteral("v"))) {
        if (tags.tags.first().first != QLatin1String("v"))
            key.errors << tr("v=DKIM1 must come first.");
        if (tags.value(QStringLiteral("v")) != QLatin1String("DKIM1"))
            key.errors << tr("v= must be DKIM1, not '%1'.").arg(tags.value(QStringLiteral("v")));
    }
    if (tags.contains(QStringLiteral("k")))
        key.keyTypeTag = tags.value(QStringLiteral("k")).toLower();
    key.hashes = colonList(tags.value(QStringLiteral("h")));
    key.services = colonList(tags.value(QStringLiteral("s")));
    const QStringList flags = colonList(tags.value(QStringLiteral("t")));
    key.testing = flags.contains(QStringLiteral("y"));
    key.strictSubdomains = flags.contains(QStringLiteral("s"));
    if (key.testing)
        key.warnings << tr("t=y: the key is marked as testing; receivers may treat signed mail "
                           "as unsigned.");
    if (!key.hashes.isEmpty() && !key.hashes.contains(QStringLiteral("sha256")))
        key.warnings << tr("h= allows only %1; receivers require sha256 (RFC 8301).")
                            .arg(key.hashes.join(QLatin1Char(':')));
    if (!key.services.isEmpty() && !key.services.contains(QStringLiteral("*"))
        && !key.services.contains(QStringLiteral("email")))
        key.errors << tr("s= does not allow email.");

    if (!tags.contains(QStringLiteral("p"))) {
        key.errors << tr("The record has no p= (public key) tag.");
        return key;
    }
    const QString p = removeWhitespace(tags.value(QStringLiteral("p")));
    if (p.isEmpty()) {
        key.revoked = true;
        if (key.keyTypeTag == QLatin1String("ed25519"))
            key.type = Type::Ed25519;
        else if (key.keyTypeTag == QLatin1String("rsa"))
            key.type = Type::Rsa;
        return key;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(p.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        key.errors << tr("p= is not valid base64.");
        return key;
    }
    const QByteArray der = *decoded;
    if (key.keyTypeTag == QLatin1String("ed25519")) {
        key.type = Type::Ed25519;
        // RFC 8463: the raw 32-octet public key.
        Pkey pkey(EVP_PKEY_new_raw_public_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(der.constData()),
            size_t(der.size())));
        if (!pkey || der.size() != 32)
            key.errors << tr("p= is not an Ed25519 public key (32 octets).");
        else
            key.bits = 256;
        return key;
    }
    if (key.keyTypeTag != QLatin1String("rsa")) {
        key.errors << tr("Unknown key type k=%1.").arg(key.keyTypeTag);
        return key;
    }
    key.type = Type::Rsa;
    // RFC 6376 3.6.1: a SubjectPublicKeyInfo; some publish the bare RSAPublicKey (PKCS#1).
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    Pkey pkey(d2i_PUBKEY(nullptr, &data, long(der.size())));
    if (!pkey) {
        data = reinterpret_cast<const unsigned char *>(der.constData());
        pkey.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &data, long(der.size())));
        if (pkey)
            key.warnings << tr("The key is a bare RSA key (PKCS#1), not the SubjectPublicKeyInfo "
                               "RFC 6376 asks for; some receivers cannot read it.");
    }
    if (!pkey) {
        key.errors << tr("p= does not hold a public key OpenSSL can read.");
        return key;
    }
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_RSA) {
        key.errors << tr("k=rsa, but the key in p= is not an RSA key.");
        return key;
    }
    key.bits = EVP_PKEY_get_bits(pkey.get());
    return key;
}

} // namespace Sendcheck
