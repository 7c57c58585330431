// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfigconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sendcheck {

// The bundled, dated copy of Thunderbird's ISPDB (resources/ispdb/ispdb.json, made by
// resources/ispdb/refresh_ispdb.py from github.com/thunderbird/autoconfig; MPL-2.0, its licence
// in resources/ispdb/LICENSE.ispdb). Answers at once and offline.
class IspdbSnapshot
{
public:
    // The compiled-in snapshot, read once.
    [[nodiscard]] static const IspdbSnapshot &builtIn();
    // Reads a snapshot file; an unreadable or wrong file gives an empty snapshot.
    [[nodiscard]] static IspdbSnapshot fromFile(const QString &path);

    [[nodiscard]] bool isEmpty() const { return m_domains.isEmpty(); }
    [[nodiscard]] QString date() const { return m_date; } // "2026-03-12"
    [[nodiscard]] QString commit() const { return m_commit; }
    [[nodiscard]] qsizetype domainCount() const { return m_domains.size(); }
    [[nodiscard]] QStringList domains() const { return m_domains.keys(); }

    // The provider serving `domain` (lower case, ASCII), placeholders unfilled.
    [[nodiscard]] std::optional<AutoconfigConfig> find(const QString &domain) const;

private:
    QString m_date;
    QString m_commit;
    QHash<QString, QString> m_domains; // domain -> provider id
    QJsonObject m_providers;
};

} // namespace Sendcheck
