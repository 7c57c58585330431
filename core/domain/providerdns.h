// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// What a sending provider asks a customer's domain to publish, as far as the domain check uses
// it: the SPF include and the DKIM selectors. A small table for now, keyed by the preset ids of
// resources/providers.json; it moves into the provider catalog when the presets gain these
// fields. Each row is from the provider's own documentation; "observed" values (seen in public
// zones, not in the vendor's documents) are marked so.
struct ProviderDns
{
    QString id; // preset id ("google-workspace-relay")
    QString name; // "Google Workspace"
    QString spfInclude; // "_spf.google.com"; empty when the provider needs none or has none fixed
    bool spfIncludeObserved = false; // seen in zones, not in the vendor's documents
    QStringList dkimSelectors; // fixed selector names; empty when they are per customer
    bool dkimSelectorsObserved = false;
    QString note; // what else applies (per-customer selectors, a MAIL FROM subdomain, ...)

    [[nodiscard]] static std::optional<ProviderDns> find(const QString &id);
    [[nodiscard]] static QStringList ids();
    // Selectors many providers and mail servers use, tried when the user names none.
    [[nodiscard]] static QStringList commonSelectors();
};

} // namespace Sendcheck
