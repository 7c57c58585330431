// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthtokens.h"

#include "oauthconfig.h"

#include "smtp/secretbuffer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sendcheck {

namespace {
constexpr int serializedFormat = 1;
}

bool OAuthTokens::accessTokenUsable(const QDateTime &now, int marginSeconds) const
{
    if (accessToken.isEmpty())
        return false;
    return !expiresAt.isValid() || now.addSecs(marginSeconds) < expiresAt;
}

bool OAuthTokens::issuedFor(const OAuthConfig &config) const
{
    return clientId == config.clientId && tokenUrl == config.tokenUrl.toString();
}

void OAuthTokens::markIssuedFor(const OAuthConfig &config)
{
    clientId = config.clientId;
    tokenUrl = config.tokenUrl.toString();
}

QByteArray OAuthTokens::serialize() const
{
    QJsonObject object {
        {QStringLiteral("format"), serializedFormat},
        {QStringLiteral("accessToken"), QString::fromUtf8(accessToken)},
        {QStringLiteral("refreshToken"), QString::fromUtf8(refreshToken)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(grantedScopes)},
        {QStringLiteral("account"), account},
    };
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate));
    if (!clientSecret.isEmpty())
        object.insert(QStringLiteral("clientSecret"), QString::fromUtf8(clientSecret));
    object.insert(QStringLiteral("clientId"), clientId);
    object.insert(QStringLiteral("tokenUrl"), tokenUrl);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OAuthTokens> OAuthTokens::parse(const QByteArray &serialized)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(serialized, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toInt() != serializedFormat)
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("accessToken")).toString().toUtf8();
    tokens.refreshToken = object.value(QStringLiteral("refreshToken")).toString().toUtf8();
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
        return std::nullopt;
    const QString expires = object.value(QStringLiteral("expiresAt")).toString();
    if (!expires.isEmpty()) {
        tokens.expiresAt = QDateTime::fromString(expires, Qt::ISODate);
        if (!tokens.expiresAt.isValid())
            return std::nullopt;
    }
    for (const QJsonValue &scope : object.value(QStringLiteral("scopes")).toArray())
        tokens.grantedScopes.append(scope.toString());
    tokens.account = object.value(QStringLiteral("account")).toString();
    tokens.clientSecret = object.value(QStringLiteral("clientSecret")).toString().toUtf8();
    tokens.clientId = object.value(QStringLiteral("clientId")).toString();
    tokens.tokenUrl = object.value(QStringLiteral("tokenUrl")).toString();
    return tokens;
}

QString OAuthTokens::accountFromIdToken(const QByteArray &idToken)
{
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() < 2)
        return QString();
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return QString();
    const QJsonObject claims = QJsonDocument::fromJson(payload.decoded).object();
    for (const char *claim : {"email", "preferred_username", "upn"}) {
        const QString value = claims.value(QLatin1String(claim)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

void OAuthTokens::wipe()
{
    // An OAuthTokens is a value, copied into outcomes and callbacks that share these bytes:
    // overwritten here when this value is the last holder, else only let go (see
    // SecretBuffer::release()).
    SecretBuffer::release(accessToken);
    SecretBuffer::release(refreshToken);
    SecretBuffer::release(clientSecret);
}

} // namespace Sendcheck
