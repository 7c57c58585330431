// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceserver.h"

#include "practicelistener.h"
#include "practicesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSslSocket>
#include <QTimer>

namespace Sendcheck {

PracticeServer::PracticeServer(QObject *parent)
    : QObject(parent), m_certificate(std::make_unique<PracticeCertificate>())
{
    qRegisterMetaType<Sendcheck::ReceivedMessage>();
}

PracticeServer::~PracticeServer()
{
    stop();
}

void PracticeServer::setCertificateDirectory(const QString &directory)
{
    m_certificate = std::make_unique<PracticeCertificate>(directory);
}

void PracticeServer::setCredentials(const QString &user, const QByteArray &password)
{
    m_settings.user = user;
    m_settings.password = password;
}

void PracticeServer::setMaxStoredMessages(int count)
{
    m_maxStoredMessages = qMax(0, count);
    while (m_messages.size() > m_maxStoredMessages)
        m_messages.removeFirst();
}

bool PracticeServer::start(const QHostAddress &address, quint16 smtpPort, quint16 tlsPort)
{
    stop();
    if (!address.isLoopback() && !m_allowRemote) {
        // A lab server with a published password and scripted failures must not be reachable
        // from the network by accident.
        m_error = tr("The practice server listens on loopback addresses only (%1 is not one).")
                      .arg(address.toString());
        return false;
    }
    if (!m_certificate->ensure()) {
        m_error = m_certificate->errorString();
        return false;
    }
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(m_certificate->certificate());
    m_tlsConfiguration.setPrivateKey(m_certificate->privateKey());
    m_tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tlsConfiguration.setProtocol(QSsl::TlsV1_2OrLater);

    m_plain = std::make_unique<PracticeListener>();
    m_tls = std::make_unique<PracticeListener>();
    connect(m_plain.get(), &PracticeListener::descriptorAccepted, this,
            [this](qintptr descriptor) { accept(descriptor, false); });
    connect(m_tls.get(), &PracticeListener::descriptorAccepted, this,
            [this](qintptr descriptor) { accept(descriptor, true); });
    // QTcpServer pauses accepting for good after any accept() error that is not temporary,
    // which includes a client resetting its connection before it was accepted. One hostile
    // client must not switch the server off: note it and listen again shortly after.
    for (PracticeListener *listener : {m_plain.get(), m_tls.get()}) {
        connect(listener, &QTcpServer::acceptError, this,
                [this, listener](QAbstractSocket::SocketError) {
                    Q_EMIT acceptFailed(listener->errorString());
                    QTimer::singleShot(100, listener, [listener] { listener->resumeAccepting(); });
                });
    }
    if (!m_plain->listen(address, smtpPort)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(smtpPort)
                      .arg(m_plain->errorString());
        stop();
        return false;
    }
    if (!m_tls->listen(address, tlsPort)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(tlsPort)
                      .arg(m_tls->errorString());
        stop();
        return false;
    }
    m_error.clear();
    return true;
}

void PracticeServer::stop()
{
    m_plain.reset();
    m_tls.reset();
    const auto sessions = m_sessions.values();
    m_sessions.clear();
    for (PracticeSession *session : sessions) {
        session->disconnect(this);
        delete session;
    }
}

bool PracticeServer::isListening() const
{
    return m_plain && m_plain->isListening() && m_tls && m_tls->isListening();
}

QHostAddress PracticeServer::address() const
{
    return m_plain ? m_plain->serverAddress() : QHostAddress();
}

quint16 PracticeServer::smtpPort() const
{
    return m_plain ? m_plain->serverPort() : 0;
}

quint16 PracticeServer::tlsPort() const
{
    return m_tls ? m_tls->serverPort() : 0;
}

void PracticeServer::accept(qintptr descriptor, bool implicitTls)
{
    auto socket = std::make_unique<QSslSocket>();
    if (!socket->setSocketDescriptor(descriptor))
        return;
    if (m_sessions.size() >= m_maxSessions) {
        const QString peer = socket->peerAddress().toString();
        // A plain-text 421 is what a busy server says; on the TLS port it would be garbage
        // to a client expecting a handshake, so that one is just closed.
        if (!implicitTls)
            socket->write("421 4.7.0 Too many connections, try again later\r\n");
        socket->disconnectFromHost();
        QSslSocket *raw = socket.release();
        connect(raw, &QSslSocket::disconnected, raw, &QObject::deleteLater);
        if (raw->state() == QAbstractSocket::UnconnectedState)
            raw->deleteLater();
        Q_EMIT connectionRefused(peer);
        return;
    }
    const quint64 id = m_nextId++;
    auto *session = new PracticeSession(id, socket.release(), implicitTls, &m_settings, &m_greylist,
                                        m_tlsConfiguration, this);
    m_sessions.insert(id, session);
    connect(session, &PracticeSession::lineLogged, this, &PracticeServer::sessionLine);
    connect(session, &PracticeSession::authenticated, this, &PracticeServer::sessionAuthenticated);
    connect(session, &PracticeSession::messageReceived, this, &PracticeServer::onMessage);
    connect(session, &PracticeSession::finished, this, [this](quint64 finishedId) {
        if (PracticeSession *done = m_sessions.take(finishedId)) {
            done->deleteLater();
            Q_EMIT sessionEnded(finishedId);
        }
    });
    Q_EMIT sessionStarted(id, session->peer(), implicitTls);
    session->start();
}

void PracticeServer::onMessage(const ReceivedMessage &message)
{
    if (m_maxStoredMessages > 0) {
        m_messages.append(message);
        while (m_messages.size() > m_maxStoredMessages)
            m_messages.removeFirst();
    }
    if (!m_saveDirectory.isEmpty())
        saveMessage(message);
    Q_EMIT messageReceived(message);
}

void PracticeServer::saveMessage(const ReceivedMessage &message)
{
    QDir().mkpath(m_saveDirectory);
    const QString path
        = QDir(m_saveDirectory)
              .filePath(QStringLiteral("%1-%2.eml")
                            .arg(message.received.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                 message.queueId));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message.data) != message.data.size()
        || !file.commit()) {
        Q_EMIT saveFailed(path, file.errorString());
        return;
    }
    Q_EMIT messageSaved(path);
}

} // namespace Sendcheck
