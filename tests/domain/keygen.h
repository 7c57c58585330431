// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace TestSupport {

// DKIM public keys made with OpenSSL in the test, base64 as they go into p=.
struct DkimTestKeys
{
    // An RSA key of `bits` as SubjectPublicKeyInfo (or as a bare PKCS#1 RSAPublicKey).
    static QByteArray rsa(int bits, bool pkcs1 = false)
    {
        EVP_PKEY *key = EVP_RSA_gen(unsigned(bits));
        if (!key)
            return {};
        unsigned char *der = nullptr;
        const int length = pkcs1 ? i2d_PublicKey(key, &der) : i2d_PUBKEY(key, &der);
        QByteArray out;
        if (length > 0)
            out = QByteArray(reinterpret_cast<const char *>(der), length).toBase64();
        OPENSSL_free(der);
        EVP_PKEY_free(key);
        return out;
    }
    // An Ed25519 key: the raw 32 octets (RFC 8463).
    static QByteArray ed25519()
    {
        EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        if (!key)
            return {};
        unsigned char raw[32];
        size_t length = sizeof raw;
        QByteArray out;
        if (EVP_PKEY_get_raw_public_key(key, raw, &length) == 1)
            out = QByteArray(reinterpret_cast<const char *>(raw), int(length)).toBase64();
        EVP_PKEY_free(key);
        return out;
    }
};

} // namespace TestSupport
