// SPDX-License-Identifier: GPL-3.0-or-later
#include "ispdbsnapshot.h"

#include <QFile>
#include <QJsonDocument>

namespace Sendcheck {

const IspdbSnapshot &IspdbSnapshot::builtIn()
{
    static const IspdbSnapshot snapshot = fromFile(QStringLiteral(":/ispdb/ispdb.json"));
    return snapshot;
}

IspdbSnapshot IspdbSnapshot::fromFile(const QString &path)
{
    IspdbSnapshot snapshot;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return snapshot;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    snapshot.m_date = root.value(QLatin1String("date")).toString();
    snapshot.m_commit = root.value(QLatin1String("commit")).toString();
    snapshot.m_providers = root.value(QLatin1String("providers")).toObject();
    const QJsonObject domains = root.value(QLatin1String("domains")).toObject();
    for (auto it = domains.begin(); it != domains.end(); ++it)
        snapshot.m_domains.insert(it.key(), it.value().toString());
    return snapshot;
}

std::optional<AutoconfigConfig> IspdbSnapshot::find(const QString &domain) const
{
    const QString id = m_domains.value(domain.toLower());
    if (id.isEmpty() || !m_providers.contains(id))
        return std::nullopt;
    QStringList served;
    for (auto it = m_domains.begin(); it != m_domains.end(); ++it) {
        if (it.value() == id)
            served << it.key();
    }
    served.sort();
    AutoconfigConfig config
        = AutoconfigConfig::fromSnapshotJson(id, m_providers.value(id).toObject(), served);
    if (config.outgoing.isEmpty())
        return std::nullopt;
    return config;
}

} // namespace Sendcheck
