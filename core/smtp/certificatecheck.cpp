// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatecheck.h"

#include "smtpstream.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QSslCertificate>

#include <algorithm>

namespace Sendcheck {

CertificateCheck::CertificateCheck(QList<QByteArray> pinnedSha256)
    : m_pinnedSha256(std::move(pinnedSha256))
{ }

TlsInfo CertificateCheck::takeErrors(SmtpStream &stream, const QList<QSslError> &errors,
                                     Transcript &transcript)
{
    m_errors = errors;
    const TlsInfo known = TlsInfo::from(stream, errors, false);
    const QByteArray fingerprint
        = normalizeFingerprint(sha256Fingerprint(stream.peerCertificateChain().value(0)));
    for (const QSslError &error : errors)
        transcript.append(
            Direction::Error,
            QCoreApplication::translate("Sendcheck::SmtpSession", "Certificate problem: %1")
                .arg(error.errorString()));
    if (!fingerprint.isEmpty() && isPinned(fingerprint)) {
        m_pinnedAccepted = true;
        transcript.append(Direction::Tls,
                          QCoreApplication::translate(
                              "Sendcheck::SmtpSession",
                              "The certificate does not verify, but its SHA-256 fingerprint "
                              "matches one you chose to trust for this server; continuing."));
        stream.ignoreSslErrors(errors);
    }
    return known;
}

bool CertificateCheck::isPinned(const QByteArray &fingerprint) const
{
    return std::any_of(m_pinnedSha256.cbegin(), m_pinnedSha256.cend(), [&](const QByteArray &pin) {
        return normalizeFingerprint(QString::fromLatin1(pin)) == fingerprint;
    });
}

TlsInfo CertificateCheck::established(const SmtpStream &stream) const
{
    return TlsInfo::from(stream, m_errors, m_pinnedAccepted);
}

void CertificateCheck::show(const TlsInfo &tls, const QString &host, Transcript &transcript)
{
    transcript.append(
        Direction::Tls,
        QCoreApplication::translate("Sendcheck::SmtpSession", "TLS established: %1, cipher %2")
            .arg(tls.protocol, tls.cipher),
        true);
    for (qsizetype i = 0; i < tls.chain.size(); ++i) {
        const CertificateInfo &cert = tls.chain[i];
        transcript.append(Direction::Tls,
                          QCoreApplication::translate(
                              "Sendcheck::SmtpSession",
                              "Certificate %1: %2, issued by %3, valid %4 to %5, SHA-256 %6")
                              .arg(i + 1)
                              .arg(cert.subject, cert.issuer,
                                   cert.notBefore.toUTC().toString(Qt::ISODate),
                                   cert.notAfter.toUTC().toString(Qt::ISODate), cert.sha256),
                          true);
    }
    transcript.append(
        Direction::Tls,
        tls.verified
            ? QCoreApplication::translate("Sendcheck::SmtpSession", "Certificate verified for %1")
                  .arg(host)
            : QCoreApplication::translate("Sendcheck::SmtpSession",
                                          "Certificate NOT verified; accepted only because "
                                          "it is pinned"),
        true);
}

} // namespace Sendcheck
