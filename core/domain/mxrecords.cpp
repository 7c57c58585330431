// SPDX-License-Identifier: GPL-3.0-or-later
#include "mxrecords.h"

#include <QHostAddress>

#include <algorithm>

namespace Sendcheck {

MxRecords MxRecords::fromAnswer(const DnsAnswer &answer)
{
    MxRecords mx;
    if (!answer.ok())
        return mx;
    int nullTargets = 0;
    for (const DnsRecord &record : answer.records) {
        if (record.target == QLatin1String(".") || record.target.isEmpty()) {
            ++nullTargets;
            continue;
        }
        Host host;
        host.host = record.target;
        host.preference = record.preference;
        QString bare = record.target;
        if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
            bare = bare.mid(1, bare.size() - 2);
        host.ipLiteral = !QHostAddress(bare).isNull();
        if (host.ipLiteral)
            mx.errors << tr("MX %1 %2 is an IP address; an MX must name a host (RFC 5321 5.1).")
                             .arg(record.preference)
                             .arg(record.target);
        mx.hosts << host;
    }
    std::stable_sort(mx.hosts.begin(), mx.hosts.end(),
                     [](const Host &a, const Host &b) { return a.preference < b.preference; });
    if (nullTargets > 0) {
        if (answer.records.size() == 1 && answer.records.first().preference == 0) {
            mx.nullMx = true;
        } else {
            mx.errors << tr("A null MX (\".\") must be the only MX record, with preference 0 "
                            "(RFC 7505).");
        }
    }
    return mx;
}

} // namespace Sendcheck
