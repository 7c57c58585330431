// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpstream.h"

class QSslSocket;
class QTcpSocket;

namespace Sendcheck {

// The product's stream: a QSslSocket, verifying the server's certificate (TLS 1.2 or later),
// or a QTcpSocket when the session never needs TLS (Security::None). A QSslSocket would load
// the TLS backend, initialise OpenSSL and scan the system CA store for a connection that never
// uses them.
class SocketStream final : public SmtpStream
{
    Q_OBJECT
public:
    explicit SocketStream(const Setup &setup, QObject *parent = nullptr);
    ~SocketStream() override;

    // The default factory of SmtpSession.
    [[nodiscard]] static std::unique_ptr<SmtpStream> create(const Setup &setup);

    void connectToHost(const QString &host, quint16 port) override;
    void connectToHostEncrypted(const QString &host, quint16 port) override;
    void startClientEncryption() override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;
    void write(const QByteArray &bytes) override;
    void abort() override;

    [[nodiscard]] bool isConnected() const override;
    [[nodiscard]] bool canReadLine() const override;
    [[nodiscard]] QByteArray readLine(qint64 maxSize) override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] QByteArray peek(qint64 maxSize) override;
    [[nodiscard]] qint64 bytesToWrite() const override;
    [[nodiscard]] QAbstractSocket::SocketError error() const override;
    [[nodiscard]] QString errorString() const override;
    [[nodiscard]] QHostAddress peerAddress() const override;
    [[nodiscard]] quint16 peerPort() const override;
    [[nodiscard]] QHostAddress localAddress() const override;
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const override;
    [[nodiscard]] int sessionProtocol() const override;
    [[nodiscard]] QString sessionCipher() const override;

private:
    // m_tls is the same object as m_socket when TLS is possible, else null.
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_tls = nullptr;
};

} // namespace Sendcheck
