// SPDX-License-Identifier: GPL-3.0-or-later
#include "dmarcdiscovery.h"

#include "organizationaldomain.h"

#include "dns/dnsname.h"
#include "dns/dnsresolver.h"

#include <QPointer>

namespace Sendcheck {

namespace {

// Reads the answer for one _dmarc name into `result`; true when the search is over (a record,
// several records, or an error), false to go on to the organizational domain.
bool take(const DnsAnswer &answer, const QString &name, DmarcDiscovery *result)
{
    if (answer.isError() && answer.status != DnsStatus::InvalidName) {
        result->error = DmarcDiscovery::tr("DNS lookup failed: %1").arg(answer.describe());
        result->temporary = true;
        return true;
    }
    QList<QByteArray> records;
    for (const DnsRecord &record : answer.records) {
        if (DmarcRecord::isDmarcRecord(record.text()))
            records << record.text();
    }
    if (records.size() > 1) {
        result->error = DmarcDiscovery::tr("%1 has %2 DMARC records; receivers then apply none "
                                           "of them.")
                            .arg(name)
                            .arg(records.size());
        result->foundAt = name;
        return true;
    }
    if (records.size() == 1) {
        result->found = true;
        result->foundAt = name;
        result->record = DmarcRecord::parse(records.first());
        return true;
    }
    return false;
}

} // namespace

void DmarcDiscovery::discover(DnsResolver *resolver, const QString &domain, QObject *context,
                              Callback done)
{
    DmarcDiscovery result;
    result.domain = DnsName::normalized(domain);
    result.orgDomain = OrganizationalDomain::of(result.domain);
    const QString first = QStringLiteral("_dmarc.") + result.domain;
    resolver->lookup(
        first, DnsRecordType::TXT, context,
        [resolver, result, first, context = QPointer<QObject>(context),
         done = std::move(done)](const DnsAnswer &answer) mutable {
            if (take(answer, first, &result) || result.orgDomain == result.domain || !context) {
                done(result);
                return;
            }
            const QString second = QStringLiteral("_dmarc.") + result.orgDomain;
            resolver->lookup(second, DnsRecordType::TXT, context,
                             [result, second, done](const DnsAnswer &orgAnswer) mutable {
                                 take(orgAnswer, second, &result);
                                 result.forSubdomain = result.found;
                                 done(result);
                             });
        });
}

} // namespace Sendcheck
