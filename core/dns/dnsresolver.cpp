// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsresolver.h"

#include "dnsname.h"

#include <QTimer>

namespace Sendcheck {

void DnsResolver::lookup(const QString &name, DnsRecordType type, QObject *context, Callback done)
{
    if (!DnsName::isQueryable(name)) {
        deliver(context, std::move(done), DnsAnswer::failure(name, type, DnsStatus::InvalidName));
        return;
    }
    resolve(name, type, context, std::move(done));
}

void DnsResolver::deliver(QObject *context, Callback done, DnsAnswer answer)
{
    QTimer::singleShot(0, context,
                       [done = std::move(done), answer = std::move(answer)]() { done(answer); });
}

} // namespace Sendcheck
