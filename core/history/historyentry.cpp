// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyentry.h"

namespace Sendcheck {

QJsonObject HistoryEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("profile_id"), profileId},
            {QStringLiteral("profile"), profileName},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), int(port)},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("topic"), topic}};
}

} // namespace Sendcheck
