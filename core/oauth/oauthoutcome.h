// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauthtokens.h"

#include <QCoreApplication>
#include <QString>

namespace Sendcheck {

// How a sign-in, a token refresh or a token lookup ended. `message` is for people: it says
// what happened and what to do, in plain words, and never contains a token.
struct OAuthOutcome
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::OAuthOutcome)

public:
    enum class Status {
        Ok,
        Cancelled, // the user stopped it
        TimedOut, // no answer from the browser or the token endpoint in time
        Denied, // the user (or an administrator's policy) refused at the provider
        StateMismatch, // the browser's answer did not belong to this sign-in
        ProviderError, // the authorization or token endpoint answered with an OAuth error
        NetworkError, // the token endpoint could not be reached
        BadResponse, // the token endpoint answered something that is not a token response
        NotSignedIn, // no tokens saved for the profile
        SignInExpired, // the refresh token no longer works (expired, revoked): sign in again
        NotConfigured, // no client id, or the preset has no OAuth sign-in
        KeychainError, // the keychain could not read or save the tokens
    };

    Status status = Status::Ok;
    QString errorCode; // the provider's "error" ("invalid_grant", "access_denied"), if any
    QString message;
    OAuthTokens tokens; // Ok only

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    // "ok", "cancelled", "timeout", "denied", "state-mismatch", "provider-error", "network",
    // "bad-response", "not-signed-in", "sign-in-expired", "not-configured", "keychain": for
    // --json output and logs.
    [[nodiscard]] static QString statusName(Status status);

    [[nodiscard]] static OAuthOutcome failure(Status status, const QString &message,
                                              const QString &errorCode = QString());
    // The plain-words meaning of an RFC 6749 error code from a token or authorization endpoint.
    [[nodiscard]] static QString describeProviderError(const QString &errorCode,
                                                       const QString &description);
};

} // namespace Sendcheck
