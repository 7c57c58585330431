// SPDX-License-Identifier: GPL-3.0-or-later
#include "readbacksetup.h"

#include "providers/provider.h"

#include <chrono>

namespace Sendcheck {

std::optional<ServerSettings> ReadBackSetup::settingsFor(const Profile &profile,
                                                         const Provider *preset,
                                                         Credentials::Kind secretKind,
                                                         QString *error) const
{
    const ProviderImap *imap = preset && preset->imap ? &*preset->imap : nullptr;
    if (host.isEmpty() && imap && !imap->hasMailbox) {
        *error = tr("%1 is a sending service without a mailbox, so there is nothing to read "
                    "the message back from. Name the recipient's mailbox server instead.")
                     .arg(preset->name);
        return std::nullopt;
    }
    ServerSettings settings;
    const bool presetServer = host.isEmpty() && imap;
    settings.host = !host.isEmpty() ? host : presetServer ? imap->host : profile.host;
    if (settings.host.trimmed().isEmpty()) {
        *error = tr("There is no mailbox server to read the message back from.");
        return std::nullopt;
    }
    if (security) {
        settings.security = *security;
    } else if (presetServer && !port) {
        settings.security = imap->security;
    } else {
        settings.security = port && *port == 143 ? Security::StartTls : Security::ImplicitTls;
    }
    if (settings.security == Security::None) {
        *error = tr("The mailbox is read over TLS only (implicit TLS or STARTTLS).");
        return std::nullopt;
    }
    if (port)
        settings.port = *port;
    else if (presetServer && settings.security == imap->security)
        settings.port = imap->port;
    else
        settings.port = settings.security == Security::ImplicitTls ? 993 : 143;
    settings.userName = userName.isEmpty() ? profile.userName : userName;
    settings.mechanism = secretKind == Credentials::Kind::OAuthToken ? AuthMechanism::XOAuth2
                                                                     : AuthMechanism::Auto;
    settings.caFile = profile.caFile;
    settings.timeouts.capAll(std::chrono::seconds(60));
    return settings;
}

SecretBuffer ReadBackSetup::secretFrom(const Credentials &credentials)
{
    return SecretBuffer(credentials.secret.view());
}

} // namespace Sendcheck
