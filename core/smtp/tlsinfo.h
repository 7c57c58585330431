// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslError>
#include <QStringList>

class QSslCertificate;

namespace Sendcheck {

class SmtpStream;

struct CertificateInfo
{
    QString subject; // the common name, or the whole subject when there is none
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList subjectAltNames; // "DNS:host", "IP:1.2.3.4"
    QString sha256; // hex with colons, upper case

    [[nodiscard]] static CertificateInfo from(const QSslCertificate &certificate);
    [[nodiscard]] QJsonObject toJson() const;
};

// What the TLS layer of a session was: recorded for the transcript, reports and JSON.
struct TlsInfo
{
    bool used = false;
    QString protocol; // "TLS 1.3"
    QString cipher;
    bool verified = false; // the chain verified against trusted CAs and the host name
    bool pinned = false; // not verified, but accepted because the user pinned its fingerprint
    QStringList errors; // the verification errors, as the TLS library words them
    QList<CertificateInfo> chain;

    [[nodiscard]] static TlsInfo from(const SmtpStream &stream, const QList<QSslError> &errors,
                                      bool pinned);
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] QString sha256Fingerprint(const QSslCertificate &certificate);
// Accepts "AB:CD:..." or "abcd..." (64 hex digits, colons and spaces ignored); returns
// lower-case hex without colons (the form profiles store), or an empty array when the text is
// not a SHA-256 fingerprint.
[[nodiscard]] QByteArray normalizeFingerprint(const QString &text);
[[nodiscard]] QString protocolName(int sslProtocol); // QSsl::SslProtocol

} // namespace Sendcheck
