// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercheckresult.h"

#include "report/report.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sendcheck {

bool ServerCheckResult::hasFailure() const
{
    for (const DomainCheckItem &item : checks) {
        if (item.status == DomainCheckItem::Status::Fail
            || item.status == DomainCheckItem::Status::Error)
            return true;
    }
    return false;
}

const DomainCheckItem *ServerCheckResult::check(const QString &id) const
{
    for (const DomainCheckItem &item : checks) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QJsonObject ServerCheckResult::toJson() const
{
    QJsonArray addressJson;
    for (const QHostAddress &address : addresses)
        addressJson << address.toString();
    QJsonArray checkJson;
    for (const DomainCheckItem &item : checks)
        checkJson << item.toJson();
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), int(port)},
            {QStringLiteral("addresses"), addressJson},
            {QStringLiteral("checks"), checkJson}};
}

static ReportCheck::Status reportStatus(DomainCheckItem::Status status)
{
    switch (status) {
    case DomainCheckItem::Status::Pass:
        return ReportCheck::Status::Pass;
    case DomainCheckItem::Status::Warn:
        return ReportCheck::Status::Warning;
    case DomainCheckItem::Status::Fail:
    case DomainCheckItem::Status::Error:
        return ReportCheck::Status::Fail;
    case DomainCheckItem::Status::Info:
        return ReportCheck::Status::Info;
    }
    return ReportCheck::Status::Info;
}

Report ServerCheckResult::toReport() const
{
    Report report;
    report.kind = Report::Kind::Server;
    report.time = QDateTime::currentDateTimeUtc();
    report.appVersion = Report::currentAppVersion();
    report.qtVersion = QString::fromLatin1(qVersion());
    report.os = Report::currentOs();
    report.profile.host = host;
    report.profile.port = port;
    report.ok = !hasFailure();
    int failed = 0;
    for (const DomainCheckItem &item : checks) {
        if (item.status == DomainCheckItem::Status::Fail
            || item.status == DomainCheckItem::Status::Error)
            ++failed;
    }
    report.verdict = failed == 0
        ? QCoreApplication::translate("Sendcheck::ServerCheck", "No problem found with %1:%2.")
              .arg(host)
              .arg(port)
        : QCoreApplication::translate("Sendcheck::ServerCheck",
                                      "Checks of %1:%2 that failed or could not be done: %3.")
              .arg(host)
              .arg(port)
              .arg(failed);
    if (probe.banner)
        report.banner = probe.banner->lines;
    if (probe.ehlo && !probe.ehlo->lines.isEmpty())
        report.ehloGreeting = probe.ehlo->lines.first();
    if (probe.ehlo)
        report.capabilities = probe.ehlo->lines.mid(1);
    for (const DomainCheckItem &item : checks) {
        ReportCheck check;
        check.id = item.id;
        check.status = reportStatus(item.status);
        check.title = item.title;
        check.summary = item.summary;
        check.fix = item.fix;
        report.checks << check;
    }
    return report;
}

} // namespace Sendcheck
