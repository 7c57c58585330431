// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpprobe.h"

#include "smtp/ehloname.h"

#include <QSslSocket>

namespace Sendcheck {

namespace {

// Bytes without a line end that a server may send before it is cut off.
constexpr qint64 MaxPendingBytes = 64 * 1024;

} // namespace

SmtpProbe::SmtpProbe(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        if (m_step == Step::Connect) {
            m_lastConnectError = tr("no answer within %1 s").arg(m_request.timeoutMs / 1000.0);
            connectNext();
            return;
        }
        if (m_step == Step::Quit) { // the answer to QUIT is a courtesy
            finish();
            return;
        }
        fail(tr("The server did not answer %1 within %2 seconds.")
                 .arg(stepName())
                 .arg(m_request.timeoutMs / 1000.0));
    });
}

void SmtpProbe::start(const SmtpProbeRequest &request)
{
    m_request = request;
    m_result = SmtpProbeResult();
    m_nextAddress = 0;
    m_lastConnectError.clear();
    connectNext();
}

void SmtpProbe::connectNext()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_nextAddress >= m_request.addresses.size()) {
        m_step = Step::Done;
        m_result.error = m_request.addresses.isEmpty() ? tr("There is no address to connect to.")
                                                       : tr("Could not connect to %1 port %2: %3.")
                                                             .arg(m_request.host)
                                                             .arg(m_request.port)
                                                             .arg(m_lastConnectError);
        finish();
        return;
    }
    const QHostAddress address = m_request.addresses.at(m_nextAddress++);
    m_step = Step::Connect;
    m_parser.reset();
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_step == Step::Connect) {
            m_lastConnectError = m_socket->errorString();
            connectNext();
        } else if (m_step == Step::Quit) {
            finish();
        } else if (m_step != Step::Done) {
            fail(tr("The connection broke while waiting for %1: %2")
                     .arg(stepName(), m_socket->errorString()));
        }
    });
    const auto onConnected = [this, address]() {
        m_result.connected = true;
        m_result.address = address;
        m_step = Step::Banner;
        m_timer.start(m_request.timeoutMs);
        onReadyRead(); // a greeting may have arrived with the handshake
    };
    if (m_request.implicitTls) {
        connect(m_socket, &QSslSocket::encrypted, this, onConnected);
        m_socket->connectToHostEncrypted(address.toString(), m_request.port, m_request.host);
    } else {
        connect(m_socket, &QSslSocket::connected, this, onConnected);
        m_socket->connectToHost(address, m_request.port);
    }
    m_timer.start(m_request.timeoutMs);
}

void SmtpProbe::onReadyRead()
{
    if (!m_socket || m_step == Step::Connect || m_step == Step::Done)
        return;
    while (m_socket && m_socket->canReadLine()) {
        QByteArray line = m_socket->readLine(ReplyParser::MaxLineLength + 3);
        if (!line.endsWith('\n')) {
            fail(tr("The server sent a line longer than SMTP allows."));
            return;
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        m_result.transcript << QStringLiteral("S: ") + QString::fromUtf8(line);
        switch (m_parser.addLine(line)) {
        case ReplyParser::Status::NeedMore:
            break;
        case ReplyParser::Status::Error:
            fail(tr("The server's answer is not SMTP: %1").arg(m_parser.errorString()));
            return;
        case ReplyParser::Status::Complete:
            onReply(m_parser.takeReply());
            break;
        }
    }
    if (m_socket && m_socket->bytesAvailable() > MaxPendingBytes)
        fail(tr("The server sent a line longer than SMTP allows."));
}

void SmtpProbe::send(Step step, const QByteArray &line)
{
    m_step = step;
    m_result.transcript << QStringLiteral("C: ") + QString::fromUtf8(line);
    m_socket->write(line + "\r\n");
    m_timer.start(m_request.timeoutMs);
}

void SmtpProbe::onReply(const SmtpReply &reply)
{
    m_timer.stop();
    const QByteArray quit = QByteArrayLiteral("QUIT");
    switch (m_step) {
    case Step::Banner:
        m_result.banner = reply;
        if (reply.code != 220) {
            m_result.error = tr("The server greeted with %1 instead of 220: it does not take "
                                "mail now.")
                                 .arg(reply.toOneLine());
            send(Step::Quit, quit);
            return;
        }
        send(Step::Ehlo, "EHLO " + ehloName(m_request.ehloName, m_socket->localAddress()).toUtf8());
        return;
    case Step::Ehlo:
    case Step::Helo:
        if (!reply.isPositive() && m_step == Step::Ehlo) {
            send(Step::Helo,
                 "HELO " + ehloName(m_request.ehloName, m_socket->localAddress()).toUtf8());
            return;
        }
        m_result.ehlo = reply;
        if (!reply.isPositive()) {
            m_result.error = tr("The server refused EHLO and HELO: %1").arg(reply.toOneLine());
            send(Step::Quit, quit);
            return;
        }
        if (m_request.relayTest) {
            send(Step::Mail, "MAIL FROM:<" + m_request.mailFrom.toUtf8() + ">");
            return;
        }
        send(Step::Quit, quit);
        return;
    case Step::Mail:
        m_result.mail = reply;
        if (!reply.isPositive()) {
            send(Step::Quit, quit);
            return;
        }
        send(Step::Rcpt, "RCPT TO:<" + m_request.rcptTo.toUtf8() + ">");
        return;
    case Step::Rcpt:
        m_result.rcpt = reply;
        // Whatever the answer, the transaction is dropped: never DATA.
        send(Step::Rset, QByteArrayLiteral("RSET"));
        return;
    case Step::Rset:
        send(Step::Quit, quit);
        return;
    case Step::Quit:
        finish();
        return;
    case Step::Connect:
    case Step::Done:
        return;
    }
}

void SmtpProbe::fail(const QString &error)
{
    if (m_result.error.isEmpty())
        m_result.error = error;
    finish();
}

void SmtpProbe::finish()
{
    m_timer.stop();
    m_step = Step::Done;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const SmtpProbeResult result = m_result;
    QTimer::singleShot(0, this, [this, result]() { Q_EMIT finished(result); });
}

QString SmtpProbe::stepName() const
{
    switch (m_step) {
    case Step::Connect:
        return tr("the connection");
    case Step::Banner:
        return tr("the greeting");
    case Step::Ehlo:
        return QStringLiteral("EHLO");
    case Step::Helo:
        return QStringLiteral("HELO");
    case Step::Mail:
        return QStringLiteral("MAIL FROM");
    case Step::Rcpt:
        return QStringLiteral("RCPT TO");
    case Step::Rset:
        return QStringLiteral("RSET");
    case Step::Quit:
        return QStringLiteral("QUIT");
    case Step::Done:
        break;
    }
    return QString();
}

} // namespace Sendcheck
