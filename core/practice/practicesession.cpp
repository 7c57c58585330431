// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicesession.h"

#include "greylist.h"
#include "practicesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSslCipher>

#include <limits>

namespace Sendcheck {

namespace {

// Unread input kept in memory per session (PracticeSettings::maxPendingInput), and never less
// than the longest line allowed, or such a line could never be seen whole.
qsizetype inputCapacity(const PracticeSettings &settings)
{
    const qint64 longestLine = qMax(settings.maxCommandLine, settings.maxTextLine);
    return qsizetype(qMax(settings.maxPendingInput, 2 * longestLine + 2));
}

QString queueId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).toUpper().left(12);
}

} // namespace

PracticeSession::PracticeSession(quint64 id, QSslSocket *socket, bool implicitTls,
                                 const PracticeSettings *settings, Greylist *greylist,
                                 const QSslConfiguration &tlsConfiguration, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_implicitTls(implicitTls)
    , m_settings(settings)
    , m_greylist(greylist)
    , m_tlsConfiguration(tlsConfiguration)
    , m_input(inputCapacity(*settings))
    , m_sasl(settings)
    , m_connection(socket, settings->maxPendingOutput)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &PracticeSession::onIdleTimeout);
    m_lifeTimer.setSingleShot(true);
    connect(&m_lifeTimer, &QTimer::timeout, this, &PracticeSession::onSessionTooLong);
    connect(&m_connection, &PracticeConnection::readyRead, this, &PracticeSession::onReadyRead);
    connect(&m_connection, &PracticeConnection::encrypted, this, &PracticeSession::onEncrypted);
    connect(&m_connection, &PracticeConnection::disconnected, this,
            &PracticeSession::onDisconnected);
    connect(&m_connection, &PracticeConnection::closeTimedOut, this, &PracticeSession::finish);
    connect(&m_connection, &PracticeConnection::failed, this, &PracticeSession::onConnectionFailed);
}

PracticeSession::~PracticeSession() = default;

void PracticeSession::start()
{
    log(Direction::Info, tr("Connection from %1").arg(m_connection.peer()));
    m_idleTimer.start(m_settings->idleTimeoutMs);
    if (m_settings->maxSessionSeconds > 0)
        m_lifeTimer.start(int(qMin<qint64>(qint64(m_settings->maxSessionSeconds) * 1000,
                                           std::numeric_limits<int>::max())));
    if (const auto rule = m_settings->scenario.ruleFor(PracticeStage::Connect);
        rule && rule->drop) {
        log(Direction::Info, tr("Scenario: closing the connection at connect without a word"));
        drop();
        return;
    }
    if (m_implicitTls) {
        m_state = State::TlsHandshake;
        m_connection.startTls(m_tlsConfiguration);
        return;
    }
    sendGreeting();
}

void PracticeSession::sendGreeting()
{
    m_state = State::Command;
    for (const PracticeStage stage : {PracticeStage::Connect, PracticeStage::Banner}) {
        if (const auto rule = m_settings->scenario.ruleFor(stage)) {
            if (rule->drop) {
                log(Direction::Info, tr("Scenario: closing the connection instead of a greeting"));
                drop();
                return;
            }
            // A refusing greeting: RFC 5321 3.1 lets the client only QUIT after it.
            m_state = State::NoService;
            respond(rule->replyLine(), rule->code == 421 ? After::Close : After::Continue);
            return;
        }
    }
    respond(QStringLiteral("220 %1 ESMTP Sendcheck practice server").arg(m_settings->hostName));
}

void PracticeSession::onEncrypted()
{
    m_tls = true;
    const QSslCipher cipher = m_connection.sessionCipher();
    log(Direction::Tls, tr("TLS established: %1, %2").arg(cipher.protocolString(), cipher.name()));
    if (m_implicitTls && !m_greeted && m_state == State::TlsHandshake) {
        sendGreeting();
    } else {
        m_state = State::Command;
    }
    processInput();
}

void PracticeSession::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_idleTimer.start(m_settings->idleTimeoutMs);
    if (m_state == State::Closing) {
        m_connection.discardUnread(); // nothing more is served; keep memory flat
        return;
    }
    processInput();
}

void PracticeSession::onDisconnected()
{
    finish();
}

void PracticeSession::onConnectionFailed(const QString &message)
{
    if (m_state == State::Closed)
        return;
    if (!message.isEmpty())
        log(Direction::Error, message);
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Closed)
            drop();
    });
}

void PracticeSession::onIdleTimeout()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    log(Direction::Info, tr("Idle timeout"));
    m_paused = false;
    respond(QStringLiteral("421 4.4.2 %1 Error: timeout exceeded").arg(m_settings->hostName),
            After::Close);
}

void PracticeSession::onSessionTooLong()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    log(Direction::Info,
        tr("The session lasted %1 seconds, the most allowed").arg(m_settings->maxSessionSeconds));
    m_paused = false;
    if (m_state == State::TlsHandshake) {
        // No TLS yet, so no way to say it: a plain-text reply would be garbage to the client.
        drop();
        return;
    }
    respond(
        QStringLiteral("421 4.4.2 %1 Error: session too long, closing").arg(m_settings->hostName),
        After::Close);
}

void PracticeSession::pullFromSocket()
{
    if (m_state == State::TlsHandshake || m_state == State::Closing || m_state == State::Closed)
        return;
    m_connection.read(&m_input);
}

void PracticeSession::processInput()
{
    for (;;) {
        pullFromSocket();
        while (!m_paused && m_state != State::TlsHandshake && m_state != State::Closing
               && m_state != State::Closed) {
            if (!(m_state == State::Data ? processDataLine() : processCommandLine()))
                break;
        }
        if (m_state == State::Closed)
            return;
        m_input.compact();
        // More may wait in the socket when the input cap stopped the last read.
        if (m_paused || !m_connection.hasUnread() || m_input.isFull()
            || m_state == State::TlsHandshake || m_state == State::Closing)
            return;
    }
}

bool PracticeSession::processCommandLine()
{
    using Kind = PracticeLineReader::CommandLine::Kind;
    const PracticeLineReader::CommandLine command = m_input.nextCommand(m_settings->maxCommandLine);
    switch (command.kind) {
    case Kind::None:
        return false;
    case Kind::TooLongSoFar:
        // Answered now; the reader skips the rest of it, without keeping what is skipped.
        log(Direction::Client, tr("(a line longer than %1 bytes)").arg(m_settings->maxCommandLine));
        lineTooLong();
        return false;
    case Kind::TooLong:
        log(Direction::Client,
            tr("(a line of %1 bytes, longer than %2)")
                .arg(command.size)
                .arg(m_settings->maxCommandLine));
        lineTooLong();
        return true;
    case Kind::Line:
        handleLine(command.line);
        return true;
    }
    return false;
}

void PracticeSession::lineTooLong()
{
    // An answer to an AUTH challenge that long is no answer: the exchange ends (RFC 4954 4:
    // the server rejects the AUTH), and the next line is a command again.
    if (m_state == State::Auth) {
        log(Direction::Info, tr("AUTH ended: the answer was too long"));
        m_state = State::Command;
    }
    badCommand(QStringLiteral("500 5.5.2 Error: line too long"));
}

bool PracticeSession::processDataLine()
{
    const PracticeLineReader::Chunk chunk = m_input.next(m_settings->maxTextLine);
    switch (chunk.kind) {
    case PracticeLineReader::Chunk::Kind::None:
        return false;
    case PracticeLineReader::Chunk::Kind::Overflow:
        m_data.addOverflow(chunk.size);
        return false;
    case PracticeLineReader::Chunk::Kind::Line:
        break;
    }
    if (m_data.addLine(chunk.bytes, m_settings->maxTextLine, m_settings->maxMessageSize))
        finishData();
    return true;
}

void PracticeSession::handleLine(const QByteArray &line)
{
    switch (m_state) {
    case State::Auth:
        handleSaslResponse(line);
        return;
    case State::NoService: {
        log(Direction::Client, QString::fromUtf8(line));
        if (line.trimmed().toUpper() == "QUIT")
            respond(QStringLiteral("221 2.0.0 Bye"), After::Close);
        else
            badCommand(QStringLiteral("503 5.5.1 Error: no service, only QUIT is accepted"));
        return;
    }
    default:
        handleCommand(line);
        return;
    }
}

void PracticeSession::handleCommand(const QByteArray &line)
{
    const PracticeCommand command(line);
    log(Direction::Client, command.loggedText());
    if (command.isEmpty()) {
        badCommand(QStringLiteral("500 5.5.2 Error: bad syntax"));
        return;
    }
    if (m_settings->scenario.requireStartTls() && tlsAvailable() && !m_tls
        && !command.allowedBeforeStartTls()) {
        badCommand(QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
        return;
    }
    const QByteArray verb = command.verb();
    const QByteArray argument = command.argument();
    if (verb == "EHLO" || verb == "HELO") {
        cmdEhlo(verb, argument);
    } else if (verb == "STARTTLS") {
        cmdStartTls(argument);
    } else if (verb == "AUTH") {
        cmdAuth(command);
    } else if (verb == "MAIL") {
        cmdMail(argument);
    } else if (verb == "RCPT") {
        cmdRcpt(argument);
    } else if (verb == "DATA") {
        cmdData(argument);
    } else if (verb == "RSET") {
        cmdRset(argument);
    } else if (verb == "QUIT") {
        if (!applyRule(PracticeStage::Quit))
            respond(QStringLiteral("221 2.0.0 Bye"), After::Close);
    } else {
        cmdOther(verb);
    }
}

void PracticeSession::cmdRset(const QByteArray &argument)
{
    if (!argument.isEmpty()) {
        badCommand(QStringLiteral("501 5.5.4 Syntax: RSET"));
        return;
    }
    resetTransaction();
    respond(QStringLiteral("250 2.0.0 Ok"));
}

void PracticeSession::cmdOther(const QByteArray &verb)
{
    if (verb == "NOOP") {
        respond(QStringLiteral("250 2.0.0 Ok"));
    } else if (verb == "VRFY") {
        respond(QStringLiteral(
            "252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery"));
    } else if (verb == "EXPN") {
        badCommand(QStringLiteral("502 5.5.1 Error: EXPN is not implemented"));
    } else if (verb == "HELP") {
        respond(QStringLiteral("214 2.0.0 Commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET "
                               "NOOP VRFY EXPN HELP QUIT"));
    } else {
        badCommand(QStringLiteral("500 5.5.2 Error: command not recognized"));
    }
}

void PracticeSession::cmdEhlo(const QByteArray &verb, const QByteArray &argument)
{
    if (argument.isEmpty()) {
        badCommand(QStringLiteral("501 5.5.4 Syntax: %1 hostname").arg(QString::fromLatin1(verb)));
        return;
    }
    if (applyRule(PracticeStage::Ehlo))
        return;
    resetTransaction();
    m_greeted = true;
    const QString greeting = QStringLiteral("%1 Hello %2 [%3]")
                                 .arg(m_settings->hostName, QString::fromUtf8(argument.left(255)),
                                      m_connection.peerAddress());
    if (verb == "HELO") {
        respond(QStringLiteral("250 ") + greeting);
        return;
    }
    QStringList lines {greeting,
                       QStringLiteral("PIPELINING"),
                       QStringLiteral("SIZE %1").arg(m_settings->maxMessageSize),
                       QStringLiteral("8BITMIME"),
                       QStringLiteral("SMTPUTF8"),
                       QStringLiteral("ENHANCEDSTATUSCODES")};
    if (tlsAvailable() && !m_tls)
        lines << QStringLiteral("STARTTLS");
    if (authOffered() && !m_settings->scenario.openRelay())
        lines << QStringLiteral("AUTH ") + m_sasl.mechanisms();
    QStringList reply;
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply << QStringLiteral("250%1%2")
                     .arg(i + 1 < lines.size() ? QLatin1Char('-') : QLatin1Char(' '))
                     .arg(lines.at(i));
    respondLines(reply);
}

bool PracticeSession::authOffered() const
{
    return !(m_settings->scenario.requireStartTls() && tlsAvailable() && !m_tls);
}

void PracticeSession::cmdStartTls(const QByteArray &argument)
{
    if (!argument.isEmpty()) {
        badCommand(QStringLiteral("501 5.5.4 Syntax: STARTTLS"));
        return;
    }
    if (m_tls) {
        badCommand(QStringLiteral("554 5.5.1 Error: TLS already active"));
        return;
    }
    if (!tlsAvailable()) {
        badCommand(QStringLiteral("454 4.7.0 TLS not available due to local problem"));
        return;
    }
    if (applyRule(PracticeStage::StartTls))
        return;
    respond(QStringLiteral("220 2.0.0 Ready to start TLS"), After::StartTls);
}

void PracticeSession::cmdAuth(const PracticeCommand &command)
{
    if (!m_greeted) {
        badCommand(QStringLiteral("503 5.5.1 Error: send HELO/EHLO first"));
        return;
    }
    if (!authOffered()) {
        badCommand(QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
        return;
    }
    if (!m_authUser.isEmpty()) {
        badCommand(QStringLiteral("503 5.5.1 Error: already authenticated"));
        return;
    }
    if (m_mailFrom) {
        badCommand(QStringLiteral("503 5.5.1 Error: MAIL transaction in progress"));
        return;
    }
    const QByteArray mechanism = command.authMechanism();
    if (!m_sasl.offers(mechanism)) {
        badCommand(QStringLiteral("504 5.5.4 Unrecognized authentication type"));
        return;
    }
    if (const auto rule = m_settings->scenario.ruleFor(PracticeStage::Auth); rule && rule->drop) {
        applyRule(PracticeStage::Auth);
        return;
    }
    handleSaslStep(m_sasl.start(mechanism, command.authInitialResponse()));
}

void PracticeSession::handleSaslResponse(const QByteArray &line)
{
    log(Direction::Client, line.isEmpty() ? QString() : PracticeCommand::redacted());
    m_state = State::Command;
    handleSaslStep(m_sasl.answer(line));
}

void PracticeSession::handleSaslStep(const PracticeSaslServer::Step &step)
{
    using Kind = PracticeSaslServer::Step::Kind;
    switch (step.kind) {
    case Kind::TokenRefused:
        log(Direction::Info,
            step.tokenRight ? tr("The token is right, but it belongs to \"%1\", not \"%2\"")
                                  .arg(step.tokenOwner, step.user)
                            : tr("The token is not the test token"));
        [[fallthrough]];
    case Kind::Challenge:
        m_state = State::Auth;
        respond(step.reply);
        return;
    case Kind::Accepted:
    case Kind::Refused:
        finishAuth(step.user, step.kind == Kind::Accepted);
        return;
    case Kind::Error:
        badCommand(step.reply);
        return;
    }
}

void PracticeSession::finishAuth(const QString &user, bool ok)
{
    m_state = State::Command;
    if (!ok) {
        log(Direction::Info, tr("Authentication failed for \"%1\"").arg(user));
        ++m_errors;
        if (applyRule(PracticeStage::Auth))
            return;
        respond(QStringLiteral("535 5.7.8 Authentication credentials invalid"));
        return;
    }
    if (applyRule(PracticeStage::Auth))
        return;
    m_authUser = user;
    log(Direction::Info, tr("Authenticated as \"%1\"").arg(user));
    Q_EMIT authenticated(m_id, user);
    respond(QStringLiteral("235 2.7.0 Authentication successful"));
}

void PracticeSession::cmdMail(const QByteArray &argument)
{
    if (!m_greeted) {
        badCommand(QStringLiteral("503 5.5.1 Error: send HELO/EHLO first"));
        return;
    }
    if (m_settings->scenario.requireAuth() && m_authUser.isEmpty()) {
        badCommand(QStringLiteral("530 5.7.0 Authentication required"));
        return;
    }
    if (m_mailFrom) {
        badCommand(QStringLiteral("503 5.5.1 Error: nested MAIL command"));
        return;
    }
    const auto sender = PracticePathArgument::mailFrom(argument, m_settings->maxMessageSize);
    if (!sender.isValid()) {
        refuse(sender);
        return;
    }
    if (applyRule(PracticeStage::Mail))
        return;
    m_mailFrom = sender.path();
    respond(QStringLiteral("250 2.1.0 Ok"));
}

void PracticeSession::cmdRcpt(const QByteArray &argument)
{
    if (!m_mailFrom) {
        badCommand(QStringLiteral("503 5.5.1 Error: need MAIL command"));
        return;
    }
    const auto rcptTo = PracticePathArgument::rcptTo(argument);
    if (!rcptTo.isValid()) {
        refuse(rcptTo);
        return;
    }
    const QString recipient = rcptTo.path();
    if (m_rcptTo.size() >= m_settings->maxRecipients) {
        respond(QStringLiteral("452 4.5.3 Error: too many recipients"));
        return;
    }
    if (applyRule(PracticeStage::Rcpt))
        return;
    if (m_settings->scenario.greylist()) {
        const int wait = m_greylist->check(m_connection.peerAddress(), *m_mailFrom, recipient,
                                           m_settings->scenario.greylistSeconds());
        if (wait > 0) {
            respond(QStringLiteral("451 4.7.1 <%1>: Recipient address rejected: Greylisted, "
                                   "try again in %2 seconds")
                        .arg(recipient)
                        .arg(wait));
            return;
        }
    }
    m_rcptTo << recipient;
    respond(QStringLiteral("250 2.1.5 Ok"));
}

void PracticeSession::cmdData(const QByteArray &argument)
{
    if (!argument.isEmpty()) {
        badCommand(QStringLiteral("501 5.5.4 Syntax: DATA"));
        return;
    }
    if (!m_mailFrom) {
        badCommand(QStringLiteral("503 5.5.1 Error: need RCPT command"));
        return;
    }
    if (m_rcptTo.isEmpty()) {
        badCommand(QStringLiteral("554 5.5.1 Error: no valid recipients"));
        return;
    }
    if (applyRule(PracticeStage::Data))
        return;
    m_state = State::Data;
    m_data.start();
    respond(QStringLiteral("354 End data with <CR><LF>.<CR><LF>"));
}

void PracticeSession::finishData()
{
    m_state = State::Command;
    log(Direction::Client, tr("(%1 bytes of message data, then the final dot)").arg(m_data.size()));
    if (m_data.tooBig()) {
        resetTransaction();
        respond(QStringLiteral("552 5.3.4 Message size exceeds fixed maximum message size"));
        return;
    }
    if (m_data.lineTooLong()) {
        resetTransaction();
        respond(QStringLiteral("554 5.6.0 Message has a line longer than %1 characters")
                    .arg(m_settings->maxTextLine));
        return;
    }
    if (applyRule(PracticeStage::DataEnd)) {
        resetTransaction();
        return;
    }
    ReceivedMessage message;
    message.sessionId = m_id;
    message.received = QDateTime::currentDateTime();
    message.mailFrom = *m_mailFrom;
    message.rcptTo = m_rcptTo;
    message.data = m_data.data();
    message.tls = m_tls;
    message.authUser = m_authUser;
    message.queueId = queueId();
    message.sessionTranscript = m_transcript.toText();
    resetTransaction();
    ++m_messageCount;
    Q_EMIT messageReceived(message);
    respond(QStringLiteral("250 2.0.0 Ok: queued as %1").arg(message.queueId));
}

bool PracticeSession::applyRule(PracticeStage stage)
{
    const auto rule = m_settings->scenario.ruleFor(stage);
    if (!rule)
        return false;
    if (rule->drop) {
        log(Direction::Info,
            tr("Scenario: closing the connection at %1 without a reply")
                .arg(practiceStageName(stage)));
        closeWithoutReply();
        return true;
    }
    if (rule->code >= 500)
        ++m_errors;
    respond(rule->replyLine(), rule->code == 421 ? After::Close : After::Continue);
    return true;
}

void PracticeSession::badCommand(const QString &reply)
{
    ++m_errors;
    if (m_errors >= m_settings->maxErrors) {
        respond(QStringLiteral("421 4.7.0 %1 Error: too many errors").arg(m_settings->hostName),
                After::Close);
        return;
    }
    respond(reply);
}

void PracticeSession::refuse(const PracticePathArgument &argument)
{
    if (argument.isSyntaxError())
        badCommand(argument.refusal());
    else
        respond(argument.refusal());
}

void PracticeSession::respond(const QString &reply, After after)
{
    respondLines({reply}, after);
}

void PracticeSession::respondLines(const QStringList &lines, After after)
{
    QByteArray bytes;
    for (const QString &line : lines)
        bytes += line.toUtf8() + "\r\n";
    const int delay = m_settings->scenario.slowDelayMs();
    if (after == After::Close)
        m_state = State::Closing;
    if (delay <= 0 || m_state == State::Closing) {
        for (const QString &line : lines)
            log(Direction::Server, line);
        write(bytes, after);
        return;
    }
    // Slow: hold every later command until this reply has gone out, so the order stays.
    m_paused = true;
    QTimer::singleShot(delay, this, [this, lines, bytes, after] {
        if (m_state == State::Closed || !m_paused)
            return;
        m_paused = false;
        for (const QString &line : lines)
            log(Direction::Server, line);
        write(bytes, after);
        if (m_state != State::Closed)
            processInput();
    });
}

void PracticeSession::write(const QByteArray &bytes, After after)
{
    if (m_state == State::Closed)
        return;
    if (!m_connection.write(bytes)) {
        log(Direction::Error, tr("The client does not read its replies; closing"));
        drop();
        return;
    }
    runAfter(after);
}

void PracticeSession::runAfter(After after)
{
    switch (after) {
    case After::Continue:
        break;
    case After::Close:
        m_state = State::Closing;
        m_connection.closeGracefully();
        break;
    case After::StartTls: {
        // RFC 3207: whatever the client pipelined after STARTTLS is discarded, not obeyed.
        const qint64 pipelined = m_input.discard() + m_connection.discardUnread();
        if (pipelined > 0)
            log(Direction::Info,
                tr("Discarded %1 bytes sent after STARTTLS before the handshake").arg(pipelined));
        resetTransaction();
        m_greeted = false;
        m_authUser.clear();
        m_state = State::TlsHandshake;
        m_connection.startTls(m_tlsConfiguration);
        break;
    }
    }
}

void PracticeSession::closeWithoutReply()
{
    // Like a real server that goes away: the replies it already gave (to commands pipelined
    // before this one) still reach the client; only this command gets no answer.
    m_state = State::Closing;
    m_connection.closeAfterFlush();
    finish();
}

void PracticeSession::drop()
{
    m_state = State::Closing;
    m_connection.abort();
    finish();
}

void PracticeSession::resetTransaction()
{
    m_mailFrom.reset();
    m_rcptTo.clear();
    m_data.clear();
}

void PracticeSession::log(Direction direction, const QString &text)
{
    const bool insideTls
        = m_tls && (direction == Direction::Client || direction == Direction::Server);
    if (m_transcript.entries().size() < m_settings->maxTranscriptLines) {
        m_transcript.append(direction, text, insideTls);
    } else if (m_transcript.entries().size() == m_settings->maxTranscriptLines) {
        m_transcript.append(Direction::Info, tr("(transcript truncated)"));
    }
    Q_EMIT lineLogged(m_id, direction, text);
}

void PracticeSession::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_idleTimer.stop();
    m_lifeTimer.stop();
    m_paused = false;
    log(Direction::Info, tr("Connection closed"));
    Q_EMIT finished(m_id);
}

} // namespace Sendcheck
