// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

struct NamedScenario
{
    const char *name;
    const char *description;
};

// Replies carry the words real servers use (Postfix, Gmail), so what a class sees in the
// practice server is what it will meet in the wild.
constexpr NamedScenario namedScenarios[] = {
    {"accept",
     QT_TRANSLATE_NOOP("Scenario",
                       "Everything succeeds (the default). AUTH is offered with and without TLS, "
                       "as lab servers often allow.")},
    {"require-starttls",
     QT_TRANSLATE_NOOP("Scenario",
                       "Every command before STARTTLS is refused with 530 5.7.0; AUTH is only "
                       "offered after TLS.")},
    {"require-auth",
     QT_TRANSLATE_NOOP("Scenario",
                       "MAIL FROM before a successful AUTH is refused with 530 5.7.0.")},
    {"banner-421",
     QT_TRANSLATE_NOOP("Scenario",
                       "The greeting is 421 4.3.2 and the server closes the connection.")},
    {"drop-mid-session",
     QT_TRANSLATE_NOOP("Scenario",
                       "MAIL FROM is answered with 421 4.3.0 and the connection is closed.")},
    {"greylist-451",
     QT_TRANSLATE_NOOP(
         "Scenario",
         "The first RCPT TO for a sender/recipient pair gets 451 4.7.1; a retry after the greylist "
         "delay (60 seconds unless set otherwise) is accepted.")},
    {"auth-535",
     QT_TRANSLATE_NOOP("Scenario", "Every AUTH fails with 535 5.7.8 (bad user name or password).")},
    {"auth-534-app-password",
     QT_TRANSLATE_NOOP(
         "Scenario",
         "Every AUTH fails with 534 5.7.9: an application-specific password is required.")},
    {"rcpt-550",
     QT_TRANSLATE_NOOP("Scenario", "Every RCPT TO is refused with 550 5.1.1 (unknown user).")},
    {"relay-554",
     QT_TRANSLATE_NOOP("Scenario",
                       "Every RCPT TO is refused with 554 5.7.1 (relay access denied).")},
    {"open-relay",
     QT_TRANSLATE_NOOP("Scenario",
                       "An open relay: AUTH is not offered and RCPT TO for any domain is taken "
                       "from anyone (the server check's open relay test finds it).")},
    {"size-552",
     QT_TRANSLATE_NOOP("Scenario",
                       "The message is refused after the final dot with 552 5.3.4 (too big).")},
    {"data-554",
     QT_TRANSLATE_NOOP(
         "Scenario",
         "The message is refused after the final dot with 554 5.7.1 (rejected as spam).")},
    {"slow",
     QT_TRANSLATE_NOOP("Scenario",
                       "Every reply comes after a delay (3 seconds, or slow=MILLISECONDS).")},
    {"junk-folder",
     QT_TRANSLATE_NOOP("Scenario",
                       "The message is accepted, then filed under Junk in the practice mailbox "
                       "(read it back over IMAP), with the failing SPF and DMARC results a "
                       "receiver writes for mail it distrusts.")},
    {"drop-at",
     QT_TRANSLATE_NOOP("Scenario",
                       "drop-at=STAGE: the connection is closed without a reply at STAGE (connect, "
                       "banner, ehlo, starttls, auth, mail, rcpt, data, data-end, quit).")},
};

// The scenarios that are one fixed reply at one stage.
struct FixedReply
{
    const char *name;
    PracticeStage stage;
    int code;
    const char *enhanced;
    const char *text;
};

constexpr FixedReply fixedReplies[] = {
    {"banner-421", PracticeStage::Banner, 421, "4.3.2",
     "Service not available, closing transmission channel"},
    {"drop-mid-session", PracticeStage::Mail, 421, "4.3.0",
     "Connection dropped by the server, closing transmission channel"},
    {"auth-535", PracticeStage::Auth, 535, "5.7.8",
     "Authentication failed: bad user name or password"},
    {"auth-534-app-password", PracticeStage::Auth, 534, "5.7.9",
     "Application-specific password required"},
    {"rcpt-550", PracticeStage::Rcpt, 550, "5.1.1",
     "Recipient address rejected: User unknown in local recipient table"},
    {"relay-554", PracticeStage::Rcpt, 554, "5.7.1", "Relay access denied"},
    {"size-552", PracticeStage::DataEnd, 552, "5.3.4",
     "Message size exceeds fixed maximum message size"},
    {"data-554", PracticeStage::DataEnd, 554, "5.7.1", "Message rejected as spam"},
};

ScenarioRule reply(const FixedReply &fixed)
{
    ScenarioRule rule;
    rule.stage = fixed.stage;
    rule.code = fixed.code;
    rule.enhanced = QString::fromLatin1(fixed.enhanced);
    rule.text = QString::fromLatin1(fixed.text);
    return rule;
}

// The number in a scenario's value ("greylist-451=30", "slow=500"): `fallback` when there is
// no value, nullopt when it is not a whole number of at least 0.
std::optional<int> valueNumber(const QString &value, int fallback)
{
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

// Texts are looked up as ScenarioText::tr("...") so that lupdate sees each one with its context.
struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

} // namespace

QStringList Scenario::names()
{
    QStringList result;
    for (const auto &named : namedScenarios)
        result << QString::fromLatin1(named.name);
    return result;
}

QString Scenario::describe(const QString &name)
{
    for (const auto &named : namedScenarios) {
        if (name == QLatin1String(named.name))
            return ScenarioText::tr(named.description);
    }
    return QString();
}

bool Scenario::add(const QString &spec, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString trimmed = spec.trimmed().toLower();
    const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? trimmed : trimmed.left(equals);
    const QString value = equals < 0 ? QString() : trimmed.mid(equals + 1);
    const bool takesValue = name == QLatin1String("drop-at") || name == QLatin1String("slow")
        || name == QLatin1String("greylist-451");
    if (!names().contains(name))
        return fail(ScenarioText::tr("Unknown scenario \"%1\". Known scenarios: %2.")
                        .arg(spec, names().join(QLatin1String(", "))));
    if (equals >= 0 && !takesValue)
        return fail(ScenarioText::tr("The scenario \"%1\" takes no value.").arg(name));

    if (const QString problem = apply(name, value); !problem.isEmpty())
        return fail(problem);
    m_names << trimmed;
    return true;
}

QString Scenario::apply(const QString &name, const QString &value)
{
    // "accept" adds nothing: it is what happens when nothing else is asked for.
    for (const FixedReply &fixed : fixedReplies) {
        if (name == QLatin1String(fixed.name))
            addRule(reply(fixed));
    }
    if (name == QLatin1String("require-starttls")) {
        m_requireStartTls = true;
    } else if (name == QLatin1String("require-auth")) {
        m_requireAuth = true;
    } else if (name == QLatin1String("junk-folder")) {
        m_deliverToJunk = true;
    } else if (name == QLatin1String("open-relay")) {
        m_openRelay = true;
    } else if (name == QLatin1String("greylist-451")) {
        const auto seconds = valueNumber(value, m_greylistSeconds);
        if (!seconds)
            return ScenarioText::tr(
                "greylist-451 needs a number of seconds, as in greylist-451=30.");
        m_greylistSeconds = *seconds;
        m_greylist = true;
    } else if (name == QLatin1String("slow")) {
        const auto ms = valueNumber(value, DefaultSlowDelayMs);
        if (!ms)
            return ScenarioText::tr("slow needs a delay in milliseconds, as in slow=500.");
        m_slowMs = *ms;
    } else if (name == QLatin1String("drop-at")) {
        const auto stage = practiceStageFromName(value);
        if (!stage)
            return ScenarioText::tr("drop-at needs a stage, as in drop-at=rcpt. Stages: %1.")
                .arg(practiceStageNames().join(QLatin1String(", ")));
        ScenarioRule rule;
        rule.stage = *stage;
        rule.drop = true;
        addRule(rule);
    }
    return QString();
}

void Scenario::addRule(const ScenarioRule &rule)
{
    m_rules << rule;
}

void Scenario::addRules(const QList<ScenarioRule> &rules)
{
    m_rules << rules;
}

std::optional<ScenarioRule> Scenario::ruleFor(PracticeStage stage) const
{
    for (const ScenarioRule &rule : m_rules) {
        if (rule.stage == stage)
            return rule;
    }
    return std::nullopt;
}

} // namespace Sendcheck
