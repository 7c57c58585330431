// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsresolver.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace Sendcheck {

// A DnsResolver answering from records held in memory, for unit tests: names with records
// answer them (following CNAMEs, as a recursive resolver would), names that exist without
// records of the asked type answer NoData, unknown names NxDomain, and failures (Timeout,
// ServFail, Truncated, ...) can be set per name and type. Answers come from the event loop,
// after `latencyMs`, so tests can see how many lookups run at once.
class MemoryDnsResolver : public DnsResolver
{
    Q_OBJECT

public:
    explicit MemoryDnsResolver(QObject *parent = nullptr);

    void addRecord(const DnsRecord &record);
    // Makes `name` exist (NoData instead of NxDomain) without giving it records.
    void addName(const QString &name);
    // Every lookup of (name, type), or of any type at `name` when type is empty, ends with
    // `status` (Timeout, ServFail, Truncated, Refused, Failed).
    void setFailure(const QString &name, std::optional<DnsRecordType> type, DnsStatus status);
    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }
    void setDnssecStatus(DnssecStatus status) { m_dnssec = status; }

    [[nodiscard]] QString source() const override;
    // Every lookup that reached the resolver, in order.
    [[nodiscard]] const QList<QPair<QString, DnsRecordType>> &queries() const { return m_queries; }
    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }

    // The answer without the wait, for tests of the resolver itself.
    [[nodiscard]] DnsAnswer answerFor(const QString &name, DnsRecordType type) const;

protected:
    void resolve(const QString &name, DnsRecordType type, QObject *context, Callback done) override;

private:
    struct Node
    {
        QList<DnsRecord> records;
        QHash<int, DnsStatus> failures; // by record type; -1: every type
    };

    QHash<QString, Node> m_nodes; // by normalized name
    QList<QPair<QString, DnsRecordType>> m_queries;
    int m_latencyMs = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    DnssecStatus m_dnssec = DnssecStatus::Indeterminate;
};

} // namespace Sendcheck
