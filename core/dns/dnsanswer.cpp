// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsanswer.h"

namespace Sendcheck {

QString dnsStatusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok:
        return QStringLiteral("ok");
    case DnsStatus::NoData:
        return QStringLiteral("nodata");
    case DnsStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsStatus::ServFail:
        return QStringLiteral("servfail");
    case DnsStatus::Refused:
        return QStringLiteral("refused");
    case DnsStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsStatus::Truncated:
        return QStringLiteral("truncated");
    case DnsStatus::InvalidName:
        return QStringLiteral("invalid-name");
    case DnsStatus::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QString dnssecStatusName(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Indeterminate:
        return QStringLiteral("indeterminate");
    case DnssecStatus::Secure:
        return QStringLiteral("secure");
    case DnssecStatus::Insecure:
        return QStringLiteral("insecure");
    case DnssecStatus::Bogus:
        return QStringLiteral("bogus");
    }
    return QString();
}

QString DnsAnswer::describe() const
{
    QString what;
    switch (status) {
    case DnsStatus::Ok:
        what = tr("%n record(s)", nullptr, int(records.size()));
        break;
    case DnsStatus::NoData:
        what = tr("the name exists but has no record of this type");
        break;
    case DnsStatus::NxDomain:
        what = tr("the name does not exist");
        break;
    case DnsStatus::ServFail:
        what = tr("the nameserver reported a failure (SERVFAIL)");
        break;
    case DnsStatus::Refused:
        what = tr("the nameserver refused to answer");
        break;
    case DnsStatus::Timeout:
        what = tr("no answer from the nameserver in time");
        break;
    case DnsStatus::Truncated:
        what = tr("the answer was cut short and could not be read in full");
        break;
    case DnsStatus::InvalidName:
        what = tr("this is not a name that can be looked up");
        break;
    case DnsStatus::Failed:
        what = tr("the lookup failed");
        break;
    }
    QString text = QStringLiteral("%1 %2: %3").arg(dnsRecordTypeName(type), name, what);
    if (!detail.isEmpty() && status != DnsStatus::Ok)
        text += QStringLiteral(" (%1)").arg(detail);
    return text;
}

DnsAnswer DnsAnswer::failure(const QString &name, DnsRecordType type, DnsStatus status,
                             const QString &detail)
{
    DnsAnswer answer;
    answer.name = name;
    answer.type = type;
    answer.status = status;
    answer.canonicalName = name;
    answer.detail = detail;
    return answer;
}

} // namespace Sendcheck
