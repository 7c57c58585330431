// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include "terminalecho.h"

#include "credentials/secretinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace CliOutput {

static ParserProbe &parserProbe()
{
    static ParserProbe probe;
    return probe;
}

void setParserProbe(ParserProbe probe)
{
    parserProbe() = std::move(probe);
}

void out(const QString &text)
{
    if (parserProbe())
        return; // a command reached while probing says nothing
    QTextStream stream(stdout);
    stream << text << '\n';
}

void err(const QString &text)
{
    if (parserProbe())
        return;
    QTextStream stream(stderr);
    stream << text << '\n';
}

void printJson(const QJsonObject &object)
{
    if (parserProbe())
        return;
    QFile file;
    if (file.open(stdout, QIODevice::WriteOnly))
        file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (parserProbe()) {
        parserProbe()(parser);
        return false;
    }
    if (!parser.parse(arguments)) {
        err(QStringLiteral("%1: %2").arg(arguments.value(0), parser.errorText()));
        err(QStringLiteral("Try '%1 --help'.").arg(arguments.value(0)));
        return false;
    }
    if (parser.isSet(helpOption)) {
        out(parser.helpText());
        std::exit(ExitOk);
    }
    return true;
}

std::optional<Sendcheck::SecretBuffer> readSecret(bool fromStdin, const QString &envName)
{
    using Sendcheck::SecretBuffer;
    if (fromStdin) {
        // The descriptor, unbuffered: the bytes go from the kernel straight into the one
        // SecretBuffer (SecretInput), with no stdio or QIODevice buffer keeping a copy.
        QFile in;
        if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            err(QCoreApplication::translate("CliOutput",
                                            "Could not read the secret from standard input."));
            return std::nullopt;
        }
        // On a terminal: not shown while typed, and one line (Enter ends it).
        const TerminalEcho hidden;
        if (hidden.active())
            std::fputs(QCoreApplication::translate("CliOutput", "Secret (not shown): ")
                           .toLocal8Bit()
                           .constData(),
                       stderr);
        SecretBuffer secret = Sendcheck::SecretInput::read(in, hidden.active());
        if (hidden.active())
            std::fputs("\n", stderr);
        if (secret.isEmpty()) {
            err(QCoreApplication::translate("CliOutput",
                                            "Standard input was empty: no secret was given."));
            return std::nullopt;
        }
        return secret;
    }
    if (!envName.isEmpty()) {
        const QByteArray name = envName.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            err(QCoreApplication::translate("CliOutput", "The environment variable %1 is not set.")
                    .arg(envName));
            return std::nullopt;
        }
        // qgetenv's copy is overwritten once in the buffer; the process environment keeps
        // its own (the variable is the user's).
        QByteArray value = qgetenv(name.constData());
        SecretBuffer secret = SecretBuffer::takeFrom(value);
        if (secret.isEmpty()) {
            err(QCoreApplication::translate("CliOutput", "The environment variable %1 is empty.")
                    .arg(envName));
            return std::nullopt;
        }
        return secret;
    }
    return SecretBuffer();
}

} // namespace CliOutput
