// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoveryresult.h"

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

std::optional<qsizetype> DiscoveryResult::recommended() const
{
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
        const ProbeCandidate &probe = candidates.at(i).probe;
        if (!candidates.at(i).trusted || probe.host != host || probe.security == Security::None)
            continue;
        if (!best
            || securityOrder(probe.security) < securityOrder(candidates.at(*best).probe.security))
            best = i;
    }
    return best;
}

QString DiscoveryResult::recommendationReason() const
{
    const std::optional<qsizetype> index = recommended();
    if (!index) {
        if (!addressValid())
            return tr("No recommendation: the address is not valid.");
        if (candidates.isEmpty())
            return tr("No recommendation: no source gave any settings.");
        return tr("No recommendation: only guesses or untrusted answers; test them before "
                  "using one.");
    }
    const DiscoveryCandidate &candidate = candidates.at(*index);
    if (candidate.probe.security == Security::ImplicitTls)
        return tr("%1: TLS from the first byte (RFC 8314 prefers it), from the first trusted "
                  "source that knows this address.")
            .arg(candidate.describe());
    return tr("%1: STARTTLS, because the first trusted source that knows this address lists "
              "no TLS port for this server.")
        .arg(candidate.describe());
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
        recommendation = object;
    }
    return QJsonObject {
        {QStringLiteral("address"), address},
        {QStringLiteral("address_ascii"), asciiAddress},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("offline"), offline},
        {QStringLiteral("snapshot"),
         QJsonObject {{QStringLiteral("date"), snapshotDate},
                      {QStringLiteral("commit"), snapshotCommit}}},
        {QStringLiteral("sources"), sourceArray},
        {QStringLiteral("candidates"), candidateArray},
        {QStringLiteral("probe"), QJsonArray()},
        {QStringLiteral("recommended"), recommendation},
    };
}

} // namespace Sendcheck
