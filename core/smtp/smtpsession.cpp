// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsession.h"

#include "authchoice.h"
#include "ehloname.h"
#include "socketstream.h"
#include "transcript/transcript.h"

#include <QLoggingCategory>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcSmtp, "sendcheck.smtp")

namespace Sendcheck {

SmtpSession::SmtpSession(QObject *parent)
    : QObject(parent)
    , m_streamFactory(&SocketStream::create)
    , m_transcript(new Transcript(this))
    , m_channel(m_transcript)
{
    connect(&m_channel, &SmtpChannel::replyReceived, this, &SmtpSession::onReply);
    connect(&m_channel, &SmtpChannel::failed, this, &SmtpSession::onChannelFailed);
    connect(&m_channel, &SmtpChannel::commandHeld, this, &SmtpSession::commandHeld);
    connect(&m_channel, &SmtpChannel::timedOut, this, &SmtpSession::onTimeout);
    m_greetingProbeTimer.setSingleShot(true);
    connect(&m_greetingProbeTimer, &QTimer::timeout, this, &SmtpSession::probeForImplicitTls);
}

SmtpSession::~SmtpSession()
{
    m_channel.detach();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
    // The secret goes no further than this object.
    wipeSecrets();
}

void SmtpSession::setCredentials(Credentials &&credentials)
{
    m_credentials = std::move(credentials); // the previous buffer is wiped by the assignment
}

void SmtpSession::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials.copy();
}

void SmtpSession::wipeSecrets()
{
    m_credentials.secret.wipe();
    if (m_sasl)
        m_sasl->wipe();
    m_transcript->forgetSecrets();
}

SmtpReply SmtpSession::redacted(SmtpReply reply) const
{
    for (QString &line : reply.lines)
        line = m_transcript->redact(line);
    return reply;
}

void SmtpSession::setMessageFactory(MessageFactory factory, int count)
{
    m_messageFactory = std::move(factory);
    m_messagesLeft = std::max(1, count);
}

void SmtpSession::setStepMode(bool stepMode)
{
    m_stepMode = stepMode;
    m_channel.setStepMode(stepMode);
}

bool SmtpSession::isHeld() const
{
    return !isFinished() && (m_channel.isHolding() || m_state == State::MessageHeld);
}

void SmtpSession::start()
{
    Q_ASSERT(m_state == State::Idle);
    setState(State::Starting);
    m_clock.start();
    m_transcript->restart();

    QList<QSslCertificate> extraCas;
    if (!checkSettings(&extraCas))
        return;
    m_certificates = CertificateCheck(m_settings.pinnedSha256);
    m_channel.setTimeouts(m_settings.timeouts);
    m_stream = m_streamFactory({m_settings.security != Security::None, m_settings.host, extraCas});
    connectStream();

    setState(State::Connecting);
    m_transcript->append(
        Direction::Info,
        tr("Connecting to %1 port %2 (%3)")
            .arg(m_settings.host)
            .arg(m_settings.port)
            .arg(m_settings.security == Security::ImplicitTls    ? tr("TLS from the first byte")
                     : m_settings.security == Security::StartTls ? tr("plain, then STARTTLS")
                                                                 : tr("no encryption")));
    m_channel.startTimer(m_settings.timeouts.connect);
    if (m_settings.security == Security::ImplicitTls)
        m_stream->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_stream->connectToHost(m_settings.host, m_settings.port);
}

bool SmtpSession::checkSettings(QList<QSslCertificate> *extraCas)
{
    if (m_settings.host.trimmed().isEmpty()) {
        fail(FailureKind::InvalidInput, tr("No server name was given."));
        return false;
    }
    if (SmtpCommand::breaksLine(m_settings.ehloName.toUtf8())
        || m_settings.ehloName.contains(u' ')) {
        fail(FailureKind::InvalidInput,
             tr("The EHLO name must be one word without spaces or line breaks."));
        return false;
    }
    if (!m_settings.caFile.isEmpty()) {
        *extraCas = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (extraCas->isEmpty()) {
            fail(FailureKind::InvalidInput,
                 tr("No certificate could be read from the CA file %1.").arg(m_settings.caFile));
            return false;
        }
    }
    return true;
}

void SmtpSession::connectStream()
{
    SmtpStream *stream = m_stream.get();
    connect(stream, &SmtpStream::encrypted, this, &SmtpSession::onEncrypted);
    connect(stream, &SmtpStream::sslErrors, this, &SmtpSession::onSslErrors);
    connect(stream, &SmtpStream::connected, this, &SmtpSession::onConnected);
    connect(stream, &SmtpStream::errorOccurred, this, &SmtpSession::onSocketError);
    connect(stream, &SmtpStream::disconnected, this, &SmtpSession::onDisconnected);
    m_channel.attach(stream);
    connect(stream, &SmtpStream::bytesWritten, this, &SmtpSession::onBytesWritten);
}

void SmtpSession::cancel()
{
    if (!isRunning())
        return;
    fail(FailureKind::Cancelled, tr("Stopped by the user."));
}

void SmtpSession::onConnected()
{
    m_transcript->append(Direction::Info,
                         tr("Connected to %1 port %2")
                             .arg(m_stream->peerAddress().toString())
                             .arg(m_stream->peerPort()));
    if (stopIfRequested(Stage::Connecting))
        return;
    if (m_settings.security == Security::ImplicitTls) {
        setState(State::TlsHandshake);
        m_channel.startTimer(m_settings.timeouts.tlsHandshake);
        return;
    }
    setState(State::Banner);
    m_channel.expect(Expect::Banner);
    m_channel.armTimer();
    // Waiting for a greeting that an implicit-TLS port never sends: find out early.
    if (m_greetingProbeDelay.count() > 0 && m_greetingProbeDelay < m_settings.timeouts.greeting)
        m_greetingProbeTimer.start(m_greetingProbeDelay);
}

std::optional<std::chrono::milliseconds> SmtpSession::greetingTimeLeft() const
{
    if (m_state != State::Banner)
        return std::nullopt;
    const int left = m_channel.timerRemaining();
    if (left < 0)
        return std::nullopt;
    return std::chrono::milliseconds(left);
}

void SmtpSession::probeForImplicitTls()
{
    if (m_state != State::Banner || m_channel.isEncrypted() || m_greetingProbe)
        return;
    m_transcript->append(Direction::Info,
                         tr("No greeting after %1 seconds. Checking on a second connection "
                            "whether this port expects TLS from the start\u2026")
                             .arg(m_greetingProbeDelay.count() / 1000.0));
    m_greetingProbe = std::make_unique<GreetingProbe>(m_streamFactory);
    connect(m_greetingProbe.get(), &GreetingProbe::tlsAnswered, this,
            &SmtpSession::onImplicitTlsFound);
    connect(m_greetingProbe.get(), &GreetingProbe::inconclusive, this,
            &SmtpSession::onProbeInconclusive);
    m_greetingProbe->start(m_settings.host, m_settings.port,
                           std::min<std::chrono::milliseconds>(m_settings.timeouts.tlsHandshake,
                                                               std::chrono::seconds(10)));
}

void SmtpSession::onImplicitTlsFound()
{
    stopGreetingProbe();
    if (m_state != State::Banner)
        return;
    fail(FailureKind::ImplicitTlsExpected,
         tr("This port expects TLS from the start: a second connection got a TLS handshake at "
            "once, while this one waited for a greeting in plain text."));
}

void SmtpSession::onProbeInconclusive()
{
    stopGreetingProbe();
    if (m_state != State::Banner)
        return;
    m_transcript->append(Direction::Info,
                         tr("The port did not answer a TLS handshake either. Still waiting for "
                            "the greeting."));
}

void SmtpSession::stopGreetingProbe()
{
    m_greetingProbeTimer.stop();
    if (m_greetingProbe) {
        m_greetingProbe->disconnect(this);
        m_greetingProbe.release()->deleteLater(); // perhaps inside one of its signals
    }
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    m_result.tls = m_certificates.takeErrors(*m_stream, errors, *m_transcript);
}

void SmtpSession::onEncrypted()
{
    m_channel.setEncrypted(true);
    m_result.tls = m_certificates.established(*m_stream);
    CertificateCheck::show(m_result.tls, m_settings.host, *m_transcript);
    // Nothing the server said before the handshake counts any more (RFC 3207 section 4.2).
    m_channel.resetParser();
    m_capabilities = Capabilities();
    if (m_settings.security == Security::ImplicitTls) {
        setState(State::Banner);
        m_channel.expect(Expect::Banner);
        m_channel.armTimer();
        return;
    }
    sendEhlo();
}

void SmtpSession::onSocketError()
{
    if (isFinished() || m_channel.onlyQuitOutstanding() || m_resolverCheck)
        return;
    if (m_stream->error() == QAbstractSocket::HostNotFoundError
        && (!m_resolverControlHost.isEmpty() || m_useNetworkInformation)) {
        m_hostNotFoundDetail = m_stream->errorString();
        checkResolver();
        return;
    }
    fail(failureKindForSocketError(m_stream->error(), m_stage == Stage::TlsHandshake,
                                   m_certificates.refused()),
         m_stream->errorString());
}

void SmtpSession::checkResolver()
{
    m_channel.stopTimer(); // the check has its own limit
    m_transcript->append(Direction::Info,
                         tr("The name %1 was not found. Checking whether this computer can look "
                            "up names at all\u2026")
                             .arg(m_settings.host));
    m_resolverCheck = std::make_unique<ResolverCheck>();
    m_resolverCheck->setControlHost(m_resolverControlHost);
    m_resolverCheck->setUseNetworkInformation(m_useNetworkInformation);
    connect(m_resolverCheck.get(), &ResolverCheck::finished, this, &SmtpSession::onResolverChecked);
    m_resolverCheck->start();
}

void SmtpSession::onResolverChecked(ResolverCheck::Outcome outcome)
{
    if (m_resolverCheck) {
        m_resolverCheck->disconnect(this);
        m_resolverCheck.release()->deleteLater(); // inside its own signal
    }
    if (isFinished())
        return;
    switch (outcome) {
    case ResolverCheck::Outcome::Works:
        m_result.failure.nameServiceWorks = true;
        m_transcript->append(
            Direction::Info,
            tr("Other names resolve, so the name %1 itself does not exist.").arg(m_settings.host));
        break;
    case ResolverCheck::Outcome::Offline:
        m_result.failure.nameServiceWorks = false;
        m_transcript->append(Direction::Info,
                             tr("No name resolves here: this computer seems to be offline or "
                                "has no working DNS."));
        break;
    case ResolverCheck::Outcome::Unknown:
        break;
    }
    fail(FailureKind::HostNotFound, m_hostNotFoundDetail);
}

void SmtpSession::onDisconnected()
{
    if (isFinished() || m_resolverCheck)
        return;
    if (m_channel.onlyQuitOutstanding() || isParked()) {
        m_transcript->append(Direction::Info, tr("Connection closed"), m_channel.isEncrypted());
        finish();
        return;
    }
    fail(FailureKind::ConnectionLost, tr("The server closed the connection."));
}

void SmtpSession::onTimeout()
{
    if (isFinished())
        return;
    SessionFailure &failure = m_result.failure;
    if (m_stream && m_stream->bytesAvailable() > 0)
        failure.unexpectedBytes = m_stream->peek(64);
    const QString what = m_stage == Stage::Connecting ? tr("No connection within %1 seconds.")
        : m_stage == Stage::TlsHandshake ? tr("The TLS handshake did not finish within %1 seconds.")
        : m_state == State::Message ? tr("The server did not take message data for %1 seconds.")
                                    : tr("No complete answer from the server within %1 seconds.");
    fail(FailureKind::Timeout, what.arg(m_channel.timerInterval() / 1000.0));
}

void SmtpSession::onChannelFailed(FailureKind kind, const QString &detail,
                                  const std::optional<QByteArray> &unexpectedBytes)
{
    if (unexpectedBytes)
        m_result.failure.unexpectedBytes = *unexpectedBytes;
    fail(kind, detail);
}

void SmtpSession::onReply(Expect expect, const SmtpReply &received)
{
    // A reply that echoes a secret must not carry it into the result, the failure or the
    // signals. The EHLO reply is read as it came (its keywords are the capabilities).
    const bool ehlo = expect == Expect::Ehlo || expect == Expect::Helo;
    const SmtpReply reply = ehlo ? received : redacted(received);
    m_result.lastReply = redacted(received);
    handleReply(expect, reply);
    if (!isFinished() && m_channel.isExpectingAny() && m_state != State::Message)
        m_channel.armTimer();
}

void SmtpSession::handleReply(Expect expect, const SmtpReply &reply)
{
    // 421: the server is closing the connection, whatever we asked (RFC 5321 3.8).
    if (reply.code == 421 && expect != Expect::Quit) {
        fail(FailureKind::Reply, reply.toOneLine(), reply);
        return;
    }
    switch (expect) {
    case Expect::Banner:
        return handleBanner(reply);
    case Expect::Ehlo:
    case Expect::Helo:
        return handleEhlo(expect, reply);
    case Expect::StartTls:
        return handleStartTls(reply);
    case Expect::Auth:
        return handleAuth(reply);
    case Expect::MailFrom:
        return m_transactions.handleMailReply(reply);
    case Expect::RcptTo:
        return m_transactions.handleRcptReply(reply);
    case Expect::Data:
        return m_transactions.handleDataReply(reply);
    case Expect::DataEnd:
        return m_transactions.handleDotReply(reply);
    case Expect::DataEndPipelined:
        return m_transactions.handlePipelinedDotReply(reply);
    case Expect::Rset:
        return m_transactions.handleRsetReply(reply);
    case Expect::Noop:
        Q_EMIT commandReplied(reply);
        return;
    case Expect::Quit:
        m_transcript->append(Direction::Info, tr("Session ended"), m_channel.isEncrypted());
        finish();
        return;
    }
}

void SmtpSession::handleBanner(const SmtpReply &reply)
{
    stopGreetingProbe();
    if (reply.code != 220) {
        fail(FailureKind::Reply, reply.toOneLine(), reply);
        return;
    }
    if (stopIfRequested(Stage::Banner))
        return;
    sendEhlo();
}

void SmtpSession::sendEhlo()
{
    setState(m_channel.isEncrypted() && m_settings.security == Security::StartTls
                 ? State::EhloAfterTls
                 : State::Ehlo);
    m_channel.send({SmtpCommand::ehlo(ehloName(m_settings.ehloName, m_stream->localAddress()))});
}

void SmtpSession::handleEhlo(Expect expect, const SmtpReply &reply)
{
    if (reply.code != 250) {
        // HELO is the RFC 5321 fallback for old servers, but it carries no STARTTLS and no
        // AUTH: never when TLS was asked for, never after TLS started.
        const bool refusedAsUnknown
            = reply.code == 500 || reply.code == 502 || reply.code == 504 || reply.code == 550;
        if (expect == Expect::Ehlo && refusedAsUnknown && !m_channel.isEncrypted()
            && m_settings.security == Security::None) {
            m_heloFallbackUsed = true;
            m_transcript->append(Direction::Info,
                                 tr("The server does not understand EHLO; trying HELO (no "
                                    "extensions, no sign-in)."));
            setState(State::Helo);
            m_channel.send(
                {SmtpCommand::helo(ehloName(m_settings.ehloName, m_stream->localAddress()))});
            return;
        }
        fail(FailureKind::Reply, reply.toOneLine(), reply);
        return;
    }
    m_capabilities = expect == Expect::Ehlo ? Capabilities::fromEhloReply(reply) : Capabilities();
    m_result.capabilities = m_capabilities;

    if (m_settings.security == Security::StartTls && !m_channel.isEncrypted()) {
        if (stopIfRequested(Stage::Ehlo))
            return;
        if (!m_capabilities.startTls()) {
            fail(FailureKind::StartTlsUnavailable,
                 tr("STARTTLS is required, but the server did not offer it. Nothing more was "
                    "sent."));
            return;
        }
        setState(State::StartTls);
        m_channel.send({SmtpCommand::startTls()});
        return;
    }
    // The first EHLO on a plain or implicit-TLS link is also the last.
    if (m_stage == Stage::Ehlo && stopIfRequested(Stage::Ehlo))
        return;
    if (stopIfRequested(Stage::TlsHandshake))
        return;
    startAuth();
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    if (reply.code != 220) {
        // Anything but 220 means no TLS; carrying on in plain text would be the downgrade.
        fail(FailureKind::StartTlsUnavailable, reply.toOneLine(), reply);
        return;
    }
    // Bytes already waiting after the 220 were sent before TLS but would be read as if they
    // came through it (CVE-2021-22947 and kin): refuse to upgrade such a connection.
    if (m_stream->bytesAvailable() > 0 || m_channel.replyInProgress()) {
        m_result.failure.unexpectedBytes = m_stream->peek(64);
        fail(FailureKind::ProtocolError,
             tr("The server sent more data right after agreeing to STARTTLS. That data could "
                "be an injection attack, so the connection was closed."));
        return;
    }
    setState(State::TlsHandshake);
    m_transcript->append(Direction::Info, tr("Starting TLS"));
    m_channel.startTimer(m_settings.timeouts.tlsHandshake);
    m_stream->startClientEncryption();
}

void SmtpSession::startAuth()
{
    const Credentials &credentials = m_credentials;
    if (!AuthChoice::wanted(m_settings, credentials)) {
        if (stopIfRequested(Stage::Auth))
            return;
        m_transactions.startTransaction();
        return;
    }
    setState(State::Auth);
    const AuthChoice choice = AuthChoice::choose(m_settings, credentials, m_capabilities,
                                                 {m_channel.isEncrypted(), m_heloFallbackUsed});
    if (!choice.mechanism()) {
        fail(choice.failure(), choice.detail());
        return;
    }
    m_transcript->append(Direction::Info,
                         tr("Signing in as %1 with %2 (offered: %3)")
                             .arg(m_credentials.userName,
                                  QString::fromLatin1(mechanismSaslName(*choice.mechanism())),
                                  m_capabilities.authMechanisms().join(u' ')),
                         m_channel.isEncrypted());
    m_sasl = std::make_unique<SaslClient>(*choice.mechanism(), credentials, m_settings.host,
                                          m_settings.port);
    // What a server might echo back from now on: gone from the transcript and the result.
    m_sasl->forEachSecretForm([this](QByteArrayView form) { m_transcript->addSecret(form); });
    m_channel.send({SmtpCommand::auth(m_sasl->start())});
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const QByteArray challenge = reply.lines.value(0).toLatin1();
        const QString readable = m_transcript->redact(SaslClient::describeChallenge(challenge));
        if (!readable.isEmpty())
            m_transcript->append(Direction::Info, tr("Challenge decoded: %1").arg(readable),
                                 m_channel.isEncrypted());
        const auto answer = m_sasl->respond(challenge);
        if (!answer) {
            fail(FailureKind::ProtocolError, m_sasl->errorString(), reply);
            return;
        }
        if (m_sasl->serverError())
            m_result.oauthError = m_sasl->serverError();
        m_channel.send({SmtpCommand::auth(*answer)});
        return;
    }
    if (reply.code == 235) {
        m_result.authMechanism = m_sasl->mechanism();
        m_transcript->append(Direction::Info, tr("Signed in"), m_channel.isEncrypted());
        if (stopIfRequested(Stage::Auth))
            return;
        m_transactions.startTransaction();
        return;
    }
    // After an OAuth error challenge the final reply says little ("535 5.7.8"); the decoded
    // challenge says what is wrong with the token.
    fail(FailureKind::Reply,
         m_result.oauthError ? m_result.oauthError->describe() : reply.toOneLine(), reply);
}

void SmtpSession::onBytesWritten()
{
    m_transactions.onBytesWritten();
}

void SmtpSession::step()
{
    if (isFinished())
        return;
    if (!m_channel.step() && m_state == State::MessageHeld)
        m_transactions.startMessageData();
}

void SmtpSession::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcSmtp) << "state" << stateName(m_state) << "->" << stateName(state);
    m_state = state;
    if (const std::optional<Stage> stage = stageOf(state))
        setStage(*stage);
    Q_EMIT stateChanged(state);
}

void SmtpSession::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    if (m_stage != Stage::Idle && m_stageClock.isValid())
        m_result.timingsMs[m_stage] += m_stageClock.elapsed();
    m_stageClock.start();
    m_stage = stage;
    m_channel.setHandshaking(stage == Stage::TlsHandshake);
    Q_EMIT stageChanged(stage);
}

bool SmtpSession::stopIfRequested(Stage stage)
{
    if (m_stopAfter != stage)
        return false;
    m_transcript->append(Direction::Info,
                         tr("Stopping after the %1 stage, as asked.").arg(stageName(stage)),
                         m_channel.isEncrypted());
    if (stage == Stage::Connecting) {
        finish(); // closes the connection
        return true;
    }
    if (m_keepOpen) {
        m_channel.stopTimer();
        park();
        return true;
    }
    quitPolitely();
    return true;
}

void SmtpSession::park()
{
    m_wasParked = true;
    setState(State::Parked);
    Q_EMIT parked();
}

void SmtpSession::sendNoop()
{
    if (isParked() && !quitPending())
        m_channel.send({SmtpCommand::noop()});
}

void SmtpSession::sendRset()
{
    if (isParked() && !quitPending())
        m_channel.send({SmtpCommand::rset()});
}

void SmtpSession::sendQuit()
{
    if (isParked() && !quitPending())
        quitPolitely();
}

void SmtpSession::quitPolitely()
{
    if (quitPending() || !m_stream || !m_stream->isConnected()) {
        finish();
        return;
    }
    setState(m_result.failure.isFailure() ? State::Closing : State::Quit);
    m_channel.clearExpected();
    m_channel.send({SmtpCommand::quit()});
}

void SmtpSession::fail(FailureKind kind, const QString &detail,
                       const std::optional<SmtpReply> &reply)
{
    if (isFinished())
        return;
    SessionFailure &failure = m_result.failure;
    // The first failure is the one to explain; what follows is a consequence of it.
    if (!failure.isFailure() || kind == FailureKind::Cancelled) {
        failure.kind = kind;
        failure.stage = m_stage;
        failure.reply = reply;
        failure.detail = detail;
        failure.sslErrors = m_certificates.errors();
        if (m_stream)
            failure.socketError = m_stream->error();
    }
    m_transcript->append(Direction::Error, detail, m_channel.isEncrypted());
    qCDebug(lcSmtp) << "session failed at" << stageName(m_stage) << stateName(m_state)
                    << failureKindName(kind);

    // After a plain refusal the server is still in step with us: say goodbye properly. After
    // anything else (lost sync, TLS trouble, a refused STARTTLS, a timeout) send nothing more.
    const bool polite = (kind == FailureKind::Reply && reply && reply->code != 421)
        || kind == FailureKind::AuthNotOffered || kind == FailureKind::NoCommonMechanism
        || kind == FailureKind::PlainAuthRefused || kind == FailureKind::MessageTooLarge
        || (kind == FailureKind::InvalidInput && m_stage != Stage::Data);
    if (polite && m_stream && m_stream->isConnected() && m_state != State::Message
        && !quitPending()) {
        quitPolitely();
        return;
    }
    finish(); // closes the connection
}

void SmtpSession::finish()
{
    if (isFinished())
        return;
    m_channel.detach(); // stops the timer and reads no more
    stopGreetingProbe();
    if (m_resolverCheck) {
        m_resolverCheck->disconnect(this);
        m_resolverCheck.release()->deleteLater();
    }
    if (m_stageClock.isValid() && m_stage != Stage::Idle)
        m_result.timingsMs[m_stage] += m_stageClock.elapsed();
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.ok = !m_result.failure.isFailure();
    m_result.stage
        = m_result.ok ? (m_stage == Stage::Quit ? Stage::Done : m_stage) : m_result.failure.stage;
    if (m_result.ok && m_stopAfter)
        m_result.stage = *m_stopAfter;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
    // Whatever reached the failure (details, unexpected bytes) without a secret in it.
    m_result.failure.detail = m_transcript->redact(m_result.failure.detail);
    m_result.failure.unexpectedBytes = m_transcript->redact(m_result.failure.unexpectedBytes);
    wipeSecrets();
    setState(State::Finished);
    // Queued, so a receiver may delete this session from its slot.
    QMetaObject::invokeMethod(this, &SmtpSession::finished, Qt::QueuedConnection);
}

} // namespace Sendcheck
