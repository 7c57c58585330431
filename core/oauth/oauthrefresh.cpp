// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthrefresh.h"

#include "oauthflowsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>

namespace Sendcheck {

OAuthRefresh::OAuthRefresh(const OAuthConfig &config, const OAuthTokens &current, QObject *parent)
    : QObject(parent), m_config(config), m_current(current)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::seconds(30));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(OAuthOutcome::failure(OAuthOutcome::Status::TimedOut,
                                     tr("The provider's token service did not answer in time, "
                                        "so the sign-in could not be renewed. Try again.")));
    });
}

OAuthRefresh::~OAuthRefresh()
{
    m_current.wipe();
}

void OAuthRefresh::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

void OAuthRefresh::start()
{
    if (m_current.refreshToken.isEmpty()) {
        finish(OAuthOutcome::failure(OAuthOutcome::Status::SignInExpired,
                                     tr("The saved sign-in has expired and the provider gave no "
                                        "way to renew it. Sign in again.")));
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_network->setTransferTimeout(int(m_timeout.interval()));
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    // Qt 6.4 sends every token request through a reply handler; a refresh needs no listener.
    m_flow->setReplyHandler(new QOAuthOobReplyHandler(m_flow));
    OAuthFlowSupport::configure(m_flow, m_config, m_current.clientSecret);
    m_flow->setRefreshToken(QString::fromUtf8(m_current.refreshToken));
    m_flow->setModifyParametersFunction(&OAuthFlowSupport::tidyTokenRequest);

    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthRefresh::onGranted);
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthRefresh::onNetworkReply);
    m_timeout.start();
    m_flow->refreshAccessToken();
}

void OAuthRefresh::onNetworkReply(QNetworkReply *reply)
{
    if (!OAuthFlowSupport::isTokenEndpointReply(reply, m_config))
        return;
    if (auto failure = OAuthFlowSupport::tokenEndpointFailure(reply, true))
        finish(*failure);
}

void OAuthRefresh::onGranted()
{
    OAuthOutcome outcome;
    outcome.tokens = OAuthFlowSupport::grantedTokens(m_flow, m_config, m_current);
    if (outcome.tokens.accessToken.isEmpty()) {
        finish(OAuthOutcome::failure(OAuthOutcome::Status::BadResponse,
                                     tr("The provider answered the renewal without a new "
                                        "access token.")));
        return;
    }
    finish(outcome);
}

void OAuthRefresh::finish(OAuthOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    if (m_network)
        disconnect(m_network, nullptr, this, nullptr);
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace Sendcheck
