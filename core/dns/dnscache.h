// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsresolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

namespace Sendcheck {

// The answers of one check: each (name, type) is asked once from the resolver behind it, and
// lookups of the same (name, type) made while the first is running wait for that one. Keeps a
// log of the queries it sent, for the check's report and the benchmark.
class DnsCache : public DnsResolver
{
    Q_OBJECT

public:
    struct Query
    {
        QString name;
        DnsRecordType type = DnsRecordType::A;
        DnsStatus status = DnsStatus::Failed;
        DnssecStatus dnssec = DnssecStatus::Indeterminate;
        qint64 startedMs = 0; // since the cache was made
        qint64 elapsedMs = -1; // -1 while running
    };

    // `upstream` must outlive the cache.
    explicit DnsCache(DnsResolver *upstream, QObject *parent = nullptr);

    [[nodiscard]] QString source() const override { return m_upstream->source(); }
    // The queries sent to the resolver behind the cache, in the order they were sent.
    [[nodiscard]] const QList<Query> &queries() const { return m_queries; }
    // The most queries that were running at the same time.
    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }
    void clear();

protected:
    void resolve(const QString &name, DnsRecordType type, QObject *context, Callback done) override;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    struct Entry
    {
        bool answered = false;
        DnsAnswer answer;
        QList<Waiter> waiters;
        int queryIndex = -1;
    };
    void answered(const QString &key, const DnsAnswer &answer);

    DnsResolver *m_upstream;
    QHash<QString, Entry> m_entries;
    QList<Query> m_queries;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace Sendcheck
