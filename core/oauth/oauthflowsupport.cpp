// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthflowsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace Sendcheck::OAuthFlowSupport {

void configure(QOAuth2AuthorizationCodeFlow *flow, const OAuthConfig &config,
               const QByteArray &clientSecret)
{
    flow->setClientIdentifier(config.clientId);
    if (!clientSecret.isEmpty())
        flow->setClientIdentifierSharedKey(QString::fromUtf8(clientSecret));
    flow->setAccessTokenUrl(config.tokenUrl);
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
    const QByteArray body = reply->peek(qMin<qint64>(reply->bytesAvailable(), 64 * 1024));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
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
    if (!body.isEmpty() && json.value(QStringLiteral("access_token")).toString().isEmpty()) {
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
    const QVariantMap extra = flow->extraTokens();
    const QString scope = extra.value(QStringLiteral("scope")).toString();
    if (!scope.isEmpty())
        tokens.grantedScopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    else if (tokens.grantedScopes.isEmpty())
        tokens.grantedScopes = config.scopes;
    const QString account
        = OAuthTokens::accountFromIdToken(extra.value(QStringLiteral("id_token")).toByteArray());
    if (!account.isEmpty())
        tokens.account = account;
    return tokens;
}

} // namespace Sendcheck::OAuthFlowSupport
