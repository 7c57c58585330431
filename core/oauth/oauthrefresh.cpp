// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthrefresh.h"

#include "oauthflowsupport.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>

namespace Sendcheck {

OAuthRefresh::OAuthRefresh(const OAuthConfig &config, const OAuthTokens &current, QObject *parent)
    : OAuthTokenRequest(config, true, std::chrono::seconds(30), parent), m_current(current)
{ }

OAuthRefresh::~OAuthRefresh()
{
    m_current.wipe();
}

void OAuthRefresh::start()
{
    begin();
    if (m_current.refreshToken.isEmpty()) {
        finish(OAuthOutcome::failure(OAuthOutcome::Status::SignInExpired,
                                     tr("The saved sign-in has expired and the provider gave no "
                                        "way to renew it. Sign in again.")));
        return;
    }
    createFlow(m_current.clientSecret, timeoutMs());
    // Qt 6.4 sends every token request through a reply handler; a refresh needs no listener.
    flow()->setReplyHandler(new QOAuthOobReplyHandler(flow()));
    flow()->setRefreshToken(QString::fromUtf8(m_current.refreshToken));
    flow()->setModifyParametersFunction(&OAuthFlowSupport::tidyTokenRequest);

    connect(flow(), &QAbstractOAuth::granted, this, &OAuthRefresh::onGranted);
    startTimeout();
    flow()->refreshAccessToken();
}

OAuthOutcome OAuthRefresh::timedOut() const
{
    return OAuthOutcome::failure(OAuthOutcome::Status::TimedOut,
                                 tr("The provider's token service did not answer in time, so the "
                                    "sign-in could not be renewed. Try again."));
}

void OAuthRefresh::onGranted()
{
    OAuthOutcome outcome;
    outcome.tokens = OAuthFlowSupport::grantedTokens(flow(), config(), m_current);
    if (outcome.tokens.accessToken.isEmpty()) {
        finish(OAuthOutcome::failure(OAuthOutcome::Status::BadResponse,
                                     tr("The provider answered the renewal without a new "
                                        "access token.")));
        return;
    }
    finish(outcome);
}

} // namespace Sendcheck
