// SPDX-License-Identifier: GPL-3.0-or-later
// The practice mailbox over IMAP, read by a client nobody here wrote (Python's imaplib), and by
// raw sockets that misbehave on purpose.
#include "practice/practiceimapserver.h"
#include "practice/practiceserver.h"
#include "readback/authenticationresults.h"
#include "readback/headerblock.h"

#include "peerprocess.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

constexpr char password[] = "imap-practice-secret-7c1f";

ReceivedMessage message(const QString &messageId)
{
    ReceivedMessage m;
    m.received = QDateTime::currentDateTimeUtc();
    m.mailFrom = QStringLiteral("owner@example.org");
    m.rcptTo = {QStringLiteral("friend@example.net")};
    m.tls = true;
    m.authUser = QStringLiteral("practice");
    m.queueId = QStringLiteral("4ABC123");
    m.sessionTranscript = QStringLiteral("C: EHLO laptop.example.org\n");
    m.data = "From: Owner <owner@example.org>\r\nTo: friend@example.net\r\nMessage-ID: <"
        + messageId.toUtf8() + ">\r\nSubject: read me back\r\n\r\nHello\r\n";
    return m;
}

} // namespace

class TestPracticeImap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certificates.isValid());
        m_smtp.setCertificateDirectory(m_certificates.path());
        m_smtp.setCredentials(QStringLiteral("practice"), password);
        QVERIFY2(m_smtp.start(), qPrintable(m_smtp.errorString()));
        m_imap = std::make_unique<PracticeImapServer>(&m_smtp);
        QVERIFY2(m_imap->start(), qPrintable(m_imap->errorString()));
        const QString missing = TestSupport::PeerProcess::missingPythonModule(
            QStringLiteral("imaplib"), QStringLiteral("python3"));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void mailboxAddsTraceFields()
    {
        PracticeMailbox mailbox;
        mailbox.deliver(message(QStringLiteral("a@example.org")), QStringLiteral("practice.test"),
                        false);
        mailbox.deliver(message(QStringLiteral("b@example.org")), QStringLiteral("practice.test"),
                        true);
        QCOMPARE(mailbox.messages(PracticeMailbox::Folder::Inbox).size(), 1);
        QCOMPARE(mailbox.messages(PracticeMailbox::Folder::Junk).size(), 1);
        const HeaderBlock inbox
            = HeaderBlock::parse(mailbox.messages(PracticeMailbox::Folder::Inbox).at(0)->content);
        const auto results = AuthenticationResults::parse(inbox.value(u"Authentication-Results"));
        QCOMPARE(results.authservId(), QStringLiteral("practice.test"));
        QCOMPARE(results.resultsFor(u"auth").value(0).result, QStringLiteral("pass"));
        // No DNS is checked, so nothing claims a pass it did not earn.
        QCOMPARE(results.resultsFor(u"spf").value(0).result, QStringLiteral("none"));
        QVERIFY(inbox.value(u"Received").contains(QLatin1String("with ESMTPSA id 4ABC123")));
        const HeaderBlock junk
            = HeaderBlock::parse(mailbox.messages(PracticeMailbox::Folder::Junk).at(0)->content);
        const auto failing = AuthenticationResults::parse(junk.value(u"Authentication-Results"));
        QCOMPARE(failing.resultsFor(u"dmarc").value(0).result, QStringLiteral("fail"));
        QCOMPARE(failing.resultsFor(u"dmarc").value(0).property(u"header.from"),
                 QStringLiteral("example.org"));
        QCOMPARE(junk.value(u"X-Spam-Flag"), QStringLiteral("YES"));
        QVERIFY(mailbox.messages(PracticeMailbox::Folder::Junk).at(0)->uid
                > mailbox.messages(PracticeMailbox::Folder::Inbox).at(0)->uid);
    }

    void imaplibReadsItBack_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("junk");
        QTest::newRow("starttls, inbox") << QStringLiteral("starttls") << false;
        QTest::newRow("implicit tls, junk") << QStringLiteral("tls") << true;
    }

    void imaplibReadsItBack()
    {
        QFETCH(QString, mode);
        QFETCH(bool, junk);
        const QString id = QStringLiteral("%1.%2@example.org").arg(mode).arg(junk);
        m_imap->mailbox().deliver(message(id), QStringLiteral("practice.test"), junk);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRACTICE_PASSWORD"), QString::fromLatin1(password));
        QProcess client;
        client.setProcessEnvironment(environment);
        QSignalSpy finished(&client, &QProcess::finished);
        client.start(TestSupport::PeerProcess::python(),
                     {TestSupport::testDataPath(QStringLiteral("practice/imaplib_readback.py")),
                      QStringLiteral("--port"),
                      QString::number(mode == QLatin1String("tls") ? m_imap->imapsPort()
                                                                   : m_imap->imapPort()),
                      QStringLiteral("--mode"), mode, QStringLiteral("--user"),
                      QStringLiteral("practice"), QStringLiteral("--cafile"),
                      m_smtp.certificate().certificatePath(), QStringLiteral("--message-id"),
                      QLatin1Char('<') + id + QLatin1Char('>')});
        QVERIFY(finished.wait(60000));
        const QByteArray out = client.readAllStandardOutput();
        const QByteArray err = client.readAllStandardError();
        QVERIFY2(client.exitCode() == 0, (out + err).constData());
        QVERIFY(!out.contains(password) && !err.contains(password));
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("found_in")).toString(),
                 junk ? QStringLiteral("Junk") : QStringLiteral("INBOX"));
        QVERIFY(result.value(QStringLiteral("header")).toString().contains(id));
        if (mode == QLatin1String("starttls")) {
            // No password on a plain link: imaplib sees LOGINDISABLED and the server refuses.
            QVERIFY(result.value(QStringLiteral("capabilities_before_tls"))
                        .toVariant()
                        .toStringList()
                        .contains(QStringLiteral("LOGINDISABLED")));
            QVERIFY(result.value(QStringLiteral("login_before_tls"))
                        .toString()
                        .startsWith(QLatin1String("refused")));
        }
    }

    void smtpDeliveryFollowsTheJunkScenario()
    {
        Scenario scenario;
        QVERIFY(scenario.add(QStringLiteral("junk-folder")));
        QVERIFY(!scenario.isAccept());
        m_smtp.setScenario(scenario);
        const int before = int(m_imap->mailbox().messages(PracticeMailbox::Folder::Junk).size());
        ReceivedMessage received = message(QStringLiteral("via-smtp@example.org"));
        Q_EMIT m_smtp.messageReceived(received);
        QCOMPARE(m_imap->mailbox().messages(PracticeMailbox::Folder::Junk).size(), before + 1);
        m_smtp.setScenario(Scenario());
    }

    void hostileClientsAreCutOff_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("line too long") << QByteArray(20000, 'A') + "\r\n"
                                       << QByteArray("* BAD Line too long");
        QTest::newRow("literal too large")
            << QByteArray("a1 LOGIN {999999}\r\n") << QByteArray("a1 BAD Literal too large");
        QTest::newRow("login before tls")
            << QByteArray("a1 LOGIN practice x\r\n") << QByteArray("a1 BAD Log in after STARTTLS");
        QTest::newRow("commands before login")
            << QByteArray("a1 SELECT INBOX\r\n") << QByteArray("a1 BAD Log in first");
    }

    void hostileClientsAreCutOff()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_imap->imapPort());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_VERIFY(socket.canReadLine());
        QVERIFY(socket.readLine().startsWith("* OK"));
        socket.write(input);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains(expected), 5000);
    }

    void startTlsInjectionIsDropped()
    {
        // A command pipelined after STARTTLS in the same packet must not be run after the
        // handshake (it came in the clear, where anyone could have put it).
        QSslSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_imap->imapPort());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_VERIFY(socket.canReadLine());
        socket.readAll();
        socket.write("a1 STARTTLS\r\na2 CAPABILITY\r\n");
        QTRY_VERIFY(socket.canReadLine());
        QVERIFY(socket.readLine().startsWith("a1 OK"));
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.startClientEncryption();
        // The server runs in this thread: wait by spinning the event loop, not by blocking it.
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
        socket.write("a3 NOOP\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("a3 OK"), 5000);
        QVERIFY2(!answer.contains("a2 "), answer.constData());
    }

private:
    QTemporaryDir m_certificates;
    PracticeServer m_smtp;
    std::unique_ptr<PracticeImapServer> m_imap;
};

QTEST_GUILESS_MAIN(TestPracticeImap)
#include "tst_practiceimap.moc"
