// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaincheckitem.h"

namespace Sendcheck {

QString DomainCheckItem::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Info:
        return QStringLiteral("info");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QJsonObject DomainCheckItem::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("title"), title},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("fix"), fix.isEmpty() ? QJsonValue() : QJsonValue(fix)}};
}

ReportCheck::Status DomainCheckItem::reportStatus(Status status)
{
    switch (status) {
    case Status::Pass:
        return ReportCheck::Status::Pass;
    case Status::Warn:
        return ReportCheck::Status::Warning;
    case Status::Fail:
    case Status::Error:
        return ReportCheck::Status::Fail;
    case Status::Info:
        return ReportCheck::Status::Info;
    }
    return ReportCheck::Status::Info;
}

ReportCheck DomainCheckItem::toReportCheck() const
{
    ReportCheck check;
    check.id = id;
    check.status = reportStatus(status);
    check.title = title;
    check.summary = summary;
    check.fix = fix;
    if (!record.isEmpty())
        check.records << ReportRecord {QStringLiteral("publish"), record};
    return check;
}

} // namespace Sendcheck
