// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the interop peers (aiosmtpd and a private Postfix) behave as the CLI interop tests
// expect, using swaks, an SMTP client nobody here wrote. If these fail, tst_interop_cli's
// failures say nothing about Sendcheck.
#include "cliprocess.h"
#include "peerprocess.h"
#include "smtppeer.h"
#include "testcertificates.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::PeerProcess;
using Kind = TestSupport::TestCertificates::Kind;

namespace {

// A throw-away password: swaks takes it on its command line, which is fine for a test client.
const QString userName = QStringLiteral("alice@local.test");
const QString password = QStringLiteral("throwaway-Peer-pw-4711");
const QString knownRecipient = QStringLiteral("known@local.test");

// Lines start with '.', carry 8-bit UTF-8 and a long line: what an exact copy must survive.
const QByteArray messageData = "From: Sender <sender@local.test>\r\n"
                               "To: Someone <someone@example.org>\r\n"
                               "Subject: Sendcheck peer test\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: text/plain; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: 8bit\r\n"
                               "\r\n"
                               "Line one.\r\n"
                               ".Line starting with a dot\r\n"
                               "..two dots\r\n"
                               "Gr\xc3\xbc\xc3\x9f"
                               "e aus K\xc3\xb6ln\r\n"
    + QByteArray(900, 'x')
    + "\r\n"
      "last line\r\n";

} // namespace

class PeersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void starttlsAuthPlainDelivers_data() { addPeerRows(); }
    void starttlsAuthPlainDelivers();
    void authLoginDelivers_data() { addPeerRows(); }
    void authLoginDelivers();
    void wrongPassword_data() { addPeerRows(); }
    void wrongPassword();
    void unknownRecipient_data() { addPeerRows(); }
    void unknownRecipient();
    void relayDenied_data() { addPeerRows(); }
    void relayDenied();
    void starttlsRequired_data() { addPeerRows(); }
    void starttlsRequired();
    void certificateVerifiedByClient_data() { addPeerRows(); }
    void certificateVerifiedByClient();

private:
    static void addPeerRows();
    [[nodiscard]] bool startPeer(bool requireStartTls = false);
    [[nodiscard]] TestSupport::CliResult swaks(const QStringList &arguments) const;

    std::unique_ptr<TestSupport::TestCertificates> m_certs;
    QString m_swaks;
    std::unique_ptr<QTemporaryDir> m_work; // the data file swaks sends
    std::unique_ptr<TestSupport::SmtpPeer> m_peer;
};

void PeersTest::addPeerRows()
{
    QTest::addColumn<QString>("peer");
    QTest::newRow("aiosmtpd") << QStringLiteral("aiosmtpd");
    QTest::newRow("postfix") << QStringLiteral("postfix");
}

void PeersTest::initTestCase()
{
    {
        TESTSUPPORT_REQUIRE_PROGRAM(swaks, QStringLiteral("swaks"), QStringLiteral("swaks"));
        m_swaks = swaks;
    }
    const QString missing = TestSupport::SmtpPeer::missingPrerequisites();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    m_certs = std::make_unique<TestSupport::TestCertificates>();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
}

void PeersTest::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

void PeersTest::cleanup()
{
    if (m_peer) {
        // A peer that will not stop is a harness bug worth a failure of its own.
        const bool stopped = m_peer->stop(15000);
        const QString report = m_peer->failureReport();
        m_peer.reset();
        QVERIFY2(stopped, qPrintable(report));
    }
    m_work.reset();
}

bool PeersTest::startPeer(bool requireStartTls)
{
    QFETCH(QString, peer);
    TestSupport::SmtpPeer::Options options;
    options.requireStartTls = requireStartTls;
    options.user = userName;
    options.password = password;
    options.known = {knownRecipient};
    m_peer = std::make_unique<TestSupport::SmtpPeer>(TestSupport::SmtpPeer::kindFromName(peer),
                                                     *m_certs, options);
    if (!m_peer->start()) {
        qWarning("%s", qPrintable(m_peer->failureReport()));
        return false;
    }
    return true;
}

TestSupport::CliResult PeersTest::swaks(const QStringList &arguments) const
{
    QStringList all {QStringLiteral("--server"),  QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),    QString::number(m_peer->port()),
                     QStringLiteral("--helo"),    QStringLiteral("tester.local.test"),
                     QStringLiteral("--timeout"), QStringLiteral("20")};
    all += arguments;
    return TestSupport::CliProcess::runProgram(m_swaks, all, {}, 60000);
}

namespace {

QStringList tlsArguments(const TestSupport::TestCertificates &certs)
{
    return {QStringLiteral("--tls"), QStringLiteral("--tls-verify"),
            QStringLiteral("--tls-ca-path"), certs.caCertPath()};
}

QStringList authArguments(const QString &mechanism, const QString &secret)
{
    return {QStringLiteral("--auth"),          mechanism, QStringLiteral("--auth-user"), userName,
            QStringLiteral("--auth-password"), secret};
}

// swaks marks the server lines it did not expect with "<**" (plain) or "<~*" (TLS).
bool hasUnexpectedReply(const QByteArray &output, const QByteArray &start)
{
    return output.contains("<** " + start) || output.contains("<~* " + start);
}

} // namespace

void PeersTest::starttlsAuthPlainDelivers()
{
    QFETCH(QString, peer);
    QVERIFY(startPeer());
    const QString dataFile = m_work->filePath(QStringLiteral("message.eml"));
    {
        QFile file(dataFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // swaks always ends the data with CRLF "." CRLF, so the file leaves out the final CRLF
        // that it adds; on the wire the data is then exactly messageData.
        const QByteArray withoutLastCrlf = messageData.chopped(2);
        QCOMPARE(file.write(withoutLastCrlf), withoutLastCrlf.size());
    }
    const TestSupport::CliResult result
        = swaks(tlsArguments(*m_certs) + authArguments(QStringLiteral("PLAIN"), password)
                + QStringList {QStringLiteral("--from"), QStringLiteral("sender@local.test"),
                               QStringLiteral("--to"), QStringLiteral("someone@example.org"),
                               QStringLiteral("--data"), QLatin1Char('@') + dataFile});
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QVERIFY2(result.standardOutput.contains("<~  235 "), qPrintable(result.describe()));
    const QRegularExpressionMatch queued
        = QRegularExpression(QStringLiteral("<~  250 2\\.0\\.0 Ok: queued as (\\S+)"))
              .match(QString::fromUtf8(result.standardOutput));
    QVERIFY2(queued.hasMatch(), qPrintable(result.describe()));

    if (peer == QLatin1String("aiosmtpd")) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_peer->savedMessage(1).isEmpty(), 5000);
        QCOMPARE(m_peer->savedMessage(1), messageData);
        const QJsonObject envelope = m_peer->savedEnvelope(1);
        QCOMPARE(envelope.value(QLatin1String("auth_user")).toString(), userName);
        QCOMPARE(envelope.value(QLatin1String("mail_from")).toString(),
                 QStringLiteral("sender@local.test"));
        QCOMPARE(envelope.value(QLatin1String("rcpt_tos")).toArray(),
                 QJsonArray {QStringLiteral("someone@example.org")});
        QCOMPARE(envelope.value(QLatin1String("tls")).toBool(), true);
        QVERIFY(m_peer->savedMessage(2).isEmpty());
    } else {
        // The message went through the queue to the discard transport: nothing left this host.
        const QByteArray expected
            = queued.captured(1).toLatin1() + ": to=<someone@example.org>, relay=none";
        QTRY_VERIFY2_WITH_TIMEOUT(m_peer->maillog().contains(expected)
                                      && m_peer->maillog().contains("status=sent"),
                                  qPrintable(m_peer->failureReport()), 10000);
        QVERIFY(
            m_peer->maillog().contains("sasl_method=PLAIN, sasl_username=" + userName.toUtf8()));
    }
}

void PeersTest::authLoginDelivers()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = swaks(tlsArguments(*m_certs) + authArguments(QStringLiteral("LOGIN"), password)
                + QStringList {QStringLiteral("--from"), QStringLiteral("sender@local.test"),
                               QStringLiteral("--to"), QStringLiteral("someone@example.org")});
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QVERIFY2(result.standardOutput.contains("<~  235 2.7.0"), qPrintable(result.describe()));
}

void PeersTest::wrongPassword()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = swaks(tlsArguments(*m_certs)
                + authArguments(QStringLiteral("PLAIN"), QStringLiteral("wrong-Peer-pw-0000"))
                + QStringList {QStringLiteral("--from"), QStringLiteral("sender@local.test"),
                               QStringLiteral("--to"), QStringLiteral("someone@example.org")});
    QVERIFY2(result.started && !result.timedOut, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 28); // swaks: error in AUTH transaction
    QVERIFY2(hasUnexpectedReply(result.standardOutput, "535 5.7.8"), qPrintable(result.describe()));
}

void PeersTest::unknownRecipient()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = swaks(tlsArguments(*m_certs)
                + QStringList {QStringLiteral("--from"), QStringLiteral("sender@example.org"),
                               QStringLiteral("--to"), QStringLiteral("nobody@local.test")});
    QVERIFY2(result.started && !result.timedOut, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 24); // swaks: no RCPTs accepted
    QVERIFY2(hasUnexpectedReply(
                 result.standardOutput,
                 "550 5.1.1 <nobody@local.test>: Recipient address rejected: User unknown"),
             qPrintable(result.describe()));

    // The known one is accepted without signing in: it is local mail, not relaying.
    const TestSupport::CliResult known
        = swaks(tlsArguments(*m_certs)
                + QStringList {QStringLiteral("--from"), QStringLiteral("sender@example.org"),
                               QStringLiteral("--to"), knownRecipient});
    QVERIFY2(known.succeeded(), qPrintable(known.describe()));
}

void PeersTest::relayDenied()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = swaks(tlsArguments(*m_certs)
                + QStringList {QStringLiteral("--from"), QStringLiteral("sender@local.test"),
                               QStringLiteral("--to"), QStringLiteral("someone@example.org")});
    QVERIFY2(result.started && !result.timedOut, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 24);
    QVERIFY2(hasUnexpectedReply(result.standardOutput,
                                "554 5.7.1 <someone@example.org>: Relay access denied"),
             qPrintable(result.describe()));
}

void PeersTest::starttlsRequired()
{
    QVERIFY(startPeer(true));
    const TestSupport::CliResult result
        = swaks({QStringLiteral("--from"), QStringLiteral("sender@example.org"),
                 QStringLiteral("--to"), knownRecipient});
    QVERIFY2(result.started && !result.timedOut, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 23); // swaks: error in MAIL transaction
    QVERIFY2(result.standardOutput.contains("<** 530 "), qPrintable(result.describe()));
    QVERIFY2(result.standardOutput.contains("STARTTLS"), qPrintable(result.describe()));
    // Not offered before TLS: AUTH.
    QVERIFY2(!result.standardOutput.contains("250-AUTH")
                 && !result.standardOutput.contains("250 AUTH"),
             qPrintable(result.describe()));

    // With TLS the same peer takes the message.
    const TestSupport::CliResult withTls
        = swaks(tlsArguments(*m_certs)
                + QStringList {QStringLiteral("--from"), QStringLiteral("sender@example.org"),
                               QStringLiteral("--to"), knownRecipient});
    QVERIFY2(withTls.succeeded(), qPrintable(withTls.describe()));
}

void PeersTest::certificateVerifiedByClient()
{
    // swaks must refuse the peer's certificate when it trusts a different CA: proof that the
    // successful runs above really verified the chain rather than accepting anything.
    QVERIFY(startPeer());
    const TestSupport::CliResult result = swaks(
        {QStringLiteral("--tls"), QStringLiteral("--tls-verify"), QStringLiteral("--tls-ca-path"),
         m_certs->certPath(Kind::SelfSigned), QStringLiteral("--from"),
         QStringLiteral("sender@example.org"), QStringLiteral("--to"), knownRecipient});
    QVERIFY2(result.started && !result.timedOut, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 29); // swaks: error in TLS transaction
}

QTEST_GUILESS_MAIN(PeersTest)
#include "tst_peers.moc"
