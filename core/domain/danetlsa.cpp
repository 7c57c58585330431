// SPDX-License-Identifier: GPL-3.0-or-later
#include "danetlsa.h"

namespace Sendcheck {

QString DaneTlsa::usageName(quint8 usage)
{
    switch (usage) {
    case 0:
        return QStringLiteral("PKIX-TA");
    case 1:
        return QStringLiteral("PKIX-EE");
    case 2:
        return QStringLiteral("DANE-TA");
    case 3:
        return QStringLiteral("DANE-EE");
    default:
        break;
    }
    return QStringLiteral("usage %1").arg(usage);
}

QString DaneTlsa::describe(const DnsRecord &record)
{
    const QString selector = record.selector == 0 ? tr("whole certificate")
        : record.selector == 1                    ? tr("public key")
                                                  : tr("selector %1").arg(record.selector);
    const QString matching = record.matchingType == 0 ? tr("exact")
        : record.matchingType == 1                    ? QStringLiteral("SHA-256")
        : record.matchingType == 2                    ? QStringLiteral("SHA-512")
                                   : tr("matching type %1").arg(record.matchingType);
    return QStringLiteral("%1 %2 %3 (%4, %5, %6)")
        .arg(record.usage)
        .arg(record.selector)
        .arg(record.matchingType)
        .arg(usageName(record.usage), selector, matching);
}

QString DaneTlsa::unusableReason(const DnsRecord &record)
{
    if (record.usage == 0 || record.usage == 1)
        return tr("usage %1 (%2) is ignored by mail servers (RFC 7672 3.1.3); use 3 (DANE-EE) or "
                  "2 (DANE-TA)")
            .arg(record.usage)
            .arg(usageName(record.usage));
    if (record.usage > 3)
        return tr("usage %1 is not defined").arg(record.usage);
    if (record.selector > 1)
        return tr("selector %1 is not defined").arg(record.selector);
    if (record.matchingType > 2)
        return tr("matching type %1 is not defined").arg(record.matchingType);
    if (record.matchingType == 1 && record.data.size() != 32)
        return tr("a SHA-256 digest has 32 bytes, this one %1").arg(record.data.size());
    if (record.matchingType == 2 && record.data.size() != 64)
        return tr("a SHA-512 digest has 64 bytes, this one %1").arg(record.data.size());
    if (record.matchingType == 0 && record.data.isEmpty())
        return tr("the record holds no data");
    return QString();
}

} // namespace Sendcheck
