// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsinfo.h"

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>

namespace Sendcheck {

class SmtpStream;
class Transcript;

// The TLS certificate side of one session: what the TLS library objected to, whether a
// fingerprint the user pinned overrules that, and what the transcript says about it. The
// verification itself stays with the TLS library; a pin only ever accepts a certificate whose
// SHA-256 fingerprint matches exactly.
class CertificateCheck
{
public:
    explicit CertificateCheck(QList<QByteArray> pinnedSha256 = {});

    // From the stream's sslErrors(): records the errors (in the transcript too) and lets the
    // handshake go on when the certificate is pinned. Returns what is known of the TLS layer so
    // far: if the handshake fails, this is all anyone will know about the certificate.
    [[nodiscard]] TlsInfo takeErrors(SmtpStream &stream, const QList<QSslError> &errors,
                                     Transcript &transcript);
    // Once encrypted: the TLS layer as it was established.
    [[nodiscard]] TlsInfo established(const SmtpStream &stream) const;
    // The transcript lines for an established TLS layer to `host`.
    static void show(const TlsInfo &tls, const QString &host, Transcript &transcript);

    [[nodiscard]] const QList<QSslError> &errors() const { return m_errors; }
    // The certificate failed verification and no pin accepted it.
    [[nodiscard]] bool refused() const { return !m_errors.isEmpty() && !m_pinnedAccepted; }

private:
    [[nodiscard]] bool isPinned(const QByteArray &fingerprint) const;

    QList<QByteArray> m_pinnedSha256;
    QList<QSslError> m_errors;
    bool m_pinnedAccepted = false;
};

} // namespace Sendcheck
