// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanation.h"

#include <QJsonArray>

namespace Sendcheck {

QString Explanation::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QString Explanation::confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    }
    return QString();
}

QJsonObject Explanation::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("topic"), topic);
    object.insert(QStringLiteral("severity"), severityName());
    object.insert(QStringLiteral("transient"), transient);
    object.insert(QStringLiteral("title"), title);
    object.insert(QStringLiteral("summary"), summary);
    object.insert(QStringLiteral("causes"), QJsonArray::fromStringList(causes));
    object.insert(QStringLiteral("fixes"), QJsonArray::fromStringList(fixes));
    object.insert(QStringLiteral("provider_hint"), providerHint);
    object.insert(QStringLiteral("reference"), reference);
    object.insert(QStringLiteral("server_text"), serverText);
    object.insert(QStringLiteral("confidence"), confidenceName());
    QJsonArray items;
    for (const Evidence &item : evidence)
        items.append(item.toJson());
    object.insert(QStringLiteral("evidence"), items);
    return object;
}

} // namespace Sendcheck
