// SPDX-License-Identifier: GPL-3.0-or-later
// What the window says about one transcript line: the sentence for a command, an EHLO keyword
// or a reply code, the diagnosis of a refusal, and the "before encryption" note.
#include "diagnosis/commandexplanations.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/lineexplanation.h"

#include <QTest>

using namespace Sendcheck;

namespace {
TranscriptEntry line(Direction direction, const QString &text, bool insideTls = true)
{
    TranscriptEntry entry;
    entry.direction = direction;
    entry.text = text;
    entry.insideTls = insideTls;
    return entry;
}

DiagnosisContext session(Security security = Security::StartTls,
                         const QString &host = QStringLiteral("mail.example.com"))
{
    DiagnosisContext context;
    context.host = host;
    context.port = security == Security::ImplicitTls ? 465 : 587;
    context.security = security;
    return context;
}

const QString BeforeTls = QStringLiteral("(Sent before encryption started.)");
} // namespace

class TestLineExplanation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandSentences_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("EHLO") << "EHLO client.example"
                              << "EHLO: the client says hello";
        QTest::newRow("lower case") << "ehlo client.example"
                                    << "EHLO: the client says hello";
        QTest::newRow("HELO") << "HELO client.example"
                              << "HELO: the old hello";
        QTest::newRow("STARTTLS") << "STARTTLS"
                                  << "STARTTLS: asks the server to switch";
        QTest::newRow("AUTH redacted") << "AUTH PLAIN [redacted]"
                                       << "AUTH: signs in";
        QTest::newRow("MAIL FROM") << "MAIL FROM:<a@example.com> SIZE=120"
                                   << "MAIL FROM: starts";
        QTest::newRow("RCPT TO") << "RCPT TO:<b@example.org>"
                                 << "RCPT TO: names one recipient";
        QTest::newRow("DATA") << "DATA"
                              << "DATA: asks to send the message";
        QTest::newRow("final dot") << "."
                                   << "The final dot";
        QTest::newRow("QUIT") << "QUIT"
                              << "QUIT: says goodbye";
        QTest::newRow("RSET") << "RSET"
                              << "RSET: forgets the message";
        QTest::newRow("NOOP") << "NOOP"
                              << "NOOP: does nothing";
        QTest::newRow("VRFY") << "VRFY alex"
                              << "VRFY: asks whether a mailbox exists";
        QTest::newRow("EXPN") << "EXPN staff"
                              << "EXPN: asks for the members";
    }
    void commandSentences()
    {
        QFETCH(QString, line);
        QFETCH(QString, expectedStart);
        const QString sentence = CommandExplanations::forCommand(line);
        QVERIFY2(sentence.startsWith(expectedStart), qPrintable(sentence));
        // Inside TLS the line explanation is exactly the command's sentence.
        QCOMPARE(LineExplanation::forEntry(::line(Direction::Client, line), session()), sentence);
    }

    void wordsMustStandAlone()
    {
        // A command word is only recognised as a whole word: "MAILBOX" is not MAIL, a header
        // line that starts like a command is message text.
        QVERIFY(CommandExplanations::forCommand(QStringLiteral("DATABASE: x")).isEmpty());
        QVERIFY(CommandExplanations::forCommand(QStringLiteral("QUITE so")).isEmpty());
        QVERIFY(CommandExplanations::forCommand(QStringLiteral("Subject: hello")).isEmpty());
        QVERIFY(CommandExplanations::forCommand(QString()).isEmpty());
    }

    void messageLinesArePartOfTheMessage()
    {
        const QString text = LineExplanation::forEntry(
            line(Direction::Client, QStringLiteral("Subject: Sendcheck test message")), session());
        QCOMPARE(text,
                 QStringLiteral("Part of the message itself: headers and body go between DATA "
                                "and the final dot."));
    }

    void keywordSentences()
    {
        QVERIFY(CommandExplanations::forKeyword(QStringLiteral("PIPELINING"))
                    .startsWith(QLatin1String("PIPELINING:")));
        QVERIFY(CommandExplanations::forKeyword(QStringLiteral("SIZE 35882577"))
                    .startsWith(QLatin1String("SIZE:")));
        QVERIFY(CommandExplanations::forKeyword(QStringLiteral("AUTH PLAIN LOGIN"))
                    .startsWith(QLatin1String("AUTH: the sign-in methods")));
        QVERIFY(CommandExplanations::forKeyword(QStringLiteral("AUTH=LOGIN"))
                    .startsWith(QLatin1String("AUTH: the sign-in methods")));
        QVERIFY(CommandExplanations::forKeyword(QStringLiteral("X-EXPERIMENTAL")).isEmpty());
        // An EHLO answer line: the keyword's sentence, not the one for 250.
        QCOMPARE(LineExplanation::forEntry(line(Direction::Server, QStringLiteral("250-8BITMIME")),
                                           session()),
                 CommandExplanations::forKeyword(QStringLiteral("8BITMIME")));
        QCOMPARE(LineExplanation::forEntry(
                     line(Direction::Server, QStringLiteral("250 ENHANCEDSTATUSCODES")), session()),
                 CommandExplanations::forKeyword(QStringLiteral("ENHANCEDSTATUSCODES")));
    }

    void replyCodeSentences_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("greeting") << "220 mail.example.com ESMTP ready"
                                  << "220: the server is ready";
        QTest::newRow("bye") << "221 2.0.0 Bye"
                             << "221: the server says goodbye";
        QTest::newRow("signed in") << "235 2.7.0 Authentication successful"
                                   << "235: signed in.";
        QTest::newRow("ok") << "250 2.1.0 Ok"
                            << "250: done";
        QTest::newRow("forward") << "251 User not local; will forward"
                                 << "251: accepted";
        QTest::newRow("cannot verify") << "252 Cannot VRFY user"
                                       << "252: accepted";
        QTest::newRow("challenge") << "334 VXNlcm5hbWU6"
                                   << "334: the server waits";
        QTest::newRow("go ahead") << "354 End data with <CR><LF>.<CR><LF>"
                                  << "354: go ahead";
    }
    void replyCodeSentences()
    {
        QFETCH(QString, reply);
        QFETCH(QString, expectedStart);
        const QString text = LineExplanation::forEntry(line(Direction::Server, reply), session());
        QVERIFY2(text.startsWith(expectedStart), qPrintable(text));
    }

    void replyCodeClasses()
    {
        QVERIFY(CommandExplanations::forReplyCode(451).startsWith(
            QLatin1String("451: a temporary failure")));
        QVERIFY(CommandExplanations::forReplyCode(554).startsWith(
            QLatin1String("554: a permanent failure")));
        QVERIFY(CommandExplanations::forReplyCode(0).isEmpty());
        QVERIFY(CommandExplanations::forReplyCode(299).isEmpty());
        QVERIFY(CommandExplanations::forReplyCode(600).isEmpty());
    }

    void refusalsAreDiagnosed()
    {
        // A refusal gets the diagnosis of its words at this server, title and summary.
        const DiagnosisContext gmail
            = session(Security::StartTls, QStringLiteral("smtp.gmail.com"));
        const QString reply = QStringLiteral("535-5.7.8 Username and Password not accepted.");
        DiagnosisContext insideTls = gmail;
        insideTls.tlsActive = true;
        const Explanation expected = Diagnoser::explainText(reply, std::nullopt, insideTls);
        QCOMPARE(expected.topic, QStringLiteral("auth.app_password_required"));
        QCOMPARE(LineExplanation::forEntry(line(Direction::Server, reply), gmail),
                 QStringLiteral("%1: %2").arg(expected.title, expected.summary));
    }

    void otherLines()
    {
        QCOMPARE(
            LineExplanation::forEntry(line(Direction::Server, QStringLiteral("hello")), session()),
            QStringLiteral("A line from the server."));
        QCOMPARE(LineExplanation::forEntry(
                     line(Direction::Info, QStringLiteral("Connected to 127.0.0.1:587"), false),
                     session()),
                 QStringLiteral("What Sendcheck did or decided."));
        QCOMPARE(
            LineExplanation::forEntry(line(Direction::Tls, QStringLiteral("TLS 1.3")), session()),
            QStringLiteral("A fact about the encryption (TLS) of this connection."));
        QCOMPARE(
            LineExplanation::forEntry(
                line(Direction::Error, QStringLiteral("Connection refused"), false), session()),
            QStringLiteral("What went wrong. The verdict below explains it in plain words."));
    }

    void linesBeforeEncryptionAreMarked()
    {
        const TranscriptEntry ehlo = line(Direction::Client, QStringLiteral("EHLO me"), false);
        const QString sentence = CommandExplanations::forCommand(QStringLiteral("EHLO me"));
        // STARTTLS session: the first EHLO went out in the clear, and that is said.
        QCOMPARE(LineExplanation::forEntry(ehlo, session(Security::StartTls)),
                 sentence + QLatin1Char(' ') + BeforeTls);
        const TranscriptEntry greeting
            = line(Direction::Server, QStringLiteral("220 ready"), false);
        QVERIFY(LineExplanation::forEntry(greeting, session()).endsWith(BeforeTls));
        // A session without TLS: nothing was meant to be encrypted, so no note.
        QCOMPARE(LineExplanation::forEntry(ehlo, session(Security::None)), sentence);
        // Only commands and replies travel; Sendcheck's own notes are not marked.
        QVERIFY(
            !LineExplanation::forEntry(line(Direction::Info, QStringLiteral("x"), false), session())
                 .contains(BeforeTls));
    }
};

QTEST_GUILESS_MAIN(TestLineExplanation)
#include "tst_lineexplanation.moc"
