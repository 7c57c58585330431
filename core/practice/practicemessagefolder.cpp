// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicemessagefolder.h"

#include "receivedmessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Sendcheck {

PracticeMessageFolder::PracticeMessageFolder(const QString &path) : m_folder(path) { }

void PracticeMessageFolder::setLimits(int maxMessages, qint64 maxBytes)
{
    m_maxMessages = qMax(0, maxMessages);
    m_maxBytes = qMax<qint64>(0, maxBytes);
}

bool PracticeMessageFolder::isMessageFileName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{8}-[0-9]{6}-[0-9A-F]{1,16}\\.eml$"));
    return pattern.match(name).hasMatch();
}

bool PracticeMessageFolder::open()
{
    m_open = false;
    m_files.clear();
    m_bytes = 0;
    if (!m_folder.ensure()) {
        m_error = m_folder.errorString();
        return false;
    }
    QFileInfoList found;
    const QFileInfoList entries
        = QDir(m_folder.path()).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || !isMessageFileName(entry.fileName()))
            continue;
        m_folder.tightenFile(entry.fileName());
        found << entry;
    }
    // Oldest first: by the time written, then by name (which starts with the time received).
    std::sort(found.begin(), found.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime aTime = a.lastModified();
        const QDateTime bTime = b.lastModified();
        return aTime != bTime ? aTime < bTime : a.fileName() < b.fileName();
    });
    for (const QFileInfo &entry : std::as_const(found)) {
        m_files.append({entry.fileName(), entry.size()});
        m_bytes += entry.size();
    }
    m_open = true;
    return true;
}

bool PracticeMessageFolder::save(const ReceivedMessage &message, QString *path,
                                 QStringList *removed)
{
    const QString name
        = QStringLiteral("%1-%2.eml")
              .arg(message.received.toString(QStringLiteral("yyyyMMdd-HHmmss")), message.queueId);
    *path = m_folder.filePath(name);
    if (!m_open && !open())
        return false;
    if (!m_folder.writeFile(name, message.data)) {
        m_error = m_folder.errorString();
        // The folder may have gone away: look at it afresh next time.
        if (!QFileInfo(m_folder.path()).isDir())
            m_open = false;
        return false;
    }
    const auto same = std::find_if(m_files.begin(), m_files.end(),
                                   [&name](const File &file) { return file.name == name; });
    if (same != m_files.end()) {
        m_bytes -= same->size;
        m_files.erase(same);
    }
    m_files.append({name, message.data.size()});
    m_bytes += message.data.size();
    makeRoom(removed);
    return true;
}

void PracticeMessageFolder::makeRoom(QStringList *removed)
{
    const auto over = [this] {
        return (m_maxMessages > 0 && m_files.size() > m_maxMessages)
            || (m_maxBytes > 0 && m_bytes > m_maxBytes);
    };
    // The newest (last) message always stays.
    while (m_files.size() > 1 && over()) {
        const File oldest = m_files.takeFirst();
        m_bytes -= oldest.size;
        const QString path = m_folder.filePath(oldest.name);
        if (QFile::remove(path) && removed)
            removed->append(path);
    }
}

} // namespace Sendcheck
