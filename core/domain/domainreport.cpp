// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainreport.h"

namespace Sendcheck {

Report DomainReport::make(const DomainCheckResult &result, const Profile &profile)
{
    Report report;
    report.kind = Report::Kind::Domain;
    report.time = QDateTime::currentDateTimeUtc();
    report.appVersion = Report::currentAppVersion();
    report.qtVersion = QString::fromLatin1(qVersion());
    report.os = Report::currentOs();
    report.profile = profile;
    report.domain = result.toJson();
    report.ok = !result.hasFailure();
    QStringList failed;
    int warnings = 0;
    for (const DomainCheckItem &item : result.checks) {
        report.checks << item.toReportCheck();
        if (report.checks.last().status == ReportCheck::Status::Fail)
            failed << item.id;
        else if (item.status == DomainCheckItem::Status::Warn)
            ++warnings;
    }
    if (!failed.isEmpty())
        report.verdict = tr("%1: %n check(s) fail (%2)", nullptr, int(failed.size()))
                             .arg(result.domain, failed.join(QStringLiteral(", ")));
    else if (warnings > 0)
        report.verdict
            = tr("%1: nothing fails, %n warning(s)", nullptr, warnings).arg(result.domain);
    else
        report.verdict = tr("%1: every check passes").arg(result.domain);
    return report;
}

} // namespace Sendcheck
