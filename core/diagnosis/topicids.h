// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

// The explanation topic ids: a public contract (`explain --json`,
// `send --json`, the window's help). Code names a topic only through these constants.
namespace Sendcheck::Topic {

inline constexpr QLatin1StringView OkAccepted {"ok.accepted"};

inline constexpr QLatin1StringView NetHostNotFound {"net.host_not_found"};
inline constexpr QLatin1StringView NetConnectionRefused {"net.connection_refused"};
inline constexpr QLatin1StringView NetTimeout {"net.timeout"};
inline constexpr QLatin1StringView NetConnectionLost {"net.connection_lost"};
inline constexpr QLatin1StringView NetSecurityModeMismatch {"net.security_mode_mismatch"};

inline constexpr QLatin1StringView TlsStartTlsUnavailable {"tls.starttls_unavailable"};
inline constexpr QLatin1StringView TlsHandshakeFailed {"tls.handshake_failed"};
inline constexpr QLatin1StringView TlsCertificateUntrusted {"tls.certificate_untrusted"};
inline constexpr QLatin1StringView TlsCertificateExpired {"tls.certificate_expired"};
inline constexpr QLatin1StringView TlsCertificateNameMismatch {"tls.certificate_name_mismatch"};
inline constexpr QLatin1StringView TlsRequired {"tls.required"};

inline constexpr QLatin1StringView AuthRequired {"auth.required"};
inline constexpr QLatin1StringView AuthNotOffered {"auth.not_offered"};
inline constexpr QLatin1StringView AuthMechanismUnsupported {"auth.mechanism_unsupported"};
inline constexpr QLatin1StringView AuthEncryptionRequired {"auth.encryption_required"};
inline constexpr QLatin1StringView AuthCredentialsRejected {"auth.credentials_rejected"};
inline constexpr QLatin1StringView AuthAppPasswordRequired {"auth.app_password_required"};
inline constexpr QLatin1StringView AuthBrowserSignInRequired {"auth.browser_signin_required"};
inline constexpr QLatin1StringView AuthDisabledByProvider {"auth.disabled_by_provider"};
inline constexpr QLatin1StringView AuthOAuthTokenRejected {"auth.oauth_token_rejected"};
inline constexpr QLatin1StringView AuthTooManyAttempts {"auth.too_many_attempts"};
inline constexpr QLatin1StringView AuthTemporaryFailure {"auth.temporary_failure"};

inline constexpr QLatin1StringView SenderNotAuthorized {"sender.not_authorized"};
inline constexpr QLatin1StringView SenderNotVerified {"sender.not_verified"};
inline constexpr QLatin1StringView SenderRejected {"sender.rejected"};

inline constexpr QLatin1StringView RecipientUnknown {"recipient.unknown"};
inline constexpr QLatin1StringView RecipientMailboxFull {"recipient.mailbox_full"};
inline constexpr QLatin1StringView RecipientRelayDenied {"recipient.relay_denied"};
inline constexpr QLatin1StringView RecipientTooMany {"recipient.too_many"};
// The recipient (a group, a mailbox, its domain) only takes mail from certain senders.
inline constexpr QLatin1StringView RecipientSenderRestricted {"recipient.sender_restricted"};

inline constexpr QLatin1StringView LimitRate {"limit.rate"};
inline constexpr QLatin1StringView LimitQuota {"limit.quota"};

inline constexpr QLatin1StringView MessageTooLarge {"message.too_large"};
inline constexpr QLatin1StringView MessageRejectedContent {"message.rejected_content"};
inline constexpr QLatin1StringView MessageMalformed {"message.malformed"};

inline constexpr QLatin1StringView PolicySenderAuthentication {"policy.sender_authentication"};
inline constexpr QLatin1StringView PolicyBlocklisted {"policy.blocklisted"};
inline constexpr QLatin1StringView PolicyReverseDns {"policy.reverse_dns"};
inline constexpr QLatin1StringView PolicyHeloRejected {"policy.helo_rejected"};

inline constexpr QLatin1StringView ServerUnavailable {"server.unavailable"};
inline constexpr QLatin1StringView ServerGreylisted {"server.greylisted"};
inline constexpr QLatin1StringView ServerTemporaryError {"server.temporary_error"};
inline constexpr QLatin1StringView ServerPermanentError {"server.permanent_error"};

inline constexpr QLatin1StringView ProtocolError {"protocol.error"};

// Added with issue 24 (the port probe, core/probe); the other probe outcomes use the topics
// above (net.connection_refused, net.timeout, net.security_mode_mismatch, tls.*).
// A server that greets, encrypts with a verified certificate and offers sign-in.
inline constexpr QLatin1StringView ProbeWorks {"probe.works"};
// The certificate was made by antivirus or proxy software (resources/tls-interception.json).
inline constexpr QLatin1StringView TlsInterception {"tls.interception"};

// Added with issue 23 (the window's usability review).
// No greeting came, and a second connection found the port speaks TLS from the first byte:
// STARTTLS (or no encryption) was chosen for an implicit-TLS port such as 465.
inline constexpr QLatin1StringView NetExpectsImplicitTls {"net.expects_implicit_tls"};
// The server name did not resolve, and neither did a well-known name: this computer is offline
// or has no working DNS, so nothing is known about the server name itself.
inline constexpr QLatin1StringView NetOffline {"net.offline"};

// Every id, in the order they were first published; ids added later come last, so the order of
// the older ones never changes.
inline constexpr QLatin1StringView all[] = {
    OkAccepted,
    NetHostNotFound,
    NetConnectionRefused,
    NetTimeout,
    NetConnectionLost,
    NetSecurityModeMismatch,
    TlsStartTlsUnavailable,
    TlsHandshakeFailed,
    TlsCertificateUntrusted,
    TlsCertificateExpired,
    TlsCertificateNameMismatch,
    TlsRequired,
    AuthRequired,
    AuthNotOffered,
    AuthMechanismUnsupported,
    AuthEncryptionRequired,
    AuthCredentialsRejected,
    AuthAppPasswordRequired,
    AuthBrowserSignInRequired,
    AuthDisabledByProvider,
    AuthOAuthTokenRejected,
    AuthTooManyAttempts,
    AuthTemporaryFailure,
    SenderNotAuthorized,
    SenderNotVerified,
    SenderRejected,
    RecipientUnknown,
    RecipientMailboxFull,
    RecipientRelayDenied,
    RecipientTooMany,
    LimitRate,
    LimitQuota,
    MessageTooLarge,
    MessageRejectedContent,
    MessageMalformed,
    PolicySenderAuthentication,
    PolicyBlocklisted,
    PolicyReverseDns,
    PolicyHeloRejected,
    ServerUnavailable,
    ServerGreylisted,
    ServerTemporaryError,
    ServerPermanentError,
    ProtocolError,
    RecipientSenderRestricted,
    ProbeWorks,
    TlsInterception,
    NetExpectsImplicitTls,
    NetOffline,
};

} // namespace Sendcheck::Topic
