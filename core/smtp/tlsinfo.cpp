// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsinfo.h"

#include "smtpstream.h"

#include <QJsonArray>
#include <QSsl>
#include <QSslCertificate>

namespace Sendcheck {

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QByteArray normalizeFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char16_t u = c.toLower().unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return QByteArray();
        hex.append(char(u));
    }
    return hex.size() == 64 ? hex : QByteArray();
}

QString protocolName(int sslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sslProtocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_0:
        return QStringLiteral("TLS 1.0");
    case QSsl::TlsV1_1:
        return QStringLiteral("TLS 1.1");
        QT_WARNING_POP
    default:
        return QStringLiteral("unknown");
    }
}

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (info.subject.isEmpty())
        info.subject = certificate.subjectDisplayName();
    info.issuer = certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (info.issuer.isEmpty())
        info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        const QString kind = it.key() == QSsl::DnsEntry ? QStringLiteral("DNS")
            : it.key() == QSsl::IpAddressEntry          ? QStringLiteral("IP")
                                                        : QStringLiteral("email");
        info.subjectAltNames.append(kind + QLatin1Char(':') + it.value());
    }
    info.sha256 = sha256Fingerprint(certificate);
    return info;
}

QJsonObject CertificateInfo::toJson() const
{
    return {{QStringLiteral("subject"), subject},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("not_before"), notBefore.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("not_after"), notAfter.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("san"), QJsonArray::fromStringList(subjectAltNames)},
            {QStringLiteral("sha256"), sha256}};
}

TlsInfo TlsInfo::from(const SmtpStream &stream, const QList<QSslError> &errors, bool pinned)
{
    TlsInfo info;
    info.used = true;
    info.protocol = protocolName(stream.sessionProtocol());
    info.cipher = stream.sessionCipher();
    for (const QSslError &error : errors)
        info.errors.append(error.errorString());
    info.pinned = pinned;
    info.verified = errors.isEmpty();
    const auto chain = stream.peerCertificateChain();
    for (const QSslCertificate &certificate : chain)
        info.chain.append(CertificateInfo::from(certificate));
    return info;
}

QJsonObject TlsInfo::toJson() const
{
    QJsonArray chainArray;
    for (const auto &certificate : chain)
        chainArray.append(certificate.toJson());
    return {{QStringLiteral("used"), used},
            {QStringLiteral("protocol"), protocol},
            {QStringLiteral("cipher"), cipher},
            {QStringLiteral("verified"), verified},
            {QStringLiteral("pinned"), pinned},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("chain"), chainArray}};
}

} // namespace Sendcheck
