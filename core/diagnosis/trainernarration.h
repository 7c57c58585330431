// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcript/transcriptentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sendcheck {

struct SessionResult;

// What trainer mode says while a session is stepped through one command at a time: the
// server's last answer and what it means, then what the next press of "Step through" does.
class TrainerNarration
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::TrainerNarration)

public:
    // Where the stepped session stands.
    enum class Progress {
        NotStarted, // no step taken yet: the next press connects
        Held, // paused before the command it holds back
        Running, // a command is on its way
        Succeeded, // the whole conversation went through
        Failed, // it stopped on a failure (or was stopped); the verdict explains it
        Ended, // over without a result of its own (it never started)
    };

    [[nodiscard]] static Progress progressOf(bool running, bool held, const SessionResult &result);

    // The narration for `progress`. `entries`: the transcript so far; `heldCommand`: what the
    // session holds back ("EHLO host", "<message>" for the message itself); `host` and `port`:
    // where a new session connects.
    [[nodiscard]] static QString text(Progress progress, const QList<TranscriptEntry> &entries,
                                      const QString &heldCommand, const QString &host,
                                      quint16 port);
    // What the held-back command does ("<message>": the message and its final dot).
    [[nodiscard]] static QString forHeldCommand(const QString &command);

private:
    [[nodiscard]] static QString lastAnswer(const QList<TranscriptEntry> &entries);
    [[nodiscard]] static QString nextStep(Progress progress, const QString &heldCommand,
                                          const QString &host, quint16 port);
};

} // namespace Sendcheck
