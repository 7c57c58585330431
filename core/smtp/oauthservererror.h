// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// The error a server sends as a 334 challenge after an OAuth token (Google's XOAUTH2 JSON,
// RFC 7628 section 3.2.2 for OAUTHBEARER), decoded and sorted into what the user must do.
// Holds no secret: the server never echoes the token.
struct OAuthServerError
{
    enum class Kind {
        ExpiredOrInvalid, // 401 / invalid_token: expired, revoked, or not a token at all
        WrongScope, // 403 / insufficient_scope, or a scope the sign-in did not grant
        WrongUserOrRequest, // 400 / invalid_request: another account's token, or malformed
        Unknown,
    };

    QString status; // "401", "invalid_token", ...
    QString scope; // the scope(s) the server wants, space separated
    QString schemes; // XOAUTH2: "Bearer"
    QString openidConfiguration; // OAUTHBEARER: where the server's OAuth metadata lives
    Kind kind = Kind::Unknown;
    // Facts of the sign-in that sharpen the classification (classify()).
    QString userName;
    QString signedInAccount;
    QStringList missingScopes; // scopes the server wants that the sign-in did not grant

    // Decodes a challenge's base64 JSON. nullopt when it is not a JSON object with a status.
    [[nodiscard]] static std::optional<OAuthServerError> fromChallenge(const QByteArray &base64);
    [[nodiscard]] static std::optional<OAuthServerError> fromJson(const QByteArray &json);

    // Sets `kind` from the status, then from what the client knows: a token issued to another
    // account than `userName` is the wrong user whatever the status says; a wanted scope missing
    // from `grantedScopes` (empty: unknown) is the wrong scope.
    void classify(const QString &user, const QString &signedIn, const QStringList &grantedScopes);

    // Whether the token was issued to an account other than the user name (case-insensitive).
    [[nodiscard]] bool accountMismatch() const;
    // Whether a token for `signedIn` is being used for another `userName`: both known and
    // different, ignoring letter case and surrounding spaces (addresses are compared so by
    // every provider we know).
    [[nodiscard]] static bool accountsDiffer(const QString &userName, const QString &signedIn);
    // One plain-words sentence: what was refused and what to do.
    [[nodiscard]] QString describe() const;
    // {status, scope, schemes, kind[, openid_configuration]}
    [[nodiscard]] QJsonObject toJson() const;

    // "expired_or_invalid", "wrong_scope", "wrong_user_or_request", "unknown".
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static Kind kindFromStatus(const QString &status);
};

} // namespace Sendcheck
