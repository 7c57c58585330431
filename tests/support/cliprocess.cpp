// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>

namespace TestSupport {

QJsonObject CliResult::json(QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(standardOutput, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("stdout is not JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QStringLiteral("stdout is JSON but not an object");
        }
        return {};
    }
    if (error)
        error->clear();
    return document.object();
}

QString CliResult::describe() const
{
    QString status;
    if (!started)
        status = QStringLiteral("did not start: ") + errorString;
    else if (timedOut)
        status = errorString;
    else if (crashed)
        status = QStringLiteral("crashed");
    else
        status = QStringLiteral("exit code %1").arg(exitCode);
    // stderr first: QTest cuts long failure messages, and the reason is usually there.
    return QStringLiteral("%1\n--- stderr ---\n%2\n--- stdout ---\n%3")
        .arg(status, QString::fromUtf8(standardError), QString::fromUtf8(standardOutput));
}

CliProcess::CliProcess(const QString &program) : m_program(program)
{
    if (m_program.isEmpty())
        m_program = qEnvironmentVariable("SENDCHECK_TEST_CLI", cliPath());
}

void CliProcess::setEnvironmentVariable(const QString &name, const QString &value)
{
    m_unsetVariables.removeAll(name);
    m_setVariables.insert(name, value);
}

void CliProcess::unsetEnvironmentVariable(const QString &name)
{
    m_setVariables.remove(name);
    if (!m_unsetVariables.contains(name))
        m_unsetVariables.append(name);
}

CliResult CliProcess::run(const QStringList &arguments) const
{
    CliResult result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = m_setVariables.cbegin(); it != m_setVariables.cend(); ++it)
        environment.insert(it.key(), it.value());
    for (const QString &name : m_unsetVariables)
        environment.remove(name);
    process.setProcessEnvironment(environment);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);

    process.start(m_program, arguments);
    if (!process.waitForStarted(m_timeoutMs)) {
        result.errorString = process.errorString();
        return result;
    }
    result.started = true;
    // Written whole before closing, so the program sees EOF (a --password-stdin reader waits
    // for it) and nothing is left behind in a pipe.
    if (!m_stdin.isEmpty()) {
        process.write(m_stdin);
        process.waitForBytesWritten(m_timeoutMs);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        result.timedOut = true;
        result.errorString
            = QStringLiteral("timed out after %1 ms and was killed").arg(m_timeoutMs);
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = !result.timedOut && process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

CliResult CliProcess::runProgram(const QString &program, const QStringList &arguments,
                                 const QByteArray &standardInput, int timeoutMs)
{
    CliProcess process(program);
    process.setStandardInput(standardInput);
    process.setTimeout(timeoutMs);
    return process.run(arguments);
}

} // namespace TestSupport
