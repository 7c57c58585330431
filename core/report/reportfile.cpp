// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Sendcheck {

bool ReportFile::save(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot write the report to %1: %2").arg(path, why);
        return false;
    };
    if (path.trimmed().isEmpty()) {
        if (error)
            *error = tr("No file name was given for the report.");
        return false;
    }
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("that is a folder"));
    if (!info.absoluteDir().exists())
        return fail(tr("the folder %1 does not exist").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Sendcheck
