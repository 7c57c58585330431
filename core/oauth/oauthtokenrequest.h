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

// What OAuthSignIn and OAuthRefresh share: a QOAuth2AuthorizationCodeFlow that asks the
// provider's token endpoint for tokens, a time limit for the whole request, watching the
// endpoint's replies for failures Qt 6.4 does not signal, and an end that comes exactly once,
// asynchronously, as finished().
class OAuthTokenRequest : public QObject
{
    Q_OBJECT

public:
    ~OAuthTokenRequest() override;

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Sendcheck::OAuthOutcome &outcome);

protected:
    // `refreshing`: the token endpoint is asked to renew a refresh token (its "invalid_grant"
    // then means the sign-in is gone).
    OAuthTokenRequest(const OAuthConfig &config, bool refreshing, std::chrono::milliseconds timeout,
                      QObject *parent);

    // The outcome when the time limit passes.
    [[nodiscard]] virtual OAuthOutcome timedOut() const = 0;
    // Called by finish() before finished() is queued: release what only the subclass holds.
    virtual void release() { }

    // From here on the request runs: finish() ends it.
    void begin();
    // The time limit starts counting.
    void startTimeout();
    // The network access manager (each transfer limited to `transferTimeoutMs`) and the flow
    // for the provider's token endpoint (client id, `clientSecret` if any, token URL), the
    // endpoint's replies watched for failures.
    void createFlow(const QByteArray &clientSecret, int transferTimeoutMs);
    // Ends a running request: stops the time limit, stops listening to the flow, release(),
    // and emits finished() from the event loop, so a caller may delete this object in its
    // slot and nothing re-enters the caller. Does nothing when not running.
    void finish(const OAuthOutcome &outcome);

    [[nodiscard]] const OAuthConfig &config() const { return m_config; }
    [[nodiscard]] int timeoutMs() const { return m_timeout.interval(); }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    [[nodiscard]] QOAuth2AuthorizationCodeFlow *flow() const { return m_flow; }

private:
    void onNetworkReply(QNetworkReply *reply);

    OAuthConfig m_config;
    const bool m_refreshing;
    QTimer m_timeout;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    bool m_running = false;
};

} // namespace Sendcheck
