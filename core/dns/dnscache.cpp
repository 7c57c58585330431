// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnscache.h"

#include "dnsname.h"

namespace Sendcheck {

DnsCache::DnsCache(DnsResolver *upstream, QObject *parent)
    : DnsResolver(parent), m_upstream(upstream)
{
    m_clock.start();
}

void DnsCache::clear()
{
    m_entries.clear();
    m_queries.clear();
    m_inFlight = 0;
    m_maxInFlight = 0;
}

void DnsCache::resolve(const QString &name, DnsRecordType type, QObject *context, Callback done)
{
    const QString key = QStringLiteral("%1/%2").arg(DnsName::normalized(name)).arg(int(type));
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        if (it->answered) {
            DnsAnswer answer = it->answer;
            answer.name = name;
            deliver(context, std::move(done), std::move(answer));
        } else {
            it->waiters.append({context, std::move(done)});
        }
        return;
    }
    Entry entry;
    entry.waiters.append({context, std::move(done)});
    entry.queryIndex = int(m_queries.size());
    m_entries.insert(key, std::move(entry));
    m_queries.append(
        {name, type, DnsStatus::Failed, DnssecStatus::Indeterminate, m_clock.elapsed(), -1});
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    m_upstream->lookup(name, type, this,
                       [this, key](const DnsAnswer &answer) { answered(key, answer); });
}

void DnsCache::answered(const QString &key, const DnsAnswer &answer)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || it->answered)
        return; // cleared meanwhile
    --m_inFlight;
    it->answered = true;
    it->answer = answer;
    if (it->queryIndex >= 0 && it->queryIndex < m_queries.size()) {
        Query &query = m_queries[it->queryIndex];
        query.status = answer.status;
        query.dnssec = answer.dnssec;
        query.elapsedMs = m_clock.elapsed() - query.startedMs;
    }
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(answer); // already in the event loop: call directly, in order
    }
}

} // namespace Sendcheck
