// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence.h"
#include "explanation.h"
#include "rulefilter.h"
#include "smtp/smtpstage.h"

#include <QLatin1StringView>
#include <QRegularExpression>
#include <QString>

#include <initializer_list>
#include <vector>

namespace Sendcheck {

// A text of the catalog as QT_TRANSLATE_NOOP3 leaves it: the English source and a key that
// tells translators (and lupdate) which entry it belongs to. Lists (causes, fixes) are one text
// with one item per line, so a translator sees the whole list at once.
struct CatalogText
{
    const char *source = nullptr;
    const char *key = nullptr;

    [[nodiscard]] bool isEmpty() const { return !source || !*source; }
    [[nodiscard]] QString translated() const;
    [[nodiscard]] QStringList translatedLines() const;
};

// One explanation topic (topicids.h) with its default texts.
struct TopicEntry
{
    QLatin1StringView id; // a Topic:: constant
    Explanation::Severity severity = Explanation::Severity::Error;
    bool transient = false;
    CatalogText title;
    CatalogText summary;
    CatalogText causes;
    CatalogText fixes;
    CatalogText reference;
};

// Conditions a rule can ask for beyond code, text and stage. The Host* ones ask the provider
// catalog (resources/providers.json) about the provider family the server name belongs to.
enum RuleFlag : unsigned {
    BeforeTls = 1u << 0, // known to have happened on an unencrypted connection
    OAuth = 1u << 1, // the session signed in with OAuth (XOAUTH2 or OAUTHBEARER)
    HostNeedsAppPassword = 1u << 2, // every preset of the server's provider wants an app password
    HostSwitchesOffPasswords = 1u << 3, // the server's provider can refuse password sign-in
                                        // whatever the password (SMTP AUTH off, being retired)
    HostIsProvider = 1u << 4, // the server belongs to `provider`'s family
    SureReply = 1u << 5, // the text held a reply for sure (a code at a line's start, an
                         // enhanced code, a tuple), not just a number among other words
    NoReply = 1u << 6, // the text held no reply code at all: a library's or socket's words
};

[[nodiscard]] constexpr unsigned stageMask(std::initializer_list<Stage> stages)
{
    unsigned mask = 0;
    for (Stage stage : stages)
        mask |= 1u << unsigned(stage);
    return mask;
}

// How much one kind of evidence weighs (DiagnosisRule::weight). The topic with the strongest
// total wins (EvidenceScorer): its strongest piece of evidence plus a sixth of the best of each
// other family (words, codes, circumstances), so agreement breaks ties but never lets loose
// words outvote an exact code. A rule may weigh
// more or less than its kind's usual figure; the table says why where it does.
namespace Weight {
inline constexpr int Session = 200; // a fact of the session outweighs any wording
inline constexpr int Provider = 100; // a provider's own words for one situation
inline constexpr int Decisive = 85; // general words that name the situation beyond doubt
inline constexpr int HostProvider = 90; // what the server's provider does with this code
inline constexpr int ProviderCode = 80; // a provider's own enhanced code (Microsoft 5.7.57)
inline constexpr int Exact = 70; // an exact registered enhanced code with one meaning
inline constexpr int Phrase = 50; // the usual words for the situation
inline constexpr int Loose = 30; // words that often, not always, mean it ("try again later")
inline constexpr int Stage = 25; // a reply code read with the step it answered
inline constexpr int Vague = 15; // a code that says little (x.7.1, x.0.0, a bare 550)
inline constexpr int Class = 8; // only the class and subject of an enhanced code
} // namespace Weight

// One piece of evidence the diagnosis knows: when every condition that is set holds, it speaks
// for `topic` with `weight`. Rules do not exclude each other; all that hold are weighed.
struct DiagnosisRule
{
    // The rule's name: the provider and error it was written for, or what it matches.
    const char *entry = nullptr;
    QLatin1StringView topic; // the topic id it speaks for (a Topic:: constant)
    Evidence::Kind kind = Evidence::Kind::Phrase;
    int weight = Weight::Phrase;
    const char *code = nullptr; // regex over the three-digit reply code ("535", "4..")
    const char *enhanced = nullptr; // regex over the enhanced code ("5\\.7\\.8")
    const char *text = nullptr; // regex searched in "<code> <enhanced> <text>"
    unsigned stages = 0; // stageMask(); 0: any stage, also an unknown one
    unsigned flags = 0; // RuleFlag
    // Provider family (providers.json) for the hint, when the text names one. With a Host*
    // flag the rule holds only for that family's servers.
    const char *provider = nullptr;
    CatalogText summary {}; // replaces the topic's summary when set
};

// A hint about one provider's quirks, shown for the topics it concerns. Which servers and
// presets belong to the provider is the provider catalog's knowledge (its "families").
struct ProviderHint
{
    const char *provider = nullptr; // provider family id: "gmail", "microsoft", "ses", ...
    const char *topics = nullptr; // regex over the topic id
    CatalogText text;
};

// Texts for the reference line: what a reply code, an enhanced code class, subject or detail
// means, and where it is defined.
struct CodeMeaning
{
    const char *code = nullptr; // "535", "4", "x.7", "x.7.8"
    CatalogText text;
};

// The compiled form of a DiagnosisRule (regular expressions built once).
struct CompiledRule
{
    const DiagnosisRule *rule = nullptr;
    QRegularExpression code;
    QRegularExpression enhanced;
    QRegularExpression text;
};

// The data of the diagnosis: topics, rules, provider hints, code meanings.
class DiagnosisCatalog
{
public:
    [[nodiscard]] static const std::vector<TopicEntry> &topics();
    [[nodiscard]] static const TopicEntry *topic(const QString &id);
    [[nodiscard]] static const std::vector<CompiledRule> &replyRules();
    // Texts from TLS libraries and sockets: what happened to the connection. Inside a server's
    // reply they are the server's words and weigh less (EvidenceScorer).
    [[nodiscard]] static const std::vector<CompiledRule> &transportRules();
    // Which of the rules' text patterns can match a text at all (same order as the rules).
    [[nodiscard]] static const RuleFilter &replyFilter();
    [[nodiscard]] static const RuleFilter &transportFilter();
    [[nodiscard]] static const std::vector<ProviderHint> &providerHints();
    [[nodiscard]] static QString codeMeaning(const QString &code); // empty when unknown
    [[nodiscard]] static QString translate(const char *source, const char *key);
};

} // namespace Sendcheck
