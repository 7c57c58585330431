// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/secretbuffer.h"
#include "smtp/serversettings.h"
#include "smtp/tlsinfo.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class QLabel;

namespace Sendcheck {

class PracticePanel;
class ReadBack;
struct PreparedSend;
struct Profile;
struct ReadBackResult;

// "Check that it arrived": after a test message was accepted, looks for it in the mailbox
// (core/imap ReadBack, settings by ReadBackSetup, the send's own secret) and shows, under the
// verdict, a progress line while it waits ("Looking for the message in the mailbox… 12 s"),
// then whether it arrived, in which folder, after how long, and the receiver's verdict with
// the fixes. A practice profile reads back from the practice server's own mailbox.
class ReadBackView : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Waiting, Arrived, Spam, NotArrived, Failed, Stopped };

    explicit ReadBackView(QWidget *parent = nullptr);
    ~ReadBackView() override;

    // Where a practice profile's mailbox is (its IMAP port follows the server).
    void setPracticePanel(PracticePanel *panel) { m_practice = panel; }
    void setWait(std::chrono::seconds wait) { m_wait = wait; }

    // A Message-ID for the message about to be sent, to search for it afterwards.
    [[nodiscard]] static QString newMessageId(const Profile &profile);
    // Before the send starts: keeps where to read back from and a copy of the secret (wiped
    // when the read-back ends or is dropped). False (with the reason shown) when there is no
    // mailbox to read from.
    bool prepare(const PreparedSend &send, const QString &messageId);
    // After the send: with `sent` (the server accepted the message) starts the prepared
    // read-back; otherwise drops it (the secret's copy is wiped). False when none started.
    bool startAfterSend(bool sent);
    // Stop: ends a waiting read-back at once; it then shows that it was stopped (State::Stopped),
    // not that the message did not arrive.
    void cancel();
    void clear();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Waiting; }
    // What the report keeps (ReadBack::reportJson()); empty when nothing was read back.
    [[nodiscard]] QJsonObject reportJson() const { return m_reportJson; }
    // Everything shown, as one text (for tests).
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void started(); // waiting for the message (Stop may end it)
    void finished();
    // The mailbox server's certificate did not verify (emitted before finished()): the window
    // offers to trust it for that server's host and port, as it does for the SMTP server.
    void certificateRefused(const Sendcheck::TlsInfo &tls, const QString &host, quint16 port);

private:
    void onFinished();
    void showResult(const ReadBackResult &result);
    void updateProgress();
    void setState(State state);

    PracticePanel *m_practice = nullptr;
    std::chrono::seconds m_wait {120};
    std::optional<ServerSettings> m_settings;
    SecretBuffer m_secret;
    QString m_messageId;
    QString m_serverHost; // where the running read-back reads from
    quint16 m_serverPort = 0;
    std::unique_ptr<ReadBack> m_readBack;
    QJsonObject m_reportJson;
    QElapsedTimer m_clock;
    QTimer m_tick;
    State m_state = State::Empty;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace Sendcheck
