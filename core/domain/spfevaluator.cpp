// SPDX-License-Identifier: GPL-3.0-or-later
#include "spfevaluator.h"

#include "dns/dnsanswer.h"
#include "dns/dnsname.h"
#include "dns/dnsresolver.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSpf, "sendcheck.spf")

namespace Sendcheck {

struct SpfEvaluator::Node
{
    QString domain;
    QString via;
    QString record;
    SpfResultCode result = SpfResultCode::None;
    QString matched;
    QString error;
    int lookups = 0;
    std::vector<std::shared_ptr<Node>> children;

    [[nodiscard]] SpfNode toValue() const
    {
        SpfNode node;
        node.domain = domain;
        node.via = via;
        node.record = record;
        node.result = result;
        node.matched = matched;
        node.error = error;
        node.lookups = lookups;
        for (const auto &child : children)
            node.children << child->toValue();
        return node;
    }
};

// One record being evaluated: where it is, and what to call with its result.
struct SpfEvaluator::Frame
{
    QString domain;
    SpfRecord record;
    std::shared_ptr<Node> node;
    bool wantExplanation = false;
    QStringList path; // domains of the records above, for loop detection in audit mode
    int index = 0; // the next term
    Done done;
};

namespace {

// Texts are looked up as SpfEvaluatorText::tr("...") so that lupdate sees each one with its
// context.
struct SpfEvaluatorText
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::SpfEvaluator)
};

// RFC 7208 4.3: a multi-label name that can be queried; not a domain literal.
bool isCheckableDomain(const QString &domain)
{
    if (domain.startsWith(QLatin1Char('[')) || !DnsName::isQueryable(domain))
        return false;
    QString d = domain;
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d.contains(QLatin1Char('.'));
}

QHostAddress unmapped(const QHostAddress &ip)
{
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : ip;
}

SpfResultCode qualifierResult(QChar qualifier)
{
    switch (qualifier.unicode()) {
    case '-':
        return SpfResultCode::Fail;
    case '~':
        return SpfResultCode::SoftFail;
    case '?':
        return SpfResultCode::Neutral;
    default:
        return SpfResultCode::Pass;
    }
}

bool hasMacro(const QString &text)
{
    return text.contains(QLatin1Char('%'));
}

QString lookupError(const DnsAnswer &answer)
{
    return SpfEvaluatorText::tr("DNS lookup failed: %1").arg(answer.describe());
}

} // namespace

SpfEvaluator::SpfEvaluator(DnsResolver *resolver, QObject *parent)
    : QObject(parent), m_resolver(resolver)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this]() {
        finish({SpfResultCode::TempError,
                SpfEvaluatorText::tr(
                    "The SPF check took longer than %1 s (DNS too slow or not answering).")
                    .arg(m_timeLimitMs / 1000),
                QString()});
    });
}

SpfEvaluator::~SpfEvaluator() = default;

DnsRecordType SpfEvaluator::addressType() const
{
    return m_ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsRecordType::AAAA
                                                            : DnsRecordType::A;
}

void SpfEvaluator::start(const SpfQuery &query)
{
    ++m_generation;
    m_running = true;
    m_lookups = 0;
    m_voids = 0;
    m_auditError.clear();
    m_auditResult = SpfResultCode::Neutral;
    m_ip = query.ip.isNull() ? QHostAddress() : unmapped(query.ip);

    SpfMacro::Values values;
    QString domain;
    const QString mailFrom = query.mailFrom.trimmed();
    if (mailFrom.isEmpty()) {
        values.localPart = QStringLiteral("postmaster");
        domain = query.helo;
    } else {
        const int at = mailFrom.lastIndexOf(QLatin1Char('@'));
        values.localPart = at < 0 ? QStringLiteral("postmaster") : mailFrom.left(at);
        if (values.localPart.isEmpty())
            values.localPart = QStringLiteral("postmaster");
        domain = at < 0 ? mailFrom : mailFrom.mid(at + 1);
    }
    if (!query.domain.isEmpty())
        domain = query.domain;
    values.senderDomain = domain;
    values.sender = values.localPart + QLatin1Char('@') + domain;
    values.ip = m_ip;
    values.helo = query.helo;
    values.receiver = query.receiver;
    values.timestamp = QDateTime::currentSecsSinceEpoch();
    m_values = values;

    m_root = std::make_shared<Node>();
    m_deadline.start(m_timeLimitMs);
    const quint64 generation = m_generation;
    checkHost(domain, m_root, !audit(), {}, [this, generation](const Outcome &outcome) {
        if (generation == m_generation)
            finish(outcome);
    });
}

void SpfEvaluator::finish(const Outcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // late answers are dropped
    m_deadline.stop();
    SpfResult result;
    result.result = outcome.result;
    result.error = outcome.error;
    if (audit() && m_auditResult != SpfResultCode::Neutral
        && outcome.result != SpfResultCode::None) {
        result.result = m_auditResult;
        result.error = m_auditError;
    }
    result.explanation = outcome.explanation;
    result.domain = m_root->domain;
    result.record = m_root->record;
    result.dnsLookups = m_lookups;
    result.voidLookups = m_voids;
    result.tree = m_root->toValue();
    if (audit() && result.result == SpfResultCode::Neutral && m_lookups > lookupLimit) {
        result.result = SpfResultCode::PermError;
        result.error = SpfEvaluatorText::tr(
                           "The record needs %1 DNS lookups; receivers stop at %2 and treat it "
                           "as a permanent error.")
                           .arg(m_lookups)
                           .arg(lookupLimit);
    }
    qCDebug(lcSpf) << "result" << spfResultName(result.result) << result.error;
    QTimer::singleShot(0, this, [this, result]() { Q_EMIT finished(result); });
}

void SpfEvaluator::lookup(const QString &name, DnsRecordType type,
                          std::function<void(const DnsAnswer &)> then)
{
    const quint64 generation = m_generation;
    m_resolver->lookup(name, type, this,
                       [this, generation, then = std::move(then)](const DnsAnswer &answer) {
                           if (generation == m_generation && m_running)
                               then(answer);
                       });
}

void SpfEvaluator::checkHost(const QString &domain, const std::shared_ptr<Node> &node,
                             bool wantExplanation, QStringList path, Done done)
{
    node->domain = domain;
    if (!isCheckableDomain(domain)) {
        node->result = SpfResultCode::None;
        node->error = SpfEvaluatorText::tr("'%1' is not a domain name that can have an SPF record.")
                          .arg(domain);
        done({SpfResultCode::None, node->error, QString()});
        return;
    }
    auto frame = std::make_shared<Frame>();
    frame->domain = domain;
    frame->node = node;
    frame->wantExplanation = wantExplanation;
    frame->path = std::move(path);
    frame->done = std::move(done);
    lookup(domain, DnsRecordType::TXT,
           [this, frame](const DnsAnswer &answer) { recordFound(frame, answer); });
}

void SpfEvaluator::recordFound(const std::shared_ptr<Frame> &frame, const DnsAnswer &answer)
{
    Node &node = *frame->node;
    const auto end = [&](SpfResultCode code, const QString &error) {
        node.result = code;
        node.error = error;
        frame->done({code, error, QString()});
    };
    if (answer.isError() && answer.status != DnsStatus::InvalidName)
        return end(SpfResultCode::TempError, lookupError(answer));
    QList<QByteArray> records;
    for (const DnsRecord &record : answer.records) {
        const QByteArray text = record.text();
        if (SpfRecord::isSpfRecord(text))
            records << text;
    }
    if (records.isEmpty())
        return end(SpfResultCode::None,
                   SpfEvaluatorText::tr("%1 has no SPF record.").arg(frame->domain));
    if (records.size() > 1) {
        node.record = QString::fromLatin1(records.first());
        return end(SpfResultCode::PermError,
                   SpfEvaluatorText::tr("%1 has %2 SPF records; there must be exactly one.")
                       .arg(frame->domain)
                       .arg(records.size()));
    }
    frame->record = SpfRecord::parse(records.first());
    node.record = frame->record.text;
    if (!frame->record.isValid())
        return end(SpfResultCode::PermError,
                   SpfEvaluatorText::tr("Syntax error at character %1: %2")
                       .arg(frame->record.errorPosition + 1)
                       .arg(frame->record.error));
    prefetch(frame->record, frame->domain);
    next(frame);
}

void SpfEvaluator::prefetch(const SpfRecord &record, const QString &domain)
{
    // Ask now for what the terms will need, all at once; evaluation then reads the cache.
    QObject *context = this;
    const auto ask = [&](const QString &name, DnsRecordType type) {
        m_resolver->lookup(name, type, context, [](const DnsAnswer &) {});
    };
    for (const SpfTerm &term : record.terms) {
        if (hasMacro(term.domainSpec))
            continue;
        QString target = term.domainSpec.isEmpty() ? domain : term.domainSpec;
        if (target.endsWith(QLatin1Char('.')))
            target.chop(1);
        if (term.name == QLatin1String("include") || term.name == QLatin1String("redirect"))
            ask(target, DnsRecordType::TXT);
        else if (term.name == QLatin1String("a"))
            ask(target, audit() ? DnsRecordType::A : addressType());
        else if (term.name == QLatin1String("mx"))
            ask(target, DnsRecordType::MX);
        else if (term.name == QLatin1String("exists"))
            ask(target, DnsRecordType::A);
    }
}

bool SpfEvaluator::countLookup(const std::shared_ptr<Frame> &frame, const MatchDone &done)
{
    ++m_lookups;
    ++frame->node->lookups;
    if (m_lookups > lookupLimit && !audit()) {
        done(Match::Error,
             {SpfResultCode::PermError,
              SpfEvaluatorText::tr(
                  "More than %1 DNS lookups (include, a, mx, ptr, exists, redirect): receivers "
                  "stop here and treat the record as a permanent error.")
                  .arg(lookupLimit),
              QString()});
        return false;
    }
    return true;
}

bool SpfEvaluator::countVoid(const MatchDone &done)
{
    ++m_voids;
    if (m_voids > voidLookupLimit && !audit()) {
        done(Match::Error,
             {SpfResultCode::PermError,
              SpfEvaluatorText::tr(
                  "More than %1 lookups found no record (void lookups): receivers treat this as "
                  "a permanent error.")
                  .arg(voidLookupLimit),
              QString()});
        return false;
    }
    return true;
}

void SpfEvaluator::expanded(const std::shared_ptr<Frame> &frame, const QString &text, bool isDomain,
                            std::function<void(const QString &)> then)
{
    SpfMacro::Values values = m_values;
    values.domain = frame->domain;
    if (!SpfMacro::usesValidatedName(text) || audit()) {
        then(isDomain ? SpfMacro::expandDomain(text, values) : SpfMacro::expand(text, values));
        return;
    }
    validatedName(frame->domain,
                  [values, text, isDomain, then = std::move(then)](const QString &name) mutable {
                      values.validatedName = name;
                      then(isDomain ? SpfMacro::expandDomain(text, values)
                                    : SpfMacro::expand(text, values));
                  });
}

void SpfEvaluator::next(const std::shared_ptr<Frame> &frame)
{
    const QList<SpfTerm> &terms = frame->record.terms;
    while (frame->index < terms.size()) {
        const SpfTerm &term = terms.at(frame->index++);
        if (!term.isMechanism())
            continue;
        // all, ip4 and ip6 need no DNS: decide here, without a round through the event loop.
        if (term.name == QLatin1String("all") || term.name == QLatin1String("ip4")
            || term.name == QLatin1String("ip6")) {
            if (audit())
                continue;
            bool hit = term.name == QLatin1String("all");
            if (term.name == QLatin1String("ip4"))
                hit = m_ip.protocol() == QAbstractSocket::IPv4Protocol
                    && m_ip.isInSubnet(term.network, term.cidr4);
            else if (term.name == QLatin1String("ip6"))
                hit = m_ip.protocol() == QAbstractSocket::IPv6Protocol
                    && m_ip.isInSubnet(term.network, term.cidr6);
            if (hit)
                return matched(frame, term);
            continue;
        }
        const SpfTerm current = term;
        mechanism(frame, current, [this, frame, current](Match match, const Outcome &outcome) {
            if (match == Match::Error) {
                if (audit() && outcome.result != SpfResultCode::None) {
                    if (m_auditResult == SpfResultCode::Neutral) {
                        m_auditResult = outcome.result;
                        m_auditError = outcome.error;
                    }
                    if (frame->node->error.isEmpty())
                        frame->node->error = outcome.error;
                    return next(frame);
                }
                frame->node->result = outcome.result;
                frame->node->error = outcome.error;
                frame->node->matched = current.text;
                return frame->done(outcome);
            }
            if (match == Match::Yes)
                return matched(frame, current);
            next(frame);
        });
        return;
    }
    // No mechanism matched.
    const SpfTerm *redirectTerm = frame->record.modifier(QStringLiteral("redirect"));
    if (redirectTerm && !(audit() && frame->record.hasAll()))
        return redirect(frame, *redirectTerm);
    frame->node->result = SpfResultCode::Neutral;
    frame->done({SpfResultCode::Neutral, QString(), QString()});
}

void SpfEvaluator::matched(const std::shared_ptr<Frame> &frame, const SpfTerm &term)
{
    const SpfResultCode code = qualifierResult(term.qualifier);
    frame->node->result = code;
    frame->node->matched = term.text;
    const SpfTerm *exp = frame->record.modifier(QStringLiteral("exp"));
    if (code != SpfResultCode::Fail || !frame->wantExplanation || !exp) {
        frame->done({code, QString(), QString()});
        return;
    }
    explain(frame, *exp, [frame](const QString &text) {
        frame->done({SpfResultCode::Fail, QString(), text});
    });
}

void SpfEvaluator::explain(const std::shared_ptr<Frame> &frame, const SpfTerm &exp,
                           std::function<void(const QString &)> then)
{
    // Any problem with the explanation means "no explanation" (RFC 7208 6.2), never an error.
    expanded(frame, exp.domainSpec, true, [this, frame, then](const QString &target) {
        if (!DnsName::isQueryable(target))
            return then(QString());
        lookup(target, DnsRecordType::TXT, [this, frame, then](const DnsAnswer &answer) {
            if (!answer.ok() || answer.records.size() != 1)
                return then(QString());
            const QByteArray text = answer.records.first().text();
            for (const char c : text) {
                if (uchar(c) > 0x7e)
                    return then(QString());
            }
            const QString string = QString::fromLatin1(text);
            QString why;
            if (SpfMacro::syntaxError(string, true, &why) >= 0)
                return then(QString());
            expanded(frame, string, false, then);
        });
    });
}

void SpfEvaluator::mechanism(const std::shared_ptr<Frame> &frame, const SpfTerm &term,
                             MatchDone done)
{
    if (!countLookup(frame, done))
        return;
    if (term.name == QLatin1String("ptr") && audit())
        return done(Match::No, {}); // needs the address
    if (audit() && hasMacro(term.domainSpec))
        return done(Match::No, {}); // depends on the sender; counted, not followed
    const QString spec = term.domainSpec;
    expanded(frame, spec.isEmpty() ? QString() : spec, true,
             [this, frame, term, done = std::move(done)](const QString &expandedSpec) {
                 const QString target = expandedSpec.isEmpty() ? frame->domain : expandedSpec;
                 if (term.name == QLatin1String("include"))
                     include(frame, term, target, done);
                 else if (term.name == QLatin1String("a") || term.name == QLatin1String("exists"))
                     matchAddresses(frame, term, target, done);
                 else if (term.name == QLatin1String("mx"))
                     matchMx(frame, term, target, done);
                 else if (term.name == QLatin1String("ptr"))
                     matchPtr(frame, target, done);
                 else
                     done(Match::No, {});
             });
}

void SpfEvaluator::matchAddresses(const std::shared_ptr<Frame> &frame, const SpfTerm &term,
                                  const QString &target, MatchDone done)
{
    Q_UNUSED(frame);
    const bool exists = term.name == QLatin1String("exists");
    const DnsRecordType type = (exists || audit()) ? DnsRecordType::A : addressType();
    lookup(target, type,
           [this, term, type, exists, done = std::move(done)](const DnsAnswer &answer) {
               if (answer.status == DnsStatus::InvalidName)
                   return done(Match::No, {}); // a name no query can be made for matches nothing
               if (answer.isError())
                   return done(Match::Error,
                               {SpfResultCode::TempError, lookupError(answer), QString()});
               if (answer.isEmpty()) {
                   if (!countVoid(done))
                       return;
                   return done(Match::No, {});
               }
               if (audit())
                   return done(Match::No, {});
               if (exists)
                   return done(Match::Yes, {});
               const int prefix = type == DnsRecordType::A ? term.cidr4 : term.cidr6;
               for (const DnsRecord &record : answer.records) {
                   if (m_ip.isInSubnet(record.address, prefix))
                       return done(Match::Yes, {});
               }
               done(Match::No, {});
           });
}

void SpfEvaluator::matchMx(const std::shared_ptr<Frame> &frame, const SpfTerm &term,
                           const QString &target, MatchDone done)
{
    Q_UNUSED(frame);
    lookup(target, DnsRecordType::MX,
           [this, term, done = std::move(done)](const DnsAnswer &answer) {
               if (answer.status == DnsStatus::InvalidName)
                   return done(Match::No, {});
               if (answer.isError())
                   return done(Match::Error,
                               {SpfResultCode::TempError, lookupError(answer), QString()});
               if (answer.isEmpty()) {
                   if (!countVoid(done))
                       return;
                   return done(Match::No, {});
               }
               if (answer.records.size() > 10)
                   return done(
                       Match::Error,
                       {SpfResultCode::PermError,
                        SpfEvaluatorText::tr(
                            "%1 has %2 MX hosts; the mx mechanism may look at no more than 10.")
                            .arg(answer.name)
                            .arg(answer.records.size()),
                        QString()});
               if (audit())
                   return done(Match::No, {});
               QStringList hosts;
               for (const DnsRecord &record : answer.records) {
                   if (record.target != QLatin1String(".") && !record.target.isEmpty())
                       hosts << record.target;
               }
               if (hosts.isEmpty())
                   return done(Match::No, {});
               struct State
               {
                   int pending = 0;
                   bool hit = false;
                   bool error = false;
                   QString errorText;
               };
               auto state = std::make_shared<State>();
               state->pending = int(hosts.size());
               const int prefix = addressType() == DnsRecordType::A ? term.cidr4 : term.cidr6;
               for (const QString &host : std::as_const(hosts)) {
                   lookup(host, addressType(), [this, state, prefix, done](const DnsAnswer &a) {
                       if (a.isError() && a.status != DnsStatus::InvalidName) {
                           state->error = true;
                           state->errorText = lookupError(a);
                       }
                       for (const DnsRecord &record : a.records)
                           state->hit = state->hit || m_ip.isInSubnet(record.address, prefix);
                       if (--state->pending > 0)
                           return;
                       if (state->hit)
                           return done(Match::Yes, {});
                       if (state->error)
                           return done(Match::Error,
                                       {SpfResultCode::TempError, state->errorText, QString()});
                       done(Match::No, {});
                   });
               }
           });
}

void SpfEvaluator::matchPtr(const std::shared_ptr<Frame> &frame, const QString &target,
                            MatchDone done)
{
    Q_UNUSED(frame);
    lookup(DnsName::reverseName(m_ip), DnsRecordType::PTR,
           [this, target, done = std::move(done)](const DnsAnswer &answer) {
               if (answer.isEmpty()) {
                   if (!countVoid(done))
                       return;
                   return done(Match::No, {});
               }
               if (!answer.ok())
                   return done(Match::No, {}); // a DNS error here: no match (5.5)
               confirmPtrNames(answer, [target, done](const QStringList &validated) {
                   const bool hit = std::any_of(validated.cbegin(), validated.cend(),
                                                [&target](const QString &name) {
                                                    return DnsName::isAtOrBelow(name, target);
                                                });
                   done(hit ? Match::Yes : Match::No, {});
               });
           });
}

void SpfEvaluator::validatedName(const QString &domain, std::function<void(const QString &)> then)
{
    lookup(DnsName::reverseName(m_ip), DnsRecordType::PTR,
           [this, domain, then = std::move(then)](const DnsAnswer &answer) {
               if (!answer.ok())
                   return then(QStringLiteral("unknown"));
               confirmPtrNames(answer, [domain, then](const QStringList &validated) {
                   // The domain itself, else a name below it, else any (7.3).
                   QString best;
                   for (const QString &candidate : validated) {
                       if (DnsName::equal(candidate, domain)) {
                           best = candidate;
                           break;
                       }
                       if (best.isEmpty()
                           || (DnsName::isAtOrBelow(candidate, domain)
                               && !DnsName::isAtOrBelow(best, domain)))
                           best = candidate;
                   }
                   then(best.isEmpty() ? QStringLiteral("unknown") : best);
               });
           });
}

void SpfEvaluator::confirmPtrNames(const DnsAnswer &ptrAnswer,
                                   std::function<void(const QStringList &)> then)
{
    QStringList names;
    for (const DnsRecord &record : ptrAnswer.records) {
        if (names.size() < 10)
            names << record.target;
    }
    if (names.isEmpty())
        return then({});
    struct State
    {
        int pending = 0;
        QSet<QString> confirmed;
    };
    auto state = std::make_shared<State>();
    state->pending = int(names.size());
    for (const QString &name : std::as_const(names)) {
        lookup(name, addressType(), [this, state, names, name, then](const DnsAnswer &answer) {
            for (const DnsRecord &record : answer.records) {
                if (record.address == m_ip)
                    state->confirmed.insert(name);
            }
            if (--state->pending > 0)
                return;
            QStringList validated; // in the order of the PTR answer
            for (const QString &candidate : names) {
                if (state->confirmed.contains(candidate) && !validated.contains(candidate))
                    validated << candidate;
            }
            then(validated);
        });
    }
}

void SpfEvaluator::include(const std::shared_ptr<Frame> &frame, const SpfTerm &term,
                           const QString &target, MatchDone done)
{
    auto child = std::make_shared<Node>();
    child->via = term.text;
    frame->node->children.push_back(child);
    if (audit()
        && (frame->path.contains(DnsName::normalized(target), Qt::CaseInsensitive)
            || DnsName::equal(target, frame->domain))) {
        child->domain = target;
        child->result = SpfResultCode::PermError;
        child->error = SpfEvaluatorText::tr("Include loop: %1 includes itself through %2.")
                           .arg(target, term.text);
        return done(Match::Error, {SpfResultCode::PermError, child->error, QString()});
    }
    QStringList path = frame->path;
    path << DnsName::normalized(frame->domain);
    checkHost(target, child, false, path, [this, child, target, done](const Outcome &outcome) {
        switch (outcome.result) {
        case SpfResultCode::Pass:
            return done(audit() ? Match::No : Match::Yes, {});
        case SpfResultCode::Fail:
        case SpfResultCode::SoftFail:
        case SpfResultCode::Neutral:
            return done(Match::No, {});
        case SpfResultCode::TempError:
            return done(Match::Error, outcome);
        case SpfResultCode::None:
            return done(Match::Error,
                        {SpfResultCode::PermError,
                         SpfEvaluatorText::tr(
                             "include:%1 has no SPF record: receivers treat this as a permanent "
                             "error.")
                             .arg(target),
                         QString()});
        case SpfResultCode::PermError:
            return done(Match::Error,
                        {SpfResultCode::PermError,
                         SpfEvaluatorText::tr("In include:%1: %2").arg(target, outcome.error),
                         QString()});
        }
    });
}

void SpfEvaluator::redirect(const std::shared_ptr<Frame> &frame, const SpfTerm &term)
{
    const MatchDone failed = [frame](Match, const Outcome &outcome) {
        frame->node->result = outcome.result;
        frame->node->error = outcome.error;
        frame->done(outcome);
    };
    if (!countLookup(frame, failed))
        return;
    if (audit() && hasMacro(term.domainSpec)) {
        frame->node->result = SpfResultCode::Neutral;
        return frame->done({SpfResultCode::Neutral, QString(), QString()});
    }
    expanded(frame, term.domainSpec, true, [this, frame, term](const QString &target) {
        auto child = std::make_shared<Node>();
        child->via = term.text;
        frame->node->children.push_back(child);
        if (audit()
            && (frame->path.contains(DnsName::normalized(target), Qt::CaseInsensitive)
                || DnsName::equal(target, frame->domain))) {
            child->domain = target;
            child->result = SpfResultCode::PermError;
            child->error
                = SpfEvaluatorText::tr("Redirect loop: %1 leads back to itself.").arg(target);
            frame->node->result = SpfResultCode::PermError;
            frame->node->error = child->error;
            return frame->done({SpfResultCode::PermError, child->error, QString()});
        }
        QStringList path = frame->path;
        path << DnsName::normalized(frame->domain);
        checkHost(
            target, child, frame->wantExplanation, path, [frame, target](const Outcome &outcome) {
                Outcome result = outcome;
                if (outcome.result == SpfResultCode::None) {
                    result.result = SpfResultCode::PermError;
                    result.error = SpfEvaluatorText::tr(
                                       "redirect=%1 has no SPF record: receivers treat this as a "
                                       "permanent error.")
                                       .arg(target);
                }
                frame->node->result = result.result;
                if (!result.error.isEmpty())
                    frame->node->error = result.error;
                frame->done(result);
            });
    });
}

} // namespace Sendcheck
