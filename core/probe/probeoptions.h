// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>

namespace Sendcheck {

// How every attempt of a port probe runs.
struct ProbeOptions
{
    // The most one attempt may take, from the start to the end (DNS, connect, greeting, TLS,
    // EHLO). A host that accepts TCP and never speaks ends here.
    std::chrono::milliseconds timeout {std::chrono::seconds(10)};
    // Trusted besides the system's CAs, as SmtpSession trusts a profile's CA file.
    QList<QSslCertificate> extraCaCertificates;
    // Certificates the user chose to trust by fingerprint (lower-case hex), as a profile's pins.
    QList<QByteArray> pinnedSha256;
    QString ehloName; // empty: derived from this machine (ehloName())
    // For a caller that judges the certificate itself (DANE, RFC 7672): the handshake goes on
    // whatever the CAs say (the errors are still recorded in the result's tls), the chain is
    // kept in ProbeAttemptResult::peerCertificates, and nothing but QUIT follows the handshake.
    bool certificateOnly = false;
};

} // namespace Sendcheck
