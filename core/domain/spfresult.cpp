// SPDX-License-Identifier: GPL-3.0-or-later
#include "spfresult.h"

#include <QJsonArray>

namespace Sendcheck {

namespace {
struct Name
{
    SpfResultCode code;
    const char *name;
};
constexpr Name names[] = {
    {SpfResultCode::None, "none"},           {SpfResultCode::Neutral, "neutral"},
    {SpfResultCode::Pass, "pass"},           {SpfResultCode::Fail, "fail"},
    {SpfResultCode::SoftFail, "softfail"},   {SpfResultCode::TempError, "temperror"},
    {SpfResultCode::PermError, "permerror"},
};
} // namespace

QString spfResultName(SpfResultCode code)
{
    for (const Name &entry : names) {
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<SpfResultCode> spfResultFromName(const QString &name)
{
    for (const Name &entry : names) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.code;
    }
    return std::nullopt;
}

QJsonObject SpfNode::toJson() const
{
    QJsonObject object {{QStringLiteral("domain"), domain},
                        {QStringLiteral("record"), record.isEmpty() ? QJsonValue() : record},
                        {QStringLiteral("result"), spfResultName(result)},
                        {QStringLiteral("lookups"), lookups}};
    if (!via.isEmpty())
        object.insert(QStringLiteral("via"), via);
    if (!matched.isEmpty())
        object.insert(QStringLiteral("matched"), matched);
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    QJsonArray array;
    for (const SpfNode &child : children)
        array.append(child.toJson());
    if (!array.isEmpty())
        object.insert(QStringLiteral("children"), array);
    return object;
}

QString SpfNode::toText(int indent) const
{
    QString line = QString(indent * 2, QLatin1Char(' '));
    if (!via.isEmpty())
        line += via + QStringLiteral(" -> ");
    line += domain;
    line += record.isEmpty() ? QStringLiteral(" (no SPF record)")
                             : QStringLiteral(": \"%1\"").arg(record);
    if (!error.isEmpty())
        line += QStringLiteral(" [%1: %2]").arg(spfResultName(result), error);
    QString text = line + QLatin1Char('\n');
    for (const SpfNode &child : children)
        text += child.toText(indent + 1);
    return text;
}

QJsonObject SpfResult::toJson() const
{
    return {{QStringLiteral("domain"), domain},
            {QStringLiteral("record"), record.isEmpty() ? QJsonValue() : record},
            {QStringLiteral("result"), spfResultName(result)},
            {QStringLiteral("explanation"), explanation.isEmpty() ? QJsonValue() : explanation},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : error},
            {QStringLiteral("dns_lookups"), dnsLookups},
            {QStringLiteral("void_lookups"), voidLookups},
            {QStringLiteral("tree"), tree.toJson()}};
}

} // namespace Sendcheck
