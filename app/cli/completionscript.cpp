// SPDX-License-Identifier: GPL-3.0-or-later
#include "completionscript.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using ValueKind = OptionSyntax::ValueKind;

const QString program = QStringLiteral("sendcheck-cli");

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// The first sentence of a description: enough beside an option name in a menu.
QString firstSentence(const QString &description)
{
    const qsizetype end = description.indexOf(QLatin1String(". "));
    return end < 0 ? description : description.left(end + 1);
}

// For a single-quoted word in bash or zsh: ' becomes '\''.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// For a single-quoted word in fish: \ and ' take a backslash.
QString fishQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// For zsh's _arguments: the description in [...] (`escape` "[]") and the message between
// colons (`escape` ":").
QString zshEscaped(QString text, const char *escape = ":")
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    for (const char *c = escape; *c; ++c)
        text.replace(QLatin1Char(*c), QStringLiteral("\\") + QLatin1Char(*c));
    return text;
}

bool hasFileArgument(const HelpOptions &syntax)
{
    return std::any_of(syntax.arguments().cbegin(), syntax.arguments().cend(),
                       [](const QString &argument) {
                           OptionSyntax asValue;
                           asValue.valueName = argument;
                           return asValue.valueKind() == ValueKind::File;
                       });
}

QStringList subcommandNames(const CompletionCommand &command)
{
    QStringList names;
    for (const auto &subcommand : command.subcommands) {
        if (!subcommand.name.isEmpty())
            names.append(subcommand.name);
    }
    return names;
}

// The options sendcheck-cli's main() reads before any command.
struct TopLevelOption
{
    QStringList names;
    const char *description; // English; translated where the script is written

    [[nodiscard]] QString translatedDescription() const
    {
        return QCoreApplication::translate("CliCommand", description);
    }
};
const QList<TopLevelOption> topLevelOptions = {
    {{QStringLiteral("h"), QStringLiteral("help")},
     QT_TRANSLATE_NOOP("CliCommand", "List the commands.")},
    {{QStringLiteral("version")}, QT_TRANSLATE_NOOP("CliCommand", "Print the version.")},
};

// bash: the case arms that set the words, options and value kinds for one command line.
QString bashAssignments(const HelpOptions &syntax, const QString &indent)
{
    QStringList options, valued, files, folders;
    for (const OptionSyntax &option : syntax.options()) {
        for (const QString &name : option.names) {
            options.append(dashed(name));
            if (option.valueKind() != ValueKind::None)
                valued.append(dashed(name));
            if (option.valueKind() == ValueKind::File)
                files.append(dashed(name));
            if (option.valueKind() == ValueKind::Directory)
                folders.append(dashed(name));
        }
    }
    QString text = indent + QStringLiteral("options=%1\n").arg(shellQuoted(options.join(u' ')));
    if (!valued.isEmpty())
        text += indent + QStringLiteral("valued=%1\n").arg(shellQuoted(valued.join(u' ')));
    if (!files.isEmpty())
        text += indent + QStringLiteral("files=%1\n").arg(shellQuoted(files.join(u' ')));
    if (!folders.isEmpty())
        text += indent + QStringLiteral("folders=%1\n").arg(shellQuoted(folders.join(u' ')));
    if (hasFileArgument(syntax))
        text += indent + QStringLiteral("file_arguments=1\n");
    return text;
}

// zsh: the _arguments call for one command line.
QString zshArguments(const HelpOptions &syntax, const QString &indent)
{
    QStringList specs;
    for (const OptionSyntax &option : syntax.options()) {
        const QString description = zshEscaped(firstSentence(option.description), "[]");
        for (const QString &name : option.names) {
            QString spec = QLatin1Char('*') + dashed(name);
            if (option.valueKind() == ValueKind::None) {
                spec += QLatin1Char('[') + description + QLatin1Char(']');
            } else {
                const QString action = option.valueKind() == ValueKind::File
                    ? QStringLiteral("_files")
                    : option.valueKind() == ValueKind::Directory ? QStringLiteral("_files -/")
                                                                 : QStringLiteral(" ");
                // "--name=" takes the value after "=" or in the next word, as QCommandLineParser
                // does.
                spec += QLatin1String("=[") + description + QLatin1String("]:")
                    + zshEscaped(option.valueName) + QLatin1Char(':') + action;
            }
            specs.append(shellQuoted(spec));
        }
    }
    if (hasFileArgument(syntax))
        specs.append(shellQuoted(QStringLiteral("*:file:_files")));
    else if (!syntax.arguments().isEmpty())
        specs.append(shellQuoted(QStringLiteral("*:") + zshEscaped(syntax.arguments().join(u' '))
                                 + QStringLiteral(": ")));
    return indent + QStringLiteral("_arguments ")
        + specs.join(QStringLiteral(" \\\n") + indent + QStringLiteral("  ")) + QLatin1Char('\n');
}

// fish: one `complete` line per option for one command line.
QString fishLines(const HelpOptions &syntax, const QString &condition)
{
    QString text;
    for (const OptionSyntax &option : syntax.options()) {
        QString line = QStringLiteral("complete -c %1 -n %2").arg(program, fishQuoted(condition));
        for (const QString &name : option.names)
            line += (name.size() == 1 ? QStringLiteral(" -s ") : QStringLiteral(" -l ")) + name;
        switch (option.valueKind()) {
        case ValueKind::None:
            break;
        case ValueKind::File:
            line += QStringLiteral(" -r -F");
            break;
        case ValueKind::Directory:
            line += QStringLiteral(" -x -a '(__fish_complete_directories)'");
            break;
        case ValueKind::Other:
            line += QStringLiteral(" -x");
            break;
        }
        line += QStringLiteral(" -d ") + fishQuoted(firstSentence(option.description));
        text += line + QLatin1Char('\n');
    }
    if (hasFileArgument(syntax))
        text += QStringLiteral("complete -c %1 -n %2 -F\n").arg(program, fishQuoted(condition));
    return text;
}

} // namespace

CompletionScript::CompletionScript(QList<CompletionCommand> commands)
    : m_commands(std::move(commands))
{ }

QStringList CompletionScript::shells()
{
    return {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
}

QString CompletionScript::forShell(const QString &shell) const
{
    if (shell == QLatin1String("bash"))
        return bash();
    if (shell == QLatin1String("zsh"))
        return zsh();
    if (shell == QLatin1String("fish"))
        return fish();
    return QString();
}

QString CompletionScript::bash() const
{
    QStringList commandNames, topOptions;
    for (const auto &command : m_commands)
        commandNames.append(command.name);
    for (const auto &option : topLevelOptions) {
        for (const QString &name : option.names)
            topOptions.append(dashed(name));
    }

    QString text = QStringLiteral(
        "# bash completion for sendcheck-cli                      -*- shell-script -*-\n"
        "# Generated by 'sendcheck-cli completions bash' from the program's own option tables.\n"
        "\n"
        "_sendcheck_cli()\n"
        "{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    local words='' options='' valued='' files='' folders='' file_arguments=0\n"
        "    if ((COMP_CWORD == 1)); then\n");
    text += QStringLiteral("        words=%1\n").arg(shellQuoted(commandNames.join(u' ')));
    text += QStringLiteral("        options=%1\n").arg(shellQuoted(topOptions.join(u' ')));
    text += QStringLiteral("    else\n        case ${COMP_WORDS[1]} in\n");
    for (const auto &command : m_commands) {
        text += QStringLiteral("        %1)\n").arg(command.name);
        const QStringList subs = subcommandNames(command);
        if (subs.isEmpty()) {
            if (!command.subcommands.isEmpty())
                text += bashAssignments(command.subcommands.first().syntax,
                                        QStringLiteral("            "));
        } else {
            text += QStringLiteral("            if ((COMP_CWORD == 2)); then\n"
                                   "                words=%1\n"
                                   "            else\n"
                                   "                case ${COMP_WORDS[2]} in\n")
                        .arg(shellQuoted(subs.join(u' ')));
            for (const auto &subcommand : command.subcommands) {
                text += QStringLiteral("                %1)\n").arg(subcommand.name);
                text += bashAssignments(subcommand.syntax, QStringLiteral("                    "));
                text += QStringLiteral("                    ;;\n");
            }
            text += QStringLiteral("                esac\n            fi\n");
        }
        text += QStringLiteral("            ;;\n");
    }
    text += QStringLiteral("        esac\n"
                           "    fi\n"
                           "    if [[ -n $prev && \" $valued \" == *\" $prev \"* ]]; then\n"
                           "        if [[ \" $files \" == *\" $prev \"* ]]; then\n"
                           "            compopt -o filenames 2>/dev/null\n"
                           "            COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                           "        elif [[ \" $folders \" == *\" $prev \"* ]]; then\n"
                           "            compopt -o filenames 2>/dev/null\n"
                           "            COMPREPLY=($(compgen -d -- \"$cur\"))\n"
                           "        else\n"
                           "            COMPREPLY=()\n"
                           "        fi\n"
                           "    elif [[ $cur == -* ]]; then\n"
                           "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
                           "    elif [[ -n $words ]]; then\n"
                           "        COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
                           "    elif ((file_arguments)); then\n"
                           "        compopt -o filenames 2>/dev/null\n"
                           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                           "    else\n"
                           "        COMPREPLY=()\n"
                           "    fi\n"
                           "}\n"
                           "complete -F _sendcheck_cli sendcheck-cli\n");
    return text;
}

QString CompletionScript::zsh() const
{
    QString text = QStringLiteral(
        "#compdef sendcheck-cli\n"
        "# zsh completion for sendcheck-cli.\n"
        "# Generated by 'sendcheck-cli completions zsh' from the program's own option tables.\n"
        "\n"
        "_sendcheck-cli() {\n"
        "  local curcontext=$curcontext state state_descr line\n"
        "  typeset -A opt_args\n"
        "  local -a commands=(\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("    %1\n")
                    .arg(shellQuoted(command.name + QLatin1Char(':')
                                     + firstSentence(command.summary)));
    text += QStringLiteral("  )\n  _arguments -C");
    for (const auto &option : topLevelOptions) {
        for (const QString &name : option.names)
            text += QStringLiteral(" \\\n    ")
                + shellQuoted(QStringLiteral("(- *)") + dashed(name) + QLatin1Char('[')
                              + zshEscaped(option.translatedDescription(), "[]")
                              + QLatin1Char(']'));
    }
    text += QStringLiteral(" \\\n    '1:command:->command' \\\n    '*::argument:->argument'\n"
                           "  case $state in\n"
                           "  command)\n"
                           "    _describe -t commands 'sendcheck-cli command' commands\n"
                           "    ;;\n"
                           "  argument)\n"
                           "    case $words[1] in\n");
    for (const auto &command : m_commands) {
        text += QStringLiteral("    %1)\n").arg(command.name);
        const QStringList subs = subcommandNames(command);
        if (subs.isEmpty()) {
            if (!command.subcommands.isEmpty())
                text += zshArguments(command.subcommands.first().syntax, QStringLiteral("      "));
        } else {
            text += QStringLiteral("      if ((CURRENT == 2)); then\n"
                                   "        local -a subcommands=(%1)\n"
                                   "        _describe -t subcommands '%2 command' subcommands\n"
                                   "        return\n"
                                   "      fi\n"
                                   "      shift words\n"
                                   "      ((CURRENT--))\n"
                                   "      case $words[1] in\n")
                        .arg(subs.join(u' '), command.name);
            for (const auto &subcommand : command.subcommands) {
                text += QStringLiteral("      %1)\n").arg(subcommand.name);
                text += zshArguments(subcommand.syntax, QStringLiteral("        "));
                text += QStringLiteral("        ;;\n");
            }
            text += QStringLiteral("      esac\n");
        }
        text += QStringLiteral("      ;;\n");
    }
    text += QStringLiteral("    esac\n"
                           "    ;;\n"
                           "  esac\n"
                           "}\n"
                           "\n"
                           "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
                           "  _sendcheck-cli \"$@\"\n"
                           "else\n"
                           "  compdef _sendcheck-cli sendcheck-cli\n"
                           "fi\n");
    return text;
}

QString CompletionScript::fish() const
{
    QString text = QStringLiteral(
        "# fish completion for sendcheck-cli.\n"
        "# Generated by 'sendcheck-cli completions fish' from the program's own option tables.\n"
        "\n"
        "# True when the words typed after the program name begin with the arguments.\n"
        "function __sendcheck_cli_at\n"
        "    set -l words (commandline -opc)\n"
        "    set -e words[1]\n"
        "    test (count $words) -ge (count $argv); or return 1\n"
        "    for i in (seq (count $argv))\n"
        "        test \"$words[$i]\" = \"$argv[$i]\"; or return 1\n"
        "    end\n"
        "end\n"
        "\n"
        "complete -c sendcheck-cli -f\n");
    const QString atTop = QStringLiteral("test (count (commandline -opc)) -eq 1");
    for (const auto &option : topLevelOptions) {
        QString line = QStringLiteral("complete -c %1 -n %2").arg(program, fishQuoted(atTop));
        for (const QString &name : option.names)
            line += (name.size() == 1 ? QStringLiteral(" -s ") : QStringLiteral(" -l ")) + name;
        text += line + QStringLiteral(" -d ") + fishQuoted(option.translatedDescription())
            + QLatin1Char('\n');
    }
    for (const auto &command : m_commands)
        text += QStringLiteral("complete -c %1 -n %2 -a %3 -d %4\n")
                    .arg(program, fishQuoted(atTop), command.name,
                         fishQuoted(firstSentence(command.summary)));
    for (const auto &command : m_commands) {
        text += QStringLiteral("\n# %1\n").arg(command.name);
        const QStringList subs = subcommandNames(command);
        if (subs.isEmpty()) {
            if (!command.subcommands.isEmpty())
                text += fishLines(command.subcommands.first().syntax,
                                  QStringLiteral("__sendcheck_cli_at ") + command.name);
            continue;
        }
        text += QStringLiteral("complete -c %1 -n %2 -a %3\n")
                    .arg(program,
                         fishQuoted(QStringLiteral("__sendcheck_cli_at %1; and test (count "
                                                   "(commandline -opc)) -eq 2")
                                        .arg(command.name)),
                         fishQuoted(subs.join(u' ')));
        for (const auto &subcommand : command.subcommands)
            text += fishLines(
                subcommand.syntax,
                QStringLiteral("__sendcheck_cli_at %1 %2").arg(command.name, subcommand.name));
    }
    return text;
}
