// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli explain "REPLY TEXT": a pasted server reply or error message in plain words.
#include "clioutput.h"
#include "commandregistry.h"

#include "diagnosis/diagnoser.h"
#include "diagnosis/evidencetext.h"

#include <QCoreApplication>
#include <QFile>

using namespace Sendcheck;

static QString trExplain(const char *text)
{
    return QCoreApplication::translate("ExplainCommand", text);
}

// The explanation for people: title, what happened, causes, numbered steps, the provider's
// quirk, the reference, and the server's own words last and unchanged. With `why`, then what
// the explanation rests on: how sure it is and each piece of evidence with its weight.
static void printExplanation(const Explanation &explanation, bool why)
{
    QStringList out;
    out << QStringLiteral("%1 [%2]").arg(explanation.title, explanation.topic);
    out << explanation.summary;
    if (!explanation.causes.isEmpty()) {
        out << QString() << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Likely causes:"));
        for (const QString &cause : explanation.causes)
            out << QStringLiteral("  - %1").arg(cause);
    }
    if (!explanation.fixes.isEmpty()) {
        out << QString() << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "What to do:"));
        for (int i = 0; i < explanation.fixes.size(); ++i)
            out << QStringLiteral("  %1. %2").arg(i + 1).arg(explanation.fixes.at(i));
    }
    if (!explanation.providerHint.isEmpty())
        out << QString()
            << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Provider note: %1"))
                   .arg(explanation.providerHint);
    out << QString()
        << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Retrying later can help: %1"))
               .arg(explanation.transient ? trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "yes"))
                                          : trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "no")));
    if (!explanation.reference.isEmpty())
        out << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Reference: %1"))
                   .arg(explanation.reference);
    if (!explanation.serverText.isEmpty())
        out << QString()
            << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "The server's own words:"))
            << explanation.serverText;
    if (why) {
        out << QString()
            << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Why this explanation: %1 (%2)."))
                   .arg(EvidenceText::confidenceWords(explanation.confidence),
                        explanation.confidenceName());
        if (explanation.evidence.isEmpty())
            out << trExplain(QT_TRANSLATE_NOOP(
                "ExplainCommand", "  Nothing in the text is known; this is a general reading."));
        for (const Evidence &evidence : explanation.evidence)
            out << trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "  - %1 [%2, weight %3]"))
                       .arg(EvidenceText::describe(evidence), evidence.kindName())
                       .arg(evidence.weight);
    }
    CliOutput::out(out.join(QLatin1Char('\n')));
}

static int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trExplain(QT_TRANSLATE_NOOP(
        "ExplainCommand",
        "Explains an SMTP reply or a mail error message in plain words: what "
        "happened, why, and what to do. Reads the text from standard input when it "
        "is '-' or missing.")));
    parser.addPositionalArgument(
        QStringLiteral("text"),
        trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "The reply or error text.")),
        QStringLiteral("\"REPLY TEXT\""));
    const QCommandLineOption stageOption(
        QStringLiteral("stage"),
        trExplain(QT_TRANSLATE_NOOP(
            "ExplainCommand",
            "The step the reply answered: connect, banner, ehlo, starttls, tls, auth, "
            "mail, rcpt, data, quit.")),
        QStringLiteral("S"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "The server name used.")),
        QStringLiteral("H"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "The port used.")),
        QStringLiteral("P"));
    const QCommandLineOption securityOption(
        QStringLiteral("security"),
        trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "The security used: none, starttls or tls.")),
        QStringLiteral("MODE"));
    const QCommandLineOption mechanismOption(
        QStringLiteral("mechanism"),
        trExplain(QT_TRANSLATE_NOOP(
            "ExplainCommand", "The sign-in method used: auto, plain, login, cram-md5, xoauth2.")),
        QStringLiteral("M"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Print the explanation as JSON.")));
    const QCommandLineOption whyOption(
        QStringLiteral("why"),
        trExplain(QT_TRANSLATE_NOOP("ExplainCommand",
                                    "Also print what the explanation rests on: how sure it is "
                                    "and each piece of evidence (JSON always has them).")));
    parser.addOptions({stageOption, hostOption, portOption, securityOption, mechanismOption,
                       jsonOption, whyOption});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.isEmpty() || text == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            CliOutput::err(trExplain(QT_TRANSLATE_NOOP(
                "ExplainCommand", "Could not read the text from standard input.")));
            return CliOutput::ExitUsage;
        }
        text = QString::fromUtf8(in.readAll());
    }
    if (text.trimmed().isEmpty()) {
        CliOutput::err(trExplain(
            QT_TRANSLATE_NOOP("ExplainCommand",
                              "Give the reply or error text to explain, e.g. "
                              "sendcheck-cli explain \"535 5.7.8 Authentication failed\".")));
        return CliOutput::ExitUsage;
    }

    std::optional<Stage> stage;
    if (parser.isSet(stageOption)) {
        stage = stageFromName(parser.value(stageOption));
        if (!stage) {
            CliOutput::err(trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Unknown stage '%1'."))
                               .arg(parser.value(stageOption)));
            return CliOutput::ExitUsage;
        }
    }
    DiagnosisContext context;
    context.host = parser.value(hostOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            CliOutput::err(trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Invalid port '%1'."))
                               .arg(parser.value(portOption)));
            return CliOutput::ExitUsage;
        }
        context.port = quint16(port);
    }
    if (parser.isSet(securityOption)) {
        const auto security = securityFromName(parser.value(securityOption));
        if (!security) {
            CliOutput::err(trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Unknown security '%1'."))
                               .arg(parser.value(securityOption)));
            return CliOutput::ExitUsage;
        }
        context.security = *security;
    } else if (context.port == 465 || context.port == 2465 || context.port == 8465) {
        context.security = Security::ImplicitTls; // what a client on that port would use
    }
    if (parser.isSet(mechanismOption)) {
        const auto mechanism = mechanismFromName(parser.value(mechanismOption));
        if (!mechanism) {
            CliOutput::err(
                trExplain(QT_TRANSLATE_NOOP("ExplainCommand", "Unknown sign-in method '%1'."))
                    .arg(parser.value(mechanismOption)));
            return CliOutput::ExitUsage;
        }
        context.mechanism = *mechanism;
    }

    const Explanation explanation = Diagnoser::explainText(text, stage, context);
    if (parser.isSet(jsonOption))
        CliOutput::printJson(explanation.toJson());
    else
        printExplanation(explanation, parser.isSet(whyOption));
    return CliOutput::ExitOk;
}

static const CommandRegistration registration(
    {QStringLiteral("explain"),
     QT_TRANSLATE_NOOP("CliCommand", "Explain an SMTP reply or mail error message in plain words."),
     runExplain});
