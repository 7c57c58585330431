// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicesession.h"

#include "greylist.h"
#include "practicesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>

namespace Sendcheck {

namespace {

// Unread input kept in memory per session; beyond it the socket's own bounded read buffer
// holds the rest and TCP flow control slows the client down.
constexpr qsizetype maxPendingInput = 1024 * 1024;
// Replies a client does not read; beyond it the client is not listening and is cut off.
constexpr qint64 maxPendingOutput = 1024 * 1024;
constexpr int closeGraceMs = 5000;
const QString redacted = QStringLiteral("<redacted>");

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    // Constant time for equal lengths: a lab server, but it should not teach timing leaks.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    if (text == "=")
        return QByteArray();
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
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
    , m_socket(socket)
    , m_implicitTls(implicitTls)
    , m_settings(settings)
    , m_greylist(greylist)
    , m_tlsConfiguration(tlsConfiguration)
{
    m_socket->setParent(nullptr);
    m_socket->setReadBufferSize(64 * 1024);
    m_peerAddress = m_socket->peerAddress().toString();
    m_peer = QStringLiteral("%1:%2").arg(m_peerAddress).arg(m_socket->peerPort());
    m_idleTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &PracticeSession::onIdleTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
        finish();
    });
    connect(m_socket.get(), &QSslSocket::readyRead, this, &PracticeSession::onReadyRead);
    connect(m_socket.get(), &QSslSocket::encrypted, this, &PracticeSession::onEncrypted);
    connect(m_socket.get(), &QSslSocket::disconnected, this, &PracticeSession::onDisconnected);
    connect(m_socket.get(), &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (m_state == State::Closed)
                    return;
                // A client that hung up is followed by disconnected(); anything else (a failed
                // handshake, a reset, a write error) ends the session here, so none is left
                // half-open holding a slot.
                if (error == QAbstractSocket::RemoteHostClosedError
                    && m_socket->state() == QAbstractSocket::ConnectedState)
                    return;
                if (error != QAbstractSocket::RemoteHostClosedError)
                    log(Direction::Error, m_socket->errorString());
                QTimer::singleShot(0, this, [this] {
                    if (m_state != State::Closed)
                        drop();
                });
            });
    connect(m_socket.get(), &QSslSocket::bytesWritten, this, [this] {
        if (m_state == State::Closing && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
}

PracticeSession::~PracticeSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void PracticeSession::start()
{
    log(Direction::Info, tr("Connection from %1").arg(m_peer));
    m_idleTimer.start(m_settings->idleTimeoutMs);
    if (const auto rule = m_settings->scenario.ruleFor(PracticeStage::Connect);
        rule && rule->drop) {
        log(Direction::Info, tr("Scenario: closing the connection at connect without a word"));
        drop();
        return;
    }
    if (m_implicitTls) {
        m_state = State::TlsHandshake;
        m_socket->setSslConfiguration(m_tlsConfiguration);
        m_socket->startServerEncryption();
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
    const QSslCipher cipher = m_socket->sessionCipher();
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
        m_socket->readAll(); // nothing more is served; keep memory flat
        return;
    }
    processInput();
}

void PracticeSession::onDisconnected()
{
    finish();
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

void PracticeSession::pullFromSocket()
{
    if (m_state == State::TlsHandshake || m_state == State::Closing || m_state == State::Closed)
        return;
    const qsizetype room = maxPendingInput - (m_buffer.size() - m_position);
    if (room > 0 && m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->read(room);
}

void PracticeSession::processInput()
{
    for (;;) {
        pullFromSocket();
        while (!m_paused) {
            if (m_state == State::TlsHandshake || m_state == State::Closing
                || m_state == State::Closed)
                break;
            if (m_state == State::Data) {
                if (!processDataLine())
                    break;
                continue;
            }
            const qsizetype end = m_buffer.indexOf('\n', m_position);
            if (end < 0) {
                if (m_buffer.size() - m_position > m_settings->maxCommandLine) {
                    // Answer now and skip to the next line end, without keeping what is skipped.
                    m_position = m_buffer.size();
                    if (!m_discardingLongLine) {
                        m_discardingLongLine = true;
                        log(Direction::Client,
                            tr("(a line longer than %1 bytes)").arg(m_settings->maxCommandLine));
                        badCommand(QStringLiteral("500 5.5.2 Error: line too long"));
                    }
                }
                break;
            }
            QByteArray line = m_buffer.mid(m_position, end - m_position);
            m_position = end + 1;
            if (m_discardingLongLine) {
                m_discardingLongLine = false;
                continue;
            }
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.size() > m_settings->maxCommandLine) {
                log(Direction::Client,
                    tr("(a line of %1 bytes, longer than %2)")
                        .arg(line.size())
                        .arg(m_settings->maxCommandLine));
                badCommand(QStringLiteral("500 5.5.2 Error: line too long"));
                continue;
            }
            handleLine(line);
        }
        if (m_state == State::Closed)
            return;
        if (m_position > 0) {
            m_buffer.remove(0, m_position);
            m_position = 0;
        }
        // More may wait in the socket when the input cap stopped the last read.
        if (m_paused || m_socket->bytesAvailable() == 0 || m_buffer.size() >= maxPendingInput
            || m_state == State::TlsHandshake || m_state == State::Closing)
            return;
    }
}

bool PracticeSession::processDataLine()
{
    const qsizetype end = m_buffer.indexOf('\n', m_position);
    if (end < 0) {
        if (m_buffer.size() - m_position > m_settings->maxTextLine) {
            m_dataLineTooLong = true;
            m_dataInLongLine = true;
            m_dataSize += m_buffer.size() - m_position;
            m_position = m_buffer.size();
        }
        return false;
    }
    const QByteArray line = m_buffer.mid(m_position, end + 1 - m_position);
    m_position = end + 1;
    const bool endsCrLf = line.endsWith("\r\n");
    if (m_dataInLongLine) {
        m_dataInLongLine = false;
        m_dataSize += line.size();
        m_previousLineEndedCrLf = endsCrLf;
        return true;
    }
    // Only CRLF.CRLF ends the data: a dot after a bare LF is the "SMTP smuggling" trick.
    if (line == ".\r\n" && m_previousLineEndedCrLf) {
        finishData();
        return true;
    }
    m_previousLineEndedCrLf = endsCrLf;
    const qsizetype content = line.size() - (endsCrLf ? 2 : 1);
    if (content > m_settings->maxTextLine)
        m_dataLineTooLong = true;
    const QByteArray unstuffed = line.startsWith('.') ? line.mid(1) : line;
    m_dataSize += unstuffed.size();
    if (m_dataSize > m_settings->maxMessageSize) {
        m_dataTooBig = true;
        m_data.clear();
        m_data.squeeze();
    }
    if (!m_dataTooBig && !m_dataLineTooLong)
        m_data += unstuffed;
    return true;
}

void PracticeSession::handleLine(const QByteArray &line)
{
    switch (m_state) {
    case State::AuthPlain:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
    case State::AuthCramMd5:
    case State::AuthXOAuth2:
    case State::AuthOAuthBearer:
    case State::AuthOAuthError:
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
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();

    if (verb == "AUTH") {
        // The initial response is a secret (or carries one): never logged.
        const qsizetype mechanismEnd = argument.indexOf(' ');
        log(Direction::Client,
            mechanismEnd < 0 ? QString::fromUtf8(line)
                             : QStringLiteral("AUTH %1 %2")
                                   .arg(QString::fromUtf8(argument.left(mechanismEnd)), redacted));
    } else {
        log(Direction::Client, QString::fromUtf8(line));
    }

    if (line.isEmpty()) {
        badCommand(QStringLiteral("500 5.5.2 Error: bad syntax"));
        return;
    }
    const bool alwaysAllowed = verb == "EHLO" || verb == "HELO" || verb == "STARTTLS"
        || verb == "NOOP" || verb == "RSET" || verb == "QUIT";
    if (m_settings->scenario.requireStartTls() && tlsAvailable() && !m_tls && !alwaysAllowed) {
        badCommand(QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
        return;
    }

    if (verb == "EHLO" || verb == "HELO") {
        cmdEhlo(verb, argument);
    } else if (verb == "STARTTLS") {
        cmdStartTls(argument);
    } else if (verb == "AUTH") {
        cmdAuth(argument);
    } else if (verb == "MAIL") {
        cmdMail(argument);
    } else if (verb == "RCPT") {
        cmdRcpt(argument);
    } else if (verb == "DATA") {
        cmdData(argument);
    } else if (verb == "RSET") {
        if (!argument.isEmpty()) {
            badCommand(QStringLiteral("501 5.5.4 Syntax: RSET"));
            return;
        }
        resetTransaction();
        respond(QStringLiteral("250 2.0.0 Ok"));
    } else if (verb == "NOOP") {
        respond(QStringLiteral("250 2.0.0 Ok"));
    } else if (verb == "VRFY") {
        respond(QStringLiteral(
            "252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery"));
    } else if (verb == "EXPN") {
        badCommand(QStringLiteral("502 5.5.1 Error: EXPN is not implemented"));
    } else if (verb == "HELP") {
        respond(QStringLiteral("214 2.0.0 Commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET "
                               "NOOP VRFY EXPN HELP QUIT"));
    } else if (verb == "QUIT") {
        if (applyRule(PracticeStage::Quit))
            return;
        respond(QStringLiteral("221 2.0.0 Bye"), After::Close);
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
    const QString greeting
        = QStringLiteral("%1 Hello %2 [%3]")
              .arg(m_settings->hostName, QString::fromUtf8(argument.left(255)), m_peerAddress);
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
    if (authOffered()) {
        QString mechanisms = QStringLiteral("AUTH PLAIN LOGIN CRAM-MD5");
        if (!m_settings->xoauth2Token.isEmpty())
            mechanisms += QStringLiteral(" XOAUTH2 OAUTHBEARER");
        lines << mechanisms;
    }
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

void PracticeSession::cmdAuth(const QByteArray &argument)
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
    const qsizetype space = argument.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray initial = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    const bool oauth = (mechanism == "XOAUTH2" || mechanism == "OAUTHBEARER")
        && !m_settings->xoauth2Token.isEmpty();
    if (mechanism != "PLAIN" && mechanism != "LOGIN" && mechanism != "CRAM-MD5" && !oauth) {
        badCommand(QStringLiteral("504 5.5.4 Unrecognized authentication type"));
        return;
    }
    if (const auto rule = m_settings->scenario.ruleFor(PracticeStage::Auth); rule && rule->drop) {
        applyRule(PracticeStage::Auth);
        return;
    }
    if (mechanism == "PLAIN") {
        if (initial.isEmpty()) {
            m_state = State::AuthPlain;
            respond(QStringLiteral("334 "));
        } else {
            checkPlain(initial);
        }
    } else if (mechanism == "LOGIN") {
        if (initial.isEmpty()) {
            m_state = State::AuthLoginUser;
            respond(QStringLiteral("334 VXNlcm5hbWU6")); // "Username:"
        } else {
            const auto user = decodeBase64(initial);
            if (!user) {
                badCommand(QStringLiteral("501 5.5.2 Error: cannot decode the response"));
                return;
            }
            m_loginUser = QString::fromUtf8(*user);
            m_state = State::AuthLoginPassword;
            respond(QStringLiteral("334 UGFzc3dvcmQ6")); // "Password:"
        }
    } else if (mechanism == "CRAM-MD5") {
        if (!initial.isEmpty()) {
            badCommand(QStringLiteral("501 5.5.4 Error: CRAM-MD5 takes no initial response"));
            return;
        }
        m_cramChallenge = QStringLiteral("<%1.%2@%3>")
                              .arg(QRandomGenerator::global()->generate())
                              .arg(QDateTime::currentMSecsSinceEpoch())
                              .arg(m_settings->hostName)
                              .toUtf8();
        m_state = State::AuthCramMd5;
        respond(QStringLiteral("334 ") + QString::fromLatin1(m_cramChallenge.toBase64()));
    } else {
        const bool bearer = mechanism == "OAUTHBEARER";
        if (initial.isEmpty()) {
            m_state = bearer ? State::AuthOAuthBearer : State::AuthXOAuth2;
            respond(QStringLiteral("334 "));
        } else {
            checkOAuth(initial, bearer);
        }
    }
}

void PracticeSession::handleSaslResponse(const QByteArray &line)
{
    log(Direction::Client, line.isEmpty() ? QString() : redacted);
    const State state = m_state;
    m_state = State::Command;
    if (state == State::AuthOAuthError) {
        // Whatever the client says after the error challenge, the exchange has failed.
        finishAuth(QString(), false);
        return;
    }
    if (line == "*") {
        badCommand(QStringLiteral("501 5.7.0 Authentication aborted"));
        return;
    }
    if (state == State::AuthPlain) {
        checkPlain(line);
        return;
    }
    if (state == State::AuthXOAuth2 || state == State::AuthOAuthBearer) {
        checkOAuth(line, state == State::AuthOAuthBearer);
        return;
    }
    const auto decoded = decodeBase64(line);
    if (!decoded) {
        badCommand(QStringLiteral("501 5.5.2 Error: cannot decode the response"));
        return;
    }
    if (state == State::AuthLoginUser) {
        m_loginUser = QString::fromUtf8(*decoded);
        m_state = State::AuthLoginPassword;
        respond(QStringLiteral("334 UGFzc3dvcmQ6"));
    } else if (state == State::AuthLoginPassword) {
        finishAuth(m_loginUser,
                   m_loginUser == m_settings->user && sameSecret(*decoded, m_settings->password));
    } else if (state == State::AuthCramMd5) {
        const qsizetype space = decoded->lastIndexOf(' ');
        const QString user = QString::fromUtf8(space < 0 ? *decoded : decoded->left(space));
        const QByteArray digest = space < 0 ? QByteArray() : decoded->mid(space + 1).toLower();
        const QByteArray expected
            = QMessageAuthenticationCode::hash(m_cramChallenge, m_settings->password,
                                               QCryptographicHash::Md5)
                  .toHex();
        finishAuth(user, user == m_settings->user && sameSecret(digest, expected));
    }
}

void PracticeSession::checkPlain(const QByteArray &response)
{
    const auto decoded = decodeBase64(response);
    if (!decoded) {
        badCommand(QStringLiteral("501 5.5.2 Error: cannot decode the response"));
        return;
    }
    // authzid NUL authcid NUL password (RFC 4616)
    const QList<QByteArray> parts = decoded->split('\0');
    if (parts.size() != 3) {
        finishAuth(QString(), false);
        return;
    }
    const QString user = QString::fromUtf8(parts.at(1));
    const bool authzidOk = parts.at(0).isEmpty() || parts.at(0) == parts.at(1);
    finishAuth(user,
               authzidOk && user == m_settings->user
                   && sameSecret(parts.at(2), m_settings->password));
}

void PracticeSession::checkOAuth(const QByteArray &response, bool bearer)
{
    const auto decoded = decodeBase64(response);
    if (!decoded) {
        badCommand(QStringLiteral("501 5.5.2 Error: cannot decode the response"));
        return;
    }
    // XOAUTH2: "user=U\x01auth=Bearer TOKEN\x01\x01".
    // OAUTHBEARER (RFC 7628): "n,a=U,\x01host=H\x01port=P\x01auth=Bearer TOKEN\x01\x01", with
    // "," and "=" in U written =2C and =3D.
    QString user;
    QByteArray token;
    const QList<QByteArray> fields = decoded->split('\x01');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray &field = fields.at(i);
        if (bearer && i == 0) {
            for (const QByteArray &part : field.split(',')) {
                if (part.startsWith("a="))
                    user = QString::fromUtf8(
                        QByteArray(part.mid(2)).replace("=2C", ",").replace("=3D", "="));
            }
        } else if (!bearer && field.startsWith("user=")) {
            user = QString::fromUtf8(field.mid(5));
        } else if (field.startsWith("auth=Bearer ")) {
            token = field.mid(12);
        }
    }
    const QString owner
        = m_settings->tokenUser.isEmpty() ? m_settings->user : m_settings->tokenUser;
    const bool tokenOk = sameSecret(token, m_settings->xoauth2Token);
    const bool userOk = !user.isEmpty() && user.compare(owner, Qt::CaseInsensitive) == 0;
    if (tokenOk && userOk) {
        finishAuth(user, true);
        return;
    }
    // As Gmail does: a JSON error as a challenge, the 535 only after the client's answer
    // (an empty line for XOAUTH2, 0x01 for OAUTHBEARER). A right token for another user name
    // is a bad request (400), anything else an invalid token (401).
    const QString scope = QStringLiteral("https://mail.google.com/");
    QJsonObject error;
    if (bearer) {
        error = {{QStringLiteral("status"),
                  tokenOk ? QStringLiteral("invalid_request") : QStringLiteral("invalid_token")},
                 {QStringLiteral("scope"), scope},
                 {QStringLiteral("openid-configuration"),
                  QStringLiteral("https://%1/.well-known/openid-configuration")
                      .arg(m_settings->hostName)}};
    } else {
        error
            = {{QStringLiteral("status"), tokenOk ? QStringLiteral("400") : QStringLiteral("401")},
               {QStringLiteral("schemes"), QStringLiteral("Bearer")},
               {QStringLiteral("scope"), scope}};
    }
    log(Direction::Info,
        tokenOk ? tr("The token is right, but it belongs to \"%1\", not \"%2\"").arg(owner, user)
                : tr("The token is not the test token"));
    m_state = State::AuthOAuthError;
    respond(QStringLiteral("334 ")
            + QString::fromLatin1(QJsonDocument(error).toJson(QJsonDocument::Compact).toBase64()));
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

std::optional<QString> PracticeSession::parsePath(const QByteArray &text, QByteArray *rest)
{
    // Lenient as most servers are: "FROM:<a@b>" and "FROM: <a@b>" both work.
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('<'))
        return std::nullopt;
    const qsizetype close = trimmed.indexOf('>');
    if (close < 0)
        return std::nullopt;
    const QByteArray path = trimmed.mid(1, close - 1);
    if (path.size() > 256 || path.contains(' ') || path.contains('<'))
        return std::nullopt;
    if (!path.isEmpty() && !path.contains('@') && path.toLower() != "postmaster")
        return std::nullopt;
    *rest = trimmed.mid(close + 1).trimmed();
    return QString::fromUtf8(path);
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
    if (!argument.toUpper().startsWith("FROM:")) {
        badCommand(QStringLiteral("501 5.5.4 Syntax: MAIL FROM:<address>"));
        return;
    }
    QByteArray parameters;
    const auto sender = parsePath(argument.mid(5), &parameters);
    if (!sender) {
        badCommand(QStringLiteral("501 5.1.7 Bad sender address syntax"));
        return;
    }
    for (const QByteArray &parameter : parameters.split(' ')) {
        if (parameter.isEmpty())
            continue;
        const QByteArray upper = parameter.toUpper();
        if (upper.startsWith("SIZE=")) {
            bool ok = false;
            const qint64 size = parameter.mid(5).toLongLong(&ok);
            if (!ok || size < 0) {
                badCommand(QStringLiteral("501 5.5.4 Bad SIZE parameter"));
                return;
            }
            if (size > m_settings->maxMessageSize) {
                respond(QStringLiteral("552 5.3.4 Message size exceeds fixed limit"));
                return;
            }
        } else if (upper == "BODY=7BIT" || upper == "BODY=8BITMIME" || upper == "SMTPUTF8"
                   || upper.startsWith("AUTH=")) {
            continue;
        } else {
            badCommand(QStringLiteral("555 5.5.4 Unsupported option: %1")
                           .arg(QString::fromUtf8(parameter.left(64))));
            return;
        }
    }
    if (applyRule(PracticeStage::Mail))
        return;
    m_mailFrom = *sender;
    respond(QStringLiteral("250 2.1.0 Ok"));
}

void PracticeSession::cmdRcpt(const QByteArray &argument)
{
    if (!m_mailFrom) {
        badCommand(QStringLiteral("503 5.5.1 Error: need MAIL command"));
        return;
    }
    if (!argument.toUpper().startsWith("TO:")) {
        badCommand(QStringLiteral("501 5.5.4 Syntax: RCPT TO:<address>"));
        return;
    }
    QByteArray parameters;
    const auto recipient = parsePath(argument.mid(3), &parameters);
    if (!recipient || recipient->isEmpty()) {
        badCommand(QStringLiteral("501 5.1.3 Bad recipient address syntax"));
        return;
    }
    if (m_rcptTo.size() >= m_settings->maxRecipients) {
        respond(QStringLiteral("452 4.5.3 Error: too many recipients"));
        return;
    }
    if (applyRule(PracticeStage::Rcpt))
        return;
    if (m_settings->scenario.greylist()) {
        const int wait = m_greylist->check(m_peerAddress, *m_mailFrom, *recipient,
                                           m_settings->scenario.greylistSeconds());
        if (wait > 0) {
            respond(QStringLiteral("451 4.7.1 <%1>: Recipient address rejected: Greylisted, "
                                   "try again in %2 seconds")
                        .arg(*recipient)
                        .arg(wait));
            return;
        }
    }
    m_rcptTo << *recipient;
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
    m_data.clear();
    m_dataSize = 0;
    m_dataTooBig = false;
    m_dataLineTooLong = false;
    m_dataInLongLine = false;
    m_previousLineEndedCrLf = true;
    respond(QStringLiteral("354 End data with <CR><LF>.<CR><LF>"));
}

void PracticeSession::finishData()
{
    m_state = State::Command;
    log(Direction::Client, tr("(%1 bytes of message data, then the final dot)").arg(m_dataSize));
    const auto finishTransaction = [this] {
        m_mailFrom.reset();
        m_rcptTo.clear();
        m_data = QByteArray();
    };
    if (m_dataTooBig) {
        finishTransaction();
        respond(QStringLiteral("552 5.3.4 Message size exceeds fixed maximum message size"));
        return;
    }
    if (m_dataLineTooLong) {
        finishTransaction();
        respond(QStringLiteral("554 5.6.0 Message has a line longer than %1 characters")
                    .arg(m_settings->maxTextLine));
        return;
    }
    if (applyRule(PracticeStage::DataEnd)) {
        finishTransaction();
        return;
    }
    ReceivedMessage message;
    message.sessionId = m_id;
    message.received = QDateTime::currentDateTime();
    message.mailFrom = *m_mailFrom;
    message.rcptTo = m_rcptTo;
    message.data = m_data;
    message.tls = m_tls;
    message.authUser = m_authUser;
    message.queueId = queueId();
    message.sessionTranscript = m_transcript.toText();
    finishTransaction();
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
    m_socket->write(bytes);
    if (m_socket->bytesToWrite() > maxPendingOutput) {
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
        m_closeTimer.start(closeGraceMs);
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
        break;
    case After::StartTls: {
        // RFC 3207: whatever the client pipelined after STARTTLS is discarded, not obeyed.
        const qsizetype pipelined = (m_buffer.size() - m_position) + m_socket->bytesAvailable();
        m_buffer.clear();
        m_position = 0;
        m_socket->readAll();
        if (pipelined > 0)
            log(Direction::Info,
                tr("Discarded %1 bytes sent after STARTTLS before the handshake").arg(pipelined));
        resetTransaction();
        m_greeted = false;
        m_authUser.clear();
        m_state = State::TlsHandshake;
        m_socket->setSslConfiguration(m_tlsConfiguration);
        m_socket->startServerEncryption();
        break;
    }
    }
}

void PracticeSession::closeWithoutReply()
{
    // Like a real server that goes away: the replies it already gave (to commands pipelined
    // before this one) still reach the client; only this command gets no answer.
    m_socket->flush();
    m_state = State::Closing;
    m_socket->disconnectFromHost();
    finish();
}

void PracticeSession::drop()
{
    m_state = State::Closing;
    m_socket->abort();
    finish();
}

void PracticeSession::resetTransaction()
{
    m_mailFrom.reset();
    m_rcptTo.clear();
    m_data = QByteArray();
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
    m_closeTimer.stop();
    m_paused = false;
    log(Direction::Info, tr("Connection closed"));
    Q_EMIT finished(m_id);
}

} // namespace Sendcheck
