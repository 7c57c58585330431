// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"
#include "replyparser.h"
#include "saslclient.h"
#include "serversettings.h"
#include "sessionfailure.h"
#include "smtpreply.h"
#include "smtpstage.h"
#include "tlsinfo.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QSslSocket;
class QTcpSocket;

namespace Sendcheck {

class DotStuffer;
class MessageSource;
class Transcript;

struct RecipientResult
{
    QString address;
    bool accepted = false;
    SmtpReply reply;
};

// Everything a finished session knows. `stage` is where it stopped: Done after a complete
// send, the --quit-after stage after a connection test, or the stage that failed.
struct SessionResult
{
    bool ok = false;
    Stage stage = Stage::Idle;
    SessionFailure failure;
    std::optional<SmtpReply> lastReply;
    QList<RecipientResult> recipients; // of the last message
    TlsInfo tls;
    Capabilities capabilities; // from the last EHLO (the one inside TLS, if any)
    AuthMechanism authMechanism = AuthMechanism::None; // the mechanism that signed in
    // The error the server sent as a challenge after an OAuth token, decoded (never secret).
    std::optional<OAuthServerError> oauthError;
    QMap<Stage, qint64> timingsMs; // time spent in each stage
    qint64 totalMs = 0;
    int messagesAccepted = 0;
    int messagesDeferred = 0; // 4xx
    int messagesRejected = 0; // 5xx or refused locally
};

// One SMTP client session (RFC 5321, 3207, 4954, 2920) on a QSslSocket, or on a QTcpSocket
// when no TLS is asked for, driven by signals alone. Connects, greets, secures, signs in, sends one
// or more messages, and records every line in a Transcript as it goes. Single use: create a new
// session for each attempt.
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    using MessageFactory = std::function<std::unique_ptr<MessageSource>()>;

    struct Envelope
    {
        QString from; // an addr-spec, checked and IDN-converted by the caller
        QStringList recipients;
        bool needsSmtpUtf8 = false;
    };

    explicit SmtpSession(QObject *parent = nullptr);
    ~SmtpSession() override;

    void setSettings(const ServerSettings &settings);
    void setCredentials(const Credentials &credentials);
    void setEnvelope(const Envelope &envelope);
    // `count` messages on this connection (burst mode). With PIPELINING the next MAIL, RCPT and
    // DATA go out behind the previous final dot; RSET only follows a transaction cut short.
    void setMessageFactory(MessageFactory factory, int count = 1);
    // Stop (QUIT) once this stage has completed: a connection test needs no message.
    void setStopAfter(std::optional<Stage> stage);
    // Instead of QUIT after the stop stage, stay connected; sendNoop(), sendRset() and
    // sendQuit() may then be called.
    void setKeepOpen(bool keepOpen);
    // Step by step, for teaching: every command (and the message data) waits until step() is
    // called; commandHeld() says what comes next. PIPELINING is not used in this mode.
    void setStepMode(bool stepMode);
    void step();
    [[nodiscard]] bool isHeld() const;

    void start();
    void cancel();
    void sendNoop();
    void sendRset();
    void sendQuit();

    [[nodiscard]] Transcript *transcript() const { return m_transcript; }
    [[nodiscard]] const SessionResult &result() const { return m_result; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isParked() const { return m_parked; }

Q_SIGNALS:
    void stageChanged(Sendcheck::Stage stage);
    void recipientChecked(const Sendcheck::RecipientResult &result);
    void messageFinished(bool accepted, const Sendcheck::SmtpReply &reply);
    void parked(); // the stop stage was reached with keep-open set
    // Step mode: the next command(s), as the transcript will show them (secrets hidden), or
    // "<message>" for the message data and the final dot.
    void commandHeld(const QString &next);
    void commandReplied(const Sendcheck::SmtpReply &reply); // to sendNoop()/sendRset()
    void finished(); // result() is complete

private:
    enum class Expect {
        Banner,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        DataEnd,
        DataEndPipelined, // the final dot, with the next message's commands sent behind it
        Rset,
        Noop,
        Quit,
    };
    struct Command
    {
        QByteArray wire;
        QString transcript;
        Expect expect;
    };

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onReadyRead();
    void onBytesWritten();
    void onTimeout();

    void handleReply(Expect expect, const SmtpReply &reply);
    void handleBanner(const SmtpReply &reply);
    void handleEhlo(Expect expect, const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleTransactionReply(Expect expect, const SmtpReply &reply);

    void sendEhlo();
    void afterGreeting();
    void startAuth();
    void startTransaction();
    void resetTransaction();
    [[nodiscard]] QList<Command> transactionCommands() const;
    [[nodiscard]] bool messageFitsSizeLimit() const;
    void startMessageData();
    void pumpMessage();
    void endTransaction();
    void afterTransaction();

    void send(const QList<Command> &commands);
    void armTimer();
    void setStage(Stage stage);
    // True when the caller asked to stop after `stage`: QUIT (or park) has been arranged.
    bool stopIfRequested(Stage stage);
    void fail(FailureKind kind, const QString &detail, const std::optional<SmtpReply> &reply = {});
    void failTransaction(const SmtpReply &reply);
    // Counts a message as accepted, deferred or rejected from the reply to its final dot.
    void countMessageOutcome(const SmtpReply &reply);
    void quitPolitely();
    void finish();
    [[nodiscard]] bool encrypted() const;
    [[nodiscard]] bool pipelining() const;
    [[nodiscard]] bool onlyQuitOutstanding() const;
    [[nodiscard]] bool anyRecipientAccepted() const;
    [[nodiscard]] QString ehloName() const;
    [[nodiscard]] std::chrono::milliseconds timeoutFor(Expect expect) const;

    ServerSettings m_settings;
    Credentials m_credentials;
    Envelope m_envelope;
    MessageFactory m_messageFactory;
    int m_messagesLeft = 1;
    std::optional<Stage> m_stopAfter;
    bool m_keepOpen = false;

    // A plain session (Security::None) runs on a QTcpSocket: a QSslSocket would load the TLS
    // backend, initialise OpenSSL and scan the system CA store for a connection that never
    // uses them. m_tls is the same object as m_socket when TLS is possible, else null.
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_tls = nullptr;
    Transcript *m_transcript = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_stageClock;
    ReplyParser m_parser;
    QQueue<Expect> m_expected;
    Capabilities m_capabilities;
    std::unique_ptr<SaslClient> m_sasl;
    std::unique_ptr<MessageSource> m_message;
    std::unique_ptr<DotStuffer> m_stuffer;
    QList<QSslError> m_sslErrors;
    bool m_pinnedAccepted = false;
    bool m_tlsActive = false;
    bool m_heloFallbackUsed = false;
    bool m_streaming = false;
    bool m_quitSent = false;
    bool m_running = false;
    bool m_parked = false;
    bool m_finished = false;
    int m_rcptIndex = 0;
    bool m_transactionCompleted = false; // the final dot was answered
    bool m_nextMessageOpened = false; // m_message is the next message, opened by endTransaction()
    bool m_stepMode = false;
    bool m_releasing = false; // step() is sending what was held
    bool m_messageHeld = false;
    QList<Command> m_held;
    std::optional<SmtpReply> m_transactionFailure;
    Stage m_transactionFailureStage = Stage::Idle;
    Stage m_stage = Stage::Idle;
    SessionResult m_result;
};

} // namespace Sendcheck
