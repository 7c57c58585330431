// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencescorer.h"

#include "enhancedstatuscodes.h"
#include "serverprovider.h"
#include "topicids.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace Sendcheck {

namespace {

using Kind = Evidence::Kind;

constexpr int kindCount = int(Evidence::Kind::Session) + 1;
// A topic counts its best piece of evidence at full weight and the best of each other family
// of evidence at this fraction: agreement helps, but loose hints never equal an exact code.
constexpr double corroboration = 1.0 / 6.0;

// Evidence of one family is not independent: two patterns matching the same words, or a reply
// code and the enhanced code beside it, say one thing. Only different families corroborate.
enum class Family { Words, Codes, Circumstances };

Family familyOf(Evidence::Kind kind)
{
    switch (kind) {
    case Kind::ProviderPhrase:
    case Kind::Phrase:
        return Family::Words;
    case Kind::EnhancedCode:
    case Kind::EnhancedClass:
    case Kind::ReplyCode:
        return Family::Codes;
    case Kind::Stage:
    case Kind::HostProvider:
    case Kind::Session:
        break;
    }
    return Family::Circumstances;
}

bool signedInWithOAuth(const DiagnosisContext &context)
{
    return context.mechanism == AuthMechanism::XOAuth2
        || context.mechanism == AuthMechanism::OAuthBearer || context.oauthError.has_value();
}

// The Host* conditions of a rule, asked of the provider family the server name belongs to.
bool hostFits(const DiagnosisRule &rule, const QString &host)
{
    const ProviderFamily *family = ServerProvider::familyOfHost(host);
    if (!family || (rule.provider && family->id != QLatin1String(rule.provider)))
        return false;
    if ((rule.flags & HostNeedsAppPassword) && !ServerProvider::needsAppPassword(*family))
        return false;
    if ((rule.flags & HostSwitchesOffPasswords) && !ServerProvider::switchesOffPasswords(*family))
        return false;
    return true;
}

// "<code> <enhanced> <text>", with a 334 challenge's base64 decoded (Google's XOAUTH2 error
// arrives as base64 JSON).
QString subjectOf(const ReplyFacts &facts)
{
    QString subject
        = facts.code + QLatin1Char(' ') + facts.enhanced + QLatin1Char(' ') + facts.text;
    if (facts.code == QLatin1String("334")) {
        const QByteArray decoded = QByteArray::fromBase64(facts.text.trimmed().toLatin1());
        subject += QLatin1Char(' ') + QString::fromUtf8(decoded);
    }
    return subject;
}

QString commandOf(Stage stage)
{
    switch (stage) {
    case Stage::Connecting:
        return QStringLiteral("connect");
    case Stage::Banner:
        return QStringLiteral("the greeting");
    case Stage::Ehlo:
        return QStringLiteral("EHLO");
    case Stage::StartTls:
        return QStringLiteral("STARTTLS");
    case Stage::TlsHandshake:
        return QStringLiteral("the TLS handshake");
    case Stage::Auth:
        return QStringLiteral("AUTH");
    case Stage::MailFrom:
        return QStringLiteral("MAIL FROM");
    case Stage::RcptTo:
        return QStringLiteral("RCPT TO");
    case Stage::Data:
        return QStringLiteral("DATA");
    case Stage::Quit:
        return QStringLiteral("QUIT");
    case Stage::Idle:
    case Stage::Done:
        break;
    }
    return stageName(stage);
}

// A code RFC 4954 / 5248 defines as the answer to AUTH is that only in an AUTH exchange.
bool inAuthExchange(const ReplyFacts &facts)
{
    if (facts.stage)
        return *facts.stage == Stage::Auth;
    static const QStringList authCodes
        = {QStringLiteral("432"), QStringLiteral("454"), QStringLiteral("500"),
           QStringLiteral("501"), QStringLiteral("504"), QStringLiteral("530"),
           QStringLiteral("534"), QStringLiteral("535"), QStringLiteral("538")};
    return facts.code.isEmpty() || authCodes.contains(facts.code);
}

struct Collector
{
    struct Slot
    {
        Evidence evidence;
        const DiagnosisRule *rule = nullptr;
    };
    struct Entry
    {
        QString topic;
        std::array<std::optional<Slot>, kindCount> best;
        int order = 0;
    };
    QList<Entry> entries;

    void add(QLatin1StringView topic, Evidence evidence, const DiagnosisRule *rule)
    {
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const Entry &entry) { return entry.topic == topic; });
        if (it == entries.end()) {
            entries.append(Entry {topic, {}, int(entries.size())});
            it = entries.end() - 1;
        }
        std::optional<Slot> &slot = it->best[int(evidence.kind)];
        if (!slot || slot->evidence.weight < evidence.weight)
            slot = Slot {std::move(evidence), rule};
    }

    [[nodiscard]] QList<WeighedTopic> weighed() const
    {
        QList<WeighedTopic> result;
        for (const Entry &entry : entries) {
            WeighedTopic topic;
            topic.topic = entry.topic;
            QList<const Slot *> slots;
            for (const std::optional<Slot> &slot : entry.best) {
                if (slot)
                    slots << &*slot;
            }
            std::stable_sort(slots.begin(), slots.end(), [](const Slot *a, const Slot *b) {
                return a->evidence.weight > b->evidence.weight;
            });
            std::array<int, 3> families {};
            for (const Slot *slot : slots) {
                topic.evidence << slot->evidence;
                int &best = families[size_t(familyOf(slot->evidence.kind))];
                best = std::max(best, slot->evidence.weight);
                if (slot->rule && !topic.rule)
                    topic.rule = slot->rule;
                if (slot->rule && !topic.summaryRule && !slot->rule->summary.isEmpty())
                    topic.summaryRule = slot->rule;
                if (slot->rule && slot->rule->provider && topic.provider.isEmpty())
                    topic.provider = QString::fromLatin1(slot->rule->provider);
            }
            topic.strongest = slots.first()->evidence.weight;
            const int total = families[0] + families[1] + families[2];
            topic.score = topic.strongest + corroboration * (total - topic.strongest);
            result << topic;
        }
        // Highest score first; on a tie the stronger single piece, then the first found.
        std::stable_sort(result.begin(), result.end(),
                         [](const WeighedTopic &a, const WeighedTopic &b) {
                             if (a.score != b.score)
                                 return a.score > b.score;
                             return a.strongest > b.strongest;
                         });
        return result;
    }
};

QString evidenceText(const DiagnosisRule &rule, const ReplyFacts &facts,
                     const QRegularExpressionMatch &textMatch, const DiagnosisContext &context)
{
    const QString code = !facts.code.isEmpty() ? facts.code : facts.enhanced;
    switch (rule.kind) {
    case Evidence::Kind::ProviderPhrase:
    case Evidence::Kind::Phrase:
        if (textMatch.hasMatch())
            return textMatch.captured(0).simplified();
        break;
    case Evidence::Kind::EnhancedCode:
    case Evidence::Kind::EnhancedClass:
        if (!facts.enhanced.isEmpty())
            return facts.enhanced;
        break;
    case Evidence::Kind::ReplyCode:
        return code;
    case Evidence::Kind::Stage:
        if (facts.stage)
            return QStringLiteral("%1 to %2").arg(code, commandOf(*facts.stage));
        break;
    case Evidence::Kind::HostProvider:
        return QStringLiteral("%1 at %2").arg(code, context.host);
    case Evidence::Kind::Session:
        if (rule.flags & BeforeTls)
            return QStringLiteral("%1 before TLS").arg(code);
        if (rule.flags & OAuth)
            return QStringLiteral("%1 after an OAuth sign-in").arg(code);
        if (facts.stage)
            return QStringLiteral("%1 to %2").arg(code, commandOf(*facts.stage));
        break;
    }
    return textMatch.hasMatch() ? textMatch.captured(0).simplified() : code;
}

// Whether a rule's reply-code condition holds. A wrapper that dropped the reply code ("The
// server response was: 5.7.1 ...") still shows its class in the enhanced code's first digit:
// a condition on the class alone ("5..") holds for it, one on a particular code does not.
bool codeHolds(const CompiledRule &compiled, const ReplyFacts &facts)
{
    if (compiled.code.match(facts.code).hasMatch())
        return true;
    if (!facts.code.isEmpty() || facts.enhanced.isEmpty())
        return false;
    const QChar digit = facts.enhanced.at(0);
    for (const QLatin1StringView rest :
         {QLatin1StringView("00"), QLatin1StringView("50"), QLatin1StringView("99")}) {
        if (!compiled.code.match(digit + QString(rest)).hasMatch())
            return false;
    }
    return true;
}

enum class Pass { Reply, Words };

void collectRules(Collector &collector, const std::vector<CompiledRule> &rules,
                  const RuleFilter &filter, const ReplyFacts &facts, const QString &subject,
                  const DiagnosisContext &context, double scale, Pass pass = Pass::Reply)
{
    const bool noReply = facts.code.isEmpty() && facts.enhanced.isEmpty();
    const bool registered = EnhancedStatusCodes::find(facts.enhanced) != nullptr;
    const std::vector<bool> possible = filter.candidates(subject);
    for (size_t index = 0; index < rules.size(); ++index) {
        const CompiledRule &compiled = rules[index];
        const DiagnosisRule &rule = *compiled.rule;
        if (rule.text && !possible[index])
            continue; // none of the words its pattern needs is in the text
        // The class of an enhanced code speaks only for codes the registry does not name.
        if (rule.kind == Kind::EnhancedClass && registered)
            continue;
        // Words outside the reply speak only as words.
        if (pass == Pass::Words
            && (!rule.text || rule.code || rule.enhanced
                || (rule.kind != Kind::Phrase && rule.kind != Kind::ProviderPhrase)))
            continue;
        if (rule.code && !codeHolds(compiled, facts))
            continue;
        if (rule.enhanced && !compiled.enhanced.match(facts.enhanced).hasMatch())
            continue;
        if (rule.stages && (!facts.stage || !(rule.stages & (1u << unsigned(*facts.stage)))))
            continue;
        if ((rule.flags & BeforeTls) && !facts.plainKnown)
            continue;
        if ((rule.flags & OAuth) && !signedInWithOAuth(context))
            continue;
        if ((rule.flags & SureReply) && !facts.sure)
            continue;
        if ((rule.flags & NoReply) && !noReply)
            continue;
        if ((rule.flags & (HostNeedsAppPassword | HostSwitchesOffPasswords | HostIsProvider))
            && !hostFits(rule, context.host))
            continue;
        QRegularExpressionMatch textMatch;
        if (rule.text) {
            textMatch = compiled.text.match(subject);
            if (!textMatch.hasMatch())
                continue;
        }
        Evidence evidence {rule.kind, evidenceText(rule, facts, textMatch, context),
                           int(rule.weight * scale + 0.5)};
        collector.add(rule.topic, std::move(evidence), &rule);
    }
}

void collectRegistry(Collector &collector, const ReplyFacts &facts)
{
    if (facts.enhanced.isEmpty())
        return;
    const EnhancedStatusCode *entry = EnhancedStatusCodes::find(facts.enhanced);
    if (!entry)
        return;
    int weight = entry->weight;
    if ((entry->flags & EnhancedStatusCode::AuthReply) && !inAuthExchange(facts))
        weight = Weight::Vague;
    if ((entry->flags & EnhancedStatusCode::PermanentOnly)
        && facts.enhanced.startsWith(QLatin1Char('4')))
        weight = Weight::Vague;
    if (facts.enhanced.startsWith(QLatin1Char('2')))
        weight = std::max(weight, int(Weight::Phrase));
    collector.add(EnhancedStatusCodes::topicOf(facts.enhanced),
                  Evidence {Evidence::Kind::EnhancedCode, facts.enhanced, weight}, nullptr);
}

} // namespace

std::optional<Verdict> EvidenceScorer::weigh(const ReplyFacts &facts,
                                             const DiagnosisContext &context)
{
    Collector collector;
    const bool hasReply = !facts.code.isEmpty() || !facts.enhanced.isEmpty();
    if (hasReply || !facts.text.isEmpty()) {
        collectRules(collector, DiagnosisCatalog::replyRules(), DiagnosisCatalog::replyFilter(),
                     facts, subjectOf(facts), context, 1.0);
        collectRegistry(collector, facts);
        if (!facts.wrapper.trimmed().isEmpty())
            collectRules(collector, DiagnosisCatalog::replyRules(), DiagnosisCatalog::replyFilter(),
                         facts, facts.wrapper, context, 0.6, Pass::Words);
    }
    // A library's or socket's words: what happened to the connection when no reply came, only
    // the server's choice of words inside a reply.
    if (!facts.flatText.trimmed().isEmpty())
        collectRules(collector, DiagnosisCatalog::transportRules(),
                     DiagnosisCatalog::transportFilter(), facts, facts.flatText, context,
                     !hasReply        ? 1.0
                         : facts.sure ? 0.5
                                      : 0.8);
    QList<WeighedTopic> topics = collector.weighed();
    if (topics.isEmpty())
        return std::nullopt;
    Verdict verdict;
    verdict.best = topics.first();
    if (topics.size() > 1)
        verdict.runnerUp = topics.at(1);
    verdict.confidence
        = confidenceOf(verdict.best, verdict.runnerUp ? &*verdict.runnerUp : nullptr);
    return verdict;
}

Explanation::Confidence EvidenceScorer::confidenceOf(const WeighedTopic &best,
                                                     const WeighedTopic *runnerUp)
{
    const double lead = best.score - (runnerUp ? runnerUp->score : 0.0);
    if (best.strongest >= Weight::Exact && lead >= 20)
        return Explanation::Confidence::High;
    if (best.strongest >= Weight::Loose && lead >= 10)
        return Explanation::Confidence::Medium;
    return Explanation::Confidence::Low;
}

} // namespace Sendcheck
