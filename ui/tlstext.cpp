// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlstext.h"

#include "transcript/transcriptentry.h"

#include <QLocale>

namespace Sendcheck {

QString TlsText::verification(const TlsInfo &tls)
{
    if (!tls.used && tls.chain.isEmpty())
        return tr("Not encrypted: TLS was not used.");
    if (tls.verified)
        return tr("\u2714 Verified: the certificate chain is trusted and matches the server name.");
    if (tls.pinned)
        return tr("\u2714 Trusted by you: the certificate does not verify, but its SHA-256 "
                  "fingerprint is one you chose to trust for this profile.");
    return tr("\u2718 Not verified: %1").arg(visibleText(tls.errors.join(QStringLiteral("; "))));
}

QString TlsText::certificate(const CertificateInfo &certificate)
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity;
    if (certificate.notAfter.isValid() && certificate.notAfter < now)
        validity = tr("expired");
    else if (certificate.notBefore.isValid() && certificate.notBefore > now)
        validity = tr("not yet valid");
    else
        validity = tr("valid now");
    QString text = tr("Subject: %1\n").arg(visibleText(certificate.subject));
    text += tr("Issuer: %1\n").arg(visibleText(certificate.issuer));
    text += tr("Valid: %1 to %2 (%3)\n")
                .arg(locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat),
                     validity);
    if (!certificate.subjectAltNames.isEmpty())
        text += tr("Names: %1\n")
                    .arg(visibleText(certificate.subjectAltNames.join(QStringLiteral(", "))));
    text += tr("SHA-256: %1").arg(certificate.sha256);
    return text;
}

QString TlsText::details(const TlsInfo &tls)
{
    if (!tls.used && tls.chain.isEmpty())
        return verification(tls);
    QString text;
    if (!tls.protocol.isEmpty())
        text += tr("Protocol: %1\n").arg(tls.protocol);
    if (!tls.cipher.isEmpty())
        text += tr("Cipher: %1\n").arg(tls.cipher);
    text += verification(tls);
    for (qsizetype i = 0; i < tls.chain.size(); ++i) {
        text += QStringLiteral("\n\n");
        text += i == 0 ? tr("Server certificate:") : tr("Certificate %1 in the chain:").arg(i + 1);
        text += QLatin1Char('\n') + certificate(tls.chain.at(i));
    }
    return text;
}

} // namespace Sendcheck
