// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetjson.h"

#include "provider.h"

#include <QJsonArray>

namespace Sendcheck::PresetJson {

bool readString(const QJsonObject &object, const QString &key, QString *target, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        *error = Provider::tr("\"%1\" must be a text value.").arg(key);
        return false;
    }
    *target = value.toString();
    return true;
}

bool readStringList(const QJsonObject &object, const QString &key, QStringList *target,
                    QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    bool ok = value.isArray();
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        ok = ok && item.isString();
        result.append(item.toString());
    }
    if (!ok) {
        *error = Provider::tr("\"%1\" must be a list of text values.").arg(key);
        return false;
    }
    *target = result;
    return true;
}

} // namespace Sendcheck::PresetJson
