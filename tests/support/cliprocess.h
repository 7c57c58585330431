// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace TestSupport {

// What one run of a command-line program produced.
struct CliResult
{
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString errorString; // why it did not start, or the timeout

    // True when it started, ended by itself within the timeout and exited with 0.
    [[nodiscard]] bool succeeded() const
    {
        return started && !timedOut && !crashed && exitCode == 0;
    }
    // stdout parsed as one JSON object; an empty object (and *error set) when it is not one.
    [[nodiscard]] QJsonObject json(QString *error = nullptr) const;
    // Exit status plus stdout and stderr, for QVERIFY2 messages.
    [[nodiscard]] QString describe() const;
};

// Runs a program to completion with arguments, bytes on stdin, extra environment variables and a
// timeout (killed when it expires). By default the program is the built sendcheck-cli.
//
//   TestSupport::CliProcess cli;
//   cli.setStandardInput("Pl4nted-S3cret-xyz\n");
//   const TestSupport::CliResult r = cli.run({"send", "--host", "127.0.0.1", ..., "--json"});
//   QVERIFY2(r.succeeded(), qPrintable(r.describe()));
//   QCOMPARE(r.json().value("stage").toString(), "done");
//
//   // one line, for a program other than the CLI:
//   auto r2 = TestSupport::CliProcess::runProgram("/usr/bin/swaks", {"--version"});
class CliProcess
{
public:
    // Empty: $SENDCHECK_TEST_CLI when set (to run the tests against an installed or other
    // build), otherwise TestSupport::cliPath().
    explicit CliProcess(const QString &program = QString());

    void setStandardInput(const QByteArray &bytes) { m_stdin = bytes; }
    // Added to (or replacing in) the test process's own environment.
    void setEnvironmentVariable(const QString &name, const QString &value);
    // Removed from the environment the program sees.
    void unsetEnvironmentVariable(const QString &name);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }
    [[nodiscard]] QString program() const { return m_program; }

    [[nodiscard]] CliResult run(const QStringList &arguments) const;

    [[nodiscard]] static CliResult runProgram(const QString &program, const QStringList &arguments,
                                              const QByteArray &standardInput = {},
                                              int timeoutMs = 60000);

private:
    QString m_program;
    QByteArray m_stdin;
    QMap<QString, QString> m_setVariables;
    QStringList m_unsetVariables;
    QString m_workingDirectory;
    int m_timeoutMs = 60000;
};

} // namespace TestSupport
