// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli completions bash|zsh|fish`: a completion script made from the commands' own
// option tables. Each command is run once with a parser probe set (see CliOutput), which hands
// over its QCommandLineParser instead of parsing, so the script lists exactly the options the
// commands accept. The build writes the three scripts this way; packages install them.
#include "clioutput.h"
#include "commandregistry.h"
#include "completionscript.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace {

// Texts are looked up as CompletionsCommand::tr("...") so that lupdate sees each one with its
// context.
struct CompletionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompletionsCommand)
};

// Runs `command` (with `subcommand`, if any) until it has built its parser and returns what
// the parser declares; std::nullopt for a command that reads no options.
std::optional<HelpOptions> probe(const CliCommand &command, const QString &subcommand)
{
    std::optional<HelpOptions> syntax;
    CliOutput::setParserProbe(
        [&syntax](const QCommandLineParser &parser) { syntax = HelpOptions::fromParser(parser); });
    QStringList arguments {QStringLiteral("sendcheck-cli %1").arg(command.name)};
    if (!subcommand.isEmpty())
        arguments.append(subcommand);
    command.run(arguments);
    CliOutput::setParserProbe({});
    return syntax;
}

int runCompletions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CompletionsCommand::tr(
            "Prints a completion script for the shell SHELL (%1), made from the options of "
            "every command. For example: sendcheck-cli completions bash > "
            "~/.local/share/bash-completion/completions/sendcheck-cli")
            .arg(CompletionScript::shells().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("SHELL"),
                                 CompletionsCommand::tr("bash, zsh or fish."));
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !CompletionScript::shells().contains(positional.first())) {
        CliOutput::err(CompletionsCommand::tr("Usage: sendcheck-cli completions %1")
                           .arg(CompletionScript::shells().join(QLatin1Char('|'))));
        return CliOutput::ExitUsage;
    }

    QList<CompletionCommand> commands;
    for (const CliCommand &command : CommandRegistry::commands()) {
        CompletionCommand entry {command.name, command.translatedSummary(), {}};
        const QStringList subcommands
            = command.subcommands.isEmpty() ? QStringList {QString()} : command.subcommands;
        for (const QString &subcommand : subcommands) {
            const std::optional<HelpOptions> syntax = probe(command, subcommand);
            // A declared subcommand must reach its parser, and every parser's help text must
            // read as one: otherwise the script would silently miss options.
            if ((!syntax && !subcommand.isEmpty()) || (syntax && !syntax->isValid())) {
                CliOutput::err(
                    CompletionsCommand::tr(
                        "sendcheck-cli completions: could not read the options of "
                        "\"%1\".")
                        .arg(QStringList {command.name, subcommand}.join(u' ').trimmed()));
                return CliOutput::ExitFailure;
            }
            if (syntax)
                entry.subcommands.append({subcommand, *syntax});
        }
        commands.append(entry);
    }

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return CliOutput::ExitFailure;
    out.write(CompletionScript(commands).forShell(positional.first()).toUtf8());
    return CliOutput::ExitOk;
}

const CommandRegistration registration(
    {QStringLiteral("completions"),
     QT_TRANSLATE_NOOP("CliCommand", "Print a completion script for bash, zsh or fish."),
     runCompletions});

} // namespace
