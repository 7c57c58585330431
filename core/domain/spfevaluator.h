// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spfmacro.h"
#include "spfrecord.h"
#include "spfresult.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Sendcheck {

class DnsResolver;
struct DnsAnswer;
enum class DnsRecordType : quint16;

// What to check: check_host(<ip>, <domain>, <sender>) with the HELO name (RFC 7208 4).
struct SpfQuery
{
    QHostAddress ip; // null: audit mode (no address; count what the record costs)
    QString mailFrom; // MAIL FROM address; empty for a bounce (then the HELO name is checked)
    QString helo;
    QString domain; // check this domain instead of the MAIL FROM domain (audit of a domain)
    QString receiver; // %{r} in explanations
};

// Evaluates SPF for one query, asynchronously, through a DnsResolver (give it a DnsCache: the
// lookups of include and redirect targets and of a/mx/exists names without macros are started
// in parallel as soon as a record is read, then evaluated in order from the cache).
//
// Follows RFC 7208: all mechanisms and modifiers, macros, the 10-lookup and 2-void-lookup limits
// (permerror beyond them), include/redirect chains, exp= for fail, records checked whole before
// evaluation (syntax errors with their offset). The whole evaluation has a time limit (a
// temperror after it).
//
// Audit mode (no IP address): nothing matches, every include is followed and every lookup term
// counted (limits are reported, not stopped at), include loops are found, so a domain's record
// can be judged without a sender: its lookup count, broken includes, syntax.
class SpfEvaluator : public QObject
{
    Q_OBJECT

public:
    static constexpr int lookupLimit = 10;
    static constexpr int voidLookupLimit = 2;

    explicit SpfEvaluator(DnsResolver *resolver, QObject *parent = nullptr);
    ~SpfEvaluator() override;

    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }
    // Starts; emits finished() once, from the event loop. A running evaluation is dropped.
    void start(const SpfQuery &query);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Sendcheck::SpfResult &result);

private:
    struct Node;
    struct Frame;
    struct Outcome
    {
        SpfResultCode result = SpfResultCode::Neutral;
        QString error;
        QString explanation;
    };
    enum class Match { No, Yes, Error };
    using Done = std::function<void(const Outcome &)>;
    using MatchDone = std::function<void(Match, const Outcome &)>;

    void checkHost(const QString &domain, const std::shared_ptr<Node> &node, bool wantExplanation,
                   QStringList path, Done done);
    void recordFound(const std::shared_ptr<Frame> &frame, const DnsAnswer &answer);
    void prefetch(const SpfRecord &record, const QString &domain);
    void next(const std::shared_ptr<Frame> &frame);
    void mechanism(const std::shared_ptr<Frame> &frame, const SpfTerm &term, MatchDone done);
    void matchAddresses(const std::shared_ptr<Frame> &frame, const SpfTerm &term,
                        const QString &target, MatchDone done);
    void matchMx(const std::shared_ptr<Frame> &frame, const SpfTerm &term, const QString &target,
                 MatchDone done);
    void matchPtr(const std::shared_ptr<Frame> &frame, const QString &target, MatchDone done);
    void include(const std::shared_ptr<Frame> &frame, const SpfTerm &term, const QString &target,
                 MatchDone done);
    void redirect(const std::shared_ptr<Frame> &frame, const SpfTerm &term);
    void matched(const std::shared_ptr<Frame> &frame, const SpfTerm &term);
    void explain(const std::shared_ptr<Frame> &frame, const SpfTerm &exp,
                 std::function<void(const QString &)> then);
    void validatedName(const QString &domain, std::function<void(const QString &)> then);
    // RFC 7208 5.5: the names of the IP's PTR answer (at most 10) whose A/AAAA records hold the
    // IP, in the answer's order; none when there are none.
    void confirmPtrNames(const DnsAnswer &ptrAnswer, std::function<void(const QStringList &)> then);
    void expanded(const std::shared_ptr<Frame> &frame, const QString &text, bool isDomain,
                  std::function<void(const QString &)> then);
    void lookup(const QString &name, DnsRecordType type,
                std::function<void(const DnsAnswer &)> then);
    // Counts a lookup term; false (and `done` called with permerror) beyond the limit.
    bool countLookup(const std::shared_ptr<Frame> &frame, const MatchDone &done);
    // Counts a void lookup; false (and `done` called with permerror) beyond the limit.
    bool countVoid(const MatchDone &done);
    void finish(const Outcome &outcome);
    [[nodiscard]] bool audit() const { return m_ip.isNull(); }
    [[nodiscard]] DnsRecordType addressType() const;

    DnsResolver *m_resolver;
    QTimer m_deadline;
    int m_timeLimitMs = 30000;
    bool m_running = false;
    quint64 m_generation = 0;

    QHostAddress m_ip; // IPv4-mapped addresses unwrapped
    SpfMacro::Values m_values;
    int m_lookups = 0;
    int m_voids = 0;
    QString m_auditError;
    SpfResultCode m_auditResult = SpfResultCode::Neutral;
    std::shared_ptr<Node> m_root;
};

} // namespace Sendcheck
