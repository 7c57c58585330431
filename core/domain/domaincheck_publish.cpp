// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheck: the provider's own records to publish, from the preset's domainDns: the SPF
// record of a MAIL FROM subdomain, the DKIM CNAMEs or TXT keys, and other records (a return
// path, a verification TXT) not found in DNS yet.
#include "domaincheck.h"

namespace Sendcheck {

namespace {

QString withCaveats(QString why, const QString &provider, bool checkWithProvider, bool complete)
{
    if (checkWithProvider)
        why += QLatin1Char(' ')
            + DomainCheck::tr("This value is what other domains publish; check it in %1's "
                              "documentation.")
                  .arg(provider);
    if (!complete)
        why += QLatin1Char(' ')
            + DomainCheck::tr("Replace the parts in <angle brackets> by the values %1's settings "
                              "show.")
                  .arg(provider);
    return why;
}

} // namespace

void DomainCheck::addProviderProposals()
{
    const DomainDns *dns = providerDns();
    if (!dns)
        return;
    const QString provider = m_request.provider->name;
    const QHash<QString, QString> values = placeholderValues();

    // SES and the like: the include goes into the MAIL FROM subdomain's own record.
    if (dns->spfPlacement == DomainDns::SpfPlacement::MailFrom && !dns->spfInclude.isEmpty()) {
        bool complete = false;
        const QString name
            = DomainDns::absoluteName(QStringLiteral("{mail-from}"), values, &complete);
        propose({QStringLiteral("TXT"), name,
                 QStringLiteral("v=spf1 include:%1 ~all").arg(dns->spfInclude),
                 withCaveats(tr("SPF for the MAIL FROM subdomain %1 sends with: SPF then passes "
                                "for a subdomain of yours, which DMARC counts as aligned.")
                                 .arg(provider),
                             provider, dns->spfCheckWithProvider, complete),
                 complete});
    }

    // DKIM: nothing to propose once a key is published at one of the provider's selectors (or,
    // for per-domain selectors, at one the user named).
    bool providerKeyFound = false;
    bool userKeyFound = false;
    for (const auto &entry : std::as_const(m_result.dkim)) {
        providerKeyFound = providerKeyFound || (entry.providerSelector && entry.found);
        userKeyFound = userKeyFound || (entry.userSelector && entry.found);
    }
    if (!providerKeyFound) {
        for (const DomainDns::Dkim &entry : dns->dkim) {
            if (entry.lookupOnly)
                continue;
            bool selectorKnown = false;
            const QString selector = DomainDns::expand(entry.selector, values, &selectorKnown);
            if (!selectorKnown && userKeyFound)
                continue;
            const QString name = selector + QStringLiteral("._domainkey.") + m_request.domain;
            bool valueKnown = false;
            if (entry.cname.isEmpty()) {
                const QString key = DomainDns::expand(
                    QStringLiteral("v=DKIM1; k=rsa; p={public-key}"), values, &valueKnown);
                propose({QStringLiteral("TXT"), name, key,
                         withCaveats(tr("The DKIM public key %1 signs your mail with; copy the "
                                        "key from %1's settings.")
                                         .arg(provider),
                                     provider, entry.checkWithProvider, false),
                         false});
            } else {
                const QString target = DomainDns::expand(entry.cname, values, &valueKnown);
                const bool complete = selectorKnown && valueKnown;
                propose({QStringLiteral("CNAME"), name, target,
                         withCaveats(tr("Points the DKIM selector %1 at %2's key, so %2 can "
                                        "sign your mail and change keys without you.")
                                         .arg(selector, provider),
                                     provider, entry.checkWithProvider, complete),
                         complete});
            }
        }
    }

    // Other records the provider asks for, unless already there.
    for (int i = 0; i < dns->records.size(); ++i) {
        if (m_providerRecordFound.value(i))
            continue;
        const DomainDns::Record &record = dns->records.at(i);
        bool nameKnown = false;
        bool valueKnown = false;
        const QString name = DomainDns::absoluteName(record.name, values, &nameKnown);
        const QString value = DomainDns::expand(record.value, values, &valueKnown);
        const bool complete = nameKnown && valueKnown;
        propose({record.type, name, value,
                 withCaveats(DomainDns::translated(record.why), provider, record.checkWithProvider,
                             complete),
                 complete});
    }
}

} // namespace Sendcheck
