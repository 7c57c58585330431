// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosiscatalog.h"
#include "diagnosiscontext.h"
#include "evidence.h"
#include "explanation.h"
#include "smtp/smtpstage.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// What a reply (or an error text without one) said, as the diagnosis reads it.
struct ReplyFacts
{
    QString code; // "535"; empty when unknown
    QString enhanced; // "5.7.8"; empty when none
    QString text; // the server's words
    std::optional<Stage> stage;
    bool plainKnown = false; // known to have happened without TLS
    bool sure = false; // the reply is certain (see PastedReply::codeAtLineStart)
    QString flatText; // the whole text as pasted or reported, on one line
    // What another program wrapped around the reply ("Connected to ... but sender was
    // rejected. Remote host said:"): its words count, less than the server's own.
    QString wrapper;
};

// One topic with everything that spoke for it.
struct WeighedTopic
{
    QString topic;
    double score = 0; // its strongest piece of evidence plus a sixth of the other families' best
    int strongest = 0; // the weight of its strongest piece of evidence
    QList<Evidence> evidence; // the best piece of each kind, strongest first
    const DiagnosisRule *rule = nullptr; // the strongest rule that spoke for it
    const DiagnosisRule *summaryRule = nullptr; // the strongest one with its own summary
    QString provider; // the provider family named by its strongest provider rule
};

// The outcome of weighing: the winner, the next best topic, and how sure the choice is.
struct Verdict
{
    WeighedTopic best;
    std::optional<WeighedTopic> runnerUp;
    Explanation::Confidence confidence = Explanation::Confidence::Low;
};

// Replaces the first-match rule order: every rule that holds adds its evidence to its topic,
// the exact enhanced code comes from the IANA registry table (EnhancedStatusCodes), and the
// topic with the strongest total wins. An exact code or a provider's words cannot be outvoted
// by loose words, because a topic counts only the best piece of each kind at full weight.
class EvidenceScorer
{
public:
    // Nothing when no evidence at all was found.
    [[nodiscard]] static std::optional<Verdict> weigh(const ReplyFacts &facts,
                                                      const DiagnosisContext &context);
    // How sure a choice is, from the winner's strongest evidence and its lead.
    [[nodiscard]] static Explanation::Confidence confidenceOf(const WeighedTopic &best,
                                                              const WeighedTopic *runnerUp);
};

} // namespace Sendcheck
