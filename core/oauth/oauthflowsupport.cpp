// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthflowsupport.h"

#include "smtp/secretbuffer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace Sendcheck::OAuthFlowSupport {

QString queryValue(const QString &value)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 9, 0)
    QString escaped = value;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    escaped.replace(QLatin1Char('+'), QLatin1String("%2B"));
    return escaped;
#else
    return value;
#endif
}

void configure(QOAuth2AuthorizationCodeFlow *flow, const OAuthConfig &config,
               const QByteArray &clientSecret)
{
    flow->setClientIdentifier(config.clientId);
    if (!clientSecret.isEmpty())
        flow->setClientIdentifierSharedKey(QString::fromUtf8(clientSecret));
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    flow->setTokenUrl(config.tokenUrl);
#else
    flow->setAccessTokenUrl(config.tokenUrl);
#endif
}

void tidyTokenRequest(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters)
{
    if (stage != QAbstractOAuth::Stage::RequestingAccessToken
        && stage != QAbstractOAuth::Stage::RefreshingAccessToken)
        return;
    const QString secretKey = QStringLiteral("client_secret");
    if (parameters->contains(secretKey) && parameters->value(secretKey).toString().isEmpty())
        parameters->remove(secretKey);
    if (stage == QAbstractOAuth::Stage::RefreshingAccessToken)
        parameters->remove(QStringLiteral("redirect_uri"));
    // Qt (before 6.9) passes these two on unescaped; a secret may well contain '+' or '%'.
    for (const QString &key : {secretKey, QStringLiteral("refresh_token")}) {
        if (parameters->contains(key))
            parameters->replace(key, queryValue(parameters->value(key).toString()));
    }
}

bool isTokenEndpointReply(const QNetworkReply *reply, const OAuthConfig &config)
{
    return reply->request().url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
        == config.tokenUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

std::optional<OAuthOutcome> tokenEndpointFailure(QNetworkReply *reply, bool refreshing)
{
    using Status = OAuthOutcome::Status;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A copy of the reply's bytes, which hold the tokens on success: overwritten once read
    // (below). The reply's own buffer and the JSON's storage are Qt's and cannot be reached.
    QByteArray body = reply->peek(qMin<qint64>(reply->bytesAvailable(), 64 * 1024));
    const bool emptyBody = body.isEmpty();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    SecretBuffer::wipeShared(body);
    QString accessToken = json.value(QStringLiteral("access_token")).toString();
    const bool noAccessToken = accessToken.isEmpty();
    SecretBuffer::wipeShared(accessToken);
    const QString error = json.value(QStringLiteral("error")).toString();
    const QString description = json.value(QStringLiteral("error_description")).toString();

    if (!error.isEmpty()) {
        // RFC 6749 5.2: a refresh token that is expired, revoked or belongs to another client
        // is "invalid_grant": only a new sign-in helps.
        if (refreshing && error == QLatin1String("invalid_grant"))
            return OAuthOutcome::failure(
                Status::SignInExpired,
                OAuthOutcome::tr("Your sign-in has expired or was "
                                 "revoked at the provider. Sign in "
                                 "again.")
                    + QLatin1Char(' ') + OAuthOutcome::describeProviderError(error, description),
                error);
        return OAuthOutcome::failure(
            Status::ProviderError, OAuthOutcome::describeProviderError(error, description), error);
    }
    if (httpStatus == 0 && reply->error() != QNetworkReply::NoError) {
        return OAuthOutcome::failure(Status::NetworkError,
                                     OAuthOutcome::tr("The provider's token service could not "
                                                      "be reached: %1")
                                         .arg(reply->errorString()));
    }
    if (httpStatus >= 400 || reply->error() != QNetworkReply::NoError) {
        return OAuthOutcome::failure(Status::ProviderError,
                                     OAuthOutcome::tr("The provider's token service answered "
                                                      "with HTTP status %1 and no explanation. "
                                                      "Try again later.")
                                         .arg(httpStatus));
    }
    if (!emptyBody && noAccessToken) {
        return OAuthOutcome::failure(Status::BadResponse,
                                     OAuthOutcome::tr("The provider's token service answered, "
                                                      "but not with a token. Check the token "
                                                      "address of the preset."));
    }
    return std::nullopt;
}

OAuthTokens grantedTokens(const QOAuth2AuthorizationCodeFlow *flow, const OAuthConfig &config,
                          const OAuthTokens &previous)
{
    OAuthTokens tokens = previous;
    tokens.accessToken = flow->token().toUtf8();
    const QString refresh = flow->refreshToken();
    if (!refresh.isEmpty()) // a provider may or may not rotate it; keep the old one if not
        tokens.refreshToken = refresh.toUtf8();
    tokens.expiresAt = flow->expirationAt().toUTC();
    tokens.markIssuedFor(config);
    // What the token endpoint says it granted (RFC 6749 5.1; Qt takes "scope" out of the extra
    // tokens); when it says nothing, the grant is what was asked for.
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    QStringList granted;
    for (const QByteArray &scope : flow->grantedScopeTokens())
        granted.append(QString::fromUtf8(scope));
#else
    const QStringList granted = flow->scope().split(QLatin1Char(' '), Qt::SkipEmptyParts);
#endif
    if (!granted.isEmpty())
        tokens.grantedScopes = granted;
    else if (tokens.grantedScopes.isEmpty())
        tokens.grantedScopes = config.scopes;
    const QVariantMap extra = flow->extraTokens();
    const QString account
        = OAuthTokens::accountFromIdToken(extra.value(QStringLiteral("id_token")).toByteArray());
    if (!account.isEmpty())
        tokens.account = account;
    return tokens;
}

} // namespace Sendcheck::OAuthFlowSupport
