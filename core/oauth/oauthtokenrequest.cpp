// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthtokenrequest.h"

#include "oauthflowsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace Sendcheck {

OAuthTokenRequest::OAuthTokenRequest(const OAuthConfig &config, bool refreshing,
                                     std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_config(config), m_refreshing(refreshing)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(timedOut()); });
}

OAuthTokenRequest::~OAuthTokenRequest() = default;

void OAuthTokenRequest::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

void OAuthTokenRequest::begin()
{
    m_running = true;
}

void OAuthTokenRequest::startTimeout()
{
    m_timeout.start();
}

void OAuthTokenRequest::createFlow(const QByteArray &clientSecret, int transferTimeoutMs)
{
    m_network = new QNetworkAccessManager(this);
    m_network->setTransferTimeout(transferTimeoutMs);
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    OAuthFlowSupport::configure(m_flow, m_config, clientSecret);
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthTokenRequest::onNetworkReply);
}

void OAuthTokenRequest::onNetworkReply(QNetworkReply *reply)
{
    if (!OAuthFlowSupport::isTokenEndpointReply(reply, m_config))
        return;
    if (auto failure = OAuthFlowSupport::tokenEndpointFailure(reply, m_refreshing))
        finish(*failure);
}

void OAuthTokenRequest::finish(const OAuthOutcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    if (m_network)
        disconnect(m_network, nullptr, this, nullptr);
    release();
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace Sendcheck
