// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocklistcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcBlocklists, "sendcheck.blocklists")

namespace Sendcheck {

const BlocklistCatalog &BlocklistCatalog::builtIn()
{
    static const BlocklistCatalog catalog = []() {
        BlocklistCatalog loaded;
        QFile file(QStringLiteral(":/blocklists.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcBlocklists) << "cannot open :/blocklists.json";
        else if (!loaded.load(file.readAll(), &error))
            qCWarning(lcBlocklists) << error;
        return loaded;
    }();
    return catalog;
}

bool BlocklistCatalog::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error = QStringLiteral("blocklists.json: %1").arg(parseError.errorString());
        return false;
    }
    QList<Blocklist> lists;
    QSet<QString> ids;
    for (const QJsonValue &value : document.object().value(QStringLiteral("lists")).toArray()) {
        const std::optional<Blocklist> list = Blocklist::fromJson(value.toObject(), error);
        if (!list)
            return false;
        if (ids.contains(list->id)) {
            *error = QStringLiteral("blocklist '%1' is there twice").arg(list->id);
            return false;
        }
        ids.insert(list->id);
        lists << *list;
    }
    if (lists.isEmpty()) {
        *error = QStringLiteral("blocklists.json has no lists");
        return false;
    }
    m_lists = lists;
    return true;
}

QList<Blocklist> BlocklistCatalog::queried(Blocklist::Kind kind) const
{
    QList<Blocklist> result;
    for (const Blocklist &list : m_lists) {
        if (list.query && list.kind == kind)
            result << list;
    }
    return result;
}

QList<Blocklist> BlocklistCatalog::notQueried() const
{
    QList<Blocklist> result;
    for (const Blocklist &list : m_lists) {
        if (!list.query)
            result << list;
    }
    return result;
}

} // namespace Sendcheck
