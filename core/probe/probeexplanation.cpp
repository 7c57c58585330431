// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeexplanation.h"

#include "diagnosis/diagnosiscatalog.h"
#include "probeattemptresult.h"

namespace Sendcheck {

Explanation probeExplanation(const ProbeAttemptResult &attempt)
{
    Explanation explanation;
    const TopicEntry *entry = DiagnosisCatalog::topic(attempt.topic);
    if (!entry)
        return explanation;
    explanation.topic = attempt.topic;
    explanation.severity = entry->severity;
    explanation.transient = entry->transient;
    explanation.title = entry->title.translated();
    explanation.summary = entry->summary.translated();
    explanation.causes = entry->causes.translatedLines();
    explanation.fixes = entry->fixes.translatedLines();
    explanation.reference = entry->reference.translated();
    explanation.serverText = attempt.detail;
    return explanation;
}

} // namespace Sendcheck
