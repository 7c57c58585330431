// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"
#include "certificatecheck.h"
#include "greetingprobe.h"
#include "mailtransaction.h"
#include "resolvercheck.h"
#include "saslclient.h"
#include "secretbuffer.h"
#include "serversettings.h"
#include "sessionfailure.h"
#include "sessionresult.h"
#include "sessionstate.h"
#include "smtpchannel.h"
#include "smtpcommand.h"
#include "smtpreply.h"
#include "smtpstage.h"
#include "smtpstream.h"
#include "tlsinfo.h"
#include "transactiondriver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Sendcheck {

class MessageSource;
class Transcript;

// One SMTP client session (RFC 5321, 3207, 4954, 2920) on an SmtpStream (by default a
// QSslSocket, or a QTcpSocket when no TLS is asked for), driven by signals alone. Connects,
// greets, secures, signs in, sends one or more messages, and records every line in a
// Transcript as it goes. An explicit state machine (SessionState); each message is a
// MailTransaction, driven by the TransactionDriver. Single use: create a new session for each
// attempt.
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    using MessageFactory = std::function<std::unique_ptr<MessageSource>()>;
    using Envelope = MailTransaction::Envelope;
    using State = SessionState;

    explicit SmtpSession(QObject *parent = nullptr);
    ~SmtpSession() override;

    void setSettings(const ServerSettings &settings) { m_settings = settings; }
    // Takes the credentials' buffer: the one copy of the secret is then this session's, wiped
    // when it finishes.
    void setCredentials(Credentials &&credentials);
    // Copies the secret into a buffer of the session's own (a burst: one per session); the
    // caller's buffer stays the caller's to wipe.
    void setCredentials(const Credentials &credentials);
    void setEnvelope(const Envelope &envelope) { m_envelope = envelope; }
    // `count` messages on this connection (burst mode). With PIPELINING the next MAIL, RCPT and
    // DATA go out behind the previous final dot; RSET only follows a transaction cut short.
    void setMessageFactory(MessageFactory factory, int count = 1);
    // Stop (QUIT) once this stage has completed: a connection test needs no message.
    void setStopAfter(std::optional<Stage> stage) { m_stopAfter = stage; }
    // Instead of QUIT after the stop stage, stay connected; sendNoop(), sendRset() and
    // sendQuit() may then be called.
    void setKeepOpen(bool keepOpen) { m_keepOpen = keepOpen; }
    // Step by step, for teaching: every command (and the message data) waits until step() is
    // called; commandHeld() says what comes next. PIPELINING is not used in this mode.
    void setStepMode(bool stepMode);
    // Where the bytes go: by default SocketStream::create (real sockets); tests and fuzzers
    // hand in a MemoryStream.
    void setStreamFactory(SmtpStream::Factory factory) { m_streamFactory = std::move(factory); }
    // When no greeting has come this long after connecting without TLS, a second connection
    // tries a TLS handshake (GreetingProbe): a port that answers it expects TLS from the start,
    // and the session ends at once with FailureKind::ImplicitTlsExpected instead of waiting
    // out the greeting timeout. Zero: never.
    void setGreetingProbeDelay(std::chrono::milliseconds delay) { m_greetingProbeDelay = delay; }
    static constexpr std::chrono::milliseconds DefaultGreetingProbeDelay {3000};
    // When the server name does not resolve, the session looks up this well-known name too
    // (ResolverCheck) to tell "offline or no DNS" from "no such name"; empty: no check. With
    // `useNetworkInformation` the system's reachability is asked first. Default:
    // ResolverCheck::defaultControlHost() and defaultUseNetworkInformation().
    void setResolverCheck(const QString &controlHost, bool useNetworkInformation = true)
    {
        m_resolverControlHost = controlHost;
        m_useNetworkInformation = useNetworkInformation;
    }
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
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const
    {
        return m_state != State::Idle && m_state != State::Finished;
    }
    [[nodiscard]] bool isParked() const { return m_wasParked && !isFinished(); }
    // While the session waits for the server's greeting: how long it will still wait.
    [[nodiscard]] std::optional<std::chrono::milliseconds> greetingTimeLeft() const;

Q_SIGNALS:
    void stageChanged(Sendcheck::Stage stage);
    void stateChanged(Sendcheck::SessionState state);
    void recipientChecked(const Sendcheck::RecipientResult &result);
    void messageFinished(bool accepted, const Sendcheck::SmtpReply &reply);
    void parked(); // the stop stage was reached with keep-open set
    // Step mode: the next command(s), as the transcript will show them (secrets hidden), or
    // "<message>" for the message data and the final dot.
    void commandHeld(const QString &next);
    void commandReplied(const Sendcheck::SmtpReply &reply); // to sendNoop()/sendRset()
    void finished(); // result() is complete

private:
    // Runs the message transactions on this session's channel, stream, result and state.
    friend class TransactionDriver;
    using Expect = SmtpCommand::Expect;

    // The connection's events.
    [[nodiscard]] bool checkSettings(QList<QSslCertificate> *extraCas);
    void connectStream();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onReply(Expect expect, const SmtpReply &received);
    void onChannelFailed(FailureKind kind, const QString &detail,
                         const std::optional<QByteArray> &unexpectedBytes);
    void onBytesWritten();
    void onTimeout();
    // No greeting yet: does the port speak TLS from the first byte?
    void probeForImplicitTls();
    void onImplicitTlsFound();
    void onProbeInconclusive();
    void stopGreetingProbe();
    // The server name did not resolve: can any name be resolved here?
    void checkResolver();
    void onResolverChecked(ResolverCheck::Outcome outcome);

    // Replies, by the command they answer.
    void handleReply(Expect expect, const SmtpReply &reply);
    void handleBanner(const SmtpReply &reply);
    void handleEhlo(Expect expect, const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);

    // What the session does next.
    void sendEhlo();
    void startAuth();

    // The one place the state (and with it the stage) changes.
    void setState(State state);
    void setStage(Stage stage);
    // True when the caller asked to stop after `stage`: QUIT (or park) has been arranged.
    bool stopIfRequested(Stage stage);
    void park();
    void wipeSecrets();
    [[nodiscard]] SmtpReply redacted(SmtpReply reply) const; // secrets out of its lines
    void fail(FailureKind kind, const QString &detail, const std::optional<SmtpReply> &reply = {});
    void quitPolitely();
    void finish();
    [[nodiscard]] bool isFinished() const { return m_state == State::Finished; }
    // Step by step means one command per step, so nothing is grouped then.
    [[nodiscard]] bool pipelining() const { return m_capabilities.pipelining() && !m_stepMode; }
    // QUIT went out and is not answered yet.
    [[nodiscard]] bool quitPending() const { return m_channel.isExpecting(Expect::Quit); }

    ServerSettings m_settings;
    Credentials m_credentials; // its secret: the session's one copy, wiped by wipeSecrets()
    Envelope m_envelope;
    MessageFactory m_messageFactory;
    SmtpStream::Factory m_streamFactory;
    int m_messagesLeft = 1;
    std::optional<Stage> m_stopAfter;
    bool m_keepOpen = false;
    bool m_stepMode = false;
    std::chrono::milliseconds m_greetingProbeDelay = DefaultGreetingProbeDelay;

    std::unique_ptr<SmtpStream> m_stream;
    QTimer m_greetingProbeTimer;
    std::unique_ptr<GreetingProbe> m_greetingProbe;
    QString m_resolverControlHost = ResolverCheck::defaultControlHost();
    bool m_useNetworkInformation = ResolverCheck::defaultUseNetworkInformation();
    std::unique_ptr<ResolverCheck> m_resolverCheck;
    QString m_hostNotFoundDetail; // the socket's words, kept while the resolver is checked
    Transcript *m_transcript = nullptr;
    SmtpChannel m_channel; // commands out, replies in, the timer
    CertificateCheck m_certificates;
    QElapsedTimer m_clock;
    QElapsedTimer m_stageClock;
    Capabilities m_capabilities;
    std::unique_ptr<SaslClient> m_sasl;
    // MAIL, RCPT, DATA, the message and what their replies mean.
    TransactionDriver m_transactions {*this};
    bool m_heloFallbackUsed = false;
    bool m_wasParked = false; // parked, then perhaps sent QUIT: isParked() until finished
    State m_state = State::Idle;
    Stage m_stage = Stage::Idle;
    SessionResult m_result;
};

} // namespace Sendcheck
