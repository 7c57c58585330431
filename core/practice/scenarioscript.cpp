// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Sendcheck {

namespace {

// Texts are looked up as ScenarioScriptText::tr("...") so that lupdate sees each one with its
// context.
struct ScenarioScriptText
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioScript)
};

// "CODE [ENHANCED] text" into `rule`; returns what is wrong with it, or an empty string.
QString parseReply(const QString &action, ScenarioRule *rule)
{
    static const QRegularExpression enhancedPattern(
        QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    const qsizetype space = action.indexOf(QLatin1Char(' '));
    const QString codeText = space < 0 ? action : action.left(space);
    QString rest = space < 0 ? QString() : action.mid(space + 1).trimmed();
    bool ok = false;
    const int code = codeText.toInt(&ok);
    if (!ok || codeText.size() != 3)
        return ScenarioScriptText::tr("\"%1\" is not a three-digit reply code.").arg(codeText);
    if (code < 400 || code > 599)
        return ScenarioScriptText::tr(
                   "the code %1 would not make the stage fail; use a 4xx or 5xx code.")
            .arg(code);
    const qsizetype restSpace = rest.indexOf(QLatin1Char(' '));
    const QString firstWord = restSpace < 0 ? rest : rest.left(restSpace);
    if (enhancedPattern.match(firstWord).hasMatch()) {
        if (firstWord.at(0).digitValue() != code / 100)
            return ScenarioScriptText::tr("the enhanced code %1 does not match the reply code %2 "
                                          "(both must start with the same digit).")
                .arg(firstWord)
                .arg(code);
        rule->enhanced = firstWord;
        rest = restSpace < 0 ? QString() : rest.mid(restSpace + 1).trimmed();
    }
    rule->code = code;
    rule->text = rest;
    return QString();
}

// One rule line, "STAGE: CODE [ENHANCED] text" or "STAGE: drop", into `rule`; returns what is
// wrong with it, or an empty string.
QString parseRule(const QString &line, ScenarioRule *rule)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return ScenarioScriptText::tr("expected \"STAGE: CODE ENHANCED text\" or \"STAGE: drop\", "
                                      "as in \"rcpt: 550 5.1.1 No such user here\".");
    const QString stageName = line.left(colon).trimmed();
    const auto stage = practiceStageFromName(stageName);
    if (!stage)
        return ScenarioScriptText::tr("unknown stage \"%1\"; stages are %2.")
            .arg(stageName, practiceStageNames().join(QLatin1String(", ")));
    const QString action = line.mid(colon + 1).trimmed();
    rule->stage = *stage;
    if (action.compare(QLatin1String("drop"), Qt::CaseInsensitive) == 0) {
        rule->drop = true;
        return QString();
    }
    if (action.isEmpty())
        return ScenarioScriptText::tr(
                   "the stage \"%1\" has no reply; write a code such as 550, or drop.")
            .arg(stageName);
    return parseReply(action, rule);
}

} // namespace

bool ScenarioScript::parse(const QString &text, QList<ScenarioRule> *rules, QString *error)
{
    QList<ScenarioRule> parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ScenarioRule rule;
        if (const QString problem = parseRule(line, &rule); !problem.isEmpty()) {
            if (error)
                *error = ScenarioScriptText::tr("line %1: %2").arg(int(i) + 1).arg(problem);
            return false;
        }
        parsed << rule;
    }
    if (rules)
        *rules = parsed;
    return true;
}

bool ScenarioScript::parseFile(const QString &path, QList<ScenarioRule> *rules, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ScenarioScriptText::tr("%1: cannot read the scenario file: %2")
                         .arg(path, file.errorString());
        return false;
    }
    // A scenario is a few lines; refuse anything huge instead of reading it into memory.
    if (file.size() > 1024 * 1024) {
        if (error)
            *error
                = ScenarioScriptText::tr("%1: a scenario file larger than 1 MB is not a scenario.")
                      .arg(path);
        return false;
    }
    QString message;
    if (!parse(QString::fromUtf8(file.readAll()), rules, &message)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return false;
    }
    return true;
}

} // namespace Sendcheck
