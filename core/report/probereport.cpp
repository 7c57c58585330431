// SPDX-License-Identifier: GPL-3.0-or-later
#include "probereport.h"

#include "probe/portproberesult.h"
#include "probe/probeexplanation.h"

namespace Sendcheck {

namespace {

ReportCheck::Status statusOf(const ProbeAttemptResult &attempt)
{
    switch (attempt.outcome) {
    case ProbeOutcome::Works:
        return attempt.authMechanisms.isEmpty() ? ReportCheck::Status::Warning
                                                : ReportCheck::Status::Pass;
    case ProbeOutcome::Refused:
    case ProbeOutcome::NoAnswer:
        return ReportCheck::Status::Info;
    case ProbeOutcome::WrongMode:
        return ReportCheck::Status::Warning;
    case ProbeOutcome::Certificate:
    case ProbeOutcome::Interception:
    case ProbeOutcome::Error:
        return ReportCheck::Status::Fail;
    }
    return ReportCheck::Status::Info;
}

} // namespace

QString ProbeReport::checkId(const ProbeAttemptResult &attempt)
{
    return QStringLiteral("probe.%1.%2")
        .arg(attempt.candidate.port)
        .arg(securityName(attempt.candidate.security));
}

Report ProbeReport::make(const PortProbeResult &result, const Profile &profile)
{
    Report report;
    report.kind = Report::Kind::Probe;
    report.time = QDateTime::currentDateTimeUtc();
    report.appVersion = Report::currentAppVersion();
    report.qtVersion = QString::fromLatin1(qVersion());
    report.os = Report::currentOs();
    report.profile = profile;
    report.ok = result.anyWorks();

    const ProbeAttemptResult *best = result.recommendedAttempt();
    if (best) {
        report.profile.host = best->candidate.host;
        report.profile.port = best->candidate.port;
        report.profile.security = best->candidate.security;
        report.verdict = tr("Use %1 port %2 with %3: %4")
                             .arg(best->candidate.host)
                             .arg(best->candidate.port)
                             .arg(securityName(best->candidate.security), result.reason);
        report.banner = best->banner.isEmpty() ? QStringList() : QStringList {best->banner};
        report.capabilities = best->capabilities;
    } else {
        report.verdict = result.reason;
        // The first attempt that got further than "nothing there" says most about why.
        const ProbeAttemptResult *telling = nullptr;
        const auto nothingThere = [](const ProbeAttemptResult *attempt) {
            return attempt->outcome == ProbeOutcome::Refused
                || attempt->outcome == ProbeOutcome::NoAnswer;
        };
        for (const ProbeAttemptResult &attempt : result.attempts) {
            if (!telling || (nothingThere(telling) && !nothingThere(&attempt)))
                telling = &attempt;
        }
        if (telling)
            report.explanation = probeExplanation(*telling);
    }

    for (const ProbeAttemptResult &attempt : result.attempts) {
        ReportCheck check;
        check.id = checkId(attempt);
        check.status = statusOf(attempt);
        check.title = tr("Port %1 (%2): %3")
                          .arg(attempt.candidate.port)
                          .arg(securityName(attempt.candidate.security),
                               probeOutcomeLabel(attempt.outcome));
        const Explanation explanation = probeExplanation(attempt);
        check.summary = explanation.isValid()
            ? QStringLiteral("%1. %2").arg(attempt.summary(), explanation.summary)
            : attempt.summary();
        check.fix = attempt.fix();
        const auto record = [&check](const QString &name, const QString &value) {
            if (!value.isEmpty())
                check.records.append({name, value});
        };
        record(tr("Server"),
               QStringLiteral("%1:%2").arg(attempt.candidate.host).arg(attempt.candidate.port));
        record(tr("Outcome"), probeOutcomeName(attempt.outcome));
        record(tr("Topic"), attempt.topic);
        if (attempt.connectMs >= 0)
            record(tr("Connected after"), tr("%1 ms").arg(attempt.connectMs));
        record(tr("Greeting"), attempt.banner);
        if (attempt.tls.used) {
            record(tr("TLS"),
                   QStringLiteral("%1, %2").arg(attempt.tls.protocol, attempt.tls.cipher));
            record(tr("Certificate verified"), attempt.tls.verified ? tr("yes") : tr("no"));
            if (!attempt.tls.chain.isEmpty())
                record(tr("Certificate"),
                       tr("%1, issued by %2, valid until %3")
                           .arg(attempt.tls.chain.first().subject, attempt.tls.chain.first().issuer,
                                attempt.tls.chain.first().notAfter.toUTC().toString(Qt::ISODate)));
            record(tr("Certificate problems"), attempt.tls.errors.join(QStringLiteral("; ")));
        }
        record(tr("Intercepted by"),
               attempt.interceptionProduct.isEmpty()
                   ? QString()
                   : QStringLiteral("%1 (%2)").arg(attempt.interceptionProduct,
                                                   attempt.interceptionIssuer));
        record(tr("Sign-in methods"), attempt.authMechanisms.join(u' '));
        if (attempt.sizeLimit)
            record(tr("Size limit"),
                   *attempt.sizeLimit == 0 ? tr("none announced")
                                           : tr("%1 bytes").arg(*attempt.sizeLimit));
        if (attempt.outcome != ProbeOutcome::Works)
            record(tr("Detail"), attempt.detail);
        report.checks.append(check);
    }
    return report;
}

} // namespace Sendcheck
