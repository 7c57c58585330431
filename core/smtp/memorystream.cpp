// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorystream.h"

#include <QSsl>

namespace Sendcheck {

MemoryStream::MemoryStream(QObject *parent) : SmtpStream(parent) { }

SmtpStream::Factory MemoryStream::factoryFor(std::unique_ptr<MemoryStream> stream)
{
    auto held = std::make_shared<std::unique_ptr<MemoryStream>>(std::move(stream));
    return [held](const Setup &setup) -> std::unique_ptr<SmtpStream> {
        std::unique_ptr<MemoryStream> handed = std::move(*held);
        if (!handed) // asked twice: a stream nobody will answer on
            handed = std::make_unique<MemoryStream>();
        handed->m_setup = setup;
        return handed;
    };
}

void MemoryStream::later(std::function<void()> what)
{
    // Dropped when abort() came in between, as a socket forgets what was under way.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, what = std::move(what)] {
            if (generation == m_generation)
                what();
        },
        Qt::QueuedConnection);
}

void MemoryStream::connectToHost(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
    later([this] {
        switch (m_connectOutcome) {
        case ConnectOutcome::Accept:
            m_connected = true;
            Q_EMIT connected();
            return;
        case ConnectOutcome::Refuse:
            failWith(QAbstractSocket::ConnectionRefusedError, QStringLiteral("Connection refused"));
            return;
        case ConnectOutcome::HostNotFound:
            failWith(QAbstractSocket::HostNotFoundError, QStringLiteral("Host not found"));
            return;
        case ConnectOutcome::Hang:
            return;
        }
    });
}

void MemoryStream::connectToHostEncrypted(const QString &host, quint16 port)
{
    connectToHost(host, port);
    if (m_connectOutcome == ConnectOutcome::Accept)
        later([this] { beginHandshake(); });
}

void MemoryStream::startClientEncryption()
{
    beginHandshake();
}

void MemoryStream::beginHandshake()
{
    if (!m_connected || m_handshaking || m_encrypted)
        return;
    m_handshaking = true;
    ++m_handshakes;
    m_ignoredErrors.clear();
    later([this] {
        Q_EMIT handshakeStarted();
        finishHandshake();
    });
}

void MemoryStream::finishHandshake()
{
    if (!m_handshaking)
        return;
    if (m_tlsOutcome == TlsOutcome::Fail) {
        failWith(QAbstractSocket::SslHandshakeFailedError,
                 QStringLiteral("The TLS handshake failed (memory stream)"));
        return;
    }
    if (!m_tlsErrors.isEmpty()) {
        Q_EMIT sslErrors(m_tlsErrors); // a slot may call ignoreSslErrors(errors)
        if (m_ignoredErrors != m_tlsErrors) {
            failWith(QAbstractSocket::SslHandshakeFailedError,
                     QStringLiteral("The certificate did not verify (memory stream)"));
            return;
        }
    }
    m_handshaking = false;
    m_encrypted = true;
    Q_EMIT encrypted();
}

void MemoryStream::ignoreSslErrors(const QList<QSslError> &errors)
{
    m_ignoredErrors = errors;
}

void MemoryStream::failWith(QAbstractSocket::SocketError error, const QString &text)
{
    m_error = error;
    m_errorString = text;
    m_handshaking = false;
    Q_EMIT errorOccurred();
    if (m_connected) {
        m_connected = false;
        Q_EMIT disconnected();
    }
}

void MemoryStream::serverWrite(const QByteArray &bytes)
{
    later([this, bytes] {
        if (!m_connected)
            return;
        if (m_handshaking) {
            // Plain bytes where TLS records belong: a real handshake fails on them.
            failWith(QAbstractSocket::SslHandshakeFailedError,
                     QStringLiteral("Plain text during the TLS handshake (memory stream)"));
            return;
        }
        m_incoming += bytes;
        Q_EMIT readyRead();
    });
}

void MemoryStream::serverClose()
{
    later([this] {
        if (m_connected)
            failWith(QAbstractSocket::RemoteHostClosedError,
                     QStringLiteral("The remote host closed the connection"));
    });
}

void MemoryStream::serverFail(QAbstractSocket::SocketError error, const QString &text)
{
    later([this, error, text] { failWith(error, text); });
}

QByteArray MemoryStream::takeClientBytes()
{
    const QByteArray bytes = m_clientBytes.mid(m_taken);
    m_taken = m_clientBytes.size();
    return bytes;
}

void MemoryStream::write(const QByteArray &bytes)
{
    if (!m_connected || bytes.isEmpty())
        return;
    m_clientBytes += bytes;
    m_clientWrites.append(bytes);
    if (!m_encrypted && !m_handshaking)
        m_plainClientBytes += bytes;
    later([this] {
        Q_EMIT bytesWritten();
        Q_EMIT clientWrote();
    });
}

void MemoryStream::abort()
{
    ++m_generation;
    m_connected = false;
    m_handshaking = false;
    m_aborted = true;
}

QByteArray MemoryStream::readLine(qint64 maxSize)
{
    const qsizetype end = m_incoming.indexOf('\n');
    qsizetype length = end >= 0 ? end + 1 : m_incoming.size();
    if (maxSize > 0)
        length = std::min<qsizetype>(length, maxSize - 1);
    const QByteArray line = m_incoming.left(length);
    m_incoming.remove(0, length);
    return line;
}

QHostAddress MemoryStream::peerAddress() const
{
    return m_connected ? QHostAddress(QHostAddress::LocalHost) : QHostAddress();
}

QHostAddress MemoryStream::localAddress() const
{
    return m_connected ? QHostAddress(QHostAddress::LocalHost) : QHostAddress();
}

QList<QSslCertificate> MemoryStream::peerCertificateChain() const
{
    return m_handshakes > 0 ? m_chain : QList<QSslCertificate>();
}

int MemoryStream::sessionProtocol() const
{
    return m_encrypted ? QSsl::TlsV1_3 : QSsl::UnknownProtocol;
}

QString MemoryStream::sessionCipher() const
{
    return m_encrypted ? QStringLiteral("TLS_AES_256_GCM_SHA384") : QString();
}

} // namespace Sendcheck
