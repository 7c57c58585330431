// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

namespace TestSupport {

// A scripted SMTP server for protocol tests, in the manner of KIMAP's FakeServer. The script
// reads like a transcript:
//   "S: 220 ready"      the server sends this line (CRLF added; "\r" and "\n" escapes allowed
//                       inside, so one write can carry an injected second reply)
//   "R: bytes"          send these bytes as they are (escapes allowed), no CRLF added
//   "C: EHLO *"         the client must send a line matching this (a '*' matches anything)
//   "D:"                the client sends message data; read it up to and including CRLF.CRLF
//   "B:"                the client sends bytes that are no SMTP line (a TLS ClientHello this
//                       plain server does not answer); read whatever has arrived
//   "W: 200"            wait 200 ms
//   "T:"                start server-side TLS now (after a STARTTLS 220)
//   "X"                 close the connection
//   "H"                 hang: stop reading and writing, keep the connection open
// It listens on 127.0.0.1 port 0 and serves one connection; in TLS mode it speaks TLS from the
// first byte. scriptDone() says whether every step ran, and errors() why not.
//
// The check is not left to the test: when the server is destroyed at the end of a test that
// has not failed otherwise, it waits briefly for the last client bytes and then fails the test
// unless every step ran without a mismatch (so a test cannot pass while the client stopped
// early) and the client sent nothing the script does not read (nor went on past it). A test whose
// client must never get as far as the first step (a refused TLS handshake) says so with
// expectUnused(), and the server checks that instead.
class FakeSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FakeSmtpServer(const QStringList &script, QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    // No step may run: the client must not get that far.
    void expectUnused() { m_expectUnused = true; }
    // Processes events until every step ran (or a mismatch); false after `timeoutMs`.
    [[nodiscard]] bool waitForScript(int timeoutMs = 2000);

    void setTls(const QSslCertificate &certificate, const QSslKey &key, bool implicitTls);
    // Restricts the server's TLS versions (default: whatever Qt offers), for downgrade tests.
    void setTlsProtocol(QSsl::SslProtocol protocol) { m_protocol = protocol; }
    bool listenOnLoopback();
    [[nodiscard]] quint16 serverPort() const { return QTcpServer::serverPort(); }

    [[nodiscard]] bool scriptDone() const { return m_step >= m_script.size(); }
    [[nodiscard]] QStringList errors() const { return m_errors; }
    [[nodiscard]] QList<QByteArray> receivedLines() const { return m_received; }
    [[nodiscard]] QByteArray receivedData() const { return m_data; } // the last "D:" block
    [[nodiscard]] QByteArray allReceivedBytes() const { return m_allBytes; }
    [[nodiscard]] QString describeState() const; // step and errors, for failure messages

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void run();
    void onReadyRead();
    static QByteArray unescape(const QString &text);

    QStringList m_script;
    qsizetype m_step = 0;
    QSslSocket *m_socket = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    QSsl::SslProtocol m_protocol = QSsl::SecureProtocols;
    bool m_implicitTls = false;
    bool m_waitingForLine = false;
    bool m_waitingForData = false;
    bool m_waitingForBytes = false;
    bool m_hung = false;
    bool m_expectUnused = false;
    QByteArray m_buffer;
    QByteArray m_data;
    QByteArray m_allBytes;
    QList<QByteArray> m_received;
    QStringList m_errors;
};

} // namespace TestSupport
