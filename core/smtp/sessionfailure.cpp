// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfailure.h"

namespace Sendcheck {

QString failureKindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("none");
    case FailureKind::Reply:
        return QStringLiteral("reply");
    case FailureKind::HostNotFound:
        return QStringLiteral("host_not_found");
    case FailureKind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case FailureKind::Timeout:
        return QStringLiteral("timeout");
    case FailureKind::ConnectionLost:
        return QStringLiteral("connection_lost");
    case FailureKind::NetworkError:
        return QStringLiteral("network_error");
    case FailureKind::TlsHandshakeFailed:
        return QStringLiteral("tls_handshake_failed");
    case FailureKind::TlsCertificate:
        return QStringLiteral("tls_certificate");
    case FailureKind::StartTlsUnavailable:
        return QStringLiteral("starttls_unavailable");
    case FailureKind::AuthNotOffered:
        return QStringLiteral("auth_not_offered");
    case FailureKind::NoCommonMechanism:
        return QStringLiteral("no_common_mechanism");
    case FailureKind::PlainAuthRefused:
        return QStringLiteral("plain_auth_refused");
    case FailureKind::ProtocolError:
        return QStringLiteral("protocol_error");
    case FailureKind::MessageTooLarge:
        return QStringLiteral("message_too_large");
    case FailureKind::InvalidInput:
        return QStringLiteral("invalid_input");
    case FailureKind::LocalError:
        return QStringLiteral("local_error");
    case FailureKind::Cancelled:
        return QStringLiteral("cancelled");
    case FailureKind::ImplicitTlsExpected:
        return QStringLiteral("implicit_tls_expected");
    }
    return QString();
}

FailureKind failureKindForSocketError(QAbstractSocket::SocketError error, bool inHandshake,
                                      bool certificateRejected)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return FailureKind::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return FailureKind::ConnectionRefused;
    case QAbstractSocket::RemoteHostClosedError:
        // A server that closes after a 421 has already said why; say it was lost otherwise.
        return inHandshake ? FailureKind::TlsHandshakeFailed : FailureKind::ConnectionLost;
    case QAbstractSocket::SocketTimeoutError:
        return FailureKind::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
        return certificateRejected ? FailureKind::TlsCertificate : FailureKind::TlsHandshakeFailed;
    default:
        return FailureKind::NetworkError;
    }
}

} // namespace Sendcheck
