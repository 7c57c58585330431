// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthservererror.h"

#include "transcript/transcriptentry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sendcheck {

namespace {

// Scopes are URLs or names; a trailing slash or letter case should not make them differ.
QString normalizedScope(const QString &scope)
{
    QString s = scope.trimmed().toLower();
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

// A field of the server's JSON as it may be shown: control characters made visible and the
// length bounded, as for any other server text.
QString shownField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    const QString text = value.isDouble() ? QString::number(value.toInt()) : value.toString();
    return visibleText(text.trimmed().left(300));
}

} // namespace

std::optional<OAuthServerError> OAuthServerError::fromChallenge(const QByteArray &base64)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(base64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return fromJson(decoded.decoded);
}

std::optional<OAuthServerError> OAuthServerError::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    // Google sends the status as a string; a number is accepted too.
    OAuthServerError error;
    error.status = shownField(object, QLatin1String("status"));
    if (error.status.isEmpty())
        return std::nullopt;
    error.scope = shownField(object, QLatin1String("scope"));
    error.schemes = shownField(object, QLatin1String("schemes"));
    error.openidConfiguration = shownField(object, QLatin1String("openid-configuration"));
    error.kind = kindFromStatus(error.status);
    return error;
}

OAuthServerError::Kind OAuthServerError::kindFromStatus(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == QLatin1String("401") || s == QLatin1String("invalid_token"))
        return Kind::ExpiredOrInvalid;
    if (s == QLatin1String("403") || s == QLatin1String("insufficient_scope"))
        return Kind::WrongScope;
    if (s == QLatin1String("400") || s == QLatin1String("invalid_request"))
        return Kind::WrongUserOrRequest;
    return Kind::Unknown;
}

void OAuthServerError::classify(const QString &user, const QString &signedIn,
                                const QStringList &grantedScopes)
{
    userName = user;
    signedInAccount = signedIn;
    missingScopes.clear();
    if (!grantedScopes.isEmpty()) {
        QStringList granted;
        for (const QString &g : grantedScopes)
            granted << normalizedScope(g);
        for (const QString &wanted : scope.split(u' ', Qt::SkipEmptyParts)) {
            if (!granted.contains(normalizedScope(wanted)))
                missingScopes << wanted;
        }
    }
    kind = kindFromStatus(status);
    if (accountMismatch())
        kind = Kind::WrongUserOrRequest;
    else if (!missingScopes.isEmpty())
        kind = Kind::WrongScope;
}

bool OAuthServerError::accountMismatch() const
{
    return accountsDiffer(userName, signedInAccount);
}

bool OAuthServerError::accountsDiffer(const QString &userName, const QString &signedIn)
{
    const QString user = userName.trimmed();
    const QString account = signedIn.trimmed();
    return !user.isEmpty() && !account.isEmpty() && user.compare(account, Qt::CaseInsensitive) != 0;
}

QString OAuthServerError::describe() const
{
    switch (kind) {
    case Kind::ExpiredOrInvalid:
        return QCoreApplication::translate(
                   "OAuthServerError",
                   "The server refused the access token (%1): it has expired or was revoked (for "
                   "example after a password change). Sign in with your provider again.")
            .arg(status);
    case Kind::WrongScope: {
        const QString wanted = missingScopes.isEmpty() ? scope : missingScopes.join(u' ');
        if (wanted.isEmpty())
            return QCoreApplication::translate(
                       "OAuthServerError",
                       "The sign-in did not grant permission to send mail (%1). Sign in again and "
                       "allow sending mail.")
                .arg(status);
        return QCoreApplication::translate("OAuthServerError",
                                           "The sign-in did not grant permission to send mail "
                                           "(scope %1). Sign in again and allow it.")
            .arg(wanted);
    }
    case Kind::WrongUserOrRequest:
        if (accountMismatch())
            return QCoreApplication::translate(
                       "OAuthServerError",
                       "The token belongs to another account: signed in as %1 but the user name "
                       "is %2. Use the same address for both.")
                .arg(signedInAccount, userName);
        return QCoreApplication::translate(
                   "OAuthServerError",
                   "The server refused the token for this user name (%1): the token belongs to "
                   "another account, or the sign-in request was malformed. Check that the user "
                   "name is the address you signed in with.")
            .arg(status);
    case Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("OAuthServerError",
                                       "The server refused the access token (status %1).")
        .arg(status);
}

QJsonObject OAuthServerError::toJson() const
{
    QJsonObject json {{QStringLiteral("status"), status},
                      {QStringLiteral("scope"), scope},
                      {QStringLiteral("schemes"), schemes},
                      {QStringLiteral("kind"), kindName(kind)}};
    if (!openidConfiguration.isEmpty())
        json.insert(QStringLiteral("openid_configuration"), openidConfiguration);
    return json;
}

QString OAuthServerError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ExpiredOrInvalid:
        return QStringLiteral("expired_or_invalid");
    case Kind::WrongScope:
        return QStringLiteral("wrong_scope");
    case Kind::WrongUserOrRequest:
        return QStringLiteral("wrong_user_or_request");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Sendcheck
