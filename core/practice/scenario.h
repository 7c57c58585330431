// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariorule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// How the practice server misbehaves: a set of named behaviours, several at once. Most names
// become a ScenarioRule (stage -> reply); a few change how the server works (require-starttls,
// require-auth, greylist-451, slow). An empty scenario is "accept": everything succeeds.
//
// Names (see names() / describe()): accept, require-starttls, require-auth, banner-421,
// drop-mid-session, greylist-451[=SECONDS], auth-535, auth-534-app-password, rcpt-550,
// relay-554, open-relay, size-552, data-554, slow[=MS], junk-folder, drop-at=STAGE.
class Scenario
{
public:
    Scenario() = default;

    [[nodiscard]] static QStringList names();
    // A one-line, translated description of a name, for --list-scenarios and the GUI.
    [[nodiscard]] static QString describe(const QString &name);

    // Adds one behaviour by name ("rcpt-550", "drop-at=rcpt", "slow=500"). On an unknown name
    // or a bad value returns false and sets `error` (translated).
    bool add(const QString &spec, QString *error = nullptr);
    // Rules are consulted in the order they were added; the first one for a stage wins.
    void addRule(const ScenarioRule &rule);
    void addRules(const QList<ScenarioRule> &rules);

    [[nodiscard]] std::optional<ScenarioRule> ruleFor(PracticeStage stage) const;
    [[nodiscard]] const QList<ScenarioRule> &rules() const { return m_rules; }
    // The names given to add(), in order (for logs and the GUI).
    [[nodiscard]] const QStringList &activeNames() const { return m_names; }
    [[nodiscard]] bool isAccept() const
    {
        return m_rules.isEmpty() && !m_requireStartTls && !m_requireAuth && !m_greylist
            && m_slowMs == 0 && !m_deliverToJunk && !m_openRelay;
    }

    [[nodiscard]] bool requireStartTls() const { return m_requireStartTls; }
    [[nodiscard]] bool requireAuth() const { return m_requireAuth; }
    [[nodiscard]] bool greylist() const { return m_greylist; }
    // An unprotected relay: no AUTH offered, mail for any domain taken from anyone.
    [[nodiscard]] bool openRelay() const { return m_openRelay; }
    [[nodiscard]] int greylistSeconds() const { return m_greylistSeconds; }
    void setGreylistSeconds(int seconds) { m_greylistSeconds = qMax(0, seconds); }
    // Delay before every reply; 0 = none.
    [[nodiscard]] int slowDelayMs() const { return m_slowMs; }
    void setSlowDelayMs(int ms) { m_slowMs = qMax(0, ms); }

    void setRequireStartTls(bool on) { m_requireStartTls = on; }
    void setRequireAuth(bool on) { m_requireAuth = on; }
    void setGreylist(bool on) { m_greylist = on; }
    // Accepted messages go to the practice mailbox's Junk folder instead of INBOX.
    [[nodiscard]] bool deliverToJunk() const { return m_deliverToJunk; }
    void setDeliverToJunk(bool on) { m_deliverToJunk = on; }

    static constexpr int DefaultGreylistSeconds = 60;
    static constexpr int DefaultSlowDelayMs = 3000;

private:
    // Applies the known scenario `name` with its `value`; returns the (translated) problem with
    // the value, or an empty string.
    [[nodiscard]] QString apply(const QString &name, const QString &value);

    QList<ScenarioRule> m_rules;
    QStringList m_names;
    bool m_requireStartTls = false;
    bool m_requireAuth = false;
    bool m_greylist = false;
    bool m_deliverToJunk = false;
    bool m_openRelay = false;
    int m_greylistSeconds = DefaultGreylistSeconds;
    int m_slowMs = 0;
};

} // namespace Sendcheck
