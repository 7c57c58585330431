// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>
#include <QTest>

// A small scripted SMTP client on a raw socket for the practice server's tests: send a line,
// read one whole reply.

struct PracticeReply
{
    int code = 0;
    QStringList lines; // whole lines without CRLF, "250-PIPELINING"
    bool closed = false;
    [[nodiscard]] QString last() const { return lines.value(lines.size() - 1); }
};

class PracticeClient
{
public:
    explicit PracticeClient(const QSslCertificate &trusted = QSslCertificate())
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        // Trust exactly the practice certificate, with full verification (name and dates).
        if (!trusted.isNull())
            configuration.setCaCertificates({trusted});
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(configuration);
        QObject::connect(&socket, &QSslSocket::readyRead, &socket,
                         [this] { buffer += socket.readAll(); });
    }

    // `from`: the local address to connect from (any 127.0.0.0/8 address is loopback on
    // Linux, so a test can play a second client machine); null = the system's choice.
    bool connectPlain(quint16 port, const QHostAddress &from = QHostAddress())
    {
        if (!from.isNull() && !socket.bind(from, 0))
            return false;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               5000);
    }
    bool connectTls(quint16 port)
    {
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return socket.isEncrypted(); }, 5000);
    }
    bool startTls()
    {
        socket.startClientEncryption();
        return QTest::qWaitFor([this] { return socket.isEncrypted(); }, 5000);
    }

    void send(const QByteArray &line) { socket.write(line + "\r\n"); }
    void sendRaw(const QByteArray &bytes) { socket.write(bytes); }

    // One complete reply, or {closed = true} when the server hung up first.
    PracticeReply read(int timeoutMs = 5000)
    {
        PracticeReply reply;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end >= 0) {
                const QString line = QString::fromUtf8(buffer.left(end));
                buffer.remove(0, end + 2);
                reply.lines << line;
                if (line.size() < 4 || line.at(3) != QLatin1Char('-')) {
                    reply.code = line.left(3).toInt();
                    return reply;
                }
                continue;
            }
            if (socket.state() == QAbstractSocket::UnconnectedState) {
                reply.closed = true;
                return reply;
            }
            if (timer.elapsed() > timeoutMs)
                return reply;
            QTest::qWait(5);
        }
    }
    PracticeReply command(const QByteArray &line, int timeoutMs = 5000)
    {
        send(line);
        return read(timeoutMs);
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    // A whole well-behaved session from the greeting to QUIT with one message of `body`;
    // returns the reply to the final dot (250 when the message was taken).
    PracticeReply sendMessage(quint16 port, const QByteArray &body,
                              const QHostAddress &from = QHostAddress())
    {
        PracticeReply failed;
        if (!connectPlain(port, from))
            return failed;
        for (const QByteArray &line :
             {QByteArray(), QByteArray("EHLO client.example"),
              QByteArray("MAIL FROM:<a@example.org>"), QByteArray("RCPT TO:<b@example.org>")}) {
            const PracticeReply reply = line.isEmpty() ? read() : command(line);
            if (reply.code != 220 && reply.code != 250)
                return reply;
        }
        const PracticeReply data = command("DATA");
        if (data.code != 354)
            return data;
        sendRaw(body);
        const PracticeReply end = command(".");
        command("QUIT");
        return end;
    }

    QSslSocket socket;
    QByteArray buffer;
};
