// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receivedmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace Sendcheck {

// The practice server's own mailbox, read over IMAP (PracticeImapServer): every accepted
// message delivered into INBOX, or into Junk when the scenario says so, with the trace fields a
// receiving server adds on top (Return-Path, Received, Authentication-Results), so a read-back
// can be tried offline. Keeps the newest messages only.
class PracticeMailbox : public QObject
{
    Q_OBJECT
public:
    enum class Folder { Inbox, Junk };
    struct Message
    {
        quint32 uid = 0;
        Folder folder = Folder::Inbox;
        QDateTime received;
        QByteArray content; // trace fields + the message as the client sent it (CRLF)
    };

    explicit PracticeMailbox(QObject *parent = nullptr);

    // Files `message` as received by `hostName`. In Junk the Authentication-Results say that
    // SPF and DMARC failed and a spam filter's verdict is added, as a receiver writes them for
    // mail it distrusts.
    void deliver(const ReceivedMessage &message, const QString &hostName, bool junk);

    // The messages of `folder`, oldest (lowest UID) first.
    [[nodiscard]] QList<const Message *> messages(Folder folder) const;
    [[nodiscard]] quint32 uidValidity() const { return m_uidValidity; }
    [[nodiscard]] quint32 uidNext() const { return m_nextUid; }
    void setMaxMessages(int count) { m_maxMessages = qMax(1, count); }

    // "INBOX" / "Junk"; a name is found case-insensitively for INBOX (RFC 3501 5.1).
    [[nodiscard]] static QString folderName(Folder folder);
    [[nodiscard]] static std::optional<Folder> folderFromName(const QString &name);

Q_SIGNALS:
    void delivered(Sendcheck::PracticeMailbox::Folder folder);

private:
    QList<Message> m_messages;
    quint32 m_uidValidity;
    quint32 m_nextUid = 1;
    int m_maxMessages = 200;
};

} // namespace Sendcheck
