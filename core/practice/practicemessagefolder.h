// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practiceprivatefolder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sendcheck {

struct ReceivedMessage;

// The folder the practice server saves messages into, one "<yyyyMMdd-HHmmss>-<queue id>.eml"
// file each: private to the user (PracticePrivateFolder: 0700, files 0600) and bounded. When a
// new message would make more than maxMessages files or maxBytes bytes, the oldest saved
// messages are deleted first, as a mail catcher keeps the latest mail; the newest message is
// always kept, and a message is never refused because the folder is full. Only files named as
// the server names them are counted or deleted; anything else in the folder is left alone.
// Messages saved by an earlier run count too.
class PracticeMessageFolder
{
public:
    explicit PracticeMessageFolder(const QString &path);

    // 0 = no limit.
    void setLimits(int maxMessages, qint64 maxBytes);

    // Makes or tightens the folder, tightens the messages already in it and counts them.
    // False with errorString() when the folder cannot be made.
    bool open();
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] PracticePrivateFolder::Access access() const { return m_folder.access(); }

    // Saves the message as `path`; `removed` gets the paths of older messages deleted to make
    // room. False with errorString() when it could not be written.
    bool save(const ReceivedMessage &message, QString *path, QStringList *removed);

    [[nodiscard]] int count() const { return int(m_files.size()); }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] QString path() const { return m_folder.path(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] static bool isMessageFileName(const QString &name);

private:
    struct File
    {
        QString name;
        qint64 size = 0;
    };

    void makeRoom(QStringList *removed);

    PracticePrivateFolder m_folder;
    QList<File> m_files; // oldest first
    qint64 m_bytes = 0;
    int m_maxMessages = 0;
    qint64 m_maxBytes = 0;
    bool m_open = false;
    QString m_error;
};

} // namespace Sendcheck
