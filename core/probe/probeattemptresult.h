// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probecandidate.h"
#include "probeoutcome.h"
#include "smtp/tlsinfo.h"

#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// What one attempt of the port probe found, without credentials: how long the connection took,
// what the server said, what TLS gave, what it offers inside TLS, and what that means.
struct ProbeAttemptResult
{
    ProbeCandidate candidate;
    ProbeOutcome outcome = ProbeOutcome::Error;
    QString topic; // a topicids.h id: the plain explanation of this outcome
    // Milliseconds since the whole probe started: when this attempt began and ended (the
    // attempts run side by side; these show it).
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    qint64 connectMs = -1; // from start to the TCP connection; -1: never connected
    QString banner; // the greeting as one line ("220 mail.example.com ESMTP"), as received
    QStringList capabilities; // the last EHLO reply's keywords with parameters
    TlsInfo tls;
    // The chain as the server sent it, leaf first, once the handshake completed (not in JSON).
    QList<QSslCertificate> peerCertificates;
    QStringList authMechanisms; // offered after TLS (or on a plain link, when it stayed plain)
    std::optional<qint64> sizeLimit; // SIZE: bytes, 0 = no fixed limit; nullopt: not offered
    QString interceptionProduct; // the product that intercepted TLS, when outcome is Interception
    QString interceptionIssuer; // the certificate name that gave it away
    QString interceptionSource;
    // For WrongMode: the security that this port speaks (tls for a TLS port reached with
    // STARTTLS, starttls for a plain port reached with TLS).
    std::optional<Security> suggestedSecurity;
    QString detail; // the technical words: socket or TLS library error, the server's reply
    QStringList transcript; // Transcript::formatEntry lines

    // The row in a few words ("TLS 1.3, AUTH PLAIN LOGIN", "Nothing within 10 s"): translated.
    [[nodiscard]] QString summary() const;
    // What to do about it, in one sentence; empty for Works.
    [[nodiscard]] QString fix() const;
    // {host, port, security, source, outcome, topic, title, summary, fix, connect_ms,
    //  started_ms, finished_ms, banner, capabilities, tls: {...TlsInfo, interception},
    //  auth_mechanisms, size, suggested_security, detail, transcript}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
