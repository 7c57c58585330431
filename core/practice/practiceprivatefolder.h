// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sendcheck {

// A folder for what is the user's alone (saved practice messages, the practice certificate's
// key): the folder 0700, its files 0600, whatever the umask. A folder made here is 0700 from
// its first moment and a file 0600 from its first byte, so there is no moment in which another
// user could open either. An existing folder or file of the user's with wider permissions is
// tightened. A folder that belongs to someone else or is shared with the sticky bit (/tmp) is
// left as it is; the files written into it are still 0600.
class PracticePrivateFolder
{
public:
    enum class Access {
        Unknown, // ensure() not called, or it failed
        Created, // made by ensure(): 0700
        Private, // was there already, 0700 or narrower
        Tightened, // was there with wider permissions; now 0700
        NotOurs, // another user's, or a sticky shared folder: left alone
    };

    explicit PracticePrivateFolder(const QString &path);

    // Makes the folder (and any missing parent) or tightens it, as above. False with
    // errorString() when it cannot be made or is not a folder.
    bool ensure();
    [[nodiscard]] Access access() const { return m_access; }

    // Writes `bytes` to `name` in the folder: into a new file that is 0600 from its creation,
    // then renamed over `name`, so a reader sees the old file or the whole new one.
    bool writeFile(const QString &name, const QByteArray &bytes);
    // Makes an existing file of the user's 0600 if it allows more. True if it changed.
    bool tightenFile(const QString &name);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString filePath(const QString &name) const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    Access m_access = Access::Unknown;
};

} // namespace Sendcheck
