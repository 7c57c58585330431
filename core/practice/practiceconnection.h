// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QObject>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace Sendcheck {

class PracticeLineReader;

// The socket of one practice session and the rules for it that have nothing to do with SMTP:
// reading into a bounded PracticeLineReader, cutting off a client that does not read its
// replies, closing after the last reply has gone out (or after a grace period), and the
// server side of a TLS handshake. PracticeSession holds one and speaks SMTP through it.
class PracticeConnection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `socket` (already given its descriptor). `maxPendingOutput`: replies
    // the client may leave unread before it counts as not listening.
    explicit PracticeConnection(QSslSocket *socket, qint64 maxPendingOutput = 1024 * 1024,
                                QObject *parent = nullptr);
    ~PracticeConnection() override;

    [[nodiscard]] QString peerAddress() const { return m_peerAddress; }
    [[nodiscard]] QString peer() const { return m_peer; } // "address:port"
    [[nodiscard]] QSslCipher sessionCipher() const;

    // Moves into `reader` what the socket holds, as much as fits.
    void read(PracticeLineReader *reader);
    // Whether the socket holds unread bytes.
    [[nodiscard]] bool hasUnread() const;
    // Throws away what the socket holds; returns how many bytes that was.
    qint64 discardUnread();
    // Sends `bytes`. False when more than maxPendingOutput bytes of replies wait unread: the
    // client does not listen, and the caller cuts it off.
    [[nodiscard]] bool write(const QByteArray &bytes);
    // Starts the server side of the TLS handshake; encrypted() follows.
    void startTls(const QSslConfiguration &configuration);

    // Closes once everything written has gone out; aborts if that takes longer than 5 s.
    void closeGracefully();
    // Sends what is written and closes, without waiting for the client.
    void closeAfterFlush();
    // Closes at once; unsent bytes are lost.
    void abort();

Q_SIGNALS:
    void readyRead();
    void encrypted();
    void disconnected();
    // A socket error that ends the connection. `message` is empty when the client simply hung
    // up (disconnected() does not always follow then); otherwise it is the socket's own words.
    void failed(const QString &message);
    // closeGracefully() ran out of time; the socket is aborted.
    void closeTimedOut();

private:
    void onError(QAbstractSocket::SocketError error);

    std::unique_ptr<QSslSocket> m_socket;
    QString m_peerAddress;
    QString m_peer;
    QTimer m_closeTimer;
    qint64 m_maxPendingOutput;
    bool m_closing = false;
};

} // namespace Sendcheck
