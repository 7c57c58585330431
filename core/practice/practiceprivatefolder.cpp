// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceprivatefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Sendcheck {

namespace {

// Texts are looked up as PracticePrivateFolderText::tr("...") so that lupdate sees each one with
// its context.
struct PracticePrivateFolderText
{
    Q_DECLARE_TR_FUNCTIONS(PracticePrivateFolder)
};

#ifdef Q_OS_UNIX
constexpr mode_t folderMode = S_IRWXU; // 0700
constexpr mode_t fileMode = S_IRUSR | S_IWUSR; // 0600
constexpr mode_t groupAndOthers = S_IRWXG | S_IRWXO; // 077

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}
#endif

} // namespace

PracticePrivateFolder::PracticePrivateFolder(const QString &path)
    : m_path(QDir::cleanPath(path)) { }

QString PracticePrivateFolder::filePath(const QString &name) const
{
    return m_path + QLatin1Char('/') + name;
}

#ifdef Q_OS_UNIX

bool PracticePrivateFolder::ensure()
{
    m_access = Access::Unknown;
    const QByteArray path = QFile::encodeName(m_path);
    struct stat info
    {
    };
    if (::stat(path.constData(), &info) != 0) {
        const QString parent = QFileInfo(m_path).path();
        if (!QDir().mkpath(parent)) {
            m_error = PracticePrivateFolderText::tr("Cannot create the folder %1.").arg(parent);
            return false;
        }
        // 0700 from the start (the umask can only take bits away), then exactly 0700 whatever
        // the umask took.
        if (::mkdir(path.constData(), folderMode) != 0 && errno != EEXIST) {
            m_error = PracticePrivateFolderText::tr("Cannot create the folder %1: %2")
                          .arg(m_path, qt_error_string(errno));
            return false;
        }
        if (::stat(path.constData(), &info) != 0) {
            m_error = PracticePrivateFolderText::tr("Cannot create the folder %1: %2")
                          .arg(m_path, qt_error_string(errno));
            return false;
        }
        m_access = Access::Created;
    }
    if (!S_ISDIR(info.st_mode)) {
        m_error = PracticePrivateFolderText::tr("%1 is not a folder.").arg(m_path);
        m_access = Access::Unknown;
        return false;
    }
    if (info.st_uid != ::geteuid() || (info.st_mode & S_ISVTX)) {
        m_access = Access::NotOurs;
        return true;
    }
    if ((info.st_mode & 07777) != folderMode) {
        const bool wider = (info.st_mode & groupAndOthers) != 0;
        if (::chmod(path.constData(), folderMode) != 0) {
            m_error = PracticePrivateFolderText::tr("Cannot make the folder %1 private: %2")
                          .arg(m_path, qt_error_string(errno));
            m_access = Access::Unknown;
            return false;
        }
        if (m_access != Access::Created && wider)
            m_access = Access::Tightened;
    }
    if (m_access == Access::Unknown)
        m_access = Access::Private;
    return true;
}

bool PracticePrivateFolder::writeFile(const QString &name, const QByteArray &bytes)
{
    const QByteArray target = QFile::encodeName(filePath(name));
    // mkstemp makes the file with O_EXCL and mode 0600: nobody else can open it, and nobody
    // can have planted a link under its random name.
    QByteArray temporary = QFile::encodeName(filePath(QStringLiteral(".%1.XXXXXX").arg(name)));
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        m_error = PracticePrivateFolderText::tr("Cannot write %1: %2")
                      .arg(filePath(name), qt_error_string(errno));
        return false;
    }
    bool ok = ::fchmod(fd, fileMode) == 0 && writeAll(fd, bytes);
    const int writeError = errno;
    ok = ::close(fd) == 0 && ok;
    if (ok && ::rename(temporary.constData(), target.constData()) == 0)
        return true;
    const int error = ok ? errno : writeError;
    ::unlink(temporary.constData());
    m_error = PracticePrivateFolderText::tr("Cannot write %1: %2")
                  .arg(filePath(name), qt_error_string(error));
    return false;
}

bool PracticePrivateFolder::tightenFile(const QString &name)
{
    const QByteArray path = QFile::encodeName(filePath(name));
    struct stat info
    {
    };
    if (::lstat(path.constData(), &info) != 0 || !S_ISREG(info.st_mode)
        || info.st_uid != ::geteuid() || (info.st_mode & groupAndOthers) == 0)
        return false;
    return ::chmod(path.constData(), fileMode) == 0;
}

#else

// Elsewhere (Windows) a user's application data folder is private already; files get the
// owner-only permissions Qt can express.

bool PracticePrivateFolder::ensure()
{
    const bool existed = QFileInfo(m_path).isDir();
    if (!QDir().mkpath(m_path)) {
        m_error = PracticePrivateFolderText::tr("Cannot create the folder %1.").arg(m_path);
        m_access = Access::Unknown;
        return false;
    }
    m_access = existed ? Access::Private : Access::Created;
    return true;
}

bool PracticePrivateFolder::writeFile(const QString &name, const QByteArray &bytes)
{
    QSaveFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = PracticePrivateFolderText::tr("Cannot write %1: %2")
                      .arg(filePath(name), file.errorString());
        return false;
    }
    return true;
}

bool PracticePrivateFolder::tightenFile(const QString &name)
{
    const QString path = filePath(name);
    const QFileDevice::Permissions own = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions now = QFile::permissions(path);
    if (!QFileInfo(path).isFile()
        || (now & ~(own | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0)
        return false;
    return QFile::setPermissions(path, own);
}

#endif

} // namespace Sendcheck
