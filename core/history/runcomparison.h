// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rundifference.h"
#include "transcript/transcriptentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Sendcheck {

struct Report;

// "It worked last week, what changed?": a run set against the last successful run of the same
// profile. Lists what differs in the settings, the TLS version and certificate, the server's
// capabilities and greeting, and the first transcript line where the two runs part.
//
// Areas the run never reached (no TLS, no EHLO before it failed) are not compared: nothing was
// seen there, so nothing can be said to have changed. Transcript lines are compared without
// what changes from run to run anyway: in server replies every word containing a digit after
// the reply and enhanced codes (queue ids, timestamps, session ids, sizes), the message's header
// values (Date, Message-ID) and the SIZE= the client announces.
class RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::RunComparison)

public:
    struct Parting
    {
        qsizetype line = 0; // 1-based line number in both transcripts
        QString before; // "S 220 mail.example.com ESMTP"; empty: that run had ended
        QString after;
        friend bool operator==(const Parting &, const Parting &) = default;
    };

    QList<RunDifference> differences;
    std::optional<Parting> parting;

    [[nodiscard]] static RunComparison compare(const Report &lastSuccess, const Report &run);
    [[nodiscard]] bool identical() const { return differences.isEmpty() && !parting; }

    // {differences: [RunDifference::toJson()], transcript_parting: {line, before, after} or
    //  null}
    [[nodiscard]] QJsonObject toJson() const;
    // One line per difference, then where the transcripts part: for people.
    [[nodiscard]] QStringList toLines() const;

    // The form in which transcript lines are compared (see the class comment).
    [[nodiscard]] static QStringList comparableLines(const QList<TranscriptEntry> &entries);
};

} // namespace Sendcheck
