// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practicecommand.h"
#include "practiceconnection.h"
#include "practicedatareader.h"
#include "practicelinereader.h"
#include "practicepathargument.h"
#include "practicesaslserver.h"
#include "practicestage.h"
#include "receivedmessage.h"
#include "transcript/transcript.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace Sendcheck {

class Greylist;
struct PracticeSettings;

// The server side of one SMTP connection to the practice server: an explicit state machine
// over the socket's lines. Created by PracticeServer for each accepted connection; emits
// finished() once the connection is gone, after which the server deletes it.
class PracticeSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        TlsHandshake, // implicit TLS before the first byte, or after STARTTLS
        Command, // waiting for a command
        NoService, // the greeting was a failure: only QUIT is served
        Auth, // sent an AUTH challenge, waiting for the client's answer (PracticeSaslServer)
        Data, // reading message lines until the final dot
        Closing, // the last reply is on its way, then the connection closes
        Closed,
    };
    Q_ENUM(State)

    // Takes ownership of `socket` (already given its descriptor). `tlsConfiguration` is null
    // when the server has no certificate; STARTTLS is then not offered.
    PracticeSession(quint64 id, QSslSocket *socket, bool implicitTls,
                    const PracticeSettings *settings, Greylist *greylist,
                    const QSslConfiguration &tlsConfiguration, QObject *parent = nullptr);
    ~PracticeSession() override;

    void start();

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString peer() const { return m_connection.peer(); }
    [[nodiscard]] QString peerAddress() const { return m_connection.peerAddress(); }
    [[nodiscard]] bool isTls() const { return m_tls; }
    [[nodiscard]] QString authUser() const { return m_authUser; }
    [[nodiscard]] const Transcript &transcript() const { return m_transcript; }

Q_SIGNALS:
    // Every line said, and what the server did; AUTH payloads arrive already redacted.
    void lineLogged(quint64 id, Sendcheck::Direction direction, const QString &text);
    void authenticated(quint64 id, const QString &user);
    void messageReceived(const Sendcheck::ReceivedMessage &message);
    void finished(quint64 id);

private:
    enum class After { Continue, Close, StartTls };

    void onReadyRead();
    void onEncrypted();
    void onDisconnected();
    void onIdleTimeout();
    void onSessionTooLong();
    void onConnectionFailed(const QString &message);
    void pullFromSocket();
    void processInput();
    bool processCommandLine();
    bool processDataLine();
    void lineTooLong();
    void handleLine(const QByteArray &line);
    void handleCommand(const QByteArray &line);
    void handleSaslResponse(const QByteArray &line);
    void handleSaslStep(const PracticeSaslServer::Step &step);
    void sendGreeting();

    void cmdEhlo(const QByteArray &verb, const QByteArray &argument);
    void cmdStartTls(const QByteArray &argument);
    void cmdAuth(const PracticeCommand &command);
    void cmdMail(const QByteArray &argument);
    void cmdRcpt(const QByteArray &argument);
    void cmdData(const QByteArray &argument);
    void cmdRset(const QByteArray &argument);
    void cmdOther(const QByteArray &verb);
    void finishData();
    void finishAuth(const QString &user, bool ok);

    // Answers with the scenario's rule for `stage`, if there is one; returns true if it did.
    bool applyRule(PracticeStage stage);
    void respond(const QString &reply, After after = After::Continue);
    void respondLines(const QStringList &lines, After after = After::Continue);
    void write(const QByteArray &bytes, After after);
    void runAfter(After after);
    void badCommand(const QString &reply);
    void refuse(const PracticePathArgument &argument);
    void drop();
    void closeWithoutReply();
    void resetTransaction();
    void log(Direction direction, const QString &text);
    void finish();

    [[nodiscard]] bool tlsAvailable() const { return !m_tlsConfiguration.isNull(); }
    [[nodiscard]] bool authOffered() const;

    const quint64 m_id;
    const bool m_implicitTls;
    const PracticeSettings *m_settings;
    Greylist *m_greylist;
    QSslConfiguration m_tlsConfiguration;

    State m_state = State::Command;
    PracticeLineReader m_input;
    PracticeDataReader m_data;
    PracticeSaslServer m_sasl;
    bool m_paused = false; // a delayed reply is pending (slow scenario)
    QTimer m_idleTimer;
    QTimer m_lifeTimer; // maxSessionSeconds
    Transcript m_transcript;

    bool m_tls = false;
    bool m_greeted = false;
    QString m_authUser;
    std::optional<QString> m_mailFrom;
    QStringList m_rcptTo;
    int m_errors = 0;
    int m_messageCount = 0;
    // Last, so that it goes first: its socket is closed while the rest is still whole.
    PracticeConnection m_connection;
};

} // namespace Sendcheck
