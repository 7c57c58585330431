// SPDX-License-Identifier: GPL-3.0-or-later
// Trainer mode's narration: the server's last answer and what it means, then what the next
// press of "Step through" sends, for each state of a stepped session.
#include "diagnosis/commandexplanations.h"
#include "diagnosis/trainernarration.h"
#include "smtp/smtpsession.h"

#include <QTest>

using namespace Sendcheck;
using Progress = TrainerNarration::Progress;

namespace {
TranscriptEntry line(Direction direction, const QString &text)
{
    TranscriptEntry entry;
    entry.direction = direction;
    entry.text = text;
    return entry;
}

const QString Host = QStringLiteral("smtp.example.com");
constexpr quint16 Port = 587;
const QString FirstStep = QStringLiteral(
    "Next: Sendcheck opens a connection to smtp.example.com port 587 and waits for the "
    "server's greeting (220). Each press of \u201cStep through\u201d then sends one command.");

// Greeting, EHLO and its answer: the state after the second press.
QList<TranscriptEntry> afterEhlo()
{
    return {line(Direction::Info, QStringLiteral("Connected to 192.0.2.1:587")),
            line(Direction::Server, QStringLiteral("220 smtp.example.com ESMTP")),
            line(Direction::Client, QStringLiteral("EHLO me.example")),
            line(Direction::Server, QStringLiteral("250-smtp.example.com")),
            line(Direction::Server, QStringLiteral("250 STARTTLS"))};
}
} // namespace

class TestTrainerNarration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressOfASession()
    {
        SessionResult result;
        QCOMPARE(TrainerNarration::progressOf(true, true, result), Progress::Held);
        QCOMPARE(TrainerNarration::progressOf(true, false, result), Progress::Running);
        QCOMPARE(TrainerNarration::progressOf(false, false, result), Progress::Ended);
        result.failure.kind = FailureKind::Cancelled;
        QCOMPARE(TrainerNarration::progressOf(false, false, result), Progress::Failed);
        result.failure.kind = FailureKind::Reply;
        QCOMPARE(TrainerNarration::progressOf(false, false, result), Progress::Failed);
        result = SessionResult();
        result.ok = true;
        QCOMPARE(TrainerNarration::progressOf(false, false, result), Progress::Succeeded);
    }

    void beforeTheFirstStep()
    {
        // Only what the first press does, even with an old transcript still on screen.
        QCOMPARE(TrainerNarration::text(Progress::NotStarted, {}, {}, Host, Port), FirstStep);
        QCOMPARE(TrainerNarration::text(Progress::NotStarted, afterEhlo(), QString(), Host, Port),
                 FirstStep);
    }

    void heldBeforeTheNextCommand()
    {
        const QString text = TrainerNarration::text(Progress::Held, afterEhlo(),
                                                    QStringLiteral("STARTTLS"), Host, Port);
        QCOMPARE(text,
                 QStringLiteral("The server answered \u201c250 STARTTLS\u201d. ")
                     + CommandExplanations::forReplyCode(250) + QStringLiteral("\n\n")
                     + QStringLiteral("Next, Sendcheck sends \u201cSTARTTLS\u201d: ")
                     + CommandExplanations::forCommand(QStringLiteral("STARTTLS")));
    }

    void heldMessage()
    {
        const QString text = TrainerNarration::text(
            Progress::Held,
            {line(Direction::Server, QStringLiteral("354 End data with <CR><LF>.<CR><LF>"))},
            QStringLiteral("<message>"), Host, Port);
        QVERIFY2(text.startsWith(QStringLiteral("The server answered \u201c354 End data with "
                                                "<CR><LF>.<CR><LF>\u201d. 354: go ahead")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n\nNext, Sendcheck sends \u201cthe message\u201d: "
                                              "the message itself: its header lines")),
                 qPrintable(text));
        QVERIFY(text.endsWith(CommandExplanations::forCommand(QStringLiteral("."))));
    }

    void heldCommandSentences()
    {
        // Commands of two words are explained by both, whatever follows them.
        QCOMPARE(TrainerNarration::forHeldCommand(QStringLiteral("MAIL FROM:<a@example.com>")),
                 CommandExplanations::forCommand(QStringLiteral("MAIL FROM")));
        QCOMPARE(TrainerNarration::forHeldCommand(QStringLiteral("RCPT TO:<b@example.org>")),
                 CommandExplanations::forCommand(QStringLiteral("RCPT TO")));
        QCOMPARE(TrainerNarration::forHeldCommand(QStringLiteral("EHLO me.example")),
                 CommandExplanations::forCommand(QStringLiteral("EHLO")));
        QCOMPARE(TrainerNarration::forHeldCommand(QStringLiteral("AUTH PLAIN [redacted]")),
                 CommandExplanations::forCommand(QStringLiteral("AUTH")));
        QVERIFY(TrainerNarration::forHeldCommand(QStringLiteral("XYZZY")).isEmpty());
    }

    void runningSaysOnlyTheAnswer()
    {
        QCOMPARE(TrainerNarration::text(Progress::Running, afterEhlo(), QStringLiteral("STARTTLS"),
                                        Host, Port),
                 QStringLiteral("The server answered \u201c250 STARTTLS\u201d. ")
                     + CommandExplanations::forReplyCode(250));
    }

    void finishedSessions()
    {
        QList<TranscriptEntry> entries = afterEhlo();
        entries.append(line(Direction::Client, QStringLiteral("QUIT")));
        entries.append(line(Direction::Server, QStringLiteral("221 2.0.0 Bye")));
        entries.append(line(Direction::Info, QStringLiteral("Session ended")));
        const QString answer = QStringLiteral("The server answered \u201c221 2.0.0 Bye\u201d. ")
            + CommandExplanations::forReplyCode(221);
        QCOMPARE(TrainerNarration::text(Progress::Succeeded, entries, {}, Host, Port),
                 answer + QStringLiteral(" Done: the whole conversation, from greeting to goodbye.")
                     + QStringLiteral("\n\n") + FirstStep);
        QCOMPARE(TrainerNarration::text(Progress::Ended, entries, {}, Host, Port),
                 answer + QStringLiteral("\n\n") + FirstStep);

        const QList<TranscriptEntry> refused
            = {line(Direction::Server, QStringLiteral("220 ready")),
               line(Direction::Client, QStringLiteral("AUTH PLAIN [redacted]")),
               line(Direction::Server, QStringLiteral("535 5.7.8 Authentication failed")),
               line(Direction::Error, QStringLiteral("The server refused the sign-in"))};
        const QString failed = TrainerNarration::text(Progress::Failed, refused, {}, Host, Port);
        QVERIFY2(failed.startsWith(QStringLiteral(
                     "The server answered \u201c535 5.7.8 Authentication failed\u201d. 535: a "
                     "permanent failure")),
                 qPrintable(failed));
        QVERIFY(failed.contains(
            QStringLiteral(" The session stopped here; the verdict below explains why.\n\n")));
        QVERIFY(failed.endsWith(FirstStep));
    }

    void serverWordsAreShownNotObeyed()
    {
        // Control characters in a reply become visible escapes in the narration.
        const QString text = TrainerNarration::text(
            Progress::Running, {line(Direction::Server, QStringLiteral("220 hi\x1b[31mred"))},
            QString(), Host, Port);
        QVERIFY2(text.contains(QStringLiteral("\u201c220 hi\\x1b[31mred\u201d")), qPrintable(text));
        QVERIFY(!text.contains(QChar(0x1b)));
        // Also in the command that is held back.
        const QString held
            = TrainerNarration::text(Progress::Held, {}, QStringLiteral("EHLO a\tb"), Host, Port);
        QVERIFY2(held.contains(QStringLiteral("\u201cEHLO a\\tb\u201d")), qPrintable(held));
    }
};

QTEST_GUILESS_MAIN(TestTrainerNarration)
#include "tst_trainernarration.moc"
