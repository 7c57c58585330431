// SPDX-License-Identifier: GPL-3.0-or-later
#include "readbacksetup.h"

#include "oauth/oauthconfig.h"
#include "providers/provider.h"
#include "send/preparedsend.h"

#include <chrono>

namespace Sendcheck {

ReadBackSetup ReadBackSetup::withProfile(const Profile &profile) const
{
    // Each flag given wins; what is left comes from the profile's read-back mailbox.
    ReadBackSetup merged = *this;
    const ProfileImap &saved = profile.imap;
    if (merged.host.isEmpty())
        merged.host = saved.host.trimmed();
    if (!merged.port && saved.port != 0)
        merged.port = saved.port;
    if (!merged.security && saved.security)
        merged.security = saved.security;
    if (merged.userName.isEmpty())
        merged.userName = saved.userName.trimmed();
    return merged;
}

bool ReadBackSetup::usesOwnSecret(const Profile &profile) const
{
    if (profile.usesOAuth() || SaslClient::isOAuth(profile.mechanism))
        return false; // the token opens the named mailbox, or the server says it does not
    const QString user = withProfile(profile).userName;
    return !user.isEmpty() && user != profile.userName.trimmed();
}

std::optional<ServerSettings> ReadBackSetup::settingsFor(const Profile &profile,
                                                         const Provider *preset,
                                                         Credentials::Kind secretKind,
                                                         QString *error,
                                                         const QStringList &grantedScopes) const
{
    const ReadBackSetup wanted = withProfile(profile);
    const ProviderImap *imap = preset && preset->imap ? &*preset->imap : nullptr;
    if (wanted.host.isEmpty() && imap && !imap->hasMailbox) {
        *error = tr("%1 is a sending service without a mailbox, so there is nothing to read "
                    "the message back from. Name the recipient's mailbox server instead.")
                     .arg(preset->name);
        return std::nullopt;
    }
    ServerSettings settings;
    const bool presetServer = wanted.host.isEmpty() && imap;
    settings.host = !wanted.host.isEmpty() ? wanted.host : presetServer ? imap->host : profile.host;
    if (settings.host.trimmed().isEmpty()) {
        *error = tr("There is no mailbox server to read the message back from.");
        return std::nullopt;
    }
    if (wanted.security) {
        settings.security = *wanted.security;
    } else if (presetServer && !wanted.port) {
        settings.security = imap->security;
    } else {
        settings.security
            = wanted.port && *wanted.port == 143 ? Security::StartTls : Security::ImplicitTls;
    }
    if (settings.security == Security::None) {
        *error = tr("The mailbox is read over TLS only (implicit TLS or STARTTLS).");
        return std::nullopt;
    }
    if (wanted.port)
        settings.port = *wanted.port;
    else if (presetServer && settings.security == imap->security)
        settings.port = imap->port;
    else
        settings.port = settings.security == Security::ImplicitTls ? 993 : 143;
    settings.userName = wanted.userName.isEmpty() ? profile.userName : wanted.userName;
    // An OAuth token signs in with XOAUTH2 as whichever mailbox is named (Microsoft 365: a
    // shared mailbox the account may open); a password profile's other account has its own
    // password (usesOwnSecret()), which signs in like any password.
    settings.mechanism = secretKind == Credentials::Kind::OAuthToken ? AuthMechanism::XOAuth2
                                                                     : AuthMechanism::Auto;
    if (settings.mechanism == AuthMechanism::XOAuth2) {
        const QStringList missing = OAuthConfig::missingMailboxScopes(preset, grantedScopes);
        if (!missing.isEmpty()) {
            *error = tr("The sign-in does not allow reading the mailbox (it lacks %1). Turn on "
                        "read-back for this profile and sign in again: the sign-in then asks "
                        "for mailbox access too.")
                         .arg(missing.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    settings.caFile = profile.caFile;
    settings.pinnedSha256 = profile.imap.pinsFor(settings.host, settings.port);
    for (const QByteArray &pin : wanted.extraPins) {
        if (!settings.pinnedSha256.contains(pin))
            settings.pinnedSha256.append(pin);
    }
    settings.timeouts.capAll(std::chrono::seconds(60));
    return settings;
}

SecretBuffer ReadBackSetup::secretFrom(const Credentials &credentials)
{
    return SecretBuffer(credentials.secret.view());
}

SecretBuffer ReadBackSetup::secretFor(const PreparedSend &send)
{
    return send.readBackSecret ? SecretBuffer(send.readBackSecret->view())
                               : secretFrom(send.credentials);
}

} // namespace Sendcheck
