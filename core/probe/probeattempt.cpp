// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeattempt.h"

#include "diagnosis/diagnoser.h"
#include "diagnosis/topicids.h"
#include "smtp/ehloname.h"
#include "smtp/socketstream.h"
#include "tlsinterception.h"
#include "transcript/transcript.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcProbe, "sendcheck.probe")

namespace Sendcheck {

namespace {

// What OpenSSL says when the first bytes of a "TLS" connection are not TLS at all: a plain
// "220 ..." greeting read as a TLS record.
bool looksLikePlainText(const QString &tlsError)
{
    static const QRegularExpression words(
        QStringLiteral("wrong version number|packet length too long|unknown protocol|"
                       "record layer failure|http request"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(tlsError).hasMatch();
}

Stage stageOf(ProbeAttempt::State state)
{
    using State = ProbeAttempt::State;
    switch (state) {
    case State::Idle:
    case State::Connecting:
        return Stage::Connecting;
    case State::Banner:
    case State::Sniffing:
        return Stage::Banner;
    case State::Ehlo:
        return Stage::Ehlo;
    case State::StartTls:
        return Stage::StartTls;
    case State::TlsHandshake:
    case State::EhloInTls:
        return Stage::TlsHandshake;
    case State::Quit:
    case State::Finished:
        return Stage::Quit;
    }
    return Stage::Idle;
}

} // namespace

ProbeAttempt::ProbeAttempt(const ProbeCandidate &candidate, const ProbeOptions &options,
                           const TlsInterception &interception, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_interception(interception)
    , m_streamFactory(&SocketStream::create)
    , m_transcript(new Transcript(this))
    , m_channel(m_transcript)
    , m_certificates(options.pinnedSha256)
{
    m_result.candidate = candidate;
    m_deadline.setSingleShot(true);
    m_silence.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ProbeAttempt::onDeadline);
    connect(&m_silence, &QTimer::timeout, this, &ProbeAttempt::onSilence);
    connect(&m_channel, &SmtpChannel::replyReceived, this, &ProbeAttempt::onReply);
    connect(&m_channel, &SmtpChannel::failed, this,
            [this](FailureKind kind, const QString &detail, const std::optional<QByteArray> &) {
                onChannelFailed(kind, detail);
            });
    connect(&m_channel, &SmtpChannel::timedOut, this, &ProbeAttempt::onDeadline);
}

ProbeAttempt::~ProbeAttempt()
{
    m_channel.detach();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
}

void ProbeAttempt::start(const QElapsedTimer &clock)
{
    Q_ASSERT(m_state == State::Idle);
    m_clock = clock;
    m_startMs = now();
    m_result.startedMs = m_startMs;
    m_transcript->restart();
    const ProbeCandidate &candidate = m_result.candidate;
    Timeouts timeouts;
    timeouts.capAll(m_options.timeout);
    m_channel.setTimeouts(timeouts);
    // TLS is always possible: a plain port that stays silent is asked whether it speaks TLS.
    m_stream = m_streamFactory({true, candidate.host, m_options.extraCaCertificates});
    SmtpStream *stream = m_stream.get();
    connect(stream, &SmtpStream::connected, this, &ProbeAttempt::onConnected);
    connect(stream, &SmtpStream::encrypted, this, &ProbeAttempt::onEncrypted);
    connect(stream, &SmtpStream::sslErrors, this, &ProbeAttempt::onSslErrors);
    connect(stream, &SmtpStream::errorOccurred, this, &ProbeAttempt::onSocketError);
    connect(stream, &SmtpStream::disconnected, this, &ProbeAttempt::onDisconnected);
    connect(stream, &SmtpStream::readyRead, this, [this] {
        m_bytesSeen = true;
        m_silence.stop();
    });
    m_channel.attach(stream);

    m_state = State::Connecting;
    m_deadline.start(m_options.timeout);
    m_transcript->append(Direction::Info,
                         tr("Probing %1 port %2 (%3), no credentials")
                             .arg(candidate.host)
                             .arg(candidate.port)
                             .arg(securityName(candidate.security)));
    if (candidate.security == Security::ImplicitTls)
        stream->connectToHostEncrypted(candidate.host, candidate.port);
    else
        stream->connectToHost(candidate.host, candidate.port);
}

void ProbeAttempt::cancel()
{
    if (isFinished())
        return;
    conclude(ProbeOutcome::Error, QString(), tr("Stopped by the user."), FailureKind::Cancelled);
    finish();
}

void ProbeAttempt::onConnected()
{
    m_result.connectMs = now() - m_startMs;
    m_transcript->append(Direction::Info,
                         tr("Connected to %1 port %2 after %3 ms")
                             .arg(m_stream->peerAddress().toString())
                             .arg(m_stream->peerPort())
                             .arg(m_result.connectMs));
    if (m_result.candidate.security == Security::ImplicitTls) {
        m_state = State::TlsHandshake;
        m_channel.setHandshaking(true);
        return;
    }
    m_state = State::Banner;
    m_channel.expect(SmtpCommand::Expect::Banner);
    // Half the time for a greeting; then the other half to find out whether it speaks TLS.
    m_silence.start(m_options.timeout / 2);
}

void ProbeAttempt::onSilence()
{
    if (m_state != State::Banner || m_bytesSeen || m_concluded)
        return;
    m_transcript->append(Direction::Info,
                         tr("No greeting after %1 s; checking whether this port speaks TLS")
                             .arg(double(m_silence.interval()) / 1000.0));
    m_state = State::Sniffing;
    m_channel.clearExpected();
    m_channel.setHandshaking(true);
    m_stream->startClientEncryption();
}

void ProbeAttempt::onSslErrors(const QList<QSslError> &errors)
{
    m_certificateSeen = true;
    m_result.tls = m_certificates.takeErrors(*m_stream, errors, *m_transcript);
    if (m_state == State::Sniffing) {
        m_result.suggestedSecurity = Security::ImplicitTls;
        conclude(ProbeOutcome::WrongMode, QString::fromLatin1(Topic::NetSecurityModeMismatch),
                 tr("The port answered a TLS handshake instead of greeting in plain text."));
        QMetaObject::invokeMethod(this, &ProbeAttempt::finish, Qt::QueuedConnection);
        return;
    }
    if (m_options.certificateOnly) {
        m_stream->ignoreSslErrors(errors); // the caller judges the chain (DANE)
        return;
    }
    checkInterception();
    if (m_concluded || m_certificates.refused()) {
        QStringList words;
        for (const QSslError &error : errors)
            words << error.errorString();
        conclude(ProbeOutcome::Certificate, QString(), words.join(QStringLiteral("; ")),
                 FailureKind::TlsCertificate);
        // The TLS library ends the handshake; the socket's error finishes the attempt.
        QMetaObject::invokeMethod(this, &ProbeAttempt::finish, Qt::QueuedConnection);
    }
}

void ProbeAttempt::checkInterception()
{
    if (m_concluded)
        return;
    const auto match = m_interception.match(m_stream->peerCertificateChain());
    if (!match)
        return;
    m_result.interceptionProduct = match->productName;
    m_result.interceptionIssuer = match->matched;
    m_result.interceptionSource = match->source;
    m_transcript->append(Direction::Error,
                         tr("The certificate was made by %1 (%2), not by the mail server")
                             .arg(match->productName, match->matched));
    conclude(ProbeOutcome::Interception, QString::fromLatin1(Topic::TlsInterception),
             tr("Certificate issued by %1: %2").arg(match->productName, match->matched));
}

void ProbeAttempt::onEncrypted()
{
    m_certificateSeen = true;
    m_channel.setEncrypted(true);
    m_channel.setHandshaking(false);
    m_result.tls = m_certificates.established(*m_stream);
    m_result.peerCertificates = m_stream->peerCertificateChain();
    if (!m_options.certificateOnly)
        CertificateCheck::show(m_result.tls, m_result.candidate.host, *m_transcript);
    if (m_state == State::Sniffing) {
        m_result.suggestedSecurity = Security::ImplicitTls;
        conclude(ProbeOutcome::WrongMode, QString::fromLatin1(Topic::NetSecurityModeMismatch),
                 tr("The port answered a TLS handshake instead of greeting in plain text."));
        finish();
        return;
    }
    checkInterception();
    if (m_concluded) {
        finish();
        return;
    }
    // Nothing said before the handshake counts any more (RFC 3207 section 4.2).
    m_channel.resetParser();
    m_capabilities = Capabilities();
    if (m_options.certificateOnly) {
        conclude(ProbeOutcome::Works, QString::fromLatin1(Topic::ProbeWorks), QString());
        sendQuit();
        return;
    }
    if (m_result.candidate.security == Security::ImplicitTls) {
        m_state = State::Banner;
        m_channel.expect(SmtpCommand::Expect::Banner);
        return;
    }
    sendEhlo();
}

void ProbeAttempt::sendEhlo()
{
    m_state = m_channel.isEncrypted() ? State::EhloInTls : State::Ehlo;
    m_channel.send({SmtpCommand::ehlo(ehloName(m_options.ehloName, m_stream->localAddress()))});
}

void ProbeAttempt::takeEhlo(const SmtpReply &reply)
{
    m_capabilities = Capabilities::fromEhloReply(reply);
    m_result.capabilities.clear();
    const QStringList keywords = m_capabilities.keywords();
    for (const QString &keyword : keywords) {
        const QString parameters = m_capabilities.parameters(keyword);
        m_result.capabilities.append(parameters.isEmpty() ? keyword : keyword + u' ' + parameters);
    }
    // What a server offers before STARTTLS is not what it offers inside TLS (RFC 3207 4.2):
    // sign-in methods and SIZE count from the EHLO inside TLS, or from a link that stays plain.
    if (m_channel.isEncrypted() || !m_capabilities.startTls()) {
        m_result.authMechanisms = m_capabilities.authMechanisms();
        m_result.sizeLimit = m_capabilities.sizeLimit();
    }
}

void ProbeAttempt::onReply(SmtpCommand::Expect expect, const SmtpReply &reply)
{
    using Expect = SmtpCommand::Expect;
    if (m_concluded) {
        if (expect == Expect::Quit)
            finish();
        return;
    }
    switch (expect) {
    case Expect::Banner:
        m_silence.stop();
        m_result.banner = reply.toOneLine();
        if (reply.code != 220) {
            conclude(ProbeOutcome::Error, QString(), reply.toOneLine(), FailureKind::Reply, reply);
            sendQuit();
            return;
        }
        sendEhlo();
        return;
    case Expect::Ehlo:
        if (reply.code != 250) {
            conclude(ProbeOutcome::Error, QString(), reply.toOneLine(), FailureKind::Reply, reply);
            sendQuit();
            return;
        }
        takeEhlo(reply);
        if (m_state == State::EhloInTls) {
            succeed();
            return;
        }
        if (!m_capabilities.startTls()) {
            conclude(ProbeOutcome::Error, QString::fromLatin1(Topic::TlsStartTlsUnavailable),
                     tr("The server did not offer STARTTLS."), FailureKind::StartTlsUnavailable);
            sendQuit();
            return;
        }
        m_state = State::StartTls;
        m_channel.send({SmtpCommand::startTls()});
        return;
    case Expect::StartTls:
        if (reply.code != 220) {
            conclude(ProbeOutcome::Error, QString::fromLatin1(Topic::TlsStartTlsUnavailable),
                     reply.toOneLine(), FailureKind::StartTlsUnavailable, reply);
            sendQuit();
            return;
        }
        if (m_stream->bytesAvailable() > 0 || m_channel.replyInProgress()) {
            conclude(ProbeOutcome::Error, QString(),
                     tr("The server sent more data right after agreeing to STARTTLS."),
                     FailureKind::ProtocolError);
            finish();
            return;
        }
        m_state = State::TlsHandshake;
        m_transcript->append(Direction::Info, tr("Starting TLS"));
        m_channel.setHandshaking(true);
        m_stream->startClientEncryption();
        return;
    case Expect::Quit:
        finish();
        return;
    default:
        conclude(ProbeOutcome::Error, QString(), reply.toOneLine(), FailureKind::ProtocolError,
                 reply);
        finish();
        return;
    }
}

void ProbeAttempt::succeed()
{
    const bool auth = !m_result.authMechanisms.isEmpty();
    conclude(ProbeOutcome::Works,
             QString::fromLatin1(auth ? Topic::ProbeWorks : Topic::AuthNotOffered), QString());
    sendQuit();
}

void ProbeAttempt::sendQuit()
{
    if (!m_stream || !m_stream->isConnected()) {
        finish();
        return;
    }
    m_state = State::Quit;
    m_channel.clearExpected();
    m_channel.send({SmtpCommand::quit()});
}

void ProbeAttempt::onChannelFailed(FailureKind kind, const QString &detail)
{
    if (m_concluded) {
        finish();
        return;
    }
    conclude(ProbeOutcome::Error, QString(), detail, kind);
    finish();
}

void ProbeAttempt::onSocketError()
{
    if (isFinished())
        return;
    if (m_concluded) {
        finish();
        return;
    }
    const QAbstractSocket::SocketError error = m_stream->error();
    const QString detail = m_stream->errorString();
    switch (m_state) {
    case State::Connecting:
        if (error == QAbstractSocket::ConnectionRefusedError)
            conclude(ProbeOutcome::Refused, QString::fromLatin1(Topic::NetConnectionRefused),
                     detail);
        else if (error == QAbstractSocket::SocketTimeoutError)
            conclude(ProbeOutcome::NoAnswer, QString::fromLatin1(Topic::NetTimeout), detail);
        else
            conclude(ProbeOutcome::Error, QString(), detail,
                     failureKindForSocketError(error, false, false));
        break;
    case State::TlsHandshake:
        if (m_result.candidate.security == Security::ImplicitTls && !m_certificateSeen
            && looksLikePlainText(detail)) {
            m_result.suggestedSecurity = Security::StartTls;
            conclude(ProbeOutcome::WrongMode, QString::fromLatin1(Topic::NetSecurityModeMismatch),
                     detail);
        } else {
            conclude(ProbeOutcome::Error, QString(), detail,
                     failureKindForSocketError(error, true, m_certificates.refused()));
        }
        break;
    case State::Sniffing:
        // Not TLS either: a server that closes on a silent client, or that speaks too late.
        conclude(ProbeOutcome::NoAnswer, QString::fromLatin1(Topic::NetTimeout), detail);
        break;
    default:
        conclude(ProbeOutcome::Error, QString(), detail,
                 failureKindForSocketError(error, false, false));
        break;
    }
    finish();
}

void ProbeAttempt::onDisconnected()
{
    if (isFinished())
        return;
    if (m_concluded || m_state == State::Quit) {
        finish();
        return;
    }
    conclude(ProbeOutcome::Error, QString(), tr("The server closed the connection."),
             FailureKind::ConnectionLost);
    finish();
}

void ProbeAttempt::onDeadline()
{
    if (isFinished())
        return;
    if (m_concluded) {
        finish(); // QUIT went unanswered: the outcome stands
        return;
    }
    const double seconds = double(m_options.timeout.count()) / 1000.0;
    const bool silent = !m_bytesSeen && !m_certificateSeen;
    if (m_state == State::Connecting) {
        conclude(ProbeOutcome::NoAnswer, QString::fromLatin1(Topic::NetTimeout),
                 tr("No connection within %1 s.").arg(seconds));
    } else if (silent
               && (m_state == State::Banner || m_state == State::Sniffing
                   || m_state == State::TlsHandshake)) {
        conclude(ProbeOutcome::NoAnswer, QString::fromLatin1(Topic::NetTimeout),
                 tr("Connected, but the server said nothing within %1 s.").arg(seconds));
    } else {
        conclude(ProbeOutcome::Error, QString(),
                 tr("The server stopped answering; the attempt ended after %1 s.").arg(seconds),
                 FailureKind::Timeout);
    }
    finish();
}

void ProbeAttempt::conclude(ProbeOutcome outcome, const QString &topic, const QString &detail,
                            FailureKind kind, const std::optional<SmtpReply> &reply)
{
    if (m_concluded)
        return;
    m_concluded = true;
    m_silence.stop();
    m_result.outcome = outcome;
    m_result.detail = detail;
    m_result.topic = topic;
    if (m_result.topic.isEmpty()) {
        SessionFailure failure;
        failure.stage = stageOf(m_state);
        failure.kind = kind == FailureKind::None ? FailureKind::NetworkError : kind;
        failure.reply = reply;
        failure.detail = detail;
        failure.sslErrors = m_certificates.errors();
        if (m_stream)
            failure.socketError = m_stream->error();
        DiagnosisContext context;
        context.host = m_result.candidate.host;
        context.port = m_result.candidate.port;
        context.security = m_result.candidate.security;
        context.mechanism = AuthMechanism::None;
        context.tlsActive = m_channel.isEncrypted();
        m_result.topic = Diagnoser::explain(failure, context).topic;
    }
    if (outcome != ProbeOutcome::Works && !detail.isEmpty())
        m_transcript->append(Direction::Error, detail, m_channel.isEncrypted());
    qCDebug(lcProbe) << m_result.candidate.host << m_result.candidate.port
                     << probeOutcomeName(outcome) << m_result.topic;
}

void ProbeAttempt::finish()
{
    if (isFinished())
        return;
    if (!m_concluded)
        conclude(ProbeOutcome::Error, QString(), tr("The attempt ended early."),
                 FailureKind::ConnectionLost);
    m_state = State::Finished;
    m_deadline.stop();
    m_silence.stop();
    m_channel.detach();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
    m_result.finishedMs = now();
    for (const TranscriptEntry &entry : m_transcript->entries())
        m_result.transcript.append(Transcript::formatEntry(entry));
    // Queued, so a receiver may delete this attempt from its slot.
    QMetaObject::invokeMethod(this, &ProbeAttempt::finished, Qt::QueuedConnection);
}

} // namespace Sendcheck
