// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthsignin.h"

#include "oauthflowsupport.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace Sendcheck {

namespace {

Q_LOGGING_CATEGORY(lcOAuthSignIn, "sendcheck.oauth.signin", QtInfoMsg)

// Qt 6.8 and newer do PKCE themselves (S256 by default); older ones need the parameters added.
constexpr bool qtDoesPkce = QT_VERSION >= QT_VERSION_CHECK(6, 8, 0);

// RFC 7636 4.1: 43 to 128 characters from the unreserved set; 32 random bytes in base64url
// give 43 with 256 bits of entropy.
QByteArray makeCodeVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The listener, announcing itself under the host name the provider's app registration expects.
// It still listens on 127.0.0.1 only; a browser told "localhost" reaches it there.
class LoopbackListener : public QOAuthHttpServerReplyHandler
{
public:
    LoopbackListener(const QString &announcedHost, QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
        , m_announcedHost(announcedHost)
    { }

    QString callback() const override
    {
        QUrl url(QOAuthHttpServerReplyHandler::callback());
        url.setHost(m_announcedHost);
        return url.toString(QUrl::FullyEncoded);
    }

private:
    QString m_announcedHost;
};

QByteArray codeChallengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

OAuthSignIn::OAuthSignIn(const OAuthConfig &config, QObject *parent)
    : OAuthTokenRequest(config, false, std::chrono::minutes(5), parent)
{ }

OAuthSignIn::~OAuthSignIn()
{
    m_clientSecret.fill('\0');
}

void OAuthSignIn::setClientSecret(const QByteArray &secret)
{
    m_clientSecret = secret;
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_redirectUri;
}

void OAuthSignIn::start()
{
    if (isRunning())
        return;
    begin();

    // Only this computer can reach the listener: never QHostAddress::Any, the Qt default.
    m_listener = new LoopbackListener(config().redirectHost, this);
    if (!m_listener->isListening()) {
        finish(OAuthOutcome::failure(OAuthOutcome::Status::NetworkError,
                                     tr("Sendcheck could not listen on 127.0.0.1 for the "
                                        "browser's answer.")));
        return;
    }
    m_redirectUri = QUrl(m_listener->callback()); // callback() needs a listening listener
    m_listener->setCallbackText(tr("Sendcheck has the answer from your browser. You can close "
                                   "this page and return to Sendcheck."));

    createFlow(m_clientSecret, 30000);
    configureFlow();
    connect(flow(), &QAbstractOAuth::authorizeWithBrowser, this,
            &OAuthSignIn::authorizationUrlReady);
    connect(flow(), &QAbstractOAuth::granted, this, &OAuthSignIn::onGranted);
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &OAuthSignIn::onCallback);

    startTimeout();
    flow()->grant();
}

void OAuthSignIn::configureFlow()
{
    QOAuth2AuthorizationCodeFlow *codeFlow = flow();
    codeFlow->setReplyHandler(m_listener);
    codeFlow->setAuthorizationUrl(config().authorizationUrl);
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    QSet<QByteArray> scopeTokens;
    for (const QString &scope : std::as_const(config().scopes))
        scopeTokens.insert(scope.toUtf8());
    codeFlow->setRequestedScopeTokens(scopeTokens);
#else
    codeFlow->setScope(config().scopes.join(QLatin1Char(' ')));
#endif

    m_codeVerifier = makeCodeVerifier();
    // Qt 6.4 makes an 8-character state; the state is what ties the browser's answer to this
    // sign-in (RFC 6749 10.12), so give it the verifier's strength.
    codeFlow->setState(QString::fromLatin1(makeCodeVerifier()));
    codeFlow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage,
                                                 QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            if constexpr (!qtDoesPkce) {
                parameters->insert(QStringLiteral("code_challenge"),
                                   QString::fromLatin1(codeChallengeFor(m_codeVerifier)));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            }
            for (const auto &[key, value] : std::as_const(config().authorizationParameters))
                parameters->replace(key, OAuthFlowSupport::queryValue(value));
            if (!config().loginHint.isEmpty())
                parameters->replace(QStringLiteral("login_hint"),
                                    OAuthFlowSupport::queryValue(config().loginHint));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            if constexpr (!qtDoesPkce)
                parameters->replace(QStringLiteral("code_verifier"),
                                    QString::fromLatin1(m_codeVerifier));
        }
        OAuthFlowSupport::tidyTokenRequest(stage, parameters);
    });
}

void OAuthSignIn::cancel()
{
    finish(
        OAuthOutcome::failure(OAuthOutcome::Status::Cancelled, tr("The sign-in was cancelled.")));
}

void OAuthSignIn::onCallback(const QVariantMap &values)
{
    const QString state = values.value(QStringLiteral("state")).toString();
    const QString code = values.value(QStringLiteral("code")).toString();
    const QString error = values.value(QStringLiteral("error")).toString();
    // The listener takes any request to 127.0.0.1, and browsers ask for /favicon.ico right
    // after the redirect: a request that is no authorization answer at all is not one.
    if (state.isEmpty() && code.isEmpty() && error.isEmpty())
        return;
    // Only the answer carrying the state this sign-in sent belongs to it (RFC 6749 10.12).
    // Anyone on this computer can send a request to the listener: one with another state is
    // ignored (Qt drops it too), and the sign-in keeps waiting for its own answer, so a stray
    // or hostile request cannot end it.
    if (state != flow()->state()) {
        qCInfo(lcOAuthSignIn) << "ignored an answer with another sign-in's state";
        return;
    }
    // The one answer has come: later requests (a reload, the favicon) change nothing.
    disconnect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this,
               &OAuthSignIn::onCallback);
    if (!error.isEmpty()) {
        // Query values arrive percent-decoded; a '+' still stands for a space (form encoding).
        QString description = values.value(QStringLiteral("error_description")).toString();
        description.replace(QLatin1Char('+'), QLatin1Char(' '));
        finish(OAuthOutcome::failure(
            error == QLatin1String("access_denied") ? OAuthOutcome::Status::Denied
                                                    : OAuthOutcome::Status::ProviderError,
            OAuthOutcome::describeProviderError(error, description), error));
        return;
    }
    if (code.isEmpty())
        finish(OAuthOutcome::failure(OAuthOutcome::Status::BadResponse,
                                     tr("The browser came back without an authorization code.")));
}

void OAuthSignIn::onGranted()
{
    OAuthTokens previous;
    previous.clientSecret = m_clientSecret;
    OAuthOutcome outcome;
    outcome.tokens = OAuthFlowSupport::grantedTokens(flow(), config(), previous);
    if (outcome.tokens.accessToken.isEmpty()) {
        finish(OAuthOutcome::failure(OAuthOutcome::Status::BadResponse,
                                     tr("The provider answered without an access token.")));
        return;
    }
    finish(outcome);
}

OAuthOutcome OAuthSignIn::timedOut() const
{
    return OAuthOutcome::failure(OAuthOutcome::Status::TimedOut,
                                 tr("No answer came back from the browser in time. Start the "
                                    "sign-in again and finish it in the browser window that "
                                    "opens."));
}

void OAuthSignIn::release()
{
    if (m_listener) {
        disconnect(m_listener, nullptr, this, nullptr);
        m_listener->close();
    }
    m_codeVerifier.fill('\0');
}

} // namespace Sendcheck
