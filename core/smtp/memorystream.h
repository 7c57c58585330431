// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpstream.h"

namespace Sendcheck {

// An SmtpStream in memory, for protocol tests and fuzzers (in the manner of Trojitá's
// FakeSocket): the test writes the server's bytes in and reads the client's bytes out. It can
// accept or refuse the connection, close it, fail it, and play a TLS handshake that succeeds
// with a given (fake) certificate chain, reports certificate errors, or fails. No real TLS: once
// "encrypted", bytes simply keep flowing, and the stream remembers which client bytes were
// written before that (plainClientBytes()).
//
// Like a socket it signals only from the event loop (queued), never from inside a call, so a
// script that answers clientWrote() behaves like a server at the other end of a wire.
class MemoryStream final : public SmtpStream
{
    Q_OBJECT
public:
    enum class ConnectOutcome { Accept, Refuse, HostNotFound, Hang };
    enum class TlsOutcome { Succeed, Fail };

    explicit MemoryStream(QObject *parent = nullptr);

    // A factory handing out this stream (once) and remembering what the session asked for.
    [[nodiscard]] static SmtpStream::Factory factoryFor(std::unique_ptr<MemoryStream> stream);

    // Set up before the session starts.
    void setConnectOutcome(ConnectOutcome outcome) { m_connectOutcome = outcome; }
    void setTlsOutcome(TlsOutcome outcome) { m_tlsOutcome = outcome; }
    // Certificate errors reported during the handshake: it fails unless the client ignores
    // exactly these.
    void setTlsErrors(const QList<QSslError> &errors) { m_tlsErrors = errors; }
    void setPeerCertificateChain(const QList<QSslCertificate> &chain) { m_chain = chain; }

    // The server's side.
    void serverWrite(const QByteArray &bytes);
    void serverClose(); // the server closes: RemoteHostClosedError, then disconnected()
    void serverFail(QAbstractSocket::SocketError error, const QString &text);

    [[nodiscard]] const Setup &setup() const { return m_setup; }
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] bool isHandshaking() const { return m_handshaking; }
    [[nodiscard]] int handshakes() const { return m_handshakes; } // TLS handshakes begun
    [[nodiscard]] bool wasAborted() const { return m_aborted; }
    [[nodiscard]] QByteArray clientBytes() const { return m_clientBytes; }
    [[nodiscard]] QByteArray plainClientBytes() const { return m_plainClientBytes; }
    [[nodiscard]] QList<QByteArray> clientWrites() const
    {
        return m_clientWrites;
    } // one per write()
    [[nodiscard]] QByteArray takeClientBytes(); // what arrived since the last call

    // SmtpStream
    void connectToHost(const QString &host, quint16 port) override;
    void connectToHostEncrypted(const QString &host, quint16 port) override;
    void startClientEncryption() override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;
    void write(const QByteArray &bytes) override;
    void abort() override;
    [[nodiscard]] bool isConnected() const override { return m_connected; }
    [[nodiscard]] bool canReadLine() const override { return m_incoming.contains('\n'); }
    [[nodiscard]] QByteArray readLine(qint64 maxSize) override;
    [[nodiscard]] qint64 bytesAvailable() const override { return m_incoming.size(); }
    [[nodiscard]] QByteArray peek(qint64 maxSize) override { return m_incoming.left(maxSize); }
    [[nodiscard]] qint64 bytesToWrite() const override { return 0; }
    [[nodiscard]] QAbstractSocket::SocketError error() const override { return m_error; }
    [[nodiscard]] QString errorString() const override { return m_errorString; }
    [[nodiscard]] QHostAddress peerAddress() const override;
    [[nodiscard]] quint16 peerPort() const override { return m_port; }
    [[nodiscard]] QHostAddress localAddress() const override;
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const override;
    [[nodiscard]] int sessionProtocol() const override;
    [[nodiscard]] QString sessionCipher() const override;

Q_SIGNALS:
    void clientWrote(); // new bytes in clientBytes(); queued after the write
    void handshakeStarted(); // queued after startClientEncryption()/connectToHostEncrypted()

private:
    void later(std::function<void()> what);
    void beginHandshake();
    void finishHandshake();
    void failWith(QAbstractSocket::SocketError error, const QString &text);

    Setup m_setup;
    QString m_host;
    quint16 m_port = 0;
    ConnectOutcome m_connectOutcome = ConnectOutcome::Accept;
    TlsOutcome m_tlsOutcome = TlsOutcome::Succeed;
    QList<QSslError> m_tlsErrors;
    QList<QSslError> m_ignoredErrors;
    QList<QSslCertificate> m_chain;
    QByteArray m_incoming;
    QByteArray m_clientBytes;
    QByteArray m_plainClientBytes;
    QList<QByteArray> m_clientWrites;
    qsizetype m_taken = 0;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
    int m_handshakes = 0;
    quint64 m_generation = 0;
    bool m_connected = false;
    bool m_handshaking = false;
    bool m_encrypted = false;
    bool m_aborted = false;
};

} // namespace Sendcheck
