// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on an in-memory stream (MemoryStream): no sockets, no TLS library. Server bytes go
// in, the client's bytes come out and are compared exactly, write by write.
#include "sessionrunner.h"
#include "smtp/memorystream.h"
#include "testcertificates.h"

using namespace Sendcheck;
using TestSupport::TestCertificates;

namespace {

const QByteArray Password = "Pl4nted-S3cret-mem";
const QString User = QStringLiteral("planted-user@example.com");

// A small SMTP server at the far end of a MemoryStream, answering each complete command line
// the way aiosmtpd does, and counting round trips as tests/benchmarks/latency_proxy.py does:
// every run of server bytes after the client spoke (connecting counts as speaking), plus one
// per TLS handshake.
class Responder : public QObject
{
public:
    Responder(MemoryStream *stream, const QByteArray &ehloKeywords, bool implicitTls)
        : m_stream(stream), m_keywords(ehloKeywords)
    {
        connect(stream, implicitTls ? &SmtpStream::encrypted : &SmtpStream::connected, this,
                [this] { say("220 memory.test ESMTP\r\n"); });
        connect(stream, &MemoryStream::clientWrote, this, &Responder::answer);
    }
    [[nodiscard]] int roundTrips() const { return m_flights + m_stream->handshakes(); }

private:
    void say(const QByteArray &bytes)
    {
        m_stream->serverWrite(bytes);
        ++m_flights;
    }
    void answer()
    {
        m_pending += m_stream->takeClientBytes();
        QByteArray out;
        qsizetype eol;
        while ((eol = m_pending.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_pending.left(eol);
            m_pending.remove(0, eol + 2);
            out += replyTo(line);
        }
        if (!out.isEmpty())
            say(out);
    }
    QByteArray replyTo(const QByteArray &line)
    {
        if (m_inData)
            return line == "." ? (m_inData = false, QByteArray("250 2.0.0 queued\r\n"))
                               : QByteArray();
        if (line.startsWith("EHLO"))
            return "250-memory.test\r\n"
                + (m_stream->isEncrypted() ? QByteArray("250-AUTH PLAIN\r\n")
                                           : QByteArray("250-STARTTLS\r\n"))
                + "250 " + m_keywords + "\r\n";
        if (line == "STARTTLS")
            return "220 2.0.0 go ahead\r\n";
        if (line.startsWith("AUTH"))
            return "235 2.7.0 ok\r\n";
        if (line == "DATA") {
            m_inData = true;
            return "354 go\r\n";
        }
        if (line == "QUIT")
            return "221 bye\r\n";
        return "250 ok\r\n"; // MAIL, RCPT
    }

    MemoryStream *m_stream;
    QByteArray m_keywords;
    QByteArray m_pending;
    int m_flights = 0;
    bool m_inData = false;
};

ServerSettings memorySettings(Security security)
{
    ServerSettings settings = fakeServerSettings(25, security);
    settings.host = QStringLiteral("memory.test");
    return settings;
}

// Hands the session a MemoryStream and returns it (owned by the session from start()).
MemoryStream *useMemoryStream(SmtpSession &session)
{
    auto owned = std::make_unique<MemoryStream>();
    MemoryStream *stream = owned.get();
    session.setStreamFactory(MemoryStream::factoryFor(std::move(owned)));
    return stream;
}

} // namespace

class TestSessionMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pipelinedSessionWritesExactlyTheseBytes();
    void roundTrips_data();
    void roundTrips();
    void plainSessionAsksForNoTls();
    void pinnedFakeChainIsAcceptedButNotVerified();
    void unpinnedCertificateErrorStopsBeforeTheGreeting();
    void serverCloseAfterDotIsNeverSent();
};

void TestSessionMemory::pipelinedSessionWritesExactlyTheseBytes()
{
    // Each write as it left the client: MAIL, both RCPTs and DATA in one, the message in one,
    // then the final dot with QUIT behind it.
    SmtpSession session;
    MemoryStream *stream = useMemoryStream(session);
    prepareSession(session, memorySettings(Security::None),
                   {QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
    QSignalSpy wrote(stream, &MemoryStream::clientWrote);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    QVERIFY(QTest::qWaitFor([&] { return stream->isConnected(); }, 1000));
    stream->serverWrite("220 memory.test ESMTP\r\n");
    QVERIFY(wrote.wait(1000));
    QCOMPARE(stream->clientWrites(), QList<QByteArray>({"EHLO client.test\r\n"}));
    stream->serverWrite("250-memory.test\r\n250-PIPELINING\r\n250 SIZE 1000\r\n");
    QVERIFY(wrote.wait(1000));
    QCOMPARE(stream->clientWrites().at(1),
             QByteArray("MAIL FROM:<a@example.com> SIZE=78\r\nRCPT TO:<b@example.com>\r\n"
                        "RCPT TO:<c@example.com>\r\nDATA\r\n"));
    QCOMPARE(session.state(), SessionState::MailFrom);
    stream->serverWrite("250 2.1.0 ok\r\n250 2.1.5 ok\r\n550 5.1.1 unknown\r\n354 go\r\n");
    QVERIFY(QTest::qWaitFor([&] { return stream->clientWrites().size() == 4; }, 1000));
    QCOMPARE(stream->clientWrites().at(2),
             QByteArray("From: a@example.com\r\nTo: b@example.com\r\nSubject: test\r\n\r\n"
                        "Hello\r\n..leading dot\r\n"));
    QCOMPARE(stream->clientWrites().at(3), QByteArray(".\r\nQUIT\r\n"));
    QCOMPARE(session.state(), SessionState::DataEnd);
    stream->serverWrite("250 2.0.0 queued\r\n221 2.0.0 bye\r\n");
    QVERIFY(finished.wait(1000));
    const SessionResult &result = session.result();
    QCOMPARE(result.messagesAccepted, 1);
    QCOMPARE(result.recipients.size(), 2);
    QVERIFY(!result.recipients[1].accepted);
    QCOMPARE(result.failure.stage, Stage::RcptTo); // accepted for one, refused for the other
    QCOMPARE(stream->clientWrites().size(), 4); // nothing after QUIT
    QVERIFY(stream->wasAborted());
}

void TestSessionMemory::roundTrips_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<int>("roundTrips");
    // STARTTLS + AUTH + one recipient with PIPELINING: greeting, EHLO, STARTTLS, handshake,
    // EHLO, AUTH, MAIL/RCPT/DATA, message + dot + QUIT. Implicit TLS saves EHLO and STARTTLS.
    // The same figures as tests/benchmarks (latency_proxy.py) measures over real TCP and TLS.
    QTest::newRow("starttls") << Security::StartTls << 8;
    QTest::newRow("tls") << Security::ImplicitTls << 6;
}

void TestSessionMemory::roundTrips()
{
    QFETCH(Security, security);
    QFETCH(int, roundTrips);
    SmtpSession session;
    MemoryStream *stream = useMemoryStream(session);
    Responder responder(stream, "PIPELINING", security == Security::ImplicitTls);
    prepareSession(session, memorySettings(security));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session, 2000));
    QVERIFY2(session.result().ok, qPrintable(session.result().failure.detail));
    QCOMPARE(session.result().authMechanism, AuthMechanism::Plain);
    QCOMPARE(responder.roundTrips(), roundTrips);
    QCOMPARE(stream->handshakes(), 1);
    // Nothing of the sign-in crossed before TLS.
    QVERIFY(!stream->plainClientBytes().contains("AUTH"));
    QVERIFY(stream->clientBytes().contains("AUTH PLAIN "));
}

void TestSessionMemory::plainSessionAsksForNoTls()
{
    // A plain session never needs TLS, so the stream it asks for may skip the TLS backend
    // (SocketStream then makes a QTcpSocket); any other mode asks for TLS and the host name.
    for (const Security security : {Security::None, Security::StartTls, Security::ImplicitTls}) {
        SmtpSession session;
        MemoryStream *stream = useMemoryStream(session);
        prepareSession(session, memorySettings(security));
        session.setStopAfter(Stage::Connecting);
        QVERIFY(runToEnd(session, 1000));
        QVERIFY(session.result().ok);
        QCOMPARE(stream->setup().tls, security != Security::None);
        QCOMPARE(stream->setup().peerVerifyName, QStringLiteral("memory.test"));
        QCOMPARE(stream->host(), QStringLiteral("memory.test"));
        QVERIFY(stream->clientBytes().isEmpty());
    }
}

void TestSessionMemory::pinnedFakeChainIsAcceptedButNotVerified()
{
    TestCertificates certs;
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    const QSslCertificate leaf = certs.certificate(TestCertificates::Kind::SelfSigned);
    SmtpSession session;
    MemoryStream *stream = useMemoryStream(session);
    stream->setPeerCertificateChain({leaf});
    stream->setTlsErrors({QSslError(QSslError::SelfSignedCertificate, leaf)});
    Responder responder(stream, "SIZE 1000", true);
    ServerSettings settings = memorySettings(Security::ImplicitTls);
    settings.pinnedSha256 = {normalizeFingerprint(sha256Fingerprint(leaf))};
    prepareSession(session, settings);
    session.setStopAfter(Stage::Ehlo);
    QVERIFY(runToEnd(session, 2000));
    QVERIFY2(session.result().ok, qPrintable(session.result().failure.detail));
    const TlsInfo &tls = session.result().tls;
    QVERIFY(tls.used);
    QVERIFY(tls.pinned);
    QVERIFY(!tls.verified);
    QCOMPARE(tls.chain.size(), 1);
    QCOMPARE(tls.chain[0].sha256, sha256Fingerprint(leaf));
    QCOMPARE(tls.protocol, QStringLiteral("TLS 1.3"));
    QCOMPARE(stream->clientBytes(), QByteArray("EHLO client.test\r\nQUIT\r\n"));
}

void TestSessionMemory::unpinnedCertificateErrorStopsBeforeTheGreeting()
{
    SmtpSession session;
    MemoryStream *stream = useMemoryStream(session);
    stream->setTlsErrors({QSslError(QSslError::HostNameMismatch)});
    Responder responder(stream, "SIZE 1000", true);
    prepareSession(session, memorySettings(Security::ImplicitTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session, 2000));
    QCOMPARE(session.result().failure.kind, FailureKind::TlsCertificate);
    QCOMPARE(session.result().failure.stage, Stage::TlsHandshake);
    QCOMPARE(session.result().failure.sslErrors.size(), 1);
    QVERIFY(!stream->isEncrypted());
    QVERIFY(stream->clientBytes().isEmpty());
}

void TestSessionMemory::serverCloseAfterDotIsNeverSent()
{
    // The server closes after the final dot without a reply (QUIT rode with the dot): the
    // message was never confirmed, whatever QUIT would have said.
    SmtpSession session;
    MemoryStream *stream = useMemoryStream(session);
    prepareSession(session, memorySettings(Security::None));
    connect(stream, &MemoryStream::clientWrote, this, [stream] {
        const QByteArray bytes = stream->takeClientBytes();
        if (bytes.startsWith("EHLO"))
            stream->serverWrite("250-memory.test\r\n250 PIPELINING\r\n");
        else if (bytes.startsWith("MAIL"))
            stream->serverWrite("250 ok\r\n250 ok\r\n354 go\r\n");
        else if (bytes.endsWith(".\r\nQUIT\r\n"))
            stream->serverClose();
    });
    connect(stream, &SmtpStream::connected, this, [stream] { stream->serverWrite("220 hi\r\n"); });
    QVERIFY(runToEnd(session, 2000));
    QCOMPARE(session.result().failure.kind, FailureKind::ConnectionLost);
    QCOMPARE(session.result().failure.stage, Stage::Data);
    QCOMPARE(session.result().messagesAccepted, 0);
}

QTEST_GUILESS_MAIN(TestSessionMemory)
#include "tst_sessionmemory.moc"
