// SPDX-License-Identifier: GPL-3.0-or-later
// The practice server against a small scripted client: every scenario's exact reply, STARTTLS,
// implicit TLS, each AUTH mechanism, pipelining, dot-unstuffing, limits and the certificate.
#include "practiceclient.h"

#include "practice/practicecertificate.h"
#include "practice/practiceserver.h"
#include "practice/scenario.h"
#include "practice/scenarioscript.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

using Reply = PracticeReply;
using Client = PracticeClient;

QByteArray plainResponse(const QByteArray &user, const QByteArray &password)
{
    return (QByteArray("\0", 1) + user + QByteArray("\0", 1) + password).toBase64();
}

} // namespace

class TestPracticeServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PracticeServer> makeServer(const Scenario &scenario = Scenario())
    {
        auto server = std::make_unique<PracticeServer>();
        server->setCertificateDirectory(m_certificateDir.path());
        server->setScenario(scenario);
        if (!server->start(QHostAddress::LocalHost, 0, 0))
            qWarning() << server->errorString();
        return server;
    }
    std::unique_ptr<Client> connectTo(PracticeServer &server)
    {
        auto client = std::make_unique<Client>(server.certificate().certificate());
        if (!client->connectPlain(server.smtpPort()))
            return nullptr;
        return client;
    }

    QTemporaryDir m_certificateDir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_certificateDir.isValid()); }

    void greetingAndCapabilities()
    {
        auto server = makeServer();
        QVERIFY(server->isListening());
        QVERIFY(server->smtpPort() != 0 && server->tlsPort() != 0);
        QVERIFY(server->smtpPort() != server->tlsPort());
        auto client = connectTo(*server);
        QVERIFY(client);
        const Reply banner = client->read();
        QCOMPARE(banner.code, 220);
        QCOMPARE(banner.last(), QStringLiteral("220 localhost ESMTP Sendcheck practice server"));
        const Reply ehlo = client->command("EHLO client.example");
        QCOMPARE(ehlo.code, 250);
        QCOMPARE(ehlo.lines.first(),
                 QStringLiteral("250-localhost Hello client.example [127.0.0.1]"));
        for (const char *capability : {"PIPELINING", "SIZE 26214400", "8BITMIME", "SMTPUTF8",
                                       "ENHANCEDSTATUSCODES", "STARTTLS"})
            QVERIFY2(ehlo.lines.contains(QStringLiteral("250-") + QLatin1String(capability)),
                     capability);
        // Lab default: AUTH offered before TLS too; XOAUTH2 only with a configured token.
        QCOMPARE(ehlo.last(), QStringLiteral("250 AUTH PLAIN LOGIN CRAM-MD5"));
        QCOMPARE(client->command("HELO client.example").last(),
                 QStringLiteral("250 localhost Hello client.example [127.0.0.1]"));
        QCOMPARE(client->command("QUIT").last(), QStringLiteral("221 2.0.0 Bye"));
        QVERIFY(client->waitClosed());
        QTRY_COMPARE(server->sessionCount(), 0);
    }

    void sendPlainMessage()
    {
        auto server = makeServer();
        QTemporaryDir saveDir;
        server->setSaveDirectory(saveDir.path());
        QSignalSpy received(server.get(), &PracticeServer::messageReceived);
        QSignalSpy lines(server.get(), &PracticeServer::sessionLine);
        QSignalSpy saved(server.get(), &PracticeServer::messageSaved);
        auto client = connectTo(*server);
        QVERIFY(client);
        QCOMPARE(client->read().code, 220);
        QCOMPARE(client->command("EHLO c").code, 250);
        QCOMPARE(client->command("AUTH PLAIN " + plainResponse("practice", "practice")).last(),
                 QStringLiteral("235 2.7.0 Authentication successful"));
        QCOMPARE(client->command("MAIL FROM:<alice@example.org> SIZE=100 BODY=8BITMIME").last(),
                 QStringLiteral("250 2.1.0 Ok"));
        QCOMPARE(client->command("RCPT TO:<bob@example.net>").last(),
                 QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(client->command("RCPT TO: <carol@example.net>").last(),
                 QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(client->command("DATA").last(),
                 QStringLiteral("354 End data with <CR><LF>.<CR><LF>"));
        // Dot-stuffed on the wire: "..x" is ".x", "..." is "..", a lone ".." is ".".
        client->sendRaw("..first line starts with a dot\r\nSubject: t\r\n\r\n...two\r\n..\r\n"
                        "bare\nLF then dot\n.\r\nend\r\n.\r\n");
        const Reply done = client->read();
        QCOMPARE(done.code, 250);
        QVERIFY(done.last().startsWith(QStringLiteral("250 2.0.0 Ok: queued as ")));
        QCOMPARE(received.size(), 1);
        const ReceivedMessage message = server->receivedMessages().value(0);
        QCOMPARE(message.data,
                 QByteArray(".first line starts with a dot\r\nSubject: t\r\n\r\n..two\r\n"
                            ".\r\nbare\nLF then dot\n\r\nend\r\n"));
        QCOMPARE(message.mailFrom, QStringLiteral("alice@example.org"));
        QCOMPARE(
            message.rcptTo,
            QStringList({QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net")}));
        QCOMPARE(message.authUser, QStringLiteral("practice"));
        QVERIFY(!message.tls);
        QVERIFY(done.last().endsWith(message.queueId));
        QVERIFY(message.sessionTranscript.contains(QStringLiteral("AUTH PLAIN <redacted>")));
        QVERIFY(message.sessionTranscript.contains(QStringLiteral("RCPT TO:<bob@example.net>")));
        // The secret never reaches the log, neither plain nor in base64.
        const QString payload = QString::fromLatin1(plainResponse("practice", "practice"));
        QVERIFY(!message.sessionTranscript.contains(payload));
        for (const auto &signal : lines)
            QVERIFY(!signal.at(2).toString().contains(payload));
        QTRY_COMPARE(saved.size(), 1);
        QFile eml(saved.at(0).at(0).toString());
        QVERIFY(eml.open(QIODevice::ReadOnly));
        QCOMPARE(eml.readAll(), message.data);
        // The session goes on after a message: a second transaction on the same connection.
        QCOMPARE(client->command("MAIL FROM:<>").code, 250);
        QCOMPARE(client->command("RSET").last(), QStringLiteral("250 2.0.0 Ok"));
        QCOMPARE(client->command("QUIT").code, 221);
    }

    void scenarios_data()
    {
        QTest::addColumn<QStringList>("scenario");
        QTest::addColumn<QStringList>("script"); // "COMMAND => expected start of last line"
        const QString auth = QStringLiteral("AUTH PLAIN ")
            + QString::fromLatin1(plainResponse("practice", "practice"));
        const QStringList toRcpt {QStringLiteral("=> 220 "), QStringLiteral("EHLO c => 250 "),
                                  QStringLiteral("MAIL FROM:<a@example.org> => 250 2.1.0")};
        const QStringList toData = toRcpt
            + QStringList {QStringLiteral("RCPT TO:<b@example.org> => 250 2.1.5"),
                           QStringLiteral("DATA => 354 "), QStringLiteral("hello => "),
                           QStringLiteral(". => ")};
        QTest::newRow("accept") << QStringList {QStringLiteral("accept")}
                                << toData.mid(0, toData.size() - 1)
                + QStringList {QStringLiteral(". => 250 2.0.0 Ok: queued as"),
                               QStringLiteral("QUIT => 221 2.0.0 Bye"),
                               QStringLiteral("=> CLOSED")};
        QTest::newRow("require-starttls")
            << QStringList {QStringLiteral("require-starttls")}
            << QStringList {
                   QStringLiteral("=> 220 "), QStringLiteral("EHLO c => 250 STARTTLS"),
                   QStringLiteral("MAIL FROM:<a@example.org> => 530 5.7.0 Must issue a STARTTLS "
                                  "command first"),
                   auth + QStringLiteral(" => 530 5.7.0 Must issue a STARTTLS command first"),
                   QStringLiteral("NOOP => 250 2.0.0 Ok")};
        QTest::newRow("require-auth")
            << QStringList {QStringLiteral("require-auth")}
            << QStringList {
                   QStringLiteral("=> 220 "), QStringLiteral("EHLO c => 250 AUTH"),
                   QStringLiteral("MAIL FROM:<a@example.org> => 530 5.7.0 Authentication required"),
                   auth + QStringLiteral(" => 235 2.7.0"),
                   QStringLiteral("MAIL FROM:<a@example.org> => 250 2.1.0 Ok")};
        QTest::newRow("banner-421")
            << QStringList {QStringLiteral("banner-421")}
            << QStringList {QStringLiteral(
                                "=> 421 4.3.2 Service not available, closing transmission channel"),
                            QStringLiteral("=> CLOSED")};
        QTest::newRow("drop-mid-session") << QStringList {QStringLiteral("drop-mid-session")}
                                          << toRcpt.mid(0, 2)
                + QStringList {
                    QStringLiteral("MAIL FROM:<a@example.org> => 421 4.3.0 Connection dropped by "
                                   "the server, closing transmission channel"),
                    QStringLiteral("=> CLOSED")};
        QTest::newRow("auth-535")
            << QStringList {QStringLiteral("auth-535")}
            << QStringList {
                   QStringLiteral("=> 220 "), QStringLiteral("EHLO c => 250 "),
                   auth
                       + QStringLiteral(
                           " => 535 5.7.8 Authentication failed: bad user name or password")};
        QTest::newRow("auth-534-app-password")
            << QStringList {QStringLiteral("auth-534-app-password")}
            << QStringList {
                   QStringLiteral("=> 220 "), QStringLiteral("EHLO c => 250 "),
                   auth + QStringLiteral(" => 534 5.7.9 Application-specific password required")};
        QTest::newRow("rcpt-550") << QStringList {QStringLiteral("rcpt-550")}
                                  << toRcpt
                + QStringList {
                    QStringLiteral("RCPT TO:<b@example.org> => 550 5.1.1 Recipient address "
                                   "rejected: User unknown in local recipient table"),
                    QStringLiteral("DATA => 554 5.5.1 Error: no valid recipients")};
        QTest::newRow("relay-554") << QStringList {QStringLiteral("relay-554")}
                                   << toRcpt
                + QStringList {
                    QStringLiteral("RCPT TO:<b@example.org> => 554 5.7.1 Relay access denied")};
        QTest::newRow("size-552") << QStringList {QStringLiteral("size-552")}
                                  << toData.mid(0, toData.size() - 1)
                + QStringList {QStringLiteral(
                    ". => 552 5.3.4 Message size exceeds fixed maximum message size")};
        QTest::newRow("data-554") << QStringList {QStringLiteral("data-554")}
                                  << toData.mid(0, toData.size() - 1)
                + QStringList {QStringLiteral(". => 554 5.7.1 Message rejected as spam"),
                               QStringLiteral("NOOP => 250 2.0.0 Ok")};
        QTest::newRow("drop-at=connect") << QStringList {QStringLiteral("drop-at=connect")}
                                         << QStringList {QStringLiteral("=> CLOSED")};
        QTest::newRow("drop-at=ehlo")
            << QStringList {QStringLiteral("drop-at=ehlo")}
            << QStringList {QStringLiteral("=> 220 "), QStringLiteral("EHLO c => CLOSED")};
        QTest::newRow("drop-at=rcpt")
            << QStringList {QStringLiteral("drop-at=rcpt")}
            << toRcpt + QStringList {QStringLiteral("RCPT TO:<b@example.org> => CLOSED")};
        QTest::newRow("drop-at=data-end")
            << QStringList {QStringLiteral("drop-at=data-end")}
            << toData.mid(0, toData.size() - 1) + QStringList {QStringLiteral(". => CLOSED")};
        QTest::newRow("drop-at=quit")
            << QStringList {QStringLiteral("drop-at=quit")}
            << QStringList {QStringLiteral("=> 220 "), QStringLiteral("QUIT => CLOSED")};
        QTest::newRow("several at once")
            << QStringList {QStringLiteral("require-auth"), QStringLiteral("rcpt-550")}
            << QStringList {QStringLiteral("=> 220 "),
                            QStringLiteral("EHLO c => 250 "),
                            QStringLiteral("MAIL FROM:<a@example.org> => 530 5.7.0"),
                            auth + QStringLiteral(" => 235 "),
                            QStringLiteral("MAIL FROM:<a@example.org> => 250 "),
                            QStringLiteral("RCPT TO:<b@example.org> => 550 5.1.1")};
    }

    void scenarios()
    {
        QFETCH(QStringList, scenario);
        QFETCH(QStringList, script);
        Scenario configured;
        for (const QString &name : scenario) {
            QString error;
            QVERIFY2(configured.add(name, &error), qPrintable(error));
        }
        auto server = makeServer(configured);
        auto client = connectTo(*server);
        QVERIFY(client);
        bool inData = false;
        for (const QString &step : script) {
            const qsizetype arrow = step.indexOf(QStringLiteral("=>"));
            QVERIFY(arrow >= 0);
            const QByteArray command = step.left(arrow).trimmed().toUtf8();
            const QString expected = step.mid(arrow + 2).trimmed();
            if (!command.isEmpty())
                client->send(command);
            if (command == "DATA")
                inData = true;
            if (inData && expected.isEmpty())
                continue; // a message line: no reply
            if (command == ".")
                inData = false;
            const Reply reply = client->read();
            if (expected == QLatin1String("CLOSED")) {
                QVERIFY2(reply.closed && reply.lines.isEmpty(),
                         qPrintable(QStringLiteral("%1: got %2")
                                        .arg(step, reply.lines.join(QLatin1Char('|')))));
                continue;
            }
            QVERIFY2(reply.last().startsWith(expected),
                     qPrintable(QStringLiteral("%1: got \"%2\"")
                                    .arg(step, reply.lines.join(QLatin1Char('|')))));
            // A reply ending in an enhanced code must use the same class (RFC 3463).
            static const QRegularExpression enhanced(
                QStringLiteral("^\\d{3} (\\d)\\.\\d+\\.\\d+ "));
            const auto match = enhanced.match(reply.last());
            if (match.hasMatch())
                QCOMPARE(match.captured(1).toInt(), reply.code / 100);
        }
    }

    void greylist()
    {
        Scenario scenario;
        QVERIFY(scenario.add(QStringLiteral("greylist-451=1")));
        auto server = makeServer(scenario);
        const auto attempt = [&](const QByteArray &recipient) {
            auto client = connectTo(*server);
            client->read();
            client->command("EHLO c");
            client->command("MAIL FROM:<a@example.org>");
            return client->command("RCPT TO:<" + recipient + ">").last();
        };
        QCOMPARE(attempt("b@example.org"),
                 QStringLiteral("451 4.7.1 <b@example.org>: Recipient address rejected: "
                                "Greylisted, try again in 1 seconds"));
        // Too soon: still deferred. Another recipient is a new triplet.
        QVERIFY(attempt("b@example.org").startsWith(QStringLiteral("451 4.7.1")));
        QVERIFY(attempt("c@example.org").startsWith(QStringLiteral("451 4.7.1")));
        QTest::qWait(1100);
        QCOMPARE(attempt("b@example.org"), QStringLiteral("250 2.1.5 Ok"));
    }

    void slow()
    {
        Scenario scenario;
        QVERIFY(scenario.add(QStringLiteral("slow=300")));
        auto server = makeServer(scenario);
        auto client = connectTo(*server);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client->read().code, 220);
        QVERIFY(timer.elapsed() >= 250);
        // Pipelined commands keep their order, each reply delayed.
        client->sendRaw("EHLO c\r\nNOOP\r\nVRFY x\r\n");
        timer.restart();
        QCOMPARE(client->read().code, 250);
        QCOMPARE(client->read().last(), QStringLiteral("250 2.0.0 Ok"));
        QCOMPARE(client->read().code, 252);
        QVERIFY2(timer.elapsed() >= 800, qPrintable(QString::number(timer.elapsed())));
    }

    void scriptParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // empty: parses
        QTest::newRow("good") << QStringLiteral(
            "# a trainer's file\n\nrcpt: 550 5.1.1 No such user here\n"
            "banner: 421 4.3.2 Service shutting down\n"
            "data-end: 554 5.7.1 Spam\nauth: 535 5.7.8 Bad credentials\n"
            "mail: drop\n  quit : 421\n")
                              << QString();
        QTest::newRow("no colon") << QStringLiteral("# x\nrcpt 550 nope")
                                  << QStringLiteral("line 2: expected");
        QTest::newRow("bad stage")
            << QStringLiteral("helo: 550 x") << QStringLiteral("line 1: unknown stage \"helo\"");
        QTest::newRow("bad code") << QStringLiteral("\n\nrcpt: 55x oops")
                                  << QStringLiteral(
                                         "line 3: \"55x\" is not a three-digit reply code");
        QTest::newRow("success code")
            << QStringLiteral("rcpt: 250 2.1.5 fine")
            << QStringLiteral("line 1: the code 250 would not make the stage fail");
        QTest::newRow("mismatched enhanced")
            << QStringLiteral("rcpt: 550 4.1.1 x")
            << QStringLiteral("line 1: the enhanced code 4.1.1 does not match");
        QTest::newRow("empty action")
            << QStringLiteral("mail:") << QStringLiteral("line 1: the stage \"mail\" has no reply");
    }

    void scriptParsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QList<ScenarioRule> rules;
        QString message;
        const bool ok = ScenarioScript::parse(text, &rules, &message);
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(message));
            QCOMPARE(rules.size(), 6);
            QCOMPARE(rules.at(0).stage, PracticeStage::Rcpt);
            QCOMPARE(rules.at(0).replyLine(), QStringLiteral("550 5.1.1 No such user here"));
            QCOMPARE(rules.at(2).stage, PracticeStage::DataEnd);
            QCOMPARE(rules.at(4).stage, PracticeStage::Mail);
            QVERIFY(rules.at(4).drop);
            QCOMPARE(rules.at(5).replyLine(), QStringLiteral("421"));
        } else {
            QVERIFY(!ok);
            QVERIFY2(message.startsWith(error), qPrintable(message));
            QVERIFY(rules.isEmpty());
        }
    }

    void scriptDrivesServer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trainer.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# my class\nrcpt: 550 5.1.1 No such user here\nquit: 421 4.3.2 Bye now\n");
        file.close();
        QList<ScenarioRule> rules;
        QString error;
        QVERIFY2(ScenarioScript::parseFile(path, &rules, &error), qPrintable(error));
        QVERIFY(
            !ScenarioScript::parseFile(dir.filePath(QStringLiteral("missing")), &rules, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
        Scenario scenario;
        scenario.addRules(rules);
        auto server = makeServer(scenario);
        auto client = connectTo(*server);
        client->read();
        client->command("EHLO c");
        client->command("MAIL FROM:<a@example.org>");
        QCOMPARE(client->command("RCPT TO:<b@example.org>").last(),
                 QStringLiteral("550 5.1.1 No such user here"));
        QCOMPARE(client->command("QUIT").last(), QStringLiteral("421 4.3.2 Bye now"));
        QVERIFY(client->waitClosed());
    }

    void scenarioNames()
    {
        Scenario scenario;
        QString error;
        QVERIFY(!scenario.add(QStringLiteral("explode"), &error));
        QVERIFY(error.contains(QStringLiteral("rcpt-550")));
        QVERIFY(!scenario.add(QStringLiteral("drop-at=nowhere"), &error));
        QVERIFY(error.contains(QStringLiteral("data-end")));
        QVERIFY(!scenario.add(QStringLiteral("rcpt-550=3"), &error));
        QVERIFY(scenario.isAccept());
        for (const QString &name : Scenario::names())
            QVERIFY2(!Scenario::describe(name).isEmpty(), qPrintable(name));
    }

    void startTls()
    {
        auto server = makeServer();
        QSignalSpy lines(server.get(), &PracticeServer::sessionLine);
        auto client = connectTo(*server);
        client->read();
        QCOMPARE(client->command("EHLO c").code, 250);
        // A command pipelined after STARTTLS must be discarded, not answered (RFC 3207).
        client->sendRaw("STARTTLS\r\nNOOP\r\n");
        QCOMPARE(client->read().last(), QStringLiteral("220 2.0.0 Ready to start TLS"));
        QVERIFY(client->buffer.isEmpty());
        QVERIFY2(client->startTls(), qPrintable(client->socket.errorString()));
        QVERIFY(client->socket.sslHandshakeErrors().isEmpty());
        // The EHLO state is forgotten: MAIL needs a new EHLO.
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").last(),
                 QStringLiteral("503 5.5.1 Error: send HELO/EHLO first"));
        const Reply ehlo = client->command("EHLO c");
        QCOMPARE(ehlo.code, 250);
        QVERIFY(!ehlo.lines.contains(QStringLiteral("250-STARTTLS")));
        QCOMPARE(client->command("STARTTLS").last(),
                 QStringLiteral("554 5.5.1 Error: TLS already active"));
        QCOMPARE(client->command("AUTH PLAIN " + plainResponse("practice", "practice")).code, 235);
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
        QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 250);
        QCOMPARE(client->command("DATA").code, 354);
        QCOMPARE(client->command("x\r\n.").code, 250);
        QVERIFY(server->receivedMessages().value(0).tls);
        bool sawDiscard = false;
        for (const auto &signal : lines)
            sawDiscard |= signal.at(2).toString().startsWith(QStringLiteral("Discarded 6 bytes"));
        QVERIFY(sawDiscard);
    }

    void requireStartTlsOffersAuthOnlyAfterTls()
    {
        Scenario scenario;
        QVERIFY(scenario.add(QStringLiteral("require-starttls")));
        auto server = makeServer(scenario);
        auto client = connectTo(*server);
        client->read();
        const Reply before = client->command("EHLO c");
        QVERIFY(!before.last().startsWith(QStringLiteral("250 AUTH")));
        QCOMPARE(client->command("STARTTLS").code, 220);
        QVERIFY(client->startTls());
        const Reply after = client->command("EHLO c");
        QCOMPARE(after.last(), QStringLiteral("250 AUTH PLAIN LOGIN CRAM-MD5"));
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
    }

    void implicitTls()
    {
        auto server = makeServer();
        QSignalSpy started(server.get(), &PracticeServer::sessionStarted);
        Client client(server->certificate().certificate());
        QVERIFY2(client.connectTls(server->tlsPort()), qPrintable(client.socket.errorString()));
        QCOMPARE(client.read().code, 220);
        QCOMPARE(client.socket.peerCertificate(), server->certificate().certificate());
        const Reply ehlo = client.command("EHLO c");
        QVERIFY(!ehlo.lines.contains(QStringLiteral("250-STARTTLS")));
        QCOMPARE(client.command("STARTTLS").code, 554);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(2).toBool(), true);
    }

    void authMechanisms()
    {
        auto server = makeServer();
        server->setCredentials(QStringLiteral("trainer"), QByteArrayLiteral("s3cret-Pässword"));
        server->setXOAuth2Token(QByteArrayLiteral("ya29.test-token"));
        QSignalSpy lines(server.get(), &PracticeServer::sessionLine);
        QSignalSpy authenticated(server.get(), &PracticeServer::sessionAuthenticated);
        const QByteArray password = QByteArrayLiteral("s3cret-Pässword");
        const auto fresh = [&] {
            auto client = connectTo(*server);
            client->read();
            const Reply ehlo = client->command("EHLO c");
            if (ehlo.last() != QLatin1String("250 AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2 OAUTHBEARER"))
                qWarning() << ehlo.lines;
            return client;
        };
        {
            auto client = fresh();
            QCOMPARE(client->command("AUTH PLAIN").last(), QStringLiteral("334 "));
            QCOMPARE(client->command(plainResponse("trainer", password)).code, 235);
            QCOMPARE(client->command("AUTH PLAIN " + plainResponse("trainer", password)).last(),
                     QStringLiteral("503 5.5.1 Error: already authenticated"));
        }
        {
            auto client = fresh();
            QCOMPARE(client->command("AUTH PLAIN " + plainResponse("trainer", "wrong")).last(),
                     QStringLiteral("535 5.7.8 Authentication credentials invalid"));
            QCOMPARE(client->command("AUTH PLAIN").code, 334);
            QCOMPARE(client->command("*").last(),
                     QStringLiteral("501 5.7.0 Authentication aborted"));
            QCOMPARE(client->command("AUTH PLAIN !!notbase64!!").last(),
                     QStringLiteral("501 5.5.2 Error: cannot decode the response"));
            QCOMPARE(client->command("AUTH GSSAPI").last(),
                     QStringLiteral("504 5.5.4 Unrecognized authentication type"));
        }
        {
            auto client = fresh();
            QCOMPARE(client->command("AUTH LOGIN").last(), QStringLiteral("334 VXNlcm5hbWU6"));
            QCOMPARE(client->command(QByteArray("trainer").toBase64()).last(),
                     QStringLiteral("334 UGFzc3dvcmQ6"));
            QCOMPARE(client->command(password.toBase64()).code, 235);
        }
        {
            auto client = fresh();
            QCOMPARE(client->command("AUTH LOGIN " + QByteArray("trainer").toBase64()).code, 334);
            QCOMPARE(client->command(QByteArray("nope").toBase64()).code, 535);
        }
        {
            auto client = fresh();
            const Reply challenge = client->command("AUTH CRAM-MD5");
            QCOMPARE(challenge.code, 334);
            const QByteArray nonce = QByteArray::fromBase64(challenge.last().mid(4).toLatin1());
            QVERIFY(nonce.startsWith('<') && nonce.endsWith("@localhost>"));
            const QByteArray digest
                = QMessageAuthenticationCode::hash(nonce, password, QCryptographicHash::Md5)
                      .toHex();
            QCOMPARE(client->command(("trainer " + digest).toBase64()).code, 235);
        }
        {
            auto client = fresh();
            QCOMPARE(client->command("AUTH CRAM-MD5").code, 334);
            QCOMPARE(
                client->command(QByteArray("trainer 00000000000000000000000000000000").toBase64())
                    .code,
                535);
        }
        {
            auto client = fresh();
            const QByteArray good = QByteArray("user=trainer\x01"
                                               "auth=Bearer ya29.test-token\x01\x01")
                                        .toBase64();
            QCOMPARE(client->command("AUTH XOAUTH2 " + good).code, 235);
        }
        {
            auto client = fresh();
            const QByteArray bad = QByteArray("user=trainer\x01"
                                              "auth=Bearer expired\x01\x01")
                                       .toBase64();
            const Reply challenge = client->command("AUTH XOAUTH2 " + bad);
            QCOMPARE(challenge.code, 334);
            const QByteArray json = QByteArray::fromBase64(challenge.last().mid(4).toLatin1());
            QCOMPARE(json,
                     QByteArray("{\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/"
                                "\",\"status\":\"401\"}"));
            QCOMPARE(client->command("").last(),
                     QStringLiteral("535 5.7.8 Authentication credentials invalid"));
        }
        QCOMPARE(authenticated.size(), 4);
        // Nothing secret in the server-side log: not the password, not a payload, not the token.
        for (const auto &signal : lines) {
            const QString text = signal.at(2).toString();
            QVERIFY2(!text.contains(QString::fromUtf8(password)), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("ya29")), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(password.toBase64())), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(plainResponse("trainer", password))),
                     qPrintable(text));
        }
    }

    void pipelining()
    {
        auto server = makeServer();
        auto client = connectTo(*server);
        client->read();
        client->sendRaw(
            "EHLO c\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"
            "RCPT TO:<nobody>\r\nRCPT TO:<c@example.org>\r\nDATA\r\nbody\r\n.\r\nQUIT\r\n");
        QCOMPARE(client->read().code, 250);
        QCOMPARE(client->read().last(), QStringLiteral("250 2.1.0 Ok"));
        QCOMPARE(client->read().last(), QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(client->read().last(), QStringLiteral("501 5.1.3 Bad recipient address syntax"));
        QCOMPARE(client->read().last(), QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(client->read().code, 354);
        QCOMPARE(client->read().code, 250);
        QCOMPARE(client->read().code, 221);
        QCOMPARE(server->receivedMessages().value(0).data, QByteArray("body\r\n"));
        QCOMPARE(server->receivedMessages().value(0).rcptTo.size(), 2);
    }

    void sizeLimit()
    {
        auto server = makeServer();
        server->setMaxMessageSize(1000);
        auto client = connectTo(*server);
        client->read();
        QVERIFY(client->command("EHLO c").lines.contains(QStringLiteral("250-SIZE 1000")));
        QCOMPARE(client->command("MAIL FROM:<a@example.org> SIZE=1001").last(),
                 QStringLiteral("552 5.3.4 Message size exceeds fixed limit"));
        QCOMPARE(client->command("MAIL FROM:<a@example.org> SIZE=999").code, 250);
        QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 250);
        QCOMPARE(client->command("DATA").code, 354);
        for (int i = 0; i < 20; ++i)
            client->send(QByteArray(98, 'x'));
        QCOMPARE(client->command(".").last(),
                 QStringLiteral("552 5.3.4 Message size exceeds fixed maximum message size"));
        QVERIFY(server->receivedMessages().isEmpty());
        QCOMPARE(client->command("MAIL FROM:<a@example.org> FOO=bar").last(),
                 QStringLiteral("555 5.5.4 Unsupported option: FOO=bar"));
        QCOMPARE(client->command("NOOP").code, 250);
    }

    void simpleCommands()
    {
        auto server = makeServer();
        auto client = connectTo(*server);
        client->read();
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").last(),
                 QStringLiteral("503 5.5.1 Error: send HELO/EHLO first"));
        QCOMPARE(client->command("EHLO").last(), QStringLiteral("501 5.5.4 Syntax: EHLO hostname"));
        QCOMPARE(client->command("ehlo c").code, 250);
        QCOMPARE(client->command("NOOP").last(), QStringLiteral("250 2.0.0 Ok"));
        QCOMPARE(client->command("VRFY bob").code, 252);
        QCOMPARE(client->command("EXPN staff").last(),
                 QStringLiteral("502 5.5.1 Error: EXPN is not implemented"));
        QCOMPARE(client->command("RCPT TO:<b@example.org>").last(),
                 QStringLiteral("503 5.5.1 Error: need MAIL command"));
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").last(),
                 QStringLiteral("503 5.5.1 Error: nested MAIL command"));
        QCOMPARE(client->command("RSET").code, 250);
        QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 503);
        QCOMPARE(client->command("DATA").last(),
                 QStringLiteral("503 5.5.1 Error: need RCPT command"));
        QCOMPARE(client->command("FROB").last(),
                 QStringLiteral("500 5.5.2 Error: command not recognized"));
        QCOMPARE(client->command("HELP").code, 214);
        QCOMPARE(client->command("MAIL FROM:<a@example.org> SMTPUTF8").code, 250);
        QCOMPARE(client->command("RCPT TO:<jösé@exämple.org>").code, 250);
        QCOMPARE(client->command("QUIT").code, 221);
        QVERIFY(client->waitClosed());
    }

    void lineLimits()
    {
        auto server = makeServer();
        auto client = connectTo(*server);
        client->read();
        client->command("EHLO c");
        // Over 512 but under the lenient 4096: still served.
        QCOMPARE(client->command("NOOP " + QByteArray(2000, 'a')).code, 250);
        // Over 4096, in one line: refused, and the session goes on.
        QCOMPARE(client->command("NOOP " + QByteArray(5000, 'a')).last(),
                 QStringLiteral("500 5.5.2 Error: line too long"));
        QCOMPARE(client->command("NOOP").code, 250);
        // A long text line in DATA is accepted up to 8192, a longer one fails the message.
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
        QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 250);
        QCOMPARE(client->command("DATA").code, 354);
        client->send(QByteArray(1500, 'y'));
        QCOMPARE(client->command(".").code, 250);
        QCOMPARE(server->receivedMessages().value(0).data.size(), 1502);
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
        QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 250);
        QCOMPARE(client->command("DATA").code, 354);
        client->send(QByteArray(9000, 'z'));
        QCOMPARE(client->command(".").last(),
                 QStringLiteral("554 5.6.0 Message has a line longer than 8192 characters"));
        QCOMPARE(server->receivedMessages().size(), 1);
        // Endless garbage: the server closes after too many errors.
        Reply reply;
        for (int i = 0; i < 30 && !reply.closed; ++i)
            reply = client->command(QByteArray("\x01\x02garbage\xff", 11));
        QVERIFY(reply.closed || reply.last().startsWith(QStringLiteral("421 4.7.0")));
        QVERIFY(client->waitClosed());
    }

    void idleTimeout()
    {
        auto server = makeServer();
        server->setIdleTimeout(300);
        auto client = connectTo(*server);
        QCOMPARE(client->read().code, 220);
        const Reply reply = client->read(3000);
        QCOMPARE(reply.last(), QStringLiteral("421 4.4.2 localhost Error: timeout exceeded"));
        QVERIFY(client->waitClosed());
        QTRY_COMPARE(server->sessionCount(), 0);
    }

    void limits()
    {
        auto server = makeServer();
        server->setMaxSessions(2);
        server->setMaxStoredMessages(2);
        QSignalSpy refused(server.get(), &PracticeServer::connectionRefused);
        auto first = connectTo(*server);
        auto second = connectTo(*server);
        QCOMPARE(first->read().code, 220);
        QCOMPARE(second->read().code, 220);
        auto third = connectTo(*server);
        QCOMPARE(third->read().last(),
                 QStringLiteral("421 4.7.0 Too many connections, try again later"));
        QVERIFY(third->waitClosed());
        QCOMPARE(refused.size(), 1);
        first->command("EHLO c");
        for (int i = 0; i < 3; ++i) {
            first->command("MAIL FROM:<a@example.org>");
            first->command("RCPT TO:<b@example.org>");
            first->command("DATA");
            QCOMPARE(first->command(QByteArray::number(i) + "\r\n.").code, 250);
        }
        QCOMPARE(server->receivedMessages().size(), 2);
        QCOMPARE(server->receivedMessages().at(0).data, QByteArray("1\r\n"));
        QCOMPARE(server->receivedMessages().at(1).data, QByteArray("2\r\n"));
    }

    void loopbackOnly()
    {
        PracticeServer server;
        server.setCertificateDirectory(m_certificateDir.path());
        // Refused before any socket is opened, so nothing listens on the network.
        QVERIFY(!server.start(QHostAddress::AnyIPv4, 0, 0));
        QVERIFY(server.errorString().contains(QStringLiteral("loopback")));
        QVERIFY(!server.isListening());
    }

    void certificate_data()
    {
        QTest::addColumn<PracticeCertificate::KeyType>("keyType");
        QTest::newRow("EC P-256") << PracticeCertificate::KeyType::Ec;
        QTest::newRow("RSA 2048") << PracticeCertificate::KeyType::Rsa;
    }

    void certificate()
    {
        QFETCH(PracticeCertificate::KeyType, keyType);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("practice"));
        PracticeCertificate first(folder);
        QVERIFY2(first.ensure(keyType), qPrintable(first.errorString()));
        QVERIFY(first.wasGenerated());
        QVERIFY(first.isValid());
        QCOMPARE(first.privateKey().algorithm(),
                 keyType == PracticeCertificate::KeyType::Ec ? QSsl::Ec : QSsl::Rsa);
        static const QRegularExpression hex(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
        QVERIFY2(hex.match(first.sha256Fingerprint()).hasMatch(),
                 qPrintable(first.sha256Fingerprint()));
        const QSslCertificate &certificate = first.certificate();
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList {QStringLiteral("Sendcheck practice server")});
        const auto names = certificate.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(certificate.expiryDate());
        QVERIFY2(days >= 728 && days <= 731, qPrintable(QString::number(days)));
        // The private key: readable and writable by its owner, nothing for group or others.
        const QFile::Permissions keyPermissions = QFile::permissions(first.keyPath());
        QVERIFY(keyPermissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(keyPermissions
                     & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());

        // Reused on the next run: same fingerprint, nothing regenerated.
        PracticeCertificate second(folder);
        QVERIFY(second.ensure(keyType));
        QVERIFY(!second.wasGenerated());
        QCOMPARE(second.sha256Fingerprint(), first.sha256Fingerprint());

        // Unreadable: made again.
        QFile broken(first.certificatePath());
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("-----BEGIN CERTIFICATE-----\ngarbage\n-----END CERTIFICATE-----\n");
        broken.close();
        PracticeCertificate third(folder);
        QVERIFY(third.ensure(keyType));
        QVERIFY(third.wasGenerated());
        QVERIFY(third.sha256Fingerprint() != first.sha256Fingerprint());

        // The server shows the certificate it actually serves.
        PracticeServer server;
        server.setCertificateDirectory(folder);
        QVERIFY(server.start());
        QCOMPARE(server.certificateFingerprint(), third.sha256Fingerprint());
        Client client(third.certificate());
        QVERIFY2(client.connectTls(server.tlsPort()), qPrintable(client.socket.errorString()));
        QCOMPARE(QString::fromLatin1(client.socket.peerCertificate()
                                         .digest(QCryptographicHash::Sha256)
                                         .toHex(':')
                                         .toUpper()),
                 third.sha256Fingerprint());
    }
};

QTEST_GUILESS_MAIN(TestPracticeServer)
#include "tst_practiceserver.moc"
