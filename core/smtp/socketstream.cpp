// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketstream.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Sendcheck {

SocketStream::SocketStream(const Setup &setup, QObject *parent) : SmtpStream(parent)
{
    if (!setup.tls) {
        // No STARTTLS is ever sent on such a session, so TLS is never needed.
        m_socket = new QTcpSocket(this);
    } else {
        m_tls = new QSslSocket(this);
        m_socket = m_tls;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!setup.extraCaCertificates.isEmpty())
            config.addCaCertificates(setup.extraCaCertificates);
        m_tls->setSslConfiguration(config);
        m_tls->setPeerVerifyName(setup.peerVerifyName);
        connect(m_tls, &QSslSocket::encrypted, this, &SmtpStream::encrypted);
        connect(m_tls, &QSslSocket::sslErrors, this, &SmtpStream::sslErrors);
        connect(m_tls, &QSslSocket::encryptedBytesWritten, this, &SmtpStream::bytesWritten);
    }
    // Keeps a misbehaving server from filling memory: replies are small.
    m_socket->setReadBufferSize(1024 * 1024);

    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Q_EMIT connected();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SmtpStream::errorOccurred);
    connect(m_socket, &QTcpSocket::disconnected, this, &SmtpStream::disconnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &SmtpStream::readyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SmtpStream::bytesWritten);
}

SocketStream::~SocketStream() = default;

std::unique_ptr<SmtpStream> SocketStream::create(const Setup &setup)
{
    return std::make_unique<SocketStream>(setup);
}

void SocketStream::connectToHost(const QString &host, quint16 port)
{
    m_socket->connectToHost(host, port);
}

void SocketStream::connectToHostEncrypted(const QString &host, quint16 port)
{
    Q_ASSERT(m_tls);
    if (m_tls)
        m_tls->connectToHostEncrypted(host, port);
}

void SocketStream::startClientEncryption()
{
    Q_ASSERT(m_tls);
    if (m_tls)
        m_tls->startClientEncryption();
}

void SocketStream::ignoreSslErrors(const QList<QSslError> &errors)
{
    if (m_tls)
        m_tls->ignoreSslErrors(errors);
}

void SocketStream::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SocketStream::abort()
{
    m_socket->abort();
}

bool SocketStream::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SocketStream::canReadLine() const
{
    return m_socket->canReadLine();
}

QByteArray SocketStream::readLine(qint64 maxSize)
{
    return m_socket->readLine(maxSize);
}

qint64 SocketStream::bytesAvailable() const
{
    return m_socket->bytesAvailable();
}

QByteArray SocketStream::peek(qint64 maxSize)
{
    return m_socket->peek(maxSize);
}

qint64 SocketStream::bytesToWrite() const
{
    return m_socket->bytesToWrite() + (m_tls ? m_tls->encryptedBytesToWrite() : 0);
}

QAbstractSocket::SocketError SocketStream::error() const
{
    return m_socket->error();
}

QString SocketStream::errorString() const
{
    return m_socket->errorString();
}

QHostAddress SocketStream::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 SocketStream::peerPort() const
{
    return m_socket->peerPort();
}

QHostAddress SocketStream::localAddress() const
{
    return m_socket->localAddress();
}

QList<QSslCertificate> SocketStream::peerCertificateChain() const
{
    return m_tls ? m_tls->peerCertificateChain() : QList<QSslCertificate>();
}

int SocketStream::sessionProtocol() const
{
    return m_tls ? m_tls->sessionProtocol() : QSsl::UnknownProtocol;
}

QString SocketStream::sessionCipher() const
{
    return m_tls ? m_tls->sessionCipher().name() : QString();
}

} // namespace Sendcheck
