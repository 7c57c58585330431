// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauthtokenrequest.h"

#include <QUrl>

class QOAuthHttpServerReplyHandler;

namespace Sendcheck {

// One interactive "Sign in with ..." (OAuth 2.0 authorization code flow, RFC 6749 4.1) for a
// desktop program: PKCE with S256 (RFC 7636) and a redirect to a listener on 127.0.0.1 at a
// free port (RFC 8252 7.3), through QtNetworkAuth. start() emits authorizationUrlReady with the
// address to open in the browser; once the user has agreed there, the browser is sent back to
// the listener, the code is exchanged for tokens and finished() reports them. Every way it can
// end (refusal, a foreign answer, an error from the token endpoint, no answer in time, cancel)
// ends in finished() exactly once, asynchronously; the listener is closed by then.
class OAuthSignIn : public OAuthTokenRequest
{
    Q_OBJECT

public:
    explicit OAuthSignIn(const OAuthConfig &config, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // For providers that give desktop apps a client secret (Google). Never logged.
    void setClientSecret(const QByteArray &secret);
    // setTimeout(): how long the whole sign-in may take. A person has to find the window,
    // type a password and agree: default 5 minutes.

    void start();
    void cancel();
    // The loopback address the browser comes back to (valid from start() on, also after the
    // listener closed).
    [[nodiscard]] QUrl redirectUri() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    // finished() (OAuthTokenRequest) reports the end.

private:
    [[nodiscard]] OAuthOutcome timedOut() const override;
    void release() override;
    void configureFlow();
    void onCallback(const QVariantMap &values);
    void onGranted();

    QByteArray m_clientSecret;
    QByteArray m_codeVerifier;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    QUrl m_redirectUri;
};

} // namespace Sendcheck
