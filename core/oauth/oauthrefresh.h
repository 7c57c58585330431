// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauthconfig.h"
#include "oauthoutcome.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace Sendcheck {

// Trades a refresh token for a new access token at the provider's token endpoint (RFC 6749
// section 6), through QtNetworkAuth. finished() comes exactly once, asynchronously, with the
// new tokens (the refresh token, client secret, account and scopes carried over unless the
// provider sent new ones) or with SignInExpired when the provider no longer accepts the
// refresh token.
class OAuthRefresh : public QObject
{
    Q_OBJECT

public:
    OAuthRefresh(const OAuthConfig &config, const OAuthTokens &current, QObject *parent = nullptr);
    ~OAuthRefresh() override;

    void setTimeout(std::chrono::milliseconds timeout); // default 30 s
    void start();

Q_SIGNALS:
    void finished(const Sendcheck::OAuthOutcome &outcome);

private:
    void onNetworkReply(QNetworkReply *reply);
    void onGranted();
    void finish(OAuthOutcome outcome);

    OAuthConfig m_config;
    OAuthTokens m_current;
    QTimer m_timeout;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    bool m_done = false;
};

} // namespace Sendcheck
