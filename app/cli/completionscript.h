// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helpoptions.h"

#include <QList>
#include <QString>

// What a shell needs to know about one sendcheck-cli command: its name, its one-line summary, and
// the options and arguments of each of its subcommands ("profile add"), or of the command
// itself (one entry with an empty name) when it has none.
struct CompletionCommand
{
    struct Subcommand
    {
        QString name;
        HelpOptions syntax;
    };
    QString name;
    QString summary;
    QList<Subcommand> subcommands;
};

// Writes the completion scripts for bash, zsh and fish from the commands' own option tables.
class CompletionScript
{
public:
    explicit CompletionScript(QList<CompletionCommand> commands);

    [[nodiscard]] static QStringList shells(); // "bash", "zsh", "fish"
    // The script for `shell`, or an empty string for a shell not in shells().
    [[nodiscard]] QString forShell(const QString &shell) const;

    [[nodiscard]] QString bash() const;
    [[nodiscard]] QString zsh() const;
    [[nodiscard]] QString fish() const;

private:
    QList<CompletionCommand> m_commands;
};
