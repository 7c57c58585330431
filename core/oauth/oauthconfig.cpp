// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthconfig.h"

#include "profiles/profile.h"
#include "providers/provider.h"

#include <QRegularExpression>

namespace Sendcheck {

QStringList OAuthConfig::mailboxScopes(const Provider *preset)
{
    if (!preset || !preset->imap || !preset->imap->hasMailbox)
        return {};
    return preset->imap->oauthScopes;
}

QStringList OAuthConfig::missingMailboxScopes(const Provider *preset,
                                              const QStringList &grantedScopes)
{
    QStringList missing;
    if (grantedScopes.isEmpty()) // not known: let the server say
        return missing;
    for (const QString &scope : mailboxScopes(preset))
        if (!grantedScopes.contains(scope, Qt::CaseInsensitive))
            missing << scope;
    return missing;
}

std::optional<OAuthConfig> OAuthConfig::forProfile(const Profile &profile, const Provider *preset,
                                                   QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!preset || !preset->oauth) {
        *error = tr("The profile \"%1\" is not made from a preset that offers OAuth sign-in "
                    "(Gmail, Microsoft 365, Outlook.com).")
                     .arg(profile.name);
        return std::nullopt;
    }
    const QString clientId = profile.oauthClientId.trimmed();
    if (clientId.isEmpty()) {
        *error = tr("Enter the client id of the app you (or your organisation) registered with "
                    "%1 first. Register one as a desktop app (Google Cloud console: Credentials, "
                    "OAuth client ID; Microsoft Entra admin center: App registrations), allow it "
                    "to send mail, and copy its client id here.")
                     .arg(preset->oauth->signInName);
        return std::nullopt;
    }
    static const QRegularExpression tenantPattern(QStringLiteral("^[A-Za-z0-9.-]+$"));
    const QString tenant = profile.oauthTenant.trimmed().isEmpty() ? preset->oauth->defaultTenant
                                                                   : profile.oauthTenant.trimmed();
    if (preset->oauth->usesTenant()
        && (!tenantPattern.match(tenant).hasMatch() || tenant.contains(QLatin1String(".."))
            || tenant.startsWith(QLatin1Char('.')))) {
        *error = tr("\"%1\" is not a tenant: use the directory (tenant) id, your domain, or "
                    "\"organizations\".")
                     .arg(tenant);
        return std::nullopt;
    }
    const auto resolve = [&](QString url) {
        url.replace(QStringLiteral("{tenant}"), tenant);
        return QUrl(url);
    };

    OAuthConfig config;
    config.signInName = preset->oauth->signInName;
    config.authorizationUrl = resolve(preset->oauth->authorizationUrl);
    config.tokenUrl = resolve(preset->oauth->tokenUrl);
    config.scopes = preset->oauth->scopes;
    // With read-back on, the same sign-in also opens the mailbox (IMAP XOAUTH2): one token for
    // both, as the provider issues it for one resource (Microsoft: outlook.office.com).
    if (profile.imap.readBack)
        for (const QString &scope : mailboxScopes(preset))
            if (!config.scopes.contains(scope))
                config.scopes.append(scope);
    config.authorizationParameters = preset->oauth->authorizationParameters;
    config.clientId = clientId;
    config.clientSecretUsual = preset->oauth->clientSecretUsual;
    config.loginHint = profile.userName.trimmed();
    config.redirectHost = preset->oauth->redirectHost;
    return config;
}

} // namespace Sendcheck
