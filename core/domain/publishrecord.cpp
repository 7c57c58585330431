// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishrecord.h"

namespace Sendcheck {

QString PublishRecord::zoneLine() const
{
    if (type == QLatin1String("TXT"))
        return QStringLiteral("%1. TXT \"%2\"").arg(name, value);
    // A host name ends with a dot in a zone file; a placeholder ("<id>") is left as it is.
    const QString data = value.endsWith(QLatin1Char('.')) || value.endsWith(QLatin1Char('>'))
        ? value
        : value + QLatin1Char('.');
    return QStringLiteral("%1. %2 %3").arg(name, type, data);
}

QJsonObject PublishRecord::toJson() const
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("name"), name},
            {QStringLiteral("value"), value},
            {QStringLiteral("why"), why}};
}

} // namespace Sendcheck
