// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoveryreport.h"

#include "discovery/discoveryresult.h"
#include "probereport.h"

#include <QDateTime>

namespace Sendcheck {

static ReportCheck::Status statusFor(DiscoverySource::Outcome outcome)
{
    switch (outcome) {
    case DiscoverySource::Outcome::Found:
        return ReportCheck::Status::Pass;
    case DiscoverySource::Outcome::Untrusted:
    case DiscoverySource::Outcome::OtherDomain:
        return ReportCheck::Status::Warning;
    case DiscoverySource::Outcome::Error:
        return ReportCheck::Status::Fail;
    case DiscoverySource::Outcome::Skipped:
    case DiscoverySource::Outcome::Pending:
        return ReportCheck::Status::Skipped;
    case DiscoverySource::Outcome::NotFound:
        break;
    }
    return ReportCheck::Status::Info;
}

Report DiscoveryReport::make(const DiscoveryResult &result)
{
    Report report;
    report.kind = Report::Kind::Discovery;
    report.time = QDateTime::currentDateTimeUtc();
    report.appVersion = Report::currentAppVersion();
    report.qtVersion = QString::fromLatin1(qVersion());
    report.os = Report::currentOs();
    report.profile.from = result.address;
    const std::optional<qsizetype> recommended = result.recommended();
    // Probed: it worked only if a setting works from here.
    report.ok = result.probe ? result.probe->anyWorks() : recommended.has_value();
    report.verdict = result.recommendationReason();
    if (recommended) {
        const DiscoveryCandidate &best = result.candidates.at(*recommended);
        report.profile.host = best.probe.host;
        report.profile.port = best.probe.port;
        report.profile.security = best.probe.security;
        report.profile.userName = best.userName;
    }
    for (const DiscoverySource &source : result.sources) {
        ReportCheck check;
        check.id = QStringLiteral("discovery.") + DiscoverySource::kindName(source.kind);
        check.status = statusFor(source.outcome);
        check.title = QStringLiteral("%1: %2").arg(DiscoverySource::kindLabel(source.kind),
                                                   source.urlOrName);
        check.summary = QStringLiteral("%1: %2").arg(DiscoverySource::outcomeLabel(source.outcome),
                                                     source.detail);
        for (const DiscoveryCandidate &candidate : source.candidates)
            check.records << ReportRecord {tr("server"), candidate.describe()};
        report.checks << check;
    }
    ReportCheck candidates;
    candidates.id = QStringLiteral("discovery.candidates");
    candidates.status
        = result.candidates.isEmpty() ? ReportCheck::Status::Fail : ReportCheck::Status::Info;
    candidates.title = tr("Servers to try");
    candidates.summary = result.candidates.isEmpty()
        ? tr("No source gave any settings.")
        : tr("Server settings found: %1, best source first.").arg(result.candidates.size());
    if (result.candidates.isEmpty())
        candidates.fix = tr("Ask your mail provider for its outgoing (SMTP) server, or run "
                            "discovery again online.");
    for (const DiscoveryCandidate &candidate : result.candidates)
        candidates.records << ReportRecord {candidate.probe.source, candidate.describe()};
    report.checks << candidates;
    // After the probe, its attempts as the port probe's report has them, each titled with its
    // server (discovery may give several).
    if (result.probe) {
        const Report probed = ProbeReport::make(*result.probe, Profile());
        // ProbeReport makes one check per attempt, in order.
        for (qsizetype i = 0; i < probed.checks.size(); ++i) {
            ReportCheck check = probed.checks.at(i);
            check.title = QStringLiteral("%1: %2").arg(result.probe->attempts.at(i).candidate.host,
                                                       check.title);
            report.checks << check;
        }
        if (!report.ok)
            report.explanation = probed.explanation;
    }
    return report;
}

} // namespace Sendcheck
