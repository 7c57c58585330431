// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "greylist.h"
#include "practicecertificate.h"
#include "practicemessagefolder.h"
#include "practicesettings.h"
#include "receivedmessage.h"
#include "scenario.h"
#include "transcript/transcriptentry.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <memory>

class QSslSocket;

namespace Sendcheck {

class PracticeListener;
class PracticeSession;

// The built-in practice server: real ESMTP on loopback, plain with STARTTLS on one port and
// implicit TLS on another, AUTH with a lab account, and a Scenario that makes it fail on
// purpose. Single-threaded; one PracticeSession per connection. The offline default for new
// users, the trainer's demonstration, and the test peer.
class PracticeServer : public QObject
{
    Q_OBJECT
public:
    explicit PracticeServer(QObject *parent = nullptr);
    ~PracticeServer() override;

    // Loads or makes the certificate, then listens on `address` (loopback unless
    // setAllowRemote(true)); port 0 = any free port. Returns false with errorString().
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 smtpPort = 0,
               quint16 tlsPort = 0);
    // Stops listening and closes every session.
    void stop();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QHostAddress address() const;
    [[nodiscard]] quint16 smtpPort() const; // plain + STARTTLS
    [[nodiscard]] quint16 tlsPort() const; // implicit TLS
    [[nodiscard]] QString errorString() const { return m_error; }

    // Where the certificate lives (default PracticeCertificate::defaultDirectory()); call
    // before start().
    void setCertificateDirectory(const QString &directory);
    [[nodiscard]] const PracticeCertificate &certificate() const { return *m_certificate; }
    [[nodiscard]] QString certificateFingerprint() const
    {
        return m_certificate->sha256Fingerprint();
    }

    void setScenario(const Scenario &scenario) { m_settings.scenario = scenario; }
    [[nodiscard]] const Scenario &scenario() const { return m_settings.scenario; }
    // The lab account (default practice / practice). The password stays in memory only.
    void setCredentials(const QString &user, const QByteArray &password);
    // XOAUTH2 and OAUTHBEARER are offered only when a test token is set.
    void setXOAuth2Token(const QByteArray &token) { m_settings.xoauth2Token = token; }
    // The account the token belongs to (default: the lab account's user name).
    void setTokenUser(const QString &user) { m_settings.tokenUser = user; }
    // The limits (PracticeSettings says what each does and what a client over it is told).
    void setMaxMessageSize(qint64 bytes) { m_settings.maxMessageSize = bytes; }
    void setIdleTimeout(int ms) { m_settings.idleTimeoutMs = ms; }
    void setMaxSessions(int sessions) { m_settings.maxSessions = sessions; }
    void setMaxSessionsPerClient(int sessions) { m_settings.maxSessionsPerClient = sessions; }
    // 0 = no limit.
    void setMaxSessionSeconds(int seconds) { m_settings.maxSessionSeconds = seconds; }
    void setMaxCommandLine(int bytes) { m_settings.maxCommandLine = bytes; }
    void setMaxTextLine(int bytes) { m_settings.maxTextLine = bytes; }
    void setHostName(const QString &name) { m_settings.hostName = name; }
    void setAllowRemote(bool allow) { m_allowRemote = allow; }
    [[nodiscard]] const PracticeSettings &settings() const { return m_settings; }

    // The last messages received (oldest first): at most N (default 50) and, together, at
    // most M bytes of message data (default 64 MiB); the newest is always kept.
    [[nodiscard]] const QList<ReceivedMessage> &receivedMessages() const { return m_messages; }
    void clearReceivedMessages();
    void setMaxStoredMessages(int count);
    void setMaxStoredBytes(qint64 bytes);
    // Each message is also written there as an .eml file (atomically); empty = not saved. The
    // folder is private to the user (0700, files 0600) and keeps the newest messages only
    // (PracticeMessageFolder); it is made or tightened by start(), or by the first save.
    void setSaveDirectory(const QString &directory);
    [[nodiscard]] QString saveDirectory() const { return m_saveDirectory; }
    // 0 = no limit.
    void setMaxSavedMessages(int count);
    void setMaxSavedBytes(qint64 bytes);
    // The folders and files start() found open to other users and made private.
    [[nodiscard]] QStringList tightenedPaths() const { return m_tightened; }
    // The save folder belongs to someone else or is shared (sticky, like /tmp): the messages
    // in it are 0600, but the folder was left as it is.
    [[nodiscard]] bool saveDirectoryIsShared() const;

    [[nodiscard]] int sessionCount() const { return int(m_sessions.size()); }
    [[nodiscard]] int sessionCount(const QString &clientAddress) const
    {
        return m_clientSessions.value(clientAddress);
    }

    static constexpr int DefaultMaxSessions = PracticeSettings::DefaultMaxSessions;
    static constexpr int DefaultMaxStoredMessages = PracticeSettings::DefaultMaxKeptMessages;
    // The listen backlog is maxSessions, and never below this.
    static constexpr int MinListenBacklog = 128;

Q_SIGNALS:
    void sessionStarted(quint64 id, const QString &peer, bool implicitTls);
    // Every line of every session, AUTH payloads already redacted: the server-side log.
    void sessionLine(quint64 id, Sendcheck::Direction direction, const QString &text);
    void sessionAuthenticated(quint64 id, const QString &user);
    void sessionEnded(quint64 id);
    void messageReceived(const Sendcheck::ReceivedMessage &message);
    void messageSaved(const QString &path);
    void saveFailed(const QString &path, const QString &error);
    // A connection refused because maxSessions were already open, or maxSessionsPerClient
    // from its address.
    void connectionRefused(const QString &peer);
    // Older saved messages deleted to keep the save folder within its limits.
    void savedMessageRemoved(const QString &path);
    // accept() failed (the server goes on accepting after a short pause).
    void acceptFailed(const QString &error);

private:
    void accept(qintptr descriptor, bool implicitTls);
    void refuse(std::unique_ptr<QSslSocket> socket, bool implicitTls, const QByteArray &reply);
    void onSessionFinished(quint64 id);
    void onMessage(const ReceivedMessage &message);
    void keep(const ReceivedMessage &message);
    void trimKept();
    void saveMessage(const ReceivedMessage &message);

    PracticeSettings m_settings;
    Greylist m_greylist;
    std::unique_ptr<PracticeCertificate> m_certificate;
    QSslConfiguration m_tlsConfiguration;
    std::unique_ptr<PracticeListener> m_plain;
    std::unique_ptr<PracticeListener> m_tls;
    QHash<quint64, PracticeSession *> m_sessions;
    QHash<QString, int> m_clientSessions; // sessions open per client address
    QList<ReceivedMessage> m_messages;
    qint64 m_messageBytes = 0;
    QString m_saveDirectory;
    std::unique_ptr<PracticeMessageFolder> m_saveFolder;
    QStringList m_tightened;
    QString m_error;
    quint64 m_nextId = 1;
    bool m_allowRemote = false;
};

} // namespace Sendcheck
