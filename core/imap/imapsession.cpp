// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapsession.h"

#include "smtp/socketstream.h"
#include "transcript/transcript.h"

#include <QLoggingCategory>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcImap, "sendcheck.imap")

namespace Sendcheck {

namespace {

bool breaksLine(QByteArrayView bytes)
{
    return bytes.contains('\r') || bytes.contains('\n') || bytes.contains('\0');
}

} // namespace

ImapSession::ImapSession(QObject *parent)
    : QObject(parent), m_streamFactory(&SocketStream::create), m_transcript(new Transcript(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImapSession::onTimeout);
}

ImapSession::~ImapSession()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
    wipeSecrets();
}

void ImapSession::setSecret(QByteArrayView secret)
{
    m_secret = SecretBuffer(secret);
}

void ImapSession::setParserLimits(qsizetype maxLine, qsizetype maxLiteral, int maxLiterals)
{
    m_parser.setLimits(maxLine, maxLiteral, maxLiterals);
}

void ImapSession::wipeSecrets()
{
    m_secret.wipe();
    m_continuationPayload.fill('\0');
    m_continuationPayload.clear();
    m_transcript->forgetSecrets();
}

QString ImapSession::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Connecting:
        return QStringLiteral("connect");
    case State::TlsHandshake:
        return QStringLiteral("tls");
    case State::Greeting:
        return QStringLiteral("greeting");
    case State::Capability:
        return QStringLiteral("capability");
    case State::StartTls:
        return QStringLiteral("starttls");
    case State::Login:
        return QStringLiteral("login");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Command:
        return QStringLiteral("command");
    case State::Idling:
        return QStringLiteral("idle-wait");
    case State::Logout:
        return QStringLiteral("logout");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString ImapSession::stateText(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Not started");
    case State::Connecting:
        return tr("Connecting");
    case State::TlsHandshake:
        return tr("TLS handshake");
    case State::Greeting:
        return tr("Waiting for the greeting");
    case State::Capability:
        return tr("Reading the capabilities");
    case State::StartTls:
        return tr("Asking for STARTTLS");
    case State::Login:
        return tr("Signing in");
    case State::Ready:
        return tr("Signed in");
    case State::Command:
        return tr("Waiting for an answer");
    case State::Idling:
        return tr("Waiting for new mail (IDLE)");
    case State::Logout:
        return tr("Signing out");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

bool ImapSession::hasCapability(QByteArrayView name) const
{
    return m_capabilities.contains(name.toByteArray().toUpper());
}

QList<QByteArray> ImapSession::capabilities() const
{
    QList<QByteArray> list(m_capabilities.cbegin(), m_capabilities.cend());
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<QByteArray> ImapSession::quoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || u == '\r' || u == '\n' || u >= 0x80)
            return std::nullopt;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

void ImapSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcImap) << "state" << stateName(state);
    Q_EMIT stateChanged(state);
}

void ImapSession::start()
{
    Q_ASSERT(m_state == State::Idle);
    m_transcript->restart();
    if (m_settings.host.trimmed().isEmpty()) {
        fail(FailureKind::InvalidInput, tr("No IMAP server name was given."));
        return;
    }
    if (breaksLine(m_settings.userName.toUtf8())) {
        fail(FailureKind::InvalidInput, tr("The user name must not contain line breaks."));
        return;
    }
    QList<QSslCertificate> extraCas;
    if (!m_settings.caFile.isEmpty()) {
        extraCas = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (extraCas.isEmpty()) {
            fail(FailureKind::InvalidInput,
                 tr("No certificate could be read from the CA file %1.").arg(m_settings.caFile));
            return;
        }
    }
    // The secret in every form it travels in is hidden from every server line from now on.
    if (!m_secret.isEmpty()) {
        const QByteArray user = m_settings.userName.toUtf8();
        m_transcript->addSecret(m_secret.view());
        QByteArray plain = QByteArray(1, '\0') + user + QByteArray(1, '\0');
        plain.append(m_secret.view().data(), m_secret.size());
        m_transcript->addSecret(plain.toBase64());
        QByteArray oauth = "user=" + user
            + "\x01"
              "auth=Bearer ";
        oauth.append(m_secret.view().data(), m_secret.size());
        oauth += "\x01\x01";
        m_transcript->addSecret(oauth.toBase64());
        plain.fill('\0');
        oauth.fill('\0');
    }
    m_certificates = CertificateCheck(m_settings.pinnedSha256);
    m_stream = m_streamFactory({m_settings.security != Security::None, m_settings.host, extraCas});
    connectStream();
    setState(State::Connecting);
    m_transcript->append(
        Direction::Info,
        tr("Connecting to IMAP server %1 port %2 (%3)")
            .arg(m_settings.host)
            .arg(m_settings.port)
            .arg(m_settings.security == Security::ImplicitTls    ? tr("TLS from the first byte")
                     : m_settings.security == Security::StartTls ? tr("plain, then STARTTLS")
                                                                 : tr("no encryption")));
    arm(m_settings.timeouts.connect);
    if (m_settings.security == Security::ImplicitTls)
        m_stream->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_stream->connectToHost(m_settings.host, m_settings.port);
}

void ImapSession::connectStream()
{
    SmtpStream *stream = m_stream.get();
    connect(stream, &SmtpStream::connected, this, &ImapSession::onConnected);
    connect(stream, &SmtpStream::encrypted, this, &ImapSession::onEncrypted);
    connect(stream, &SmtpStream::sslErrors, this, &ImapSession::onSslErrors);
    connect(stream, &SmtpStream::readyRead, this, &ImapSession::onReadyRead);
    connect(stream, &SmtpStream::errorOccurred, this, &ImapSession::onSocketError);
    connect(stream, &SmtpStream::disconnected, this, &ImapSession::onDisconnected);
}

void ImapSession::arm(std::chrono::milliseconds timeout)
{
    m_timer.start(timeout);
}

void ImapSession::cancel()
{
    if (isFinished() || m_state == State::Idle)
        return;
    fail(FailureKind::Cancelled, tr("Stopped by the user."));
}

void ImapSession::onConnected()
{
    m_transcript->append(Direction::Info,
                         tr("Connected to %1 port %2")
                             .arg(m_stream->peerAddress().toString())
                             .arg(m_stream->peerPort()));
    if (m_settings.security == Security::ImplicitTls) {
        setState(State::TlsHandshake);
        arm(m_settings.timeouts.tlsHandshake);
        return;
    }
    setState(State::Greeting);
    arm(m_settings.timeouts.greeting);
}

void ImapSession::onSslErrors(const QList<QSslError> &errors)
{
    m_tls = m_certificates.takeErrors(*m_stream, errors, *m_transcript);
}

qsizetype ImapSession::discardUnread()
{
    qsizetype dropped = 0;
    while (m_stream && m_stream->bytesAvailable() > 0) {
        const QByteArray part = m_stream->readLine(65537);
        if (part.isEmpty())
            break;
        dropped += part.size();
    }
    return dropped;
}

void ImapSession::onEncrypted()
{
    m_encrypted = true;
    m_tls = m_certificates.established(*m_stream);
    CertificateCheck::show(m_tls, m_settings.host, *m_transcript);
    // Nothing the server said before the handshake counts (RFC 9051 section 6.2.1).
    const qsizetype dropped = discardUnread();
    if (dropped > 0)
        m_transcript->append(
            Direction::Error,
            tr("Bytes that arrived before TLS was in place were discarded unread: %1.")
                .arg(dropped));
    m_parser.reset();
    m_capabilities.clear();
    m_haveCapabilities = false;
    if (m_settings.security == Security::ImplicitTls) {
        setState(State::Greeting);
        arm(m_settings.timeouts.greeting);
        return;
    }
    advance();
}

void ImapSession::onReadyRead()
{
    if (!m_stream || isFinished() || m_state == State::TlsHandshake || m_state == State::Connecting)
        return; // before TLS is in place nothing is read; onEncrypted() drops it
    QList<ImapResponse> responses;
    const bool ok = m_parser.read(*m_stream, responses);
    for (qsizetype i = 0; i < responses.size(); ++i) {
        if (isFinished())
            return;
        if (m_state == State::TlsHandshake) {
            // Read together with the STARTTLS answer, before TLS: an injection attempt.
            m_transcript->append(
                Direction::Error,
                tr("Responses the server sent after its STARTTLS answer and before TLS were "
                   "discarded unread (STARTTLS injection defence): %1.")
                    .arg(responses.size() - i));
            return;
        }
        handle(responses.at(i));
    }
    if (!ok && !isFinished()) {
        m_transcript->append(Direction::Error, m_parser.error(), m_encrypted);
        fail(FailureKind::ProtocolError, m_parser.error());
    }
}

QString ImapSession::shownLine(const ImapResponse &response) const
{
    QByteArray head = response.kind == ImapResponse::Kind::Tagged ? response.tag
        : response.kind == ImapResponse::Kind::Untagged           ? QByteArray("*")
                                                                  : QByteArray("+");
    QString text = QString::fromUtf8(head + ' ' + response.line);
    qsizetype literalBytes = 0;
    for (const QByteArray &literal : response.literals)
        literalBytes += literal.size();
    if (!response.literals.isEmpty())
        text += QLatin1Char(' ')
            + tr("[literal data not shown: %n bytes]", nullptr, int(literalBytes));
    return visibleText(text);
}

QString ImapSession::serverWords(const ImapResponse &response) const
{
    return m_transcript->redact(visibleText(QString::fromUtf8(response.text())));
}

void ImapSession::handle(const ImapResponse &response)
{
    m_transcript->append(Direction::Server, shownLine(response), m_encrypted);
    if (m_state != State::Idling)
        arm(m_settings.timeouts.command); // progress: the server is answering
    switch (response.kind) {
    case ImapResponse::Kind::Untagged:
        handleUntagged(response);
        break;
    case ImapResponse::Kind::Tagged:
        handleTagged(response);
        break;
    case ImapResponse::Kind::Continuation:
        handleContinuation(response);
        break;
    }
}

void ImapSession::takeCapabilities(const QByteArray &list)
{
    m_capabilities.clear();
    const QList<QByteArray> words = list.simplified().split(' ');
    for (const QByteArray &word : words)
        if (!word.isEmpty() && word.toUpper() != "CAPABILITY")
            m_capabilities.insert(word.toUpper());
    m_haveCapabilities = true;
}

void ImapSession::handleUntagged(const ImapResponse &response)
{
    if (m_state == State::Greeting) {
        if (response.status == "OK") {
            if (response.code().toUpper().startsWith("CAPABILITY "))
                takeCapabilities(response.code());
            advance();
        } else if (response.status == "PREAUTH") {
            if (m_settings.security == Security::StartTls && !m_encrypted) {
                fail(FailureKind::StartTlsUnavailable,
                     tr("The server signed us in before TLS (PREAUTH), so STARTTLS is not "
                        "possible; the connection was closed rather than continue without "
                        "encryption."),
                     serverWords(response));
                return;
            }
            m_authenticated = true;
            if (response.code().toUpper().startsWith("CAPABILITY "))
                takeCapabilities(response.code());
            advance();
        } else if (response.status == "BYE") {
            fail(FailureKind::Reply, tr("The server refused the connection."),
                 serverWords(response));
        } else {
            fail(FailureKind::ProtocolError, tr("The server's greeting is no IMAP greeting."),
                 serverWords(response));
        }
        return;
    }
    if (response.status == "BYE" && m_state != State::Logout) {
        fail(FailureKind::ConnectionLost, tr("The server ended the session."),
             serverWords(response));
        return;
    }
    if (response.status == "CAPABILITY")
        takeCapabilities(response.line);
    if (m_state != State::Command && m_state != State::Idling && m_state != State::Capability
        && m_state != State::Login && m_state != State::Logout && m_state != State::StartTls) {
        return;
    }
    m_pending.untagged.append(response);
    if (m_pending.untagged.size() > m_maxUntagged) {
        fail(FailureKind::ProtocolError,
             tr("The server sent more than %1 untagged responses for one command; the session "
                "was stopped.")
                 .arg(m_maxUntagged));
        return;
    }
    if (m_state == State::Idling) {
        const QByteArray what = response.secondWord();
        if ((what == "EXISTS" || what == "RECENT") && !m_doneSent)
            Q_EMIT idleEvent();
    }
}

void ImapSession::handleContinuation(const ImapResponse &response)
{
    if (m_state == State::Idling) {
        m_timer.stop(); // idling: the caller decides how long
        return;
    }
    if (m_state != State::Login) {
        if (m_state == State::Command && !m_continuationPayload.isEmpty()) {
            send(m_continuationPayload, m_continuationShown);
            m_continuationPayload.clear();
            return;
        }
        fail(FailureKind::ProtocolError, tr("The server asked for more data where none was due."),
             serverWords(response));
        return;
    }
    if (!m_continuationPayload.isEmpty()) {
        send(m_continuationPayload, m_continuationShown);
        m_continuationPayload.fill('\0');
        m_continuationPayload.clear();
        m_saslAnswered = true;
        return;
    }
    if (m_saslAnswered) {
        // XOAUTH2 failure details come as a continuation; an empty line asks for the NO.
        send("\r\n", QString());
        return;
    }
    fail(FailureKind::ProtocolError, tr("The server asked for more sign-in data than exists."),
         serverWords(response));
}

void ImapSession::handleTagged(const ImapResponse &response)
{
    if (response.tag != m_pendingTag) {
        fail(FailureKind::ProtocolError,
             tr("The server answered a command that was never sent (tag %1).")
                 .arg(visibleText(QString::fromUtf8(response.tag.left(40)))));
        return;
    }
    m_pendingTag.clear();
    const bool ok = response.status == "OK";
    if (ok && response.code().toUpper().startsWith("CAPABILITY "))
        takeCapabilities(response.code());
    switch (m_state) {
    case State::Capability:
        if (!ok) {
            fail(FailureKind::Reply, tr("The server refused the CAPABILITY command."),
                 serverWords(response));
            return;
        }
        m_haveCapabilities = true;
        advance();
        return;
    case State::StartTls:
        if (!ok) {
            fail(FailureKind::StartTlsUnavailable,
                 tr("The server refused STARTTLS; the session was stopped rather than continue "
                    "without encryption."),
                 serverWords(response));
            return;
        }
        startTlsHandshake();
        return;
    case State::Login:
        m_continuationPayload.fill('\0');
        m_continuationPayload.clear();
        if (!ok) {
            fail(FailureKind::Reply, tr("The server refused the sign-in."), serverWords(response));
            return;
        }
        m_authenticated = true;
        m_transcript->append(Direction::Info, tr("Signed in."));
        // Capabilities may change once signed in; read them again unless the OK said them.
        if (!response.code().toUpper().startsWith("CAPABILITY "))
            m_haveCapabilities = false;
        advance();
        return;
    case State::Command:
    case State::Idling: {
        m_continuationPayload.clear();
        ImapCommandResult result = std::move(m_pending);
        m_pending = ImapCommandResult();
        result.tag = response.tag;
        result.status = response.status;
        result.text = serverWords(response);
        setState(State::Ready);
        m_timer.stop();
        Q_EMIT commandFinished(result);
        return;
    }
    case State::Logout:
        close();
        return;
    default:
        fail(FailureKind::ProtocolError, tr("The server answered out of turn."),
             serverWords(response));
        return;
    }
}

void ImapSession::advance()
{
    if (!m_haveCapabilities) {
        setState(State::Capability);
        m_pending = ImapCommandResult();
        send(nextTag() + " CAPABILITY\r\n");
        return;
    }
    if (m_settings.security == Security::StartTls && !m_encrypted) {
        if (!hasCapability("STARTTLS")) {
            fail(FailureKind::StartTlsUnavailable,
                 tr("The server does not offer STARTTLS, so the connection would not be "
                    "encrypted; nothing was sent. Use TLS on port 993, or ask the provider."));
            return;
        }
        setState(State::StartTls);
        send(nextTag() + " STARTTLS\r\n");
        return;
    }
    if (!m_authenticated) {
        sendLogin();
        return;
    }
    setState(State::Ready);
    m_timer.stop();
    Q_EMIT ready();
}

void ImapSession::startTlsHandshake()
{
    // Anything after the STARTTLS reply and before the handshake is an injection attempt.
    const qsizetype dropped = discardUnread();
    if (dropped > 0)
        m_transcript->append(Direction::Error,
                             tr("Bytes the server sent after its STARTTLS answer and before TLS "
                                "were discarded unread (STARTTLS injection defence): %1.")
                                 .arg(dropped));
    m_parser.reset();
    setState(State::TlsHandshake);
    arm(m_settings.timeouts.tlsHandshake);
    m_stream->startClientEncryption();
}

void ImapSession::sendLogin()
{
    setState(State::Login);
    m_pending = ImapCommandResult();
    m_saslAnswered = false;
    if (!m_encrypted && !m_settings.allowPlainAuth) {
        fail(FailureKind::PlainAuthRefused,
             tr("The connection is not encrypted, so the password was not sent. Use TLS or "
                "STARTTLS."));
        return;
    }
    if (m_secret.isEmpty()) {
        fail(FailureKind::InvalidInput, tr("No password or token was given for the IMAP sign-in."));
        return;
    }
    const QByteArray user = m_settings.userName.toUtf8();
    const QByteArray tag = nextTag();
    const bool saslIr = hasCapability("SASL-IR");
    AuthMechanism mechanism = m_settings.mechanism;
    if (mechanism == AuthMechanism::Auto || mechanism == AuthMechanism::None)
        mechanism = hasCapability("AUTH=PLAIN") ? AuthMechanism::Plain : AuthMechanism::Login;

    if (mechanism == AuthMechanism::XOAuth2 || mechanism == AuthMechanism::Plain) {
        const bool oauth = mechanism == AuthMechanism::XOAuth2;
        const QByteArray name = oauth ? "XOAUTH2" : "PLAIN";
        if (!hasCapability("AUTH=" + name)) {
            fail(FailureKind::NoCommonMechanism,
                 tr("The server does not offer AUTHENTICATE %1.").arg(QString::fromLatin1(name)));
            return;
        }
        QByteArray raw;
        if (oauth) {
            raw = "user=" + user
                + "\x01"
                  "auth=Bearer ";
            raw.append(m_secret.view().data(), m_secret.size());
            raw += "\x01\x01";
        } else {
            raw = QByteArray(1, '\0') + user + QByteArray(1, '\0');
            raw.append(m_secret.view().data(), m_secret.size());
        }
        QByteArray encoded = raw.toBase64();
        raw.fill('\0');
        const QString shown = tr("[credentials hidden]");
        if (saslIr) {
            QByteArray line = tag + " AUTHENTICATE " + name + ' ' + encoded + "\r\n";
            send(line, QString::fromLatin1(tag + " AUTHENTICATE " + name + ' ') + shown);
            line.fill('\0');
            m_saslAnswered = true;
        } else {
            send(tag + " AUTHENTICATE " + name + "\r\n");
            m_continuationPayload = encoded + "\r\n";
            m_continuationShown = shown;
        }
        encoded.fill('\0');
        return;
    }
    if (hasCapability("LOGINDISABLED")) {
        fail(FailureKind::NoCommonMechanism,
             tr("The server does not allow LOGIN here (LOGINDISABLED) and offers no "
                "AUTHENTICATE PLAIN."));
        return;
    }
    const std::optional<QByteArray> quotedUser = quoted(user);
    const std::optional<QByteArray> quotedSecret = quoted(m_secret.view());
    QByteArray userPart
        = quotedUser ? *quotedUser : "{" + QByteArray::number(user.size()) + "+}\r\n" + user;
    if (!quotedUser && !hasCapability("LITERAL+")) {
        fail(FailureKind::InvalidInput,
             tr("The user name needs an IMAP literal, which this server cannot take in LOGIN."));
        return;
    }
    const QString shownStart
        = QString::fromUtf8(tag + " LOGIN " + (quotedUser ? *quotedUser : user) + ' ');
    if (quotedSecret) {
        QByteArray line = tag + " LOGIN " + userPart + ' ' + *quotedSecret + "\r\n";
        send(line, shownStart + tr("[password hidden]"));
        line.fill('\0');
        QByteArray copy = *quotedSecret;
        copy.fill('\0');
        return;
    }
    // A password with 8-bit or control bytes travels as a literal (RFC 9051 section 4.3).
    const QByteArray size = QByteArray::number(m_secret.size());
    QByteArray secretLine(m_secret.view().data(), m_secret.size());
    secretLine += "\r\n";
    if (hasCapability("LITERAL+")) {
        QByteArray line = tag + " LOGIN " + userPart + " {" + size + "+}\r\n" + secretLine;
        send(line, shownStart + tr("[password hidden]"));
        line.fill('\0');
        secretLine.fill('\0');
    } else {
        send(tag + " LOGIN " + userPart + " {" + size + "}\r\n");
        m_continuationPayload = secretLine;
        m_continuationShown = tr("[password hidden]");
        secretLine.fill('\0');
    }
}

QByteArray ImapSession::nextTag()
{
    m_pendingTag = "A" + QByteArray::number(++m_tagNumber);
    return m_pendingTag;
}

void ImapSession::send(const QByteArray &line, const QString &shown)
{
    if (!m_stream)
        return;
    if (!shown.isEmpty()) {
        m_transcript->append(Direction::Client, shown, m_encrypted);
    } else if (line != "\r\n") {
        QByteArray text = line;
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1);
        m_transcript->append(Direction::Client, m_transcript->redact(QString::fromUtf8(text)),
                             m_encrypted);
    }
    m_stream->write(line);
    if (m_state != State::Idling)
        arm(m_settings.timeouts.command);
}

QByteArray ImapSession::command(const QByteArray &commandLine)
{
    if (m_state != State::Ready) {
        qCWarning(lcImap) << "command() outside Ready" << stateName(m_state);
        return {};
    }
    if (breaksLine(commandLine)) {
        fail(FailureKind::InvalidInput, tr("A command with a line break was not sent."));
        return {};
    }
    setState(State::Command);
    m_pending = ImapCommandResult();
    const QByteArray tag = nextTag();
    send(tag + ' ' + commandLine + "\r\n");
    return tag;
}

QByteArray ImapSession::startIdle()
{
    if (m_state != State::Ready || !hasCapability("IDLE"))
        return {};
    setState(State::Idling);
    m_doneSent = false;
    m_pending = ImapCommandResult();
    const QByteArray tag = nextTag();
    send(tag + " IDLE\r\n");
    arm(m_settings.timeouts.command); // until the "+"
    return tag;
}

void ImapSession::stopIdle()
{
    if (m_state != State::Idling || m_doneSent)
        return;
    m_doneSent = true;
    m_pending.untagged.clear();
    m_stream->write("DONE\r\n");
    m_transcript->append(Direction::Client, QStringLiteral("DONE"), m_encrypted);
    arm(m_settings.timeouts.command);
}

void ImapSession::logout()
{
    if (m_state != State::Ready) {
        if (!isFinished())
            close();
        return;
    }
    setState(State::Logout);
    m_pending = ImapCommandResult();
    send(nextTag() + " LOGOUT\r\n");
}

void ImapSession::close()
{
    m_timer.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
    wipeSecrets();
    setState(State::Done);
    Q_EMIT finished();
}

void ImapSession::onSocketError()
{
    if (isFinished() || !m_stream)
        return;
    if (m_state == State::Logout) {
        close();
        return;
    }
    const bool handshake = m_state == State::TlsHandshake;
    const FailureKind kind
        = failureKindForSocketError(m_stream->error(), handshake, m_certificates.refused());
    m_failure.sslErrors = m_certificates.errors();
    QString message = m_stream->errorString();
    if (kind == FailureKind::TlsCertificate)
        message = tr("The server's certificate could not be verified: %1")
                      .arg(m_tls.errors.join(QStringLiteral("; ")));
    fail(kind, message);
}

void ImapSession::onDisconnected()
{
    if (isFinished())
        return;
    if (m_state == State::Logout) {
        close();
        return;
    }
    fail(FailureKind::ConnectionLost, tr("The server closed the connection."));
}

void ImapSession::onTimeout()
{
    if (isFinished())
        return;
    fail(FailureKind::Timeout,
         tr("No answer from the IMAP server in time (%1).").arg(stateText(m_state)));
}

void ImapSession::fail(FailureKind kind, const QString &message, const QString &serverText)
{
    if (isFinished())
        return;
    m_timer.stop();
    m_failure.kind = kind;
    m_failure.step = stateName(m_state);
    m_failure.message = m_transcript->redact(message);
    m_failure.serverText = serverText;
    m_transcript->append(Direction::Error,
                         serverText.isEmpty()
                             ? m_failure.message
                             : tr("%1 The server said: %2").arg(m_failure.message, serverText));
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
    wipeSecrets();
    setState(State::Failed);
    Q_EMIT failed(m_failure);
    Q_EMIT finished();
}

} // namespace Sendcheck
