// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsession.h"

#include "message/dotstuffer.h"
#include "message/messagesource.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcSmtp, "sendcheck.smtp")

namespace Sendcheck {

using namespace std::chrono_literals;

namespace {
// Enough to keep the link busy, small enough that a 50 MB attachment never sits in memory.
constexpr qsizetype MessageChunk = 64 * 1024;
constexpr qint64 WriteHighWater = 256 * 1024;
// How many header lines of a message the transcript shows before summarising the rest.
constexpr int TranscriptHeaderLines = 40;
constexpr auto QuitTimeout = 10s;

bool hasLineBreakOrNul(QByteArrayView bytes)
{
    return bytes.contains('\r') || bytes.contains('\n') || bytes.contains('\0');
}

// At least two dot-separated labels of letters, digits and inner hyphens (RFC 1123 host names).
// By hand, not a QRegularExpression, whose compile at first use is part of every session's
// start-up otherwise.
bool isFullyQualified(QStringView host)
{
    qsizetype labels = 0;
    for (QStringView label : host.tokenize(u'.')) {
        if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                  || u == u'-'))
                return false;
        }
        ++labels;
    }
    return labels >= 2;
}

bool looksBinary(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\r' && c != '\n') || u == 0x7f)
            return true;
    }
    return false;
}
} // namespace

SmtpSession::SmtpSession(QObject *parent) : QObject(parent), m_transcript(new Transcript(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // The secret goes no further than this object.
    m_credentials.secret.fill('\0');
}

void SmtpSession::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
}

void SmtpSession::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void SmtpSession::setEnvelope(const Envelope &envelope)
{
    m_envelope = envelope;
}

void SmtpSession::setMessageFactory(MessageFactory factory, int count)
{
    m_messageFactory = std::move(factory);
    m_messagesLeft = std::max(1, count);
}

void SmtpSession::setStopAfter(std::optional<Stage> stage)
{
    m_stopAfter = stage;
}

void SmtpSession::setKeepOpen(bool keepOpen)
{
    m_keepOpen = keepOpen;
}

bool SmtpSession::encrypted() const
{
    return m_tlsActive;
}

void SmtpSession::start()
{
    Q_ASSERT(!m_running && !m_finished);
    m_running = true;
    m_clock.start();
    m_transcript->restart();

    if (m_settings.host.trimmed().isEmpty()) {
        fail(FailureKind::InvalidInput, tr("No server name was given."));
        return;
    }
    if (hasLineBreakOrNul(m_settings.ehloName.toUtf8()) || m_settings.ehloName.contains(u' ')) {
        fail(FailureKind::InvalidInput,
             tr("The EHLO name must be one word without spaces or line breaks."));
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
    if (m_settings.security == Security::None) {
        // No STARTTLS is ever sent on such a session (handleEhlo), so TLS is never needed.
        m_socket = new QTcpSocket(this);
    } else {
        m_tls = new QSslSocket(this);
        m_socket = m_tls;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!extraCas.isEmpty())
            config.addCaCertificates(extraCas);
        m_tls->setSslConfiguration(config);
        m_tls->setPeerVerifyName(m_settings.host);
        connect(m_tls, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
        connect(m_tls, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
        connect(m_tls, &QSslSocket::encryptedBytesWritten, this, &SmtpSession::onBytesWritten);
    }
    // Keeps a misbehaving server from filling memory: replies are small.
    m_socket->setReadBufferSize(1024 * 1024);

    connect(m_socket, &QTcpSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SmtpSession::onBytesWritten);

    setStage(Stage::Connecting);
    m_transcript->append(
        Direction::Info,
        tr("Connecting to %1 port %2 (%3)")
            .arg(m_settings.host)
            .arg(m_settings.port)
            .arg(m_settings.security == Security::ImplicitTls    ? tr("TLS from the first byte")
                     : m_settings.security == Security::StartTls ? tr("plain, then STARTTLS")
                                                                 : tr("no encryption")));
    m_timer.start(m_settings.timeouts.connect);
    if (m_settings.security == Security::ImplicitTls)
        m_tls->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
}

void SmtpSession::cancel()
{
    if (!m_running || m_finished)
        return;
    fail(FailureKind::Cancelled, tr("Stopped by the user."));
}

void SmtpSession::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_transcript->append(Direction::Info,
                         tr("Connected to %1 port %2")
                             .arg(m_socket->peerAddress().toString())
                             .arg(m_socket->peerPort()));
    if (stopIfRequested(Stage::Connecting))
        return;
    if (m_settings.security == Security::ImplicitTls) {
        setStage(Stage::TlsHandshake);
        m_timer.start(m_settings.timeouts.tlsHandshake);
        return;
    }
    setStage(Stage::Banner);
    m_expected.enqueue(Expect::Banner);
    armTimer();
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    // Recorded now: if the handshake fails, this is all anyone will know about the certificate.
    m_result.tls = TlsInfo::from(*m_tls, errors, false);
    const QByteArray fingerprint
        = normalizeFingerprint(sha256Fingerprint(m_tls->peerCertificate()));
    for (const QSslError &error : errors)
        m_transcript->append(Direction::Error,
                             tr("Certificate problem: %1").arg(error.errorString()));
    const bool pinned
        = std::any_of(m_settings.pinnedSha256.cbegin(), m_settings.pinnedSha256.cend(),
                      [&](const QByteArray &pin) {
                          return normalizeFingerprint(QString::fromLatin1(pin)) == fingerprint;
                      });
    if (!fingerprint.isEmpty() && pinned) {
        m_pinnedAccepted = true;
        m_transcript->append(Direction::Tls,
                             tr("The certificate does not verify, but its SHA-256 fingerprint "
                                "matches one you chose to trust for this server; continuing."));
        m_tls->ignoreSslErrors(errors);
    }
}

void SmtpSession::onEncrypted()
{
    m_tlsActive = true;
    m_result.tls = TlsInfo::from(*m_tls, m_sslErrors, m_pinnedAccepted);
    const TlsInfo &tls = m_result.tls;
    m_transcript->append(Direction::Tls,
                         tr("TLS established: %1, cipher %2").arg(tls.protocol, tls.cipher), true);
    for (qsizetype i = 0; i < tls.chain.size(); ++i) {
        const CertificateInfo &cert = tls.chain[i];
        m_transcript->append(Direction::Tls,
                             tr("Certificate %1: %2, issued by %3, valid %4 to %5, SHA-256 %6")
                                 .arg(i + 1)
                                 .arg(cert.subject, cert.issuer,
                                      cert.notBefore.toUTC().toString(Qt::ISODate),
                                      cert.notAfter.toUTC().toString(Qt::ISODate), cert.sha256),
                             true);
    }
    m_transcript->append(Direction::Tls,
                         tls.verified ? tr("Certificate verified for %1").arg(m_settings.host)
                                      : tr("Certificate NOT verified; accepted only because it "
                                           "is pinned"),
                         true);
    // Nothing the server said before the handshake counts any more (RFC 3207 section 4.2).
    m_parser.reset();
    m_capabilities = Capabilities();
    if (m_settings.security == Security::ImplicitTls) {
        setStage(Stage::Banner);
        m_expected.enqueue(Expect::Banner);
        armTimer();
        return;
    }
    sendEhlo();
}

bool SmtpSession::anyRecipientAccepted() const
{
    return std::any_of(m_result.recipients.cbegin(), m_result.recipients.cend(),
                       [](const RecipientResult &r) { return r.accepted; });
}

bool SmtpSession::onlyQuitOutstanding() const
{
    // QUIT may ride with the final dot: until the dot's reply is in, a closed connection means
    // the message was not confirmed, whatever QUIT would have said.
    return m_quitSent && std::all_of(m_expected.cbegin(), m_expected.cend(), [](Expect expect) {
               return expect == Expect::Quit;
           });
}

void SmtpSession::onSocketError()
{
    if (m_finished || onlyQuitOutstanding())
        return;
    const auto error = m_socket->error();
    const QString detail = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(FailureKind::HostNotFound, detail);
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(FailureKind::ConnectionRefused, detail);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        // A server that closes after a 421 has already said why; say it was lost otherwise.
        fail(m_stage == Stage::TlsHandshake ? FailureKind::TlsHandshakeFailed
                                            : FailureKind::ConnectionLost,
             detail);
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(FailureKind::Timeout, detail);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(!m_sslErrors.isEmpty() && !m_pinnedAccepted ? FailureKind::TlsCertificate
                                                         : FailureKind::TlsHandshakeFailed,
             detail);
        return;
    default:
        fail(FailureKind::NetworkError, detail);
        return;
    }
}

void SmtpSession::onDisconnected()
{
    if (m_finished)
        return;
    if (onlyQuitOutstanding() || m_parked) {
        m_transcript->append(Direction::Info, tr("Connection closed"), m_tlsActive);
        finish();
        return;
    }
    fail(FailureKind::ConnectionLost, tr("The server closed the connection."));
}

void SmtpSession::onTimeout()
{
    if (m_finished)
        return;
    SessionFailure &failure = m_result.failure;
    if (m_socket && m_socket->bytesAvailable() > 0)
        failure.unexpectedBytes = m_socket->peek(64);
    const QString what = m_stage == Stage::Connecting ? tr("No connection within %1 seconds.")
        : m_stage == Stage::TlsHandshake ? tr("The TLS handshake did not finish within %1 seconds.")
        : m_streaming ? tr("The server did not take message data for %1 seconds.")
                      : tr("No complete answer from the server within %1 seconds.");
    fail(FailureKind::Timeout, what.arg(m_timer.interval() / 1000.0));
}

void SmtpSession::onReadyRead()
{
    while (!m_finished && m_socket->canReadLine()) {
        // The STARTTLS upgrade is under way: any byte now is either injected plain text or
        // part of the handshake, and the handshake code reads it, not this one.
        if (m_stage == Stage::TlsHandshake && !m_tlsActive)
            return;
        QByteArray line = m_socket->readLine(ReplyParser::MaxLineLength + 3);
        if (!line.endsWith('\n')) {
            m_transcript->append(Direction::Server, QString::fromUtf8(line.left(200)) + u'…',
                                 m_tlsActive);
            fail(
                FailureKind::ProtocolError,
                tr("The server sent a line longer than %1 bytes.").arg(ReplyParser::MaxLineLength));
            return;
        }
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        m_transcript->append(Direction::Server, QString::fromUtf8(line), m_tlsActive);
        if (m_expected.isEmpty()) {
            fail(FailureKind::ProtocolError,
                 tr("The server sent a reply nobody asked for: %1").arg(QString::fromUtf8(line)));
            return;
        }
        const auto status = m_parser.addLine(line);
        if (status == ReplyParser::Status::Error) {
            if (looksBinary(line) || !line.startsWith(QByteArray::number(2)))
                m_result.failure.unexpectedBytes = line.left(64);
            fail(FailureKind::ProtocolError, m_parser.errorString());
            return;
        }
        if (status == ReplyParser::Status::NeedMore)
            continue;
        const SmtpReply reply = m_parser.takeReply();
        m_result.lastReply = reply;
        const Expect expect = m_expected.dequeue();
        m_timer.stop();
        handleReply(expect, reply);
        if (!m_finished && !m_expected.isEmpty() && !m_streaming)
            armTimer();
    }
    if (!m_finished && !m_socket->canReadLine()
        && m_socket->bytesAvailable() > ReplyParser::MaxLineLength + 2) {
        m_result.failure.unexpectedBytes = m_socket->peek(64);
        fail(FailureKind::ProtocolError,
             tr("The server sent more than %1 bytes without a line end.")
                 .arg(ReplyParser::MaxLineLength));
    }
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
        handleBanner(reply);
        return;
    case Expect::Ehlo:
    case Expect::Helo:
        handleEhlo(expect, reply);
        return;
    case Expect::StartTls:
        handleStartTls(reply);
        return;
    case Expect::Auth:
        handleAuth(reply);
        return;
    case Expect::MailFrom:
    case Expect::RcptTo:
    case Expect::Data:
    case Expect::DataEnd:
    case Expect::DataEndPipelined:
        handleTransactionReply(expect, reply);
        return;
    case Expect::Rset:
        if (m_parked) {
            Q_EMIT commandReplied(reply);
            return;
        }
        if (reply.code != 250) {
            fail(FailureKind::Reply, reply.toOneLine(), reply);
            return;
        }
        startTransaction();
        return;
    case Expect::Noop:
        Q_EMIT commandReplied(reply);
        return;
    case Expect::Quit:
        m_transcript->append(Direction::Info, tr("Session ended"), m_tlsActive);
        finish();
        return;
    }
}

void SmtpSession::handleBanner(const SmtpReply &reply)
{
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
    setStage(m_tlsActive && m_settings.security == Security::StartTls ? Stage::TlsHandshake
                                                                      : Stage::Ehlo);
    const QByteArray name = ehloName().toUtf8();
    send({{QByteArrayLiteral("EHLO ") + name, QStringLiteral("EHLO ") + QString::fromUtf8(name),
           Expect::Ehlo}});
}

QString SmtpSession::ehloName() const
{
    if (!m_settings.ehloName.isEmpty())
        return m_settings.ehloName;
    const QString host = QSysInfo::machineHostName();
    if (isFullyQualified(host))
        return host;
    // RFC 5321 4.1.3: without a fully qualified name, the address literal of our side.
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:%1]").arg(local.toString());
    return QStringLiteral("[%1]").arg(local.isNull() ? QStringLiteral("127.0.0.1")
                                                     : local.toString());
}

void SmtpSession::handleEhlo(Expect expect, const SmtpReply &reply)
{
    if (reply.code != 250) {
        // HELO is the RFC 5321 fallback for old servers, but it carries no STARTTLS and no
        // AUTH: never when TLS was asked for, never after TLS started.
        const bool refusedAsUnknown
            = reply.code == 500 || reply.code == 502 || reply.code == 504 || reply.code == 550;
        if (expect == Expect::Ehlo && refusedAsUnknown && !m_tlsActive
            && m_settings.security == Security::None) {
            m_heloFallbackUsed = true;
            m_transcript->append(Direction::Info,
                                 tr("The server does not understand EHLO; trying HELO (no "
                                    "extensions, no sign-in)."));
            const QByteArray name = ehloName().toUtf8();
            send({{QByteArrayLiteral("HELO ") + name,
                   QStringLiteral("HELO ") + QString::fromUtf8(name), Expect::Helo}});
            return;
        }
        fail(FailureKind::Reply, reply.toOneLine(), reply);
        return;
    }
    m_capabilities = expect == Expect::Ehlo ? Capabilities::fromEhloReply(reply) : Capabilities();
    m_result.capabilities = m_capabilities;

    const bool tlsPending = m_settings.security == Security::StartTls && !m_tlsActive;
    if (tlsPending) {
        if (stopIfRequested(Stage::Ehlo))
            return;
        if (!m_capabilities.startTls()) {
            fail(FailureKind::StartTlsUnavailable,
                 tr("STARTTLS is required, but the server did not offer it. Nothing more was "
                    "sent."));
            return;
        }
        setStage(Stage::StartTls);
        send({{QByteArrayLiteral("STARTTLS"), QStringLiteral("STARTTLS"), Expect::StartTls}});
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
    if (m_socket->bytesAvailable() > 0 || m_parser.inProgress()) {
        m_result.failure.unexpectedBytes = m_socket->peek(64);
        fail(FailureKind::ProtocolError,
             tr("The server sent more data right after agreeing to STARTTLS. That data could "
                "be an injection attack, so the connection was closed."));
        return;
    }
    setStage(Stage::TlsHandshake);
    m_transcript->append(Direction::Info, tr("Starting TLS"));
    m_timer.start(m_settings.timeouts.tlsHandshake);
    m_tls->startClientEncryption();
}

void SmtpSession::startAuth()
{
    const bool wantsAuth = m_settings.mechanism != AuthMechanism::None
        && !(m_settings.mechanism == AuthMechanism::Auto && m_credentials.isEmpty());
    if (!wantsAuth) {
        if (stopIfRequested(Stage::Auth))
            return;
        startTransaction();
        return;
    }
    setStage(Stage::Auth);
    if (m_credentials.userName.isEmpty() || m_credentials.secret.isEmpty()) {
        fail(FailureKind::InvalidInput,
             tr("Signing in needs a user name and a password (or token)."));
        return;
    }
    if (hasLineBreakOrNul(m_credentials.userName.toUtf8())) {
        fail(FailureKind::InvalidInput, tr("The user name contains a line break or NUL."));
        return;
    }
    if (!encrypted() && !m_settings.allowPlainAuth) {
        fail(FailureKind::PlainAuthRefused,
             tr("The connection is not encrypted, so the password was not sent. Use STARTTLS "
                "or TLS, or allow sign-in without encryption for this lab server."));
        return;
    }
    if (m_capabilities.authMechanisms().isEmpty()) {
        fail(FailureKind::AuthNotOffered,
             m_heloFallbackUsed
                 ? tr("The server only understands HELO, which has no sign-in.")
                 : tr("Sign-in was requested, but the server offers no AUTH mechanism%1.")
                       .arg(m_tlsActive ? tr(" after TLS") : QString()));
        return;
    }
    if (!SaslClient::fitsCredentials(m_settings.mechanism, m_credentials)) {
        const QString name = QString::fromLatin1(mechanismSaslName(m_settings.mechanism));
        fail(FailureKind::NoCommonMechanism,
             m_credentials.kind == Credentials::Kind::OAuthToken
                 ? tr("%1 signs in with a password, but an OAuth access token was given. Choose "
                      "XOAUTH2 or OAUTHBEARER (or automatic) for a token.")
                       .arg(name)
                 : tr("%1 signs in with an OAuth access token, but a password was given. Sign in "
                      "with your provider, or choose a password method.")
                       .arg(name));
        return;
    }
    const auto chosen
        = SaslClient::choose(m_settings.mechanism, m_credentials, m_capabilities, encrypted());
    if (!chosen) {
        fail(FailureKind::NoCommonMechanism,
             tr("No usable sign-in mechanism: asked for %1, the server offers %2.")
                 .arg(m_settings.mechanism == AuthMechanism::Auto
                          ? (m_credentials.kind == Credentials::Kind::OAuthToken
                                 ? QStringLiteral("XOAUTH2 or OAUTHBEARER")
                                 : QStringLiteral("PLAIN, LOGIN or CRAM-MD5"))
                          : QString::fromLatin1(mechanismSaslName(m_settings.mechanism)),
                      m_capabilities.authMechanisms().join(u' ')));
        return;
    }
    m_transcript->append(Direction::Info,
                         tr("Signing in as %1 with %2 (offered: %3)")
                             .arg(m_credentials.userName,
                                  QString::fromLatin1(mechanismSaslName(*chosen)),
                                  m_capabilities.authMechanisms().join(u' ')),
                         m_tlsActive);
    m_sasl = std::make_unique<SaslClient>(*chosen, m_credentials, m_settings.host, m_settings.port);
    const SaslLine line = m_sasl->start();
    send({{line.wire, line.transcript, Expect::Auth}});
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const QByteArray challenge = reply.lines.value(0).toLatin1();
        const QString readable = SaslClient::describeChallenge(challenge);
        if (!readable.isEmpty())
            m_transcript->append(Direction::Info, tr("Challenge decoded: %1").arg(readable),
                                 m_tlsActive);
        const auto answer = m_sasl->respond(challenge);
        if (!answer) {
            fail(FailureKind::ProtocolError, m_sasl->errorString(), reply);
            return;
        }
        if (m_sasl->serverError())
            m_result.oauthError = m_sasl->serverError();
        send({{answer->wire, answer->transcript, Expect::Auth}});
        return;
    }
    if (reply.code == 235) {
        m_result.authMechanism = m_sasl->mechanism();
        m_transcript->append(Direction::Info, tr("Signed in"), m_tlsActive);
        if (stopIfRequested(Stage::Auth))
            return;
        startTransaction();
        return;
    }
    // After an OAuth error challenge the final reply says little ("535 5.7.8"); the decoded
    // challenge says what is wrong with the token.
    fail(FailureKind::Reply,
         m_result.oauthError ? m_result.oauthError->describe() : reply.toOneLine(), reply);
}

void SmtpSession::resetTransaction()
{
    m_result.recipients.clear();
    m_transactionFailure.reset();
    m_transactionFailureStage = Stage::Idle;
    m_transactionCompleted = false;
    m_rcptIndex = 0;
}

bool SmtpSession::messageFitsSizeLimit() const
{
    const auto limit = m_capabilities.sizeLimit();
    return !(limit && *limit > 0 && m_message && m_message->size() > *limit);
}

void SmtpSession::startTransaction()
{
    setStage(Stage::MailFrom);
    resetTransaction();
    if (!m_messageFactory) {
        fail(FailureKind::InvalidInput, tr("There is no message to send."));
        return;
    }
    if (m_envelope.recipients.isEmpty()) {
        fail(FailureKind::InvalidInput, tr("The message has no recipient."));
        return;
    }
    for (const QString &address :
         std::as_const(m_envelope.recipients) + QStringList {m_envelope.from}) {
        if (hasLineBreakOrNul(address.toUtf8()) || address.contains(u'<')
            || address.contains(u'>')) {
            fail(FailureKind::InvalidInput, tr("The address %1 is not valid.").arg(address));
            return;
        }
    }
    // Already open when endTransaction() found it too large to send ahead.
    if (!std::exchange(m_nextMessageOpened, false) || !m_message)
        m_message = m_messageFactory();
    if (!messageFitsSizeLimit()) {
        const qint64 size = m_message->size();
        const qint64 limit = *m_capabilities.sizeLimit();
        m_transcript->append(
            Direction::Error,
            tr("The message has %1 bytes; the server accepts at most %2.").arg(size).arg(limit),
            m_tlsActive);
        fail(FailureKind::MessageTooLarge,
             tr("The message (%1 bytes) is larger than the server's limit of %2 bytes; it was "
                "not sent.")
                 .arg(size)
                 .arg(limit));
        return;
    }
    if (m_envelope.needsSmtpUtf8 && !m_capabilities.smtpUtf8()) {
        fail(FailureKind::InvalidInput,
             tr("An address needs SMTPUTF8 (international characters before the @), which this "
                "server does not offer."));
        return;
    }
    send(transactionCommands());
}

QList<SmtpSession::Command> SmtpSession::transactionCommands() const
{
    const qint64 size = m_message ? m_message->size() : -1;
    QByteArray mail = QByteArrayLiteral("MAIL FROM:<") + m_envelope.from.toUtf8() + '>';
    if (m_capabilities.sizeLimit() && size >= 0)
        mail += QByteArrayLiteral(" SIZE=") + QByteArray::number(size);
    if (m_envelope.needsSmtpUtf8)
        mail += QByteArrayLiteral(" SMTPUTF8");
    QList<Command> commands {{mail, QString::fromUtf8(mail), Expect::MailFrom}};
    if (pipelining()) {
        // RFC 2920: MAIL, every RCPT and DATA in one write; replies come back in order.
        if (m_stopAfter != Stage::MailFrom) {
            for (const QString &recipient : std::as_const(m_envelope.recipients)) {
                const QByteArray rcpt = QByteArrayLiteral("RCPT TO:<") + recipient.toUtf8() + '>';
                commands.append({rcpt, QString::fromUtf8(rcpt), Expect::RcptTo});
            }
            if (m_stopAfter != Stage::RcptTo)
                commands.append({QByteArrayLiteral("DATA"), QStringLiteral("DATA"), Expect::Data});
        }
    }
    return commands;
}

void SmtpSession::handleTransactionReply(Expect expect, const SmtpReply &reply)
{
    const bool pipelined = pipelining();
    switch (expect) {
    case Expect::MailFrom:
        if (reply.code != 250) {
            failTransaction(reply);
            m_transactionFailureStage = Stage::MailFrom;
        } else if (stopIfRequested(Stage::MailFrom)) {
            return;
        }
        if (!pipelined && !m_transactionFailure) {
            setStage(Stage::RcptTo);
            const QByteArray rcpt
                = QByteArrayLiteral("RCPT TO:<") + m_envelope.recipients.first().toUtf8() + '>';
            send({{rcpt, QString::fromUtf8(rcpt), Expect::RcptTo}});
        } else if (pipelined && !m_transactionFailure) {
            setStage(Stage::RcptTo);
        }
        break;
    case Expect::RcptTo: {
        const QString address = m_envelope.recipients.value(m_rcptIndex++);
        RecipientResult result {address, reply.code == 250 || reply.code == 251, reply};
        if (!m_transactionFailure || m_transactionFailureStage == Stage::RcptTo) {
            m_result.recipients.append(result);
            Q_EMIT recipientChecked(result);
        }
        if (!result.accepted && !m_transactionFailure) {
            failTransaction(reply);
            m_transactionFailureStage = Stage::RcptTo;
        }
        const bool lastRecipient = m_rcptIndex >= m_envelope.recipients.size();
        if (!lastRecipient) {
            if (!pipelined) {
                const QByteArray rcpt = QByteArrayLiteral("RCPT TO:<")
                    + m_envelope.recipients[m_rcptIndex].toUtf8() + '>';
                send({{rcpt, QString::fromUtf8(rcpt), Expect::RcptTo}});
            }
            break;
        }
        const bool anyAccepted = anyRecipientAccepted();
        if (m_transactionFailureStage == Stage::MailFrom && m_transactionFailure)
            break;
        if (stopIfRequested(Stage::RcptTo))
            return;
        if (!anyAccepted)
            break; // a pipelined DATA is still to be answered; failTransaction handled below
        setStage(Stage::Data);
        if (!pipelined)
            send({{QByteArrayLiteral("DATA"), QStringLiteral("DATA"), Expect::Data}});
        break;
    }
    case Expect::Data:
        if (reply.code == 354) {
            const bool anyAccepted = anyRecipientAccepted();
            if (!anyAccepted || m_transactionFailureStage == Stage::MailFrom) {
                // RFC 2920 3.1: a server that says 354 with no valid recipient gets an empty
                // message, which it must not deliver.
                send({{QByteArrayLiteral("."), QStringLiteral("."), Expect::DataEnd}});
                return;
            }
            if (m_stopAfter == Stage::Data) {
                setStage(Stage::Data);
                m_transcript->append(Direction::Info,
                                     tr("Stopping after DATA was accepted: the connection is "
                                        "closed without sending the message, so nothing is "
                                        "delivered."),
                                     m_tlsActive);
                finish(); // closes the connection without a dot: nothing is delivered
                return;
            }
            if (m_stepMode) {
                m_messageHeld = true;
                Q_EMIT commandHeld(QStringLiteral("<message>"));
                return;
            }
            startMessageData();
            return;
        }
        if (!m_transactionFailure) {
            failTransaction(reply);
            m_transactionFailureStage = Stage::Data;
        }
        break;
    case Expect::DataEndPipelined:
        // The reply to the final dot of the previous message; the next message's MAIL, RCPT and
        // DATA went out behind that dot and the next transaction's state is already set up, so
        // this reply only settles the previous message.
        countMessageOutcome(reply);
        --m_messagesLeft;
        setStage(Stage::MailFrom);
        return;
    case Expect::DataEnd:
        m_streaming = false;
        m_transactionCompleted = true;
        if (m_transactionFailureStage == Stage::MailFrom
            || (m_transactionFailure && m_transactionFailureStage == Stage::RcptTo
                && !anyRecipientAccepted())) {
            break; // the empty message after a failed pipelined transaction
        }
        if (reply.code != 250) {
            // The message itself was refused; that outranks an earlier refused recipient.
            m_transactionFailure = reply;
            m_transactionFailureStage = Stage::Data;
        }
        countMessageOutcome(reply);
        afterTransaction();
        return;
    default:
        break;
    }
    // A failed transaction goes on until every pipelined reply of it has come back.
    if (m_transactionFailure && !m_expected.contains(Expect::RcptTo)
        && !m_expected.contains(Expect::Data) && !m_expected.contains(Expect::DataEnd)
        && !(expect == Expect::Data && reply.code == 354)) {
        const bool anyAccepted = anyRecipientAccepted();
        if (m_transactionFailureStage == Stage::RcptTo && anyAccepted && expect != Expect::Data)
            return; // some recipients took it: the message still goes to them
        const SmtpReply failure = *m_transactionFailure;
        Q_EMIT messageFinished(false, failure);
        (failure.isTransientFailure() ? m_result.messagesDeferred : m_result.messagesRejected)++;
        afterTransaction();
    }
}

void SmtpSession::countMessageOutcome(const SmtpReply &reply)
{
    if (reply.code == 250) {
        ++m_result.messagesAccepted;
        Q_EMIT messageFinished(true, reply);
        return;
    }
    Q_EMIT messageFinished(false, reply);
    (reply.isTransientFailure() ? m_result.messagesDeferred : m_result.messagesRejected)++;
    if (!m_result.failure.isFailure()) {
        m_result.failure.stage = Stage::Data;
        m_result.failure.kind = FailureKind::Reply;
        m_result.failure.reply = reply;
        m_result.failure.detail = reply.toOneLine();
    }
}

void SmtpSession::failTransaction(const SmtpReply &reply)
{
    if (!m_transactionFailure)
        m_transactionFailure = reply;
    if (!m_result.failure.isFailure()) {
        m_result.failure.stage = m_stage == Stage::Idle ? Stage::MailFrom : m_stage;
        m_result.failure.kind = FailureKind::Reply;
        m_result.failure.reply = reply;
        m_result.failure.detail = reply.toOneLine();
    }
}

void SmtpSession::startMessageData()
{
    setStage(Stage::Data);
    m_stuffer = std::make_unique<DotStuffer>();
    m_streaming = true;
    // Show the header section; the body is summarised, not copied into the transcript.
    QByteArray first = m_message->read(MessageChunk);
    const qsizetype headerEnd = first.indexOf("\r\n\r\n");
    const QList<QByteArray> headerLines
        = (headerEnd >= 0 ? first.left(headerEnd) : first).split('\n');
    int shown = 0;
    for (QByteArray header : headerLines) {
        if (shown++ == TranscriptHeaderLines)
            break;
        if (header.endsWith('\r'))
            header.chop(1);
        m_transcript->append(Direction::Client, QString::fromUtf8(header), m_tlsActive);
    }
    m_transcript->append(Direction::Info,
                         tr("… message body (%1 bytes in all) …").arg(m_message->size()),
                         m_tlsActive);
    m_socket->write(m_stuffer->feed(first));
    m_timer.start(m_settings.timeouts.dataBlock);
    pumpMessage();
}

void SmtpSession::pumpMessage()
{
    if (!m_streaming || !m_message || m_finished)
        return;
    while (m_socket->bytesToWrite() + (m_tls ? m_tls->encryptedBytesToWrite() : 0)
           < WriteHighWater) {
        if (m_message->atEnd()) {
            endTransaction();
            return;
        }
        const QByteArray chunk = m_message->read(MessageChunk);
        if (chunk.isEmpty() && !m_message->atEnd()) {
            // Never end DATA on a partial message: the dot would deliver it.
            fail(FailureKind::LocalError,
                 tr("Reading the message failed: %1").arg(m_message->errorString()));
            return;
        }
        m_socket->write(m_stuffer->feed(chunk));
    }
}

void SmtpSession::endTransaction()
{
    QByteArray tail = m_stuffer->finish();
    m_message.reset();
    m_stuffer.reset();
    m_transcript->append(Direction::Client, QStringLiteral("."), m_tlsActive);
    m_streaming = false;
    if (pipelining() && m_messagesLeft > 1 && !m_stopAfter) {
        // A burst: the next MAIL, RCPT and DATA ride behind the final dot (RFC 2920 3.1 lets
        // message data start a group), one round trip per message instead of two. Replies
        // come back in order, so the dot's reply still belongs to this message.
        m_message = m_messageFactory();
        if (messageFitsSizeLimit()) {
            m_expected.enqueue(Expect::DataEndPipelined);
            m_socket->write(tail);
            resetTransaction();
            send(transactionCommands());
            m_timer.start(m_settings.timeouts.dataTermination);
            return;
        }
        // Too large: startTransaction() refuses it once this message is settled.
        m_nextMessageOpened = true;
    }
    m_expected.enqueue(Expect::DataEnd);
    if (pipelining() && m_messagesLeft == 1 && !m_keepOpen) {
        // QUIT rides with the final dot: one round trip fewer (RFC 2920 allows it).
        tail += "QUIT\r\n";
        m_transcript->append(Direction::Client, QStringLiteral("QUIT"), m_tlsActive);
        m_expected.enqueue(Expect::Quit);
        m_quitSent = true;
    }
    m_socket->write(tail);
    m_timer.start(m_settings.timeouts.dataTermination);
}

void SmtpSession::onBytesWritten()
{
    if (!m_streaming || m_finished)
        return;
    m_timer.start(m_settings.timeouts.dataBlock); // progress: the block timer starts over
    pumpMessage();
}

void SmtpSession::afterTransaction()
{
    --m_messagesLeft;
    if (m_messagesLeft > 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
        // A transaction that ended with a reply to the final dot is over on both sides; only
        // one cut short before that needs RSET (RFC 5321 4.1.1.5), which saves a round trip
        // per message in a burst.
        if (m_transactionCompleted) {
            startTransaction();
            return;
        }
        setStage(Stage::MailFrom);
        send({{QByteArrayLiteral("RSET"), QStringLiteral("RSET"), Expect::Rset}});
        return;
    }
    if (!m_result.failure.isFailure())
        setStage(Stage::Done);
    if (m_quitSent)
        return; // the QUIT sent with the dot is still to be answered
    if (m_keepOpen) {
        m_parked = true;
        Q_EMIT parked();
        return;
    }
    quitPolitely();
}

bool SmtpSession::pipelining() const
{
    // Step by step means one command per step, so nothing is grouped then.
    return m_capabilities.pipelining() && !m_stepMode;
}

void SmtpSession::setStepMode(bool stepMode)
{
    m_stepMode = stepMode;
}

bool SmtpSession::isHeld() const
{
    return !m_finished && (!m_held.isEmpty() || m_messageHeld);
}

void SmtpSession::step()
{
    if (m_finished)
        return;
    if (!m_held.isEmpty()) {
        const QList<Command> commands = std::exchange(m_held, {});
        m_releasing = true;
        send(commands);
        m_releasing = false;
    } else if (m_messageHeld) {
        m_messageHeld = false;
        startMessageData();
    }
}

void SmtpSession::send(const QList<Command> &commands)
{
    if (m_stepMode && !m_releasing) {
        m_held = commands;
        QStringList what;
        for (const Command &command : commands)
            what.append(command.transcript);
        Q_EMIT commandHeld(what.join(QLatin1Char('\n')));
        return;
    }
    QByteArray batch;
    for (const Command &command : commands) {
        if (hasLineBreakOrNul(command.wire)) {
            fail(FailureKind::InvalidInput,
                 tr("A command contained a line break or NUL and was not sent."));
            return;
        }
        m_transcript->append(Direction::Client, command.transcript, m_tlsActive);
        batch += command.wire;
        batch += "\r\n";
        m_expected.enqueue(command.expect);
        if (command.expect == Expect::Quit)
            m_quitSent = true;
    }
    m_socket->write(batch); // a whole command (or pipelined group) in one write
    if (!m_timer.isActive())
        armTimer();
}

std::chrono::milliseconds SmtpSession::timeoutFor(Expect expect) const
{
    const Timeouts &t = m_settings.timeouts;
    switch (expect) {
    case Expect::Banner:
        return t.greeting;
    case Expect::MailFrom:
        return t.mailFrom;
    case Expect::RcptTo:
        return t.rcptTo;
    case Expect::Data:
        return t.dataInit;
    case Expect::DataEnd:
    case Expect::DataEndPipelined:
        return t.dataTermination;
    case Expect::Quit:
        return std::min<std::chrono::milliseconds>(t.command, QuitTimeout);
    default:
        return t.command;
    }
}

void SmtpSession::armTimer()
{
    if (!m_expected.isEmpty())
        m_timer.start(timeoutFor(m_expected.head()));
}

void SmtpSession::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    if (m_stage != Stage::Idle && m_stageClock.isValid())
        m_result.timingsMs[m_stage] += m_stageClock.elapsed();
    m_stageClock.start();
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool SmtpSession::stopIfRequested(Stage stage)
{
    if (m_stopAfter != stage)
        return false;
    m_transcript->append(Direction::Info,
                         tr("Stopping after the %1 stage, as asked.").arg(stageName(stage)),
                         m_tlsActive);
    if (stage == Stage::Connecting) {
        finish(); // closes the connection
        return true;
    }
    if (m_keepOpen) {
        m_parked = true;
        m_timer.stop();
        Q_EMIT parked();
        return true;
    }
    quitPolitely();
    return true;
}

void SmtpSession::sendNoop()
{
    if (m_parked && !m_quitSent)
        send({{QByteArrayLiteral("NOOP"), QStringLiteral("NOOP"), Expect::Noop}});
}

void SmtpSession::sendRset()
{
    if (m_parked && !m_quitSent)
        send({{QByteArrayLiteral("RSET"), QStringLiteral("RSET"), Expect::Rset}});
}

void SmtpSession::sendQuit()
{
    if (m_parked && !m_quitSent)
        quitPolitely();
}

void SmtpSession::quitPolitely()
{
    if (m_quitSent || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    setStage(m_result.failure.isFailure() ? m_stage : Stage::Quit);
    m_expected.clear();
    send({{QByteArrayLiteral("QUIT"), QStringLiteral("QUIT"), Expect::Quit}});
}

void SmtpSession::fail(FailureKind kind, const QString &detail,
                       const std::optional<SmtpReply> &reply)
{
    if (m_finished)
        return;
    SessionFailure &failure = m_result.failure;
    // The first failure is the one to explain; what follows is a consequence of it.
    if (!failure.isFailure() || kind == FailureKind::Cancelled) {
        failure.kind = kind;
        failure.stage = m_stage;
        failure.reply = reply;
        failure.detail = detail;
        failure.sslErrors = m_sslErrors;
        if (m_socket)
            failure.socketError = m_socket->error();
    }
    m_transcript->append(Direction::Error, detail, m_tlsActive);
    qCDebug(lcSmtp) << "session failed at" << stageName(m_stage) << failureKindName(kind);

    // After a plain refusal the server is still in step with us: say goodbye properly. After
    // anything else (lost sync, TLS trouble, a refused STARTTLS, a timeout) send nothing more.
    const bool polite = (kind == FailureKind::Reply && reply && reply->code != 421)
        || kind == FailureKind::AuthNotOffered || kind == FailureKind::NoCommonMechanism
        || kind == FailureKind::PlainAuthRefused || kind == FailureKind::MessageTooLarge
        || (kind == FailureKind::InvalidInput && m_stage != Stage::Data);
    if (polite && m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_streaming
        && !m_quitSent) {
        quitPolitely();
        return;
    }
    finish(); // closes the connection
}

void SmtpSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_parked = false;
    m_streaming = false;
    m_timer.stop();
    if (m_stageClock.isValid() && m_stage != Stage::Idle)
        m_result.timingsMs[m_stage] += m_stageClock.elapsed();
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.ok = !m_result.failure.isFailure();
    m_result.stage
        = m_result.ok ? (m_stage == Stage::Quit ? Stage::Done : m_stage) : m_result.failure.stage;
    if (m_result.ok && m_stopAfter)
        m_result.stage = *m_stopAfter;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_credentials.secret.fill('\0');
    // Queued, so a receiver may delete this session from its slot.
    QMetaObject::invokeMethod(this, &SmtpSession::finished, Qt::QueuedConnection);
}

} // namespace Sendcheck
