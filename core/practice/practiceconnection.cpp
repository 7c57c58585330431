// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceconnection.h"

#include "practicelinereader.h"

#include <QSslSocket>

namespace Sendcheck {

namespace {

constexpr int closeGraceMs = 5000;

} // namespace

PracticeConnection::PracticeConnection(QSslSocket *socket, qint64 maxPendingOutput, QObject *parent)
    : QObject(parent), m_socket(socket), m_maxPendingOutput(maxPendingOutput)
{
    m_socket->setParent(nullptr);
    m_socket->setReadBufferSize(64 * 1024);
    m_peerAddress = m_socket->peerAddress().toString();
    m_peer = QStringLiteral("%1:%2").arg(m_peerAddress).arg(m_socket->peerPort());
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        Q_EMIT closeTimedOut();
    });
    connect(m_socket.get(), &QSslSocket::readyRead, this, &PracticeConnection::readyRead);
    connect(m_socket.get(), &QSslSocket::encrypted, this, &PracticeConnection::encrypted);
    connect(m_socket.get(), &QSslSocket::disconnected, this, [this] {
        m_closeTimer.stop();
        Q_EMIT disconnected();
    });
    connect(m_socket.get(), &QSslSocket::errorOccurred, this, &PracticeConnection::onError);
    connect(m_socket.get(), &QSslSocket::bytesWritten, this, [this] {
        if (m_closing && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
}

PracticeConnection::~PracticeConnection()
{
    // No signal from here on: the session holding this may be half destroyed.
    m_socket->disconnect(this);
    m_socket->abort();
}

QSslCipher PracticeConnection::sessionCipher() const
{
    return m_socket->sessionCipher();
}

void PracticeConnection::read(PracticeLineReader *reader)
{
    reader->fill(m_socket.get());
}

bool PracticeConnection::hasUnread() const
{
    return m_socket->bytesAvailable() > 0;
}

qint64 PracticeConnection::discardUnread()
{
    const qint64 unread = m_socket->bytesAvailable();
    m_socket->readAll();
    return unread;
}

bool PracticeConnection::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    return m_socket->bytesToWrite() <= m_maxPendingOutput;
}

void PracticeConnection::startTls(const QSslConfiguration &configuration)
{
    m_socket->setSslConfiguration(configuration);
    m_socket->startServerEncryption();
}

void PracticeConnection::closeGracefully()
{
    m_closing = true;
    m_closeTimer.start(closeGraceMs);
    if (m_socket->bytesToWrite() == 0)
        m_socket->disconnectFromHost();
}

void PracticeConnection::closeAfterFlush()
{
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void PracticeConnection::abort()
{
    m_closeTimer.stop();
    m_socket->abort();
}

void PracticeConnection::onError(QAbstractSocket::SocketError error)
{
    // A client that hung up is followed by disconnected(); anything else (a failed handshake,
    // a reset, a write error) ends the session, so none is left half-open holding a slot.
    if (error == QAbstractSocket::RemoteHostClosedError
        && m_socket->state() == QAbstractSocket::ConnectedState)
        return;
    Q_EMIT failed(error == QAbstractSocket::RemoteHostClosedError ? QString()
                                                                  : m_socket->errorString());
}

} // namespace Sendcheck
