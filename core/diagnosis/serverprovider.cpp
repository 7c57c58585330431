// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprovider.h"

#include "providers/providercatalog.h"

#include <QHash>

#include <algorithm>

namespace Sendcheck {

namespace {

const ProviderCatalog &catalog()
{
    return ProviderCatalog::builtIn();
}

// Asking the host patterns of every family is the slow part of explaining a reply, and the
// built-in catalog never changes: remember the answer per server name (and preset).
template<typename Lookup> const ProviderFamily *remembered(const QString &key, Lookup lookup)
{
    static QHash<QString, const ProviderFamily *> answers;
    if (const auto it = answers.constFind(key); it != answers.cend())
        return *it;
    if (answers.size() >= 512)
        answers.clear();
    const ProviderFamily *family = lookup();
    answers.insert(key, family);
    return family;
}

} // namespace

const ProviderFamily *ServerProvider::familyOf(const DiagnosisContext &context)
{
    return remembered(context.host + QLatin1Char('\n') + context.presetId, [&] {
        for (const ProviderFamily &family : catalog().families()) {
            if (family.matchesHost(context.host)
                || (!context.presetId.isEmpty() && family.presetIds.contains(context.presetId)))
                return &family;
        }
        return static_cast<const ProviderFamily *>(nullptr);
    });
}

const ProviderFamily *ServerProvider::familyOfHost(const QString &host)
{
    return remembered(host, [&] { return catalog().familyOfHost(host); });
}

const ProviderFamily *ServerProvider::family(const QString &id)
{
    return catalog().findFamily(id);
}

bool ServerProvider::needsAppPassword(const ProviderFamily &family)
{
    const QList<const Provider *> presets = catalog().presetsOf(family);
    return !presets.isEmpty() && std::all_of(presets.begin(), presets.end(), [](const Provider *p) {
        return p->secretKind == SecretKind::AppPassword;
    });
}

bool ServerProvider::switchesOffPasswords(const ProviderFamily &family)
{
    return family.hasAuthNote(AuthNote::SmtpAuthSwitch)
        || family.hasAuthNote(AuthNote::PasswordSignInRetiring);
}

QList<Provider::Port> ServerProvider::alternativePorts(const ProviderFamily *family,
                                                       quint16 failedPort)
{
    QList<Provider::Port> candidates;
    const auto add = [&](quint16 port, Security security) {
        const bool known = std::any_of(candidates.cbegin(), candidates.cend(),
                                       [&](const Provider::Port &p) { return p.port == port; });
        if (!known && security != Security::None)
            candidates.append({port, security, false, Confidence::Confirmed});
    };
    if (family) {
        for (const Provider *preset : catalog().presetsOf(*family)) {
            for (const Provider::Port &port : preset->ports)
                add(port.port, port.security);
        }
    }
    add(587, Security::StartTls);
    add(465, Security::ImplicitTls);
    std::stable_partition(candidates.begin(), candidates.end(),
                          [](const Provider::Port &p) { return p.security == Security::StartTls; });
    candidates.removeIf([&](const Provider::Port &p) {
        return p.port == failedPort || p.port == 25 || p.port == 80
            || (family && family->unsupportedPorts.contains(p.port));
    });
    return candidates;
}

std::optional<Security> ServerProvider::securityOfPort(quint16 port)
{
    return catalog().documentedSecurity(port);
}

} // namespace Sendcheck
