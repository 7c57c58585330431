// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcheck.h"

#include "common/enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sendcheck {

QString ReportCheck::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Info:
        return QStringLiteral("info");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

std::optional<ReportCheck::Status> ReportCheck::statusFromName(const QString &name)
{
    return enumFromName(
        name, {Status::Pass, Status::Warning, Status::Fail, Status::Info, Status::Skipped},
        statusName);
}

QJsonObject ReportCheck::toJson() const
{
    QJsonArray recordArray;
    for (const ReportRecord &record : records)
        recordArray.append(record.toJson());
    return {{QStringLiteral("id"), id},       {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("title"), title}, {QStringLiteral("summary"), summary},
            {QStringLiteral("fix"), fix},     {QStringLiteral("records"), recordArray}};
}

std::optional<ReportCheck> ReportCheck::fromJson(const QJsonObject &object, QString *error)
{
    ReportCheck check;
    check.id = object.value(QStringLiteral("id")).toString();
    const auto status = statusFromName(object.value(QStringLiteral("status")).toString());
    if (check.id.isEmpty() || !status) {
        if (error)
            *error = QCoreApplication::translate("Sendcheck::Report",
                                                 "A check has no id or an unknown status.");
        return std::nullopt;
    }
    check.status = *status;
    check.title = object.value(QStringLiteral("title")).toString();
    check.summary = object.value(QStringLiteral("summary")).toString();
    check.fix = object.value(QStringLiteral("fix")).toString();
    const QJsonArray recordArray = object.value(QStringLiteral("records")).toArray();
    for (const QJsonValue &value : recordArray)
        check.records.append(ReportRecord::fromJson(value.toObject()));
    return check;
}

} // namespace Sendcheck
