// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli send` as users run it: human output, JSON, bursts, exit codes, bad input.
#include "cliprocess.h"
#include "practicepeer.h"
#include "secretscan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>

using TestSupport::CliProcess;
using TestSupport::CliResult;

static const QByteArray Password = "practice";

class TestCliSend : public QObject
{
    Q_OBJECT
private:
    static QStringList base(const PracticePeer &peer)
    {
        return {QStringLiteral("send"),
                QStringLiteral("--host"),
                QStringLiteral("localhost"),
                QStringLiteral("--port"),
                QString::number(peer.smtpPort()),
                QStringLiteral("--security"),
                QStringLiteral("starttls"),
                QStringLiteral("--ca-file"),
                peer.certificatePath(),
                QStringLiteral("--user"),
                QStringLiteral("practice"),
                QStringLiteral("--password-env"),
                QStringLiteral("SENDCHECK_TEST_PASSWORD"),
                QStringLiteral("--from"),
                QStringLiteral("you@practice.test"),
                QStringLiteral("--to"),
                QStringLiteral("friend@practice.test")};
    }
    static CliResult run(const QStringList &arguments, const QByteArray &password = Password)
    {
        CliProcess cli;
        cli.setEnvironmentVariable(QStringLiteral("SENDCHECK_TEST_PASSWORD"),
                                   QString::fromUtf8(password));
        cli.setTimeout(60000);
        return cli.run(arguments);
    }

private Q_SLOTS:
    void humanOutputShowsTheConversationAndAVerdict()
    {
        PracticePeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result = run(base(peer));
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const QString out = QString::fromUtf8(result.standardOutput);
        QVERIFY(out.contains(QLatin1String(" S 220 ")));
        QVERIFY(out.contains(QLatin1String(" C STARTTLS")));
        QVERIFY(out.contains(QStringLiteral(
            "\U0001F512 C AUTH PLAIN <user name \"practice\" and password, hidden>")));
        QVERIFY(out.contains(QStringLiteral("\u2714 Sent")));
    }
    void jsonNamesTheStageAndEveryRecipient()
    {
        PracticePeer peer({QStringLiteral("rcpt-550")});
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        CliResult result = run(base(peer) + QStringList {QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 9);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(json.value(QLatin1String("stage")).toString(), QStringLiteral("rcpt"));
        QCOMPARE(json.value(QLatin1String("topic")).toString(),
                 QStringLiteral("recipient.unknown"));
        QCOMPARE(json.value(QLatin1String("reply")).toObject().value(QLatin1String("code")).toInt(),
                 550);
        const QJsonArray recipients = json.value(QLatin1String("recipients")).toArray();
        QCOMPARE(recipients.size(), 1);
        QCOMPARE(recipients.first().toObject().value(QLatin1String("accepted")).toBool(true),
                 false);
        const QJsonObject explanation = json.value(QLatin1String("explanation")).toObject();
        for (const char *key : {"topic", "severity", "transient", "title", "summary", "causes",
                                "fixes", "provider_hint", "reference"})
            QVERIFY2(explanation.contains(QLatin1String(key)), key);
    }
    void exitCodesNameTheFailingStage_data()
    {
        QTest::addColumn<QStringList>("scenarios");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stage");
        QTest::newRow("greeting") << QStringList {QStringLiteral("banner-421")} << Password << 4
                                  << QStringLiteral("banner");
        QTest::newRow("sign-in") << QStringList() << QByteArray("wrong-password") << 7
                                 << QStringLiteral("auth");
        QTest::newRow("sender") << QStringList {QStringLiteral("drop-mid-session")} << Password << 8
                                << QStringLiteral("mail");
        QTest::newRow("recipient")
            << QStringList {QStringLiteral("relay-554")} << Password << 9 << QStringLiteral("rcpt");
        QTest::newRow("message") << QStringList {QStringLiteral("data-554")} << Password << 10
                                 << QStringLiteral("data");
    }
    void exitCodesNameTheFailingStage()
    {
        QFETCH(QStringList, scenarios);
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        QFETCH(QString, stage);
        PracticePeer peer(scenarios);
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result = run(base(peer) + QStringList {QStringLiteral("--json")}, password);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.json().value(QLatin1String("stage")).toString(), stage);
        if (password != Password) { // a planted wrong password never shows, in any encoding
            const QStringList leaks = TestSupport::findSecretLeaks(
                result.standardOutput + result.standardError, "practice", password);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        }
    }
    void connectFailureIsExitCode3()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const CliResult result
            = run({QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("--port"), QString::number(port), QStringLiteral("--quit-after"),
                   QStringLiteral("banner"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.json().value(QLatin1String("topic")).toString(),
                 QStringLiteral("net.connection_refused"));
    }
    void quitAfterStopsWithoutAMessage()
    {
        PracticePeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result
            = run({QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("localhost"),
                   QStringLiteral("--port"), QString::number(peer.tlsPort()),
                   QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--ca-file"),
                   peer.certificatePath(), QStringLiteral("--quit-after"), QStringLiteral("tls"),
                   QStringLiteral("--json")});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QLatin1String("stage")).toString(), QStringLiteral("tls"));
        QCOMPARE(
            json.value(QLatin1String("tls")).toObject().value(QLatin1String("verified")).toBool(),
            true);
        QVERIFY(!peer.log().contains("message "));
    }
    void plantedTokenNeverShows()
    {
        // XOAUTH2 with a planted token: accepted, then refused with a wrong one; neither the
        // token nor its SASL payload appears in any output, the server's log included.
        const QByteArray token = "ya29.Pl4nted-T0ken-abc";
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRACTICE_TOKEN"), QString::fromLatin1(token));
        PracticePeer peer({},
                          {QStringLiteral("--xoauth2-token-env"), QStringLiteral("PRACTICE_TOKEN")},
                          environment);
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        QStringList arguments = base(peer);
        arguments << QStringLiteral("--auth") << QStringLiteral("xoauth2")
                  << QStringLiteral("--json");
        CliResult result = run(arguments, token);
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(result.json().value(QLatin1String("auth_mechanism")).toString(),
                 QStringLiteral("xoauth2"));
        QByteArray outputs = result.standardOutput + result.standardError;
        const QByteArray wrong = "ya29.Wr0ng-Pl4nted-T0ken";
        result = run(arguments, wrong);
        QCOMPARE(result.exitCode, 7);
        QCOMPARE(result.json().value(QLatin1String("topic")).toString(),
                 QStringLiteral("auth.oauth_token_rejected"));
        for (const QByteArray &secret : {token, wrong}) {
            const QStringList leaks = TestSupport::findSecretLeaks(
                outputs + result.standardOutput + result.standardError + peer.log(), "practice",
                secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        }
    }
    void burstOverSeveralConnections()
    {
        PracticePeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result = run(base(peer)
                                     + QStringList {QStringLiteral("--count"), QStringLiteral("25"),
                                                    QStringLiteral("--connections"),
                                                    QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const QJsonObject burst = result.json().value(QLatin1String("burst")).toObject();
        QCOMPARE(burst.value(QLatin1String("accepted")).toInt(), 25);
        QCOMPARE(burst.value(QLatin1String("connections")).toInt(), 3);
        QVERIFY(burst.value(QLatin1String("messages_per_second")).toDouble() > 0);
        // Three connections, each reused: the server saw 25 messages in 3 sessions.
        QTRY_COMPARE_WITH_TIMEOUT(peer.log().count("message "), 25, 5000);
        QCOMPARE(peer.log().count(" connect from "), 3);
    }
    void burstCountsRejections()
    {
        PracticePeer peer({QStringLiteral("data-554")});
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result = run(base(peer)
                                     + QStringList {QStringLiteral("--count"), QStringLiteral("6"),
                                                    QStringLiteral("--connections"),
                                                    QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 10);
        const QJsonObject json = result.json();
        const QJsonObject burst = json.value(QLatin1String("burst")).toObject();
        QCOMPARE(burst.value(QLatin1String("accepted")).toInt(), 0);
        QCOMPARE(burst.value(QLatin1String("rejected")).toInt(), 6);
        QCOMPARE(json.value(QLatin1String("first_failure"))
                     .toObject()
                     .value(QLatin1String("topic"))
                     .toString(),
                 QStringLiteral("message.rejected_content"));
    }
    void badInputIsExplainedAndSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no host") << QStringList {QStringLiteral("send"), QStringLiteral("--from"),
                                                 QStringLiteral("a@b.test"), QStringLiteral("--to"),
                                                 QStringLiteral("c@d.test")}
                                 << QStringLiteral("--host");
        QTest::newRow("no from") << QStringList {QStringLiteral("send"), QStringLiteral("--host"),
                                                 QStringLiteral("localhost"),
                                                 QStringLiteral("--to"), QStringLiteral("c@d.test")}
                                 << QStringLiteral("--from");
        QTest::newRow("bad address")
            << QStringList {QStringLiteral("send"),           QStringLiteral("--host"),
                            QStringLiteral("localhost"),      QStringLiteral("--from"),
                            QStringLiteral("not an address"), QStringLiteral("--to"),
                            QStringLiteral("c@d.test")}
            << QStringLiteral("--from");
        QTest::newRow("bad port") << QStringList {QStringLiteral("send"), QStringLiteral("--host"),
                                                  QStringLiteral("localhost"),
                                                  QStringLiteral("--port"), QStringLiteral("70000")}
                                  << QStringLiteral("--port");
        QTest::newRow("bad stage")
            << QStringList {QStringLiteral("send"), QStringLiteral("--host"),
                            QStringLiteral("localhost"), QStringLiteral("--quit-after"),
                            QStringLiteral("lunch")}
            << QStringLiteral("--quit-after");
        QTest::newRow("missing attachment") << QStringList {QStringLiteral("send"),
                                                            QStringLiteral("--host"),
                                                            QStringLiteral("localhost"),
                                                            QStringLiteral("--from"),
                                                            QStringLiteral("a@b.test"),
                                                            QStringLiteral("--to"),
                                                            QStringLiteral("c@d.test"),
                                                            QStringLiteral("--attach"),
                                                            QStringLiteral("/nonexistent/file.pdf")}
                                            << QStringLiteral("file.pdf");
        QTest::newRow("header injection")
            << QStringList {QStringLiteral("send"),
                            QStringLiteral("--host"),
                            QStringLiteral("localhost"),
                            QStringLiteral("--from"),
                            QStringLiteral("a@b.test"),
                            QStringLiteral("--to"),
                            QStringLiteral("c@d.test"),
                            QStringLiteral("--subject"),
                            QStringLiteral("hi\r\nBcc: victim@e.test")}
            << QStringLiteral("ubject");
        QTest::newRow("user without password") << QStringList {
            QStringLiteral("send"),   QStringLiteral("--host"), QStringLiteral("localhost"),
            QStringLiteral("--user"), QStringLiteral("bob"),    QStringLiteral("--quit-after"),
            QStringLiteral("auth")} << QStringLiteral("--password-stdin");
        QTest::newRow("password as a flag")
            << QStringList {QStringLiteral("send"), QStringLiteral("--host"),
                            QStringLiteral("localhost"), QStringLiteral("--password"),
                            QStringLiteral("hunter22-secret")}
            << QStringLiteral("password");
    }
    void badInputIsExplainedAndSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliResult result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.standardError).contains(mentions),
                 qPrintable(result.describe()));
        QVERIFY(!result.standardOutput.contains("Connecting"));
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"
