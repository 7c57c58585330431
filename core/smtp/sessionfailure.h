// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpreply.h"
#include "smtpstage.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>

#include <optional>

namespace Sendcheck {

// Why a session stopped short. The engine fills in the facts; core/diagnosis turns them into
// plain words. Nothing here is already "explained": the server's words and the library's
// error texts are kept as they were.
enum class FailureKind {
    None,
    Reply, // the server refused: see `reply`
    HostNotFound, // the name does not resolve
    ConnectionRefused, // nothing listens there
    Timeout, // no (complete) answer within the stage's time limit
    ConnectionLost, // the server closed or reset the connection mid-session
    NetworkError, // another socket error (see `detail`)
    TlsHandshakeFailed, // the handshake itself failed (version, cipher, not TLS at all)
    TlsCertificate, // the certificate did not verify: see `sslErrors`
    StartTlsUnavailable, // STARTTLS required but not in the EHLO reply
    AuthNotOffered, // credentials given but the server offers no AUTH
    NoCommonMechanism, // none of the offered mechanisms fits (or the chosen one is missing)
    PlainAuthRefused, // we refused to send credentials over an unencrypted link
    ProtocolError, // malformed or out-of-place reply, injected data, over-long lines
    MessageTooLarge, // the message exceeds the server's SIZE limit; DATA not started
    InvalidInput, // bad address, header, file: nothing was sent
    LocalError, // a local resource failed (attachment unreadable mid-send)
    Cancelled, // the user stopped the session
    ImplicitTlsExpected, // no greeting came, and a second connection found the port speaks
                         // TLS from the first byte (STARTTLS or plain was chosen)
};

[[nodiscard]] QString failureKindName(FailureKind kind); // "reply", "timeout", ... for JSON
// What a socket error means for a session. `inHandshake`: the TLS handshake was under way (a
// close then is the handshake failing); `certificateRejected`: certificate errors were
// reported and no pin accepted them.
[[nodiscard]] FailureKind failureKindForSocketError(QAbstractSocket::SocketError error,
                                                    bool inHandshake, bool certificateRejected);

struct SessionFailure
{
    Stage stage = Stage::Idle;
    FailureKind kind = FailureKind::None;
    std::optional<SmtpReply> reply;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QList<QSslError> sslErrors;
    QString detail; // the technical text (socket or TLS library error, what broke)
    QByteArray unexpectedBytes; // the first bytes received where a reply was expected, if they
                                // were not SMTP at all (binary TLS data on a plain port, ...)
    // After HostNotFound: whether this computer can look up names at all (a well-known name
    // resolved, ResolverCheck); nothing when that was not checked.
    std::optional<bool> nameServiceWorks;

    [[nodiscard]] bool isFailure() const { return kind != FailureKind::None; }
};

} // namespace Sendcheck
