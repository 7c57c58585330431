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

} // namespace Sendcheck
