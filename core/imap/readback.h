// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imapmailbox.h"
#include "imapsession.h"

#include "readback/readbackresult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Sendcheck {

// Finds a sent test message in a mailbox by its Message-ID and reads how the receiver judged
// it. Signs in over IMAP (ImapSession), lists the folders (special-use attributes where the
// server has SPECIAL-USE), then searches INBOX, the junk folder(s) (\Junk, else the usual
// names Junk, Spam, "Junk E-mail", [Gmail]/Spam) and the other folders read-only (EXAMINE);
// until it is found or the wait is over it waits with IDLE on INBOX where offered, else polls
// (NOOP) with a growing pause, and searches again. Read-only throughout: nothing is marked
// read, moved or deleted (BODY.PEEK).
class ReadBack : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds defaultWait {120};
    static constexpr std::chrono::seconds maxWait {900};

    explicit ReadBack(QObject *parent = nullptr);

    [[nodiscard]] ImapSession *session() const { return m_session; }
    void setMessageId(const QString &messageId) { m_messageId = messageId; }
    void setWait(std::chrono::seconds wait) { m_wait = wait; }
    // The pauses between searches without IDLE: first, then doubled up to the longest.
    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    void start();
    // Stops at once, whatever it is doing (the connection is closed): finished() follows with
    // no result and a failure of kind Cancelled that says the arrival is not known.
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    // Arrived or not; valid once finished() came without a session failure.
    [[nodiscard]] const ReadBackResult &result() const { return m_result; }
    // Set when the mailbox could not be read (sign-in refused, TLS, connection, ...).
    [[nodiscard]] const ImapFailure &failure() const { return m_failure; }
    // A result exists (arrived or not); a failure after it (a lost LOGOUT) does not undo it.
    [[nodiscard]] bool hasResult() const { return m_haveResult; }
    [[nodiscard]] bool usedIdle() const { return m_usedIdle; }
    // cancel() ended it before a result (the report's "stopped": true).
    [[nodiscard]] bool wasStopped() const { return m_stopped; }
    [[nodiscard]] QStringList searchedFolders() const;
    // What a report keeps of a finished read-back (Report::readBack): the result's JSON
    // (ReadBackResult::toJson), or {"arrived": false, "error": {kind, step, message,
    // server_text}} when the mailbox could not be read (plus "stopped": true when cancel()
    // ended it); with "imap": {host, port, security}.
    [[nodiscard]] QJsonObject reportJson() const;
    // The same for a read-back that could not start (no mailbox server): the reason.
    [[nodiscard]] static QJsonObject reportJson(const QString &setupError);

Q_SIGNALS:
    void progress(const QString &text); // a line for a progress display
    void finished();

private:
    enum class Step { None, List, Examine, Search, Fetch, Noop, Idle, Logout };

    void onReady();
    void onCommandFinished(const ImapCommandResult &result);
    void onSessionFinished();
    void orderFolders(const QList<ImapMailbox> &mailboxes);
    void searchNext();
    void awaitMail();
    void onWaitOver();
    void found(const ImapCommandResult &fetch);
    void finishNotFound();
    void finish();
    void run(Step step, const QByteArray &command);
    [[nodiscard]] double elapsedSeconds() const;
    [[nodiscard]] static QList<qint64> searchUids(const ImapCommandResult &result);
    [[nodiscard]] static QStringList gmailLabels(const ImapResponse &fetch);

    struct Folder
    {
        QByteArray name;
        bool junk = false;
    };

    ImapSession *m_session = nullptr;
    QString m_messageId;
    std::chrono::seconds m_wait = defaultWait;
    std::chrono::milliseconds m_firstPoll {std::chrono::seconds(2)};
    std::chrono::milliseconds m_longestPoll {std::chrono::seconds(30)};
    std::chrono::milliseconds m_nextPoll {std::chrono::seconds(2)};
    QElapsedTimer m_clock;
    QTimer m_waitTimer;
    Step m_step = Step::None;
    QList<Folder> m_folders;
    int m_folderIndex = 0;
    int m_rounds = 0;
    bool m_usedIdle = false;
    bool m_finished = false;
    bool m_stopped = false;
    QByteArray m_idleTag;
    ReadBackResult m_result;
    ImapFailure m_failure;
    bool m_haveResult = false;
};

} // namespace Sendcheck
