// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrecord.h"

namespace Sendcheck {

QJsonObject ReportRecord::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

ReportRecord ReportRecord::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("value")).toString()};
}

} // namespace Sendcheck
