// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace Sendcheck {

enum class Security {
    None, // plain text; only for local relays and lab servers
    StartTls, // plain connect, then STARTTLS (RFC 3207); never silently skipped
    ImplicitTls, // TLS from the first byte (RFC 8314), "SSL/TLS", port 465
};

enum class AuthMechanism {
    Auto, // the strongest offered mechanism the credentials fit
    None, // do not sign in
    Plain,
    Login,
    CramMd5,
    XOAuth2,
    OAuthBearer, // RFC 7628
};

// "none" / "starttls" / "tls"; the names used on the command line, in JSON and in profiles.
[[nodiscard]] QString securityName(Security security);
[[nodiscard]] std::optional<Security> securityFromName(const QString &name);
// "auto" / "none" / "plain" / "login" / "cram-md5" / "xoauth2" / "oauthbearer".
[[nodiscard]] QString mechanismName(AuthMechanism mechanism);
[[nodiscard]] std::optional<AuthMechanism> mechanismFromName(const QString &name);
// The SASL name as sent on the wire ("PLAIN", "CRAM-MD5", ...); empty for Auto and None.
[[nodiscard]] QByteArray mechanismSaslName(AuthMechanism mechanism);

// How long to wait for each reply. Defaults are RFC 5321 section 4.5.3.2; the connect and TLS
// values, which the RFC does not name, are what mail clients commonly use.
struct Timeouts
{
    using ms = std::chrono::milliseconds;
    ms connect {std::chrono::seconds(30)};
    ms greeting {std::chrono::minutes(5)};
    ms command {std::chrono::minutes(5)}; // EHLO, STARTTLS, AUTH steps, RSET, QUIT
    ms tlsHandshake {std::chrono::seconds(60)};
    ms mailFrom {std::chrono::minutes(5)};
    ms rcptTo {std::chrono::minutes(5)};
    ms dataInit {std::chrono::minutes(2)};
    ms dataBlock {std::chrono::minutes(3)};
    ms dataTermination {std::chrono::minutes(10)};

    // Caps every timeout at `limit` (the CLI's --timeout, a profile's shorter timers).
    void capAll(ms limit);
};

// Where and how to connect. Holds no secret: credentials travel separately (Credentials).
struct ServerSettings
{
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    AuthMechanism mechanism = AuthMechanism::Auto;
    QString userName;
    QString ehloName; // empty: a name derived from this machine
    QString caFile; // extra CA certificates (PEM) trusted for this server
    QList<QByteArray> pinnedSha256; // certificate fingerprints the user chose to trust
    bool allowPlainAuth = false; // sign in without encryption (explicit, per profile)
    Timeouts timeouts;

    // The port usually meant by a security mode: 587 for STARTTLS, 465 for TLS, 25 for none.
    [[nodiscard]] static quint16 defaultPort(Security security);
};

} // namespace Sendcheck
