// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// One check of a run with a stable id ("dns.mx", "probe.587"), its status, a title and summary
// in plain words, what to do about it, and the records it looked at. The shape every kind of
// run (domain, server, probe) gives to reports, history, CLI JSON and GUI panels.
struct ReportCheck
{
    enum class Status {
        Pass,
        Warning,
        Fail,
        Info,
        Skipped, // not run (an earlier step failed, or it does not apply)
    };

    QString id;
    Status status = Status::Info;
    QString title;
    QString summary;
    QString fix; // empty when nothing needs doing
    QList<ReportRecord> records;

    // "pass", "warning", "fail", "info", "skipped": the names used in JSON.
    [[nodiscard]] static QString statusName(Status status);
    [[nodiscard]] static std::optional<Status> statusFromName(const QString &name);
    // {id, status, title, summary, fix, records: [{name, value}]}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ReportCheck> fromJson(const QJsonObject &object,
                                                             QString *error);
    friend bool operator==(const ReportCheck &, const ReportCheck &) = default;
};

} // namespace Sendcheck
