// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauthconfig.h"
#include "oauthoutcome.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace Sendcheck {

// One interactive "Sign in with ..." (OAuth 2.0 authorization code flow, RFC 6749 4.1) for a
// desktop program: PKCE with S256 (RFC 7636) and a redirect to a listener on 127.0.0.1 at a
// free port (RFC 8252 7.3), through QtNetworkAuth. start() emits authorizationUrlReady with the
// address to open in the browser; once the user has agreed there, the browser is sent back to
// the listener, the code is exchanged for tokens and finished() reports them. Every way it can
// end (refusal, a foreign answer, an error from the token endpoint, no answer in time, cancel)
// ends in finished() exactly once, asynchronously; the listener is closed by then.
class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    explicit OAuthSignIn(const OAuthConfig &config, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // For providers that give desktop apps a client secret (Google). Never logged.
    void setClientSecret(const QByteArray &secret);
    // How long the whole sign-in may take: a person has to find the window, type a password
    // and agree. Default 5 minutes.
    void setTimeout(std::chrono::milliseconds timeout);

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The loopback address the browser comes back to (valid from start() on, also after the
    // listener closed).
    [[nodiscard]] QUrl redirectUri() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished(const Sendcheck::OAuthOutcome &outcome);

private:
    void onCallback(const QVariantMap &values);
    void onNetworkReply(QNetworkReply *reply);
    void onGranted();
    void finish(OAuthOutcome outcome);

    OAuthConfig m_config;
    QByteArray m_clientSecret;
    QByteArray m_codeVerifier;
    QTimer m_timeout;
    QNetworkAccessManager *m_network = nullptr;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QUrl m_redirectUri;
    bool m_running = false;
};

} // namespace Sendcheck
