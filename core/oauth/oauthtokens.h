// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

struct OAuthConfig;

// What a provider issued after "Sign in with ...": kept in the keychain as one entry (see
// CredentialStore::writeOAuthTokens) and nowhere else. The client secret rides along because
// the token endpoint wants it again at every refresh.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the provider gave none (no offline access)
    QDateTime expiresAt; // UTC; invalid when the provider did not say
    QStringList grantedScopes; // as the token endpoint answered, or what was asked for
    QString account; // from the ID token ("email" or "preferred_username"); may be empty
    QByteArray clientSecret; // empty for public clients (Microsoft, most others)
    // Whom the tokens were issued by and for: a profile moved to another provider or app
    // registration must never send these tokens there.
    QString clientId;
    QString tokenUrl;

    [[nodiscard]] bool issuedFor(const OAuthConfig &config) const;
    void markIssuedFor(const OAuthConfig &config);

    // Usable for a session starting now: present and not expiring within `margin` seconds.
    // A token whose lifetime is unknown is taken as usable: the server will say otherwise.
    [[nodiscard]] bool accessTokenUsable(const QDateTime &now, int marginSeconds = 60) const;

    [[nodiscard]] QByteArray serialize() const;
    // nullopt for anything that is not what serialize() wrote (a damaged or foreign entry).
    [[nodiscard]] static std::optional<OAuthTokens> parse(const QByteArray &serialized);

    // The account named in an OpenID Connect ID token (a JWT): "email", else
    // "preferred_username", else "upn". Only for showing who signed in: the signature is not
    // checked, so the result is never used to decide anything.
    [[nodiscard]] static QString accountFromIdToken(const QByteArray &idToken);

    // Overwrites the secrets in memory before the value goes away.
    void wipe();
};

} // namespace Sendcheck
