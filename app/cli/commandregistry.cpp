// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"

#include <algorithm>

static std::vector<CliCommand> &registry()
{
    static std::vector<CliCommand> commands; // function-local: safe from static-init order
    return commands;
}

void CommandRegistry::add(CliCommand command)
{
    auto &commands = registry();
    const auto pos
        = std::lower_bound(commands.begin(), commands.end(), command.name,
                           [](const CliCommand &c, const QString &name) { return c.name < name; });
    commands.insert(pos, std::move(command));
}

const std::vector<CliCommand> &CommandRegistry::commands()
{
    return registry();
}

const CliCommand *CommandRegistry::find(const QString &name)
{
    for (const auto &command : registry()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}
