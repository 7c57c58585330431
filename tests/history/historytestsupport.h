// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

// A small report of a run, as the history tests store many of them.
inline Sendcheck::Report sampleReport(const QString &profileName, bool ok, const QString &tag = {},
                                      const QDateTime &time = QDateTime::currentDateTimeUtc())
{
    using namespace Sendcheck;
    Report report;
    report.kind = Report::Kind::Send;
    report.time = time;
    report.appVersion = Report::currentAppVersion();
    report.os = Report::currentOs();
    report.ok = ok;
    report.verdict = ok ? QStringLiteral("Sent") : QStringLiteral("Failed at auth");
    if (!ok) {
        report.explanation.topic = QStringLiteral("auth.credentials_rejected");
        report.explanation.title = QStringLiteral("The server refused the user name or password");
    }
    report.profile.id = QStringLiteral("id-") + profileName.toLower();
    report.profile.name = profileName;
    report.profile.host = QStringLiteral("mail.example.com");
    report.profile.port = 587;
    report.banner = {QStringLiteral("220 mail.example.com ESMTP ") + tag};
    return report;
}
