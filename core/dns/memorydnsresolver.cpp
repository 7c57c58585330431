// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorydnsresolver.h"

#include "dnsname.h"

#include <QPointer>
#include <QTimer>

namespace Sendcheck {

MemoryDnsResolver::MemoryDnsResolver(QObject *parent) : DnsResolver(parent) { }

void MemoryDnsResolver::addRecord(const DnsRecord &record)
{
    m_nodes[DnsName::normalized(record.name)].records.append(record);
}

void MemoryDnsResolver::addName(const QString &name)
{
    m_nodes[DnsName::normalized(name)];
}

void MemoryDnsResolver::setFailure(const QString &name, std::optional<DnsRecordType> type,
                                   DnsStatus status)
{
    m_nodes[DnsName::normalized(name)].failures.insert(type ? int(*type) : -1, status);
}

QString MemoryDnsResolver::source() const
{
    return tr("test records in memory");
}

DnsAnswer MemoryDnsResolver::answerFor(const QString &name, DnsRecordType type) const
{
    DnsAnswer answer = DnsAnswer::failure(name, type, DnsStatus::NxDomain);
    answer.dnssec = m_dnssec;
    QString current = name;
    for (int step = 0; step < 16; ++step) {
        const auto it = m_nodes.constFind(DnsName::normalized(current));
        if (it == m_nodes.constEnd()) {
            answer.canonicalName = current;
            answer.status = DnsStatus::NxDomain;
            return answer;
        }
        const auto failure = it->failures.constFind(int(type));
        if (failure != it->failures.constEnd() || it->failures.contains(-1)) {
            answer.status = failure != it->failures.constEnd() ? *failure : it->failures.value(-1);
            answer.detail = QStringLiteral("simulated");
            return answer;
        }
        QList<DnsRecord> matching;
        const DnsRecord *alias = nullptr;
        for (const DnsRecord &record : it->records) {
            if (record.type == type)
                matching << record;
            else if (record.type == DnsRecordType::CNAME)
                alias = &record;
        }
        if (!matching.isEmpty() || !alias || type == DnsRecordType::CNAME) {
            answer.canonicalName = current;
            answer.records = matching;
            answer.status = matching.isEmpty() ? DnsStatus::NoData : DnsStatus::Ok;
            return answer;
        }
        current = alias->target;
    }
    answer.status = DnsStatus::ServFail;
    answer.detail = QStringLiteral("CNAME chain too long or looping");
    return answer;
}

void MemoryDnsResolver::resolve(const QString &name, DnsRecordType type, QObject *context,
                                Callback done)
{
    m_queries.append({name, type});
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    DnsAnswer answer = answerFor(name, type);
    QTimer::singleShot(m_latencyMs, this,
                       [this, context = QPointer<QObject>(context), done = std::move(done),
                        answer = std::move(answer)]() {
                           --m_inFlight;
                           if (context)
                               done(answer);
                       });
}

} // namespace Sendcheck
