// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <functional>
#include <memory>

namespace Sendcheck {

// The byte stream under an SmtpSession: everything the session needs from its connection and
// nothing more. The product runs on SocketStream (QTcpSocket or QSslSocket); tests and
// fuzzers run on MemoryStream, which needs no network and no TLS library. The signals and
// the reading side follow QAbstractSocket: signals come from the event loop, never from
// inside a call the session made.
class SmtpStream : public QObject
{
    Q_OBJECT
public:
    // What the session asks of a stream before it connects.
    struct Setup
    {
        bool tls = false; // TLS may be needed (STARTTLS or implicit TLS); false: plain only
        QString peerVerifyName; // the name the server's certificate must be valid for
        QList<QSslCertificate> extraCaCertificates; // trusted besides the system's CAs
    };
    using Factory = std::function<std::unique_ptr<SmtpStream>(const Setup &setup)>;

    using QObject::QObject;

    virtual void connectToHost(const QString &host, quint16 port) = 0;
    virtual void connectToHostEncrypted(const QString &host, quint16 port) = 0;
    // TLS over the connection already open (after STARTTLS's 220).
    virtual void startClientEncryption() = 0;
    // Called from a sslErrors() slot: these errors, and only these, do not stop the handshake.
    virtual void ignoreSslErrors(const QList<QSslError> &errors) = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Closes at once, dropping unsent bytes; no signal follows.
    virtual void abort() = 0;

    [[nodiscard]] virtual bool isConnected() const = 0;
    [[nodiscard]] virtual bool canReadLine() const = 0;
    // As QIODevice::readLine(maxSize): at most maxSize - 1 bytes, up to and including an LF.
    [[nodiscard]] virtual QByteArray readLine(qint64 maxSize) = 0;
    [[nodiscard]] virtual qint64 bytesAvailable() const = 0;
    [[nodiscard]] virtual QByteArray peek(qint64 maxSize) = 0;
    // Written but not yet handed to the network, encrypted bytes included.
    [[nodiscard]] virtual qint64 bytesToWrite() const = 0;
    [[nodiscard]] virtual QAbstractSocket::SocketError error() const = 0;
    [[nodiscard]] virtual QString errorString() const = 0;
    [[nodiscard]] virtual QHostAddress peerAddress() const = 0;
    [[nodiscard]] virtual quint16 peerPort() const = 0;
    [[nodiscard]] virtual QHostAddress localAddress() const = 0;

    // What the TLS layer settled on; meaningful once encrypted() (or sslErrors()) came.
    [[nodiscard]] virtual QList<QSslCertificate> peerCertificateChain() const = 0;
    [[nodiscard]] virtual int sessionProtocol() const = 0; // a QSsl::SslProtocol
    [[nodiscard]] virtual QString sessionCipher() const = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void sslErrors(const QList<QSslError> &errors);
    void readyRead();
    void bytesWritten(); // plain or encrypted bytes went out: the link makes progress
    void errorOccurred(); // error() and errorString() say which
    void disconnected();
};

} // namespace Sendcheck
