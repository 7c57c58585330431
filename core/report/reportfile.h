// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sendcheck {

// Writes a report file whole or not at all (QSaveFile: a temporary file renamed over the
// target on success), so a full disk or a crash never leaves half a report behind.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReportFile)

public:
    // False with the reason in `error` ("Cannot write the report to /x/y.md: No such file or
    // directory"); an existing file at `path` is then left as it was.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace Sendcheck
