// SPDX-License-Identifier: GPL-3.0-or-later
// How the practice server reads a command line (PracticeCommand: verb, argument, the redacted
// transcript text) and the argument of MAIL FROM and RCPT TO (PracticePathArgument).
#include "practice/practicecommand.h"
#include "practice/practicepathargument.h"

#include <QTest>

using namespace Sendcheck;

class TestPracticeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verbAndArgument()
    {
        const PracticeCommand ehlo("ehlo  client.example  ");
        QCOMPARE(ehlo.verb(), QByteArray("EHLO"));
        QCOMPARE(ehlo.argument(), QByteArray("client.example"));
        QCOMPARE(ehlo.loggedText(), QStringLiteral("ehlo  client.example  "));
        QVERIFY(!ehlo.isEmpty());
        const PracticeCommand quit("QUIT");
        QCOMPARE(quit.verb(), QByteArray("QUIT"));
        QVERIFY(quit.argument().isEmpty());
        QVERIFY(PracticeCommand(QByteArray()).isEmpty());
        QVERIFY(PracticeCommand(QByteArray()).verb().isEmpty());
    }

    void authInitialResponseNeverReachesTheTranscript_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("logged");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::addColumn<QByteArray>("initial");
        const QByteArray secret = QByteArray("\0practice\0s3cret", 16).toBase64();
        QTest::addRow("plain") << QByteArray("AUTH PLAIN " + secret)
                               << QStringLiteral("AUTH PLAIN <redacted>") << QByteArray("PLAIN")
                               << secret;
        QTest::addRow("lower case")
            << QByteArray("auth xoauth2 " + secret) << QStringLiteral("AUTH xoauth2 <redacted>")
            << QByteArray("XOAUTH2") << secret;
        QTest::addRow("no initial response")
            << QByteArray("AUTH LOGIN") << QStringLiteral("AUTH LOGIN") << QByteArray("LOGIN")
            << QByteArray();
        QTest::addRow("empty initial response (=)")
            << QByteArray("AUTH PLAIN =") << QStringLiteral("AUTH PLAIN <redacted>")
            << QByteArray("PLAIN") << QByteArray("=");
    }
    void authInitialResponseNeverReachesTheTranscript()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, logged);
        QFETCH(QByteArray, mechanism);
        QFETCH(QByteArray, initial);
        const PracticeCommand command(line);
        QCOMPARE(command.verb(), QByteArray("AUTH"));
        QCOMPARE(command.loggedText(), logged);
        QCOMPARE(command.authMechanism(), mechanism);
        QCOMPARE(command.authInitialResponse(), initial);
        if (!initial.isEmpty())
            QVERIFY(!command.loggedText().contains(QString::fromLatin1(initial)));
    }

    void beforeStartTls()
    {
        for (const char *line : {"EHLO a", "HELO a", "STARTTLS", "NOOP", "RSET", "QUIT"})
            QVERIFY2(PracticeCommand(line).allowedBeforeStartTls(), line);
        for (const char *line : {"AUTH PLAIN", "MAIL FROM:<a@b>", "RCPT TO:<a@b>", "DATA", "VRFY x",
                                 "HELP", "STARTTLSX"})
            QVERIFY2(!PracticeCommand(line).allowedBeforeStartTls(), line);
    }

    void mailFrom_data()
    {
        QTest::addColumn<QByteArray>("argument");
        QTest::addColumn<QString>("path"); // empty with a refusal
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<bool>("syntaxError");
        QTest::addRow("plain") << QByteArray("FROM:<a@example.com>")
                               << QStringLiteral("a@example.com") << QString() << false;
        QTest::addRow("space and case") << QByteArray("from: <a@example.com>")
                                        << QStringLiteral("a@example.com") << QString() << false;
        QTest::addRow("null path") << QByteArray("FROM:<>") << QString() << QString() << false;
        QTest::addRow("postmaster") << QByteArray("FROM:<Postmaster>")
                                    << QStringLiteral("Postmaster") << QString() << false;
        QTest::addRow("parameters") << QByteArray("FROM:<a@b> SIZE=100 BODY=8BITMIME SMTPUTF8 "
                                                  "AUTH=<>")
                                    << QStringLiteral("a@b") << QString() << false;
        QTest::addRow("no FROM:") << QByteArray("<a@b>") << QString()
                                  << QStringLiteral("501 5.5.4 Syntax: MAIL FROM:<address>")
                                  << true;
        QTest::addRow("no brackets")
            << QByteArray("FROM:a@b") << QString()
            << QStringLiteral("501 5.1.7 Bad sender address syntax") << true;
        QTest::addRow("no @") << QByteArray("FROM:<local>") << QString()
                              << QStringLiteral("501 5.1.7 Bad sender address syntax") << true;
        QTest::addRow("too long") << QByteArray("FROM:<" + QByteArray(255, 'a') + "@b>")
                                  << QString()
                                  << QStringLiteral("501 5.1.7 Bad sender address syntax") << true;
        QTest::addRow("bad SIZE") << QByteArray("FROM:<a@b> SIZE=-1") << QString()
                                  << QStringLiteral("501 5.5.4 Bad SIZE parameter") << true;
        QTest::addRow("SIZE over the limit")
            << QByteArray("FROM:<a@b> SIZE=1001") << QString()
            << QStringLiteral("552 5.3.4 Message size exceeds fixed limit") << false;
        QTest::addRow("SIZE at the limit")
            << QByteArray("FROM:<a@b> SIZE=1000") << QStringLiteral("a@b") << QString() << false;
        QTest::addRow("unknown option")
            << QByteArray("FROM:<a@b> RET=HDRS") << QString()
            << QStringLiteral("555 5.5.4 Unsupported option: RET=HDRS") << true;
        QTest::addRow("long unknown option, cut")
            << QByteArray("FROM:<a@b> X=" + QByteArray(100, 'y')) << QString()
            << QStringLiteral("555 5.5.4 Unsupported option: X=") + QString(62, QLatin1Char('y'))
            << true;
        // The parameters are checked in order: the first problem is the answer.
        QTest::addRow("size before option")
            << QByteArray("FROM:<a@b> SIZE=5000 RET=HDRS") << QString()
            << QStringLiteral("552 5.3.4 Message size exceeds fixed limit") << false;
    }
    void mailFrom()
    {
        QFETCH(QByteArray, argument);
        QFETCH(QString, path);
        QFETCH(QString, refusal);
        QFETCH(bool, syntaxError);
        const auto parsed = PracticePathArgument::mailFrom(argument, 1000);
        QCOMPARE(parsed.isValid(), refusal.isEmpty());
        QCOMPARE(parsed.path(), path);
        QCOMPARE(parsed.refusal(), refusal);
        QCOMPARE(parsed.isSyntaxError(), syntaxError);
    }

    void rcptTo()
    {
        auto parsed = PracticePathArgument::rcptTo("TO:<b@example.com> NOTIFY=NEVER");
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.path(), QStringLiteral("b@example.com"));
        parsed = PracticePathArgument::rcptTo("to: <postmaster>");
        QCOMPARE(parsed.path(), QStringLiteral("postmaster"));
        parsed = PracticePathArgument::rcptTo("TO:<>");
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.refusal(), QStringLiteral("501 5.1.3 Bad recipient address syntax"));
        QVERIFY(parsed.isSyntaxError());
        parsed = PracticePathArgument::rcptTo("<b@example.com>");
        QCOMPARE(parsed.refusal(), QStringLiteral("501 5.5.4 Syntax: RCPT TO:<address>"));
        parsed = PracticePathArgument::rcptTo("TO:<a b@example.com>");
        QVERIFY(!parsed.isValid());
    }

    void pathAndRest()
    {
        QByteArray rest;
        QCOMPARE(PracticePathArgument::parsePath("  <a@b>  SIZE=1 ", &rest), QStringLiteral("a@b"));
        QCOMPARE(rest, QByteArray("SIZE=1"));
        QVERIFY(!PracticePathArgument::parsePath("<a@b", &rest));
        QVERIFY(!PracticePathArgument::parsePath("<<a@b>", &rest));
    }
};

QTEST_GUILESS_MAIN(TestPracticeCommand)
#include "tst_practicecommand.moc"
