// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Sendcheck {

// One run in the history list: the indexed columns, without the report itself.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime time; // UTC, when the run finished
    QString kind; // "send", "domain", "server", "probe"
    QString profileId;
    QString profileName;
    QString host;
    quint16 port = 0;
    bool ok = false;
    QString topic; // topic id (core/diagnosis/topicids.h) of what went wrong; empty when it worked

    // {id, time, kind, profile_id, profile, host, port, ok, topic}: `history --json`.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
