// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/secretbuffer.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <optional>

class QJsonObject;

// Small helpers shared by the sendcheck-cli commands: printing, JSON output, and reading a
// secret from the only places a secret may come from (stdin or a named environment variable).
namespace CliOutput {

// Exit codes common to every command. Stage failures of `send` use their own range (see
// command_send.cpp and the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

void out(const QString &text); // stdout, a newline appended
void err(const QString &text); // stderr, a newline appended
void printJson(const QJsonObject &object);

// Parses `arguments` with `parser`; on an error prints it with a hint and returns false.
// Handles --help for the subcommand as well.
[[nodiscard]] bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments);

// For `sendcheck-cli completions`, which reads every command's options: while a probe is set,
// parseOrExplain hands it the command's parser (all options added, --help too) and returns
// false without parsing, so the command stops before it does anything; out(), err() and
// printJson() print nothing meanwhile (a command without a parser, like `version`, stays
// quiet). An empty probe ends it.
using ParserProbe = std::function<void(const QCommandLineParser &parser)>;
void setParserProbe(ParserProbe probe);

// Reads a secret either from stdin (whole input, one trailing newline removed) or from the
// environment variable `envName`, into the one buffer that carries it on. Returns std::nullopt
// and prints why on failure.
[[nodiscard]] std::optional<Sendcheck::SecretBuffer> readSecret(bool fromStdin,
                                                                const QString &envName);

} // namespace CliOutput
