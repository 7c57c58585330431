// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationaldomain.h"

#include "dns/dnsname.h"

#include <libpsl.h>

namespace Sendcheck {

static const psl_ctx_t *publicSuffixes()
{
    static const psl_ctx_t *const context = psl_latest(nullptr);
    return context;
}

QString OrganizationalDomain::of(const QString &domain)
{
    const QString name = DnsName::normalized(domain);
    const psl_ctx_t *psl = publicSuffixes();
    if (!psl || name.isEmpty())
        return name;
    const QByteArray utf8 = name.toUtf8();
    const char *registrable = psl_registrable_domain(psl, utf8.constData());
    if (!registrable)
        return name;
    return QString::fromUtf8(registrable);
}

bool OrganizationalDomain::aligned(const QString &a, const QString &b, bool strict)
{
    if (strict)
        return DnsName::equal(a, b);
    return of(a) == of(b);
}

} // namespace Sendcheck
