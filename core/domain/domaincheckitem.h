// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportcheck.h"

#include <QJsonObject>
#include <QString>

namespace Sendcheck {

// One finding of a domain check, under a stable id ("spf.record", "dmarc.policy", ...), with a
// status and three texts for people: what was checked, what was found, what to do.
struct DomainCheckItem
{
    enum class Status { Pass, Warn, Fail, Info, Error };

    QString id;
    Status status = Status::Info;
    QString title; // "SPF record"
    QString summary; // what was found, in plain words
    QString fix; // what to do; empty when nothing
    QString record; // a DNS record to publish, if the fix is one (zone-file form); not in JSON

    [[nodiscard]] static QString statusName(Status status); // "pass", "warn", ...
    // {"id", "status", "title", "summary", "fix"} (fix null when empty).
    [[nodiscard]] QJsonObject toJson() const;
    // The report's status for `status`: the one place the two lists meet. Error (the check
    // could not be done) counts as a failure, as it does for the CLI's exit status.
    [[nodiscard]] static ReportCheck::Status reportStatus(Status status);
    // The item as a report's check, its record to publish (if any) under "publish".
    [[nodiscard]] ReportCheck toReportCheck() const;
};

} // namespace Sendcheck
