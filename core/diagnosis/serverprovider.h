// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosiscontext.h"
#include "providers/provider.h"
#include "providers/providerfamily.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// What the built-in provider catalog (resources/providers.json; the user's own presets do not
// change a diagnosis) says about the server a session used: the provider family its name or
// preset belongs to, the ports worth trying instead, and the security a port number implies.
// The diagnosis keeps no server names, ports or sign-in facts of its own.
class ServerProvider
{
public:
    // The first family, in catalog order, that the server name or the preset belongs to.
    [[nodiscard]] static const ProviderFamily *familyOf(const DiagnosisContext &context);
    // The family the server name alone belongs to.
    [[nodiscard]] static const ProviderFamily *familyOfHost(const QString &host);
    [[nodiscard]] static const ProviderFamily *family(const QString &id);

    // Every preset of the family wants an app password instead of the account password.
    [[nodiscard]] static bool needsAppPassword(const ProviderFamily &family);
    // The provider can refuse password sign-in whatever the password: SMTP AUTH switched off,
    // or password sign-in being retired.
    [[nodiscard]] static bool switchesOffPasswords(const ProviderFamily &family);

    // Ports to try instead of `failedPort`, in the order to try them: STARTTLS ones first, each
    // group in the catalog's order. The family's encrypted ports plus the standard ones (587
    // with STARTTLS, 465 with SSL/TLS) unless the family says they do not work; never 25
    // (blocked for most senders) or 80 (web proxies take it over). No family: the standard ones.
    [[nodiscard]] static QList<Provider::Port> alternativePorts(const ProviderFamily *family,
                                                                quint16 failedPort);
    // The security every preset that lists `port` uses on it (STARTTLS or SSL/TLS); nothing
    // for a port no preset lists with encryption.
    [[nodiscard]] static std::optional<Security> securityOfPort(quint16 port);
};

} // namespace Sendcheck
