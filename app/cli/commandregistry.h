// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// A subcommand of sendcheck-cli ("send", "practice", ...). Each command_*.cpp file registers
// one with a file-scope CommandRegistration, so adding a command touches no shared file.
struct CliCommand
{
    QString name;
    // One line for the overview in `sendcheck-cli --help`: English, marked with
    // QT_TRANSLATE_NOOP("CliCommand", ...) (commands register before the translators load).
    const char *summary = nullptr;
    // Runs the command. `arguments` starts with the program name followed by the command name,
    // as QCommandLineParser expects. Returns the process exit code; may start the event loop.
    std::function<int(const QStringList &arguments)> run;
    // The words that may follow the command name, for commands that take one ("profile list",
    // "oauth login"); empty for the others. Shell completions offer them.
    QStringList subcommands = {};

    [[nodiscard]] QString translatedSummary() const
    {
        return QCoreApplication::translate("CliCommand", summary);
    }
};

class CommandRegistry
{
public:
    static void add(CliCommand command);
    [[nodiscard]] static const std::vector<CliCommand> &commands();
    [[nodiscard]] static const CliCommand *find(const QString &name);
};

struct CommandRegistration
{
    explicit CommandRegistration(CliCommand command) { CommandRegistry::add(std::move(command)); }
};
