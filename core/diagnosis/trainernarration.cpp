// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainernarration.h"

#include "commandexplanations.h"
#include "smtp/smtpsession.h"

namespace Sendcheck {

namespace {
const auto MessageCommand = QLatin1String("<message>");
} // namespace

TrainerNarration::Progress TrainerNarration::progressOf(bool running, bool held,
                                                        const SessionResult &result)
{
    if (held)
        return Progress::Held;
    if (running)
        return Progress::Running;
    if (result.ok)
        return Progress::Succeeded;
    return result.failure.isFailure() ? Progress::Failed : Progress::Ended;
}

QString TrainerNarration::text(Progress progress, const QList<TranscriptEntry> &entries,
                               const QString &heldCommand, const QString &host, quint16 port)
{
    QString text;
    if (progress != Progress::NotStarted) {
        text = lastAnswer(entries);
        if (progress == Progress::Failed)
            text += QLatin1Char(' ')
                + tr("The session stopped here; the verdict below explains why.");
        else if (progress == Progress::Succeeded)
            text
                += QLatin1Char(' ') + tr("Done: the whole conversation, from greeting to goodbye.");
    }
    const QString next = nextStep(progress, heldCommand, host, port);
    if (!next.isEmpty())
        text = text.isEmpty() ? next : text + QStringLiteral("\n\n") + next;
    return text;
}

QString TrainerNarration::lastAnswer(const QList<TranscriptEntry> &entries)
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->direction != Direction::Server)
            continue;
        const QString reply = visibleText(it->text);
        if (reply.isEmpty())
            return {};
        return tr("The server answered \u201c%1\u201d. %2")
            .arg(reply, CommandExplanations::forReplyCode(it->text.left(3).toInt()));
    }
    return {};
}

QString TrainerNarration::nextStep(Progress progress, const QString &heldCommand,
                                   const QString &host, quint16 port)
{
    if (progress == Progress::Held) {
        const QString shown = heldCommand == MessageCommand ? tr("the message") : heldCommand;
        return tr("Next, Sendcheck sends %1: %2")
            .arg(QStringLiteral("\u201c%1\u201d").arg(visibleText(shown)),
                 forHeldCommand(heldCommand));
    }
    if (progress == Progress::Running)
        return {};
    return tr("Next: Sendcheck opens a connection to %1 port %2 and waits for the server's "
              "greeting (220). Each press of \u201cStep through\u201d then sends one command.")
        .arg(host)
        .arg(port);
}

QString TrainerNarration::forHeldCommand(const QString &command)
{
    if (command == MessageCommand)
        return tr("the message itself: its header lines, a blank line, the text, then a line "
                  "with a single dot.")
            + QLatin1Char(' ') + CommandExplanations::forCommand(QStringLiteral("."));
    for (const char *twoWords : {"MAIL FROM", "RCPT TO"}) {
        if (command.startsWith(QLatin1String(twoWords)))
            return CommandExplanations::forCommand(QLatin1String(twoWords));
    }
    return CommandExplanations::forCommand(command.section(QLatin1Char(' '), 0, 0));
}

} // namespace Sendcheck
