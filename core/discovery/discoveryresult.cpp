// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoveryresult.h"

#include "probe/portprobe.h"

#include <QJsonArray>

namespace Sendcheck {

void DiscoveryResult::collectCandidates()
{
    candidates.clear();
    for (const DiscoverySource &source : std::as_const(sources)) {
        for (const DiscoveryCandidate &candidate : source.candidates) {
            const bool known = std::any_of(
                candidates.cbegin(), candidates.cend(),
                [&candidate](const DiscoveryCandidate &c) { return c.sameServer(candidate); });
            if (!known)
                candidates << candidate;
        }
    }
}

static int securityOrder(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return 0;
    case Security::StartTls:
        return 1;
    case Security::None:
        break;
    }
    return 2;
}

static bool sameServer(const ProbeCandidate &a, const ProbeCandidate &b)
{
    return a.host == b.host && a.port == b.port && a.security == b.security;
}

QList<ProbeCandidate> DiscoveryResult::standardPorts()
{
    return PortProbe::defaultCandidates(QString(), QStringLiteral("probe"));
}

QList<ProbeCandidate> DiscoveryResult::probeCandidates(const QList<ProbeCandidate> &ports) const
{
    QList<ProbeCandidate> list;
    QStringList hosts;
    for (const DiscoveryCandidate &candidate : candidates) {
        if (candidate.probe.security != Security::None)
            list << candidate.probe;
        if (!hosts.contains(candidate.probe.host))
            hosts << candidate.probe.host;
    }
    // The usual ports (or the ones asked for) on every host found, each server once.
    for (const QString &host : std::as_const(hosts)) {
        for (const ProbeCandidate &port : ports) {
            const ProbeCandidate extra {host, port.port, port.security, QStringLiteral("probe")};
            const bool known
                = std::any_of(list.cbegin(), list.cend(),
                              [&extra](const ProbeCandidate &c) { return sameServer(c, extra); });
            if (!known && extra.security != Security::None)
                list << extra;
        }
    }
    return list;
}

void DiscoveryResult::setProbe(const PortProbeResult &result)
{
    probe = result;
    for (const ProbeAttemptResult &attempt : result.attempts) {
        if (attempt.outcome != ProbeOutcome::Works)
            continue;
        const bool known = std::any_of(candidates.cbegin(), candidates.cend(),
                                       [&attempt](const DiscoveryCandidate &c) {
                                           return sameServer(c.probe, attempt.candidate);
                                       });
        if (known)
            continue;
        DiscoveryCandidate found;
        found.probe = attempt.candidate;
        found.probe.source = QStringLiteral("probe");
        for (const DiscoveryCandidate &sibling : std::as_const(candidates)) {
            if (sibling.probe.host == found.probe.host) {
                found.trusted = sibling.trusted;
                found.presetId = sibling.presetId;
                found.userName = sibling.userName;
                break;
            }
        }
        candidates << found;
    }
}

const ProbeAttemptResult *DiscoveryResult::probeAttempt(qsizetype index) const
{
    if (!probe || index < 0 || index >= candidates.size())
        return nullptr;
    for (const ProbeAttemptResult &attempt : probe->attempts) {
        if (sameServer(attempt.candidate, candidates.at(index).probe))
            return &attempt;
    }
    return nullptr;
}

std::optional<qsizetype> DiscoveryResult::recommended() const
{
    // What works from here beats what the sources say.
    if (const ProbeAttemptResult *best = probe ? probe->recommendedAttempt() : nullptr) {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (sameServer(candidates.at(i).probe, best->candidate))
                return i;
        }
    }
    // The first trusted source that gave candidates decides the host; then the mode.
    QString source;
    QString host;
    for (const DiscoveryCandidate &candidate : candidates) {
        if (candidate.trusted && candidate.probe.source != QLatin1String("guess")
            && candidate.probe.security != Security::None) {
            source = candidate.probe.source;
            host = candidate.probe.host;
            break;
        }
    }
    if (host.isEmpty())
        return std::nullopt;
    std::optional<qsizetype> best;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ProbeCandidate &server = candidates.at(i).probe;
        if (!candidates.at(i).trusted || server.host != host || server.security == Security::None)
            continue;
        if (!best
            || securityOrder(server.security) < securityOrder(candidates.at(*best).probe.security))
            best = i;
    }
    return best;
}

QString DiscoveryResult::recommendationReason() const
{
    const std::optional<qsizetype> index = recommended();
    if (index && probe && probe->anyWorks())
        return tr("%1 works from here: %2").arg(candidates.at(*index).describe(), probe->reason);
    QString reason;
    if (!index) {
        if (!addressValid())
            reason = tr("No recommendation: the address is not valid.");
        else if (candidates.isEmpty())
            reason = tr("No recommendation: no source gave any settings.");
        else
            reason = tr("No recommendation: only guesses or untrusted answers; test them before "
                        "using one.");
    } else if (candidates.at(*index).probe.security == Security::ImplicitTls) {
        reason = tr("%1: TLS from the first byte (RFC 8314 prefers it), from the first trusted "
                    "source that knows this address.")
                     .arg(candidates.at(*index).describe());
    } else {
        reason = tr("%1: STARTTLS, because the first trusted source that knows this address "
                    "lists no TLS port for this server.")
                     .arg(candidates.at(*index).describe());
    }
    // Probed, and nothing worked: say so after what the sources say.
    if (probe && !candidates.isEmpty())
        reason += QLatin1Char(' ') + probe->reason;
    return reason;
}

QJsonObject DiscoveryResult::toJson() const
{
    QJsonArray sourceArray;
    for (const DiscoverySource &source : sources)
        sourceArray.append(source.toJson());
    QJsonArray candidateArray;
    for (const DiscoveryCandidate &candidate : candidates)
        candidateArray.append(candidate.toJson());
    QJsonValue recommendation = QJsonValue::Null;
    if (const std::optional<qsizetype> index = recommended()) {
        QJsonObject object = candidates.at(*index).toJson();
        object.insert(QStringLiteral("reason"), recommendationReason());
        if (const ProbeAttemptResult *attempt = probeAttempt(*index))
            object.insert(QStringLiteral("outcome"), probeOutcomeName(attempt->outcome));
        recommendation = object;
    }
    QJsonArray probeArray;
    if (probe) {
        for (const ProbeAttemptResult &attempt : probe->attempts)
            probeArray.append(attempt.toJson());
    }
    QJsonObject object {
        {QStringLiteral("address"), address},
        {QStringLiteral("address_ascii"), asciiAddress},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("offline"), offline},
        {QStringLiteral("snapshot"),
         QJsonObject {{QStringLiteral("date"), snapshotDate},
                      {QStringLiteral("commit"), snapshotCommit}}},
        {QStringLiteral("sources"), sourceArray},
        {QStringLiteral("candidates"), candidateArray},
        {QStringLiteral("probe"), probeArray},
        {QStringLiteral("recommended"), recommendation},
    };
    if (probe)
        object.insert(QStringLiteral("probe_total_ms"), probe->totalMs);
    return object;
}

} // namespace Sendcheck
