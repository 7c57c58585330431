// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceserver.h"

#include "practicelistener.h"
#include "practicesession.h"

#include <QCoreApplication>
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
    m_settings.maxKeptMessages = qMax(0, count);
    trimKept();
}

void PracticeServer::setMaxStoredBytes(qint64 bytes)
{
    m_settings.maxKeptBytes = qMax<qint64>(0, bytes);
    trimKept();
}

void PracticeServer::clearReceivedMessages()
{
    m_messages.clear();
    m_messageBytes = 0;
}

void PracticeServer::setSaveDirectory(const QString &directory)
{
    m_saveDirectory = directory;
    m_saveFolder.reset();
}

void PracticeServer::setMaxSavedMessages(int count)
{
    m_settings.maxSavedMessages = qMax(0, count);
    if (m_saveFolder)
        m_saveFolder->setLimits(m_settings.maxSavedMessages, m_settings.maxSavedBytes);
}

void PracticeServer::setMaxSavedBytes(qint64 bytes)
{
    m_settings.maxSavedBytes = qMax<qint64>(0, bytes);
    if (m_saveFolder)
        m_saveFolder->setLimits(m_settings.maxSavedMessages, m_settings.maxSavedBytes);
}

bool PracticeServer::saveDirectoryIsShared() const
{
    return m_saveFolder && m_saveFolder->access() == PracticePrivateFolder::Access::NotOurs;
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
    m_tightened.clear();
    if (!m_certificate->ensure()) {
        m_error = m_certificate->errorString();
        return false;
    }
    m_tightened += m_certificate->tightenedPaths();
    if (!m_saveDirectory.isEmpty()) {
        // Made (or tightened) now, so the user hears about it before the first message; a
        // folder that cannot be made yet is tried again at each save, which reports it.
        m_saveFolder = std::make_unique<PracticeMessageFolder>(m_saveDirectory);
        m_saveFolder->setLimits(m_settings.maxSavedMessages, m_settings.maxSavedBytes);
        if (m_saveFolder->open()
            && m_saveFolder->access() == PracticePrivateFolder::Access::Tightened)
            m_tightened << m_saveFolder->path();
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
    // Room in the kernel's queue for as many connections at once as there may be sessions:
    // with Qt's default of 50, the 51st client connecting at the same moment has its SYN
    // dropped and waits for TCP to try again (1 s, 3 s, 7 s...), though a slot is free.
    for (PracticeListener *listener : {m_plain.get(), m_tls.get()})
        listener->setListenBacklogSize(qMax(MinListenBacklog, m_settings.maxSessions));
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
    m_clientSessions.clear();
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
    const QString address = socket->peerAddress().toString();
    if (m_sessions.size() >= m_settings.maxSessions) {
        refuse(std::move(socket), implicitTls, "421 4.7.0 Too many connections, try again later");
        return;
    }
    if (m_settings.maxSessionsPerClient > 0
        && m_clientSessions.value(address) >= m_settings.maxSessionsPerClient) {
        refuse(std::move(socket), implicitTls,
               "421 4.7.0 Too many connections from " + address.toLatin1() + ", try again later");
        return;
    }
    const quint64 id = m_nextId++;
    auto *session = new PracticeSession(id, socket.release(), implicitTls, &m_settings, &m_greylist,
                                        m_tlsConfiguration, this);
    m_sessions.insert(id, session);
    ++m_clientSessions[address];
    connect(session, &PracticeSession::lineLogged, this, &PracticeServer::sessionLine);
    connect(session, &PracticeSession::authenticated, this, &PracticeServer::sessionAuthenticated);
    connect(session, &PracticeSession::messageReceived, this, &PracticeServer::onMessage);
    connect(session, &PracticeSession::finished, this, &PracticeServer::onSessionFinished);
    Q_EMIT sessionStarted(id, session->peer(), implicitTls);
    session->start();
}

void PracticeServer::refuse(std::unique_ptr<QSslSocket> socket, bool implicitTls,
                            const QByteArray &reply)
{
    const QString peer = socket->peerAddress().toString();
    // A plain-text 421 is what a busy server says; on the TLS port it would be garbage to a
    // client expecting a handshake, so that one is just closed.
    if (!implicitTls)
        socket->write(reply + "\r\n");
    socket->disconnectFromHost();
    QSslSocket *raw = socket.release();
    connect(raw, &QSslSocket::disconnected, raw, &QObject::deleteLater);
    if (raw->state() == QAbstractSocket::UnconnectedState)
        raw->deleteLater();
    Q_EMIT connectionRefused(peer);
}

void PracticeServer::onSessionFinished(quint64 id)
{
    PracticeSession *done = m_sessions.take(id);
    if (!done)
        return;
    const QString address = done->peerAddress();
    if (--m_clientSessions[address] <= 0)
        m_clientSessions.remove(address);
    done->deleteLater();
    Q_EMIT sessionEnded(id);
}

void PracticeServer::onMessage(const ReceivedMessage &message)
{
    keep(message);
    if (!m_saveDirectory.isEmpty())
        saveMessage(message);
    Q_EMIT messageReceived(message);
}

void PracticeServer::keep(const ReceivedMessage &message)
{
    m_messages.append(message);
    m_messageBytes += message.data.size();
    trimKept();
}

void PracticeServer::trimKept()
{
    const auto over = [this] {
        return m_messages.size() > m_settings.maxKeptMessages
            || (m_settings.maxKeptBytes > 0 && m_messageBytes > m_settings.maxKeptBytes
                && m_messages.size() > 1);
    };
    while (!m_messages.isEmpty() && over())
        m_messageBytes -= m_messages.takeFirst().data.size();
}

void PracticeServer::saveMessage(const ReceivedMessage &message)
{
    if (!m_saveFolder) {
        m_saveFolder = std::make_unique<PracticeMessageFolder>(m_saveDirectory);
        m_saveFolder->setLimits(m_settings.maxSavedMessages, m_settings.maxSavedBytes);
    }
    QString path;
    QStringList removed;
    const bool saved = m_saveFolder->save(message, &path, &removed);
    for (const QString &old : std::as_const(removed))
        Q_EMIT savedMessageRemoved(old);
    if (!saved) {
        Q_EMIT saveFailed(path, m_saveFolder->errorString());
        return;
    }
    Q_EMIT messageSaved(path);
}

} // namespace Sendcheck
