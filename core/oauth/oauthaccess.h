// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauthconfig.h"
#include "oauthoutcome.h"

#include "smtp/saslclient.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace Sendcheck {

class CredentialStore;
struct Profile;

// A profile's OAuth tokens in the keychain: what a send needs (an access token that is valid
// now, refreshed at the provider and saved back first when it expires within a minute) and
// what a sign-in or sign-out changes. Tokens go from the keychain to the SASL exchange and back
// to the keychain; nothing here writes them anywhere else.
class OAuthAccess : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const OAuthOutcome &)>;

    explicit OAuthAccess(CredentialStore *store, QObject *parent = nullptr);

    // Calls `done` once, asynchronously (dropped if `context` goes first), with usable tokens
    // in outcome.tokens (and, rarely, a note in outcome.message: renewed but not saved), or
    // with why there are none (NotSignedIn, SignInExpired, ...).
    void usableTokens(const Profile &profile, const OAuthConfig &config, QObject *context,
                      Callback done);
    // Saves what a sign-in (OAuthSignIn) returned.
    void save(const Profile &profile, const OAuthTokens &tokens, QObject *context, Callback done);
    // The saved sign-in if it was made with `config`'s provider and app registration
    // (otherwise NotSignedIn), without renewing it: for showing who is signed in.
    void signedIn(const Profile &profile, const OAuthConfig &config, QObject *context,
                  Callback done);
    // What the keychain holds for the profile, whoever issued it.
    void saved(const Profile &profile, QObject *context, Callback done);
    // Removes the tokens (the password entry, if any, stays).
    void signOut(const Profile &profile, QObject *context, Callback done);

    void setRefreshTimeout(std::chrono::milliseconds timeout) { m_refreshTimeout = timeout; }

    // What the SMTP session signs in with: the profile's user name (else the signed-in
    // account) and the access token, with the scopes and account for the diagnosis.
    [[nodiscard]] static Credentials credentialsFor(const Profile &profile,
                                                    const OAuthTokens &tokens);

private:
    void saveRenewed(const Profile &profile, const OAuthOutcome &renewed,
                     const QByteArray &renewedWith, QObject *context, Callback done);

    CredentialStore *m_store;
    std::chrono::milliseconds m_refreshTimeout {30000};
};

} // namespace Sendcheck
