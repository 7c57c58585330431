// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// The practice server's own self-signed certificate: made on first use with OpenSSL (EC P-256
// or RSA 2048, SANs DNS:localhost and IP:127.0.0.1, valid two years), kept as PEM in a folder
// and reused, so a user can pin its fingerprint once and see pinning work on the next run.
// The folder is private to the user (PracticePrivateFolder: 0700, the key and certificate
// 0600); one found open to others is tightened.
class PracticeCertificate
{
public:
    enum class KeyType { Ec, Rsa };

    // `directory` empty: QStandardPaths::AppDataLocation + "/practice".
    explicit PracticeCertificate(const QString &directory = QString());

    // Loads the stored certificate, or makes and stores a new one when there is none, it
    // cannot be read, it does not match its key or it expires within a day. Returns false and
    // sets errorString() when neither worked.
    bool ensure(KeyType keyType = KeyType::Ec);
    // Always makes a new key and certificate and stores them.
    bool regenerate(KeyType keyType = KeyType::Ec);

    [[nodiscard]] bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    [[nodiscard]] bool wasGenerated() const { return m_generated; } // by the last ensure()
    [[nodiscard]] const QSslCertificate &certificate() const { return m_certificate; }
    [[nodiscard]] const QSslKey &privateKey() const { return m_key; }
    // "AB:CD:..." (upper-case hex with colons), as browsers and openssl show it.
    [[nodiscard]] QString sha256Fingerprint() const;
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString certificatePath() const;
    [[nodiscard]] QString keyPath() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    // The folder and files the last ensure() found open to other users and made private.
    [[nodiscard]] QStringList tightenedPaths() const { return m_tightened; }

    [[nodiscard]] static QString defaultDirectory();
    static constexpr int ValidityDays = 730;

private:
    bool protect();
    bool load();
    bool store(const QByteArray &certificatePem, const QByteArray &keyPem);

    QString m_directory;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
    QStringList m_tightened;
    bool m_generated = false;
};

} // namespace Sendcheck
