// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettings.h"

#include "common/enumnames.h"

#include <algorithm>

namespace Sendcheck {

QString securityName(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    }
    return QString();
}

std::optional<Security> securityFromName(const QString &name)
{
    return enumFromName(name, {Security::None, Security::StartTls, Security::ImplicitTls},
                        securityName, Qt::CaseInsensitive);
}

QString mechanismName(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::Auto:
        return QStringLiteral("auto");
    case AuthMechanism::None:
        return QStringLiteral("none");
    case AuthMechanism::Plain:
        return QStringLiteral("plain");
    case AuthMechanism::Login:
        return QStringLiteral("login");
    case AuthMechanism::CramMd5:
        return QStringLiteral("cram-md5");
    case AuthMechanism::XOAuth2:
        return QStringLiteral("xoauth2");
    case AuthMechanism::OAuthBearer:
        return QStringLiteral("oauthbearer");
    }
    return QString();
}

std::optional<AuthMechanism> mechanismFromName(const QString &name)
{
    return enumFromName(name,
                        {AuthMechanism::Auto, AuthMechanism::None, AuthMechanism::Plain,
                         AuthMechanism::Login, AuthMechanism::CramMd5, AuthMechanism::XOAuth2,
                         AuthMechanism::OAuthBearer},
                        mechanismName, Qt::CaseInsensitive);
}

QByteArray mechanismSaslName(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::Plain:
        return QByteArrayLiteral("PLAIN");
    case AuthMechanism::Login:
        return QByteArrayLiteral("LOGIN");
    case AuthMechanism::CramMd5:
        return QByteArrayLiteral("CRAM-MD5");
    case AuthMechanism::XOAuth2:
        return QByteArrayLiteral("XOAUTH2");
    case AuthMechanism::OAuthBearer:
        return QByteArrayLiteral("OAUTHBEARER");
    case AuthMechanism::Auto:
    case AuthMechanism::None:
        break;
    }
    return QByteArray();
}

void Timeouts::capAll(ms limit)
{
    for (ms *t : {&connect, &greeting, &command, &tlsHandshake, &mailFrom, &rcptTo, &dataInit,
                  &dataBlock, &dataTermination})
        *t = std::min(*t, limit);
}

quint16 ServerSettings::defaultPort(Security security)
{
    switch (security) {
    case Security::None:
        return 25;
    case Security::StartTls:
        return 587;
    case Security::ImplicitTls:
        return 465;
    }
    return 587;
}

} // namespace Sendcheck
