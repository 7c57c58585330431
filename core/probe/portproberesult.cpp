// SPDX-License-Identifier: GPL-3.0-or-later
#include "portproberesult.h"

#include <QJsonArray>

#include <tuple>

namespace Sendcheck {

namespace {

// Lower is better: implicit TLS on 465, STARTTLS on 587, other implicit TLS, other STARTTLS
// ports, port 25 last (meant for server-to-server mail, often blocked).
int preference(const ProbeCandidate &candidate)
{
    if (candidate.security == Security::ImplicitTls)
        return candidate.port == 465 ? 0 : 2;
    if (candidate.port == 587)
        return 1;
    return candidate.port == 25 ? 4 : 3;
}

} // namespace

void PortProbeResult::recommend()
{
    recommended.reset();
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const ProbeAttemptResult &attempt = attempts.at(i);
        if (attempt.outcome != ProbeOutcome::Works)
            continue;
        const auto key = [](const ProbeAttemptResult &a) {
            return std::tuple(a.authMechanisms.isEmpty(), preference(a.candidate),
                              a.connectMs < 0 ? std::numeric_limits<qint64>::max() : a.connectMs);
        };
        if (!recommended || key(attempt) < key(attempts.at(*recommended)))
            recommended = i;
    }
    if (!recommended) {
        const bool intercepted = std::any_of(attempts.cbegin(), attempts.cend(), [](const auto &a) {
            return a.outcome == ProbeOutcome::Interception;
        });
        reason = intercepted
            ? tr("No setting works without interception: antivirus or a proxy stands between "
                 "this computer and the server.")
            : tr("No setting works from here; the rows say why for each port.");
        return;
    }
    const ProbeAttemptResult &best = attempts.at(*recommended);
    const QString port = QString::number(best.candidate.port);
    if (best.authMechanisms.isEmpty())
        reason = tr("Port %1 works, but the server offers no sign-in there: it only fits a relay "
                    "that knows this computer.")
                     .arg(port);
    else if (best.candidate.security == Security::ImplicitTls && best.candidate.port == 465)
        reason = tr("TLS from the start on port 465: encrypted from the first byte, which RFC 8314 "
                    "recommends for sending mail.");
    else if (best.candidate.security == Security::ImplicitTls)
        reason = tr("TLS from the start on port %1: encrypted from the first byte (RFC 8314).")
                     .arg(port);
    else if (best.candidate.port == 587)
        reason = tr("STARTTLS on port 587, the submission port (RFC 6409): TLS from the start on "
                    "465 did not work here.");
    else
        reason = tr("STARTTLS on port %1: neither 465 nor 587 worked here.").arg(port);
}

QJsonObject PortProbeResult::toJson() const
{
    QJsonArray probe;
    for (const ProbeAttemptResult &attempt : attempts)
        probe.append(attempt.toJson());
    QJsonValue best = QJsonValue::Null;
    if (const ProbeAttemptResult *attempt = recommendedAttempt())
        best = QJsonObject {{QStringLiteral("host"), attempt->candidate.host},
                            {QStringLiteral("port"), int(attempt->candidate.port)},
                            {QStringLiteral("security"), securityName(attempt->candidate.security)},
                            {QStringLiteral("auth_mechanisms"),
                             QJsonArray::fromStringList(attempt->authMechanisms)},
                            {QStringLiteral("reason"), reason}};
    return {{QStringLiteral("probe"), probe},
            {QStringLiteral("recommended"), best},
            {QStringLiteral("recommendation"), reason},
            {QStringLiteral("total_ms"), totalMs}};
}

} // namespace Sendcheck
