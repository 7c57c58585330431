// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// A DKIM key record (RFC 6376 3.6.1, RFC 8463) and the key in it, read with OpenSSL.
struct DkimKey
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DkimKey)

public:
    enum class Type { Unknown, Rsa, Ed25519 };

    QString record;
    Type type = Type::Unknown;
    QString keyTypeTag = QStringLiteral("rsa"); // k= as written (default rsa)
    int bits = 0; // RSA modulus size; 256 for Ed25519
    bool revoked = false; // p= empty
    bool testing = false; // t=y
    bool strictSubdomains = false; // t=s
    QStringList hashes; // h=, empty: any
    QStringList services; // s=, empty: any ("*")
    QStringList errors; // syntax and key errors: the key cannot be used
    QStringList warnings; // usable, but weak or unusual

    [[nodiscard]] bool isUsable() const { return errors.isEmpty() && !revoked; }
    [[nodiscard]] QString typeName() const; // "rsa", "ed25519", or empty when unknown

    // Whether a TXT record is meant as a DKIM key: v=DKIM1 first, or a p= tag.
    [[nodiscard]] static bool looksLikeKey(const QByteArray &text);
    [[nodiscard]] static DkimKey parse(const QByteArray &text);
};

} // namespace Sendcheck
