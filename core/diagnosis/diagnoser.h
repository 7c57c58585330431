// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosiscontext.h"
#include "explanation.h"
#include "smtp/sessionfailure.h"
#include "smtp/smtpstage.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// Turns a failure into an Explanation: what happened, why, and what to do, with a topic id from
// topicids.h. The rules are data (DiagnosisCatalog); every rule that holds adds its evidence and
// weight, and the topic with the strongest evidence wins (EvidenceScorer), so an exact code or a
// provider's own words are never outvoted by a loose phrase.
class Diagnoser
{
public:
    // A failure as the engine reports it.
    [[nodiscard]] static Explanation explain(const SessionFailure &failure,
                                             const DiagnosisContext &context);
    // A reply or error text pasted by a person, possibly wrapped by another program.
    [[nodiscard]] static Explanation explainText(const QString &pastedText,
                                                 std::optional<Stage> stage,
                                                 const DiagnosisContext &context);
    // Every topic id (topicids.h), in its order.
    [[nodiscard]] static QStringList allTopics();
};

} // namespace Sendcheck
