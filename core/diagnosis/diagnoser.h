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
// explanation-topics.md. The rules are data (DiagnosisCatalog); they are tried in the documented
// order: provider text, the settings in use, enhanced code, reply code, first digit.
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
    // Every topic id of explanation-topics.md, in its order.
    [[nodiscard]] static QStringList allTopics();
};

} // namespace Sendcheck
