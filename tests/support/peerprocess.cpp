// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerprocess.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace TestSupport {

namespace {

QByteArray tail(const QByteArray &text, qsizetype max = 6000)
{
    return text.size() <= max ? text : "[...]" + text.right(max);
}

} // namespace

PeerProcess::PeerProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment)
    : m_program(program)
    , m_arguments(arguments)
    , m_environment(environment)
    , m_readyPattern(QStringLiteral("^PORT (\\d+)$"))
{ }

PeerProcess::~PeerProcess()
{
    stop();
}

bool PeerProcess::start(int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
#ifdef Q_OS_UNIX
    // Its own process group, so stop() can reach every child it spawns (Postfix's daemons).
    m_process->setChildProcessModifier([] {
        ::setsid();
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    });
#endif
    m_process->start(QIODevice::ReadWrite);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        m_process.reset();
        return false;
    }

    QDeadlineTimer deadline(timeoutMs);
    qsizetype scanned = 0;
    while (true) {
        pull();
        // Look only at complete lines; a half-written "PORT 12" must not be taken as port 12.
        qsizetype newline;
        while ((newline = m_stdout.indexOf('\n', scanned)) >= 0) {
            const QString line
                = QString::fromUtf8(m_stdout.mid(scanned, newline - scanned)).trimmed();
            scanned = newline + 1;
            const QRegularExpressionMatch match = m_readyPattern.match(line);
            if (match.hasMatch()) {
                bool ok = false;
                const uint port = match.captured(1).toUInt(&ok);
                if (ok && port > 0 && port < 65536) {
                    m_port = quint16(port);
                    return true;
                }
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("peer exited before it was ready");
            break;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("peer printed no line matching %1 within %2 ms")
                          .arg(m_readyPattern.pattern())
                          .arg(timeoutMs);
            break;
        }
        m_process->waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 200)));
    }
    const QString why = m_error;
    stop(3000);
    m_error = why;
    return false;
}

bool PeerProcess::stop(int graceMs)
{
    if (!m_process)
        return true;
    bool endedByItself = true;
    if (m_process->state() != QProcess::NotRunning) {
        const qint64 pid = m_process->processId();
#ifdef Q_OS_UNIX
        // SIGTERM to the leader only: the peer scripts then shut their servers down in order
        // (postfix stop), which a group-wide signal would race with.
        ::kill(pid_t(pid), SIGTERM);
#else
        m_process->terminate();
#endif
        if (!m_process->waitForFinished(graceMs)) {
            endedByItself = false;
            if (m_error.isEmpty())
                m_error = QStringLiteral("peer did not stop within %1 ms of SIGTERM").arg(graceMs);
            m_process->kill();
            m_process->waitForFinished(3000);
        }
#ifdef Q_OS_UNIX
        // Whatever is left in its group (daemons that outlived the leader) goes too.
        ::kill(-pid_t(pid), SIGKILL);
#endif
    }
    pull();
    m_process->close();
    m_process.reset();
    return endedByItself;
}

void PeerProcess::pull()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
}

bool PeerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 PeerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QByteArray PeerProcess::standardOutput()
{
    pull();
    return m_stdout;
}

QByteArray PeerProcess::standardError()
{
    pull();
    return m_stderr;
}

QString PeerProcess::failureReport()
{
    pull();
    QString state = QStringLiteral("not running");
    if (isRunning())
        state = QStringLiteral("running, port %1").arg(m_port);
    return QStringLiteral("peer: %1 %2\nstate: %3\nerror: %4\n--- stderr ---\n%5\n--- stdout "
                          "---\n%6")
        .arg(m_program, m_arguments.join(QLatin1Char(' ')), state,
             m_error.isEmpty() ? QStringLiteral("none") : m_error,
             QString::fromUtf8(tail(m_stderr)), QString::fromUtf8(tail(m_stdout)));
}

QString PeerProcess::requireProgram(const QString &program, const QString &aptPackage)
{
    QString found;
    if (QFileInfo(program).isAbsolute()) {
        if (QFileInfo(program).isExecutable())
            found = program;
    } else {
        found = QStandardPaths::findExecutable(program);
        // sbin is often not on a test runner's PATH (postfix, postmap, saslpasswd2).
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(program,
                                                   {QStringLiteral("/usr/sbin"),
                                                    QStringLiteral("/sbin"),
                                                    QStringLiteral("/usr/local/sbin")});
    }
    if (!found.isEmpty())
        return QFileInfo(found).absoluteFilePath();
    return QStringLiteral("%1 not found: install the Debian package %2 (apt-get install %2)")
        .arg(program, aptPackage);
}

QString PeerProcess::python()
{
    return QStringLiteral("/usr/bin/python3");
}

QString PeerProcess::missingPythonModule(const QString &module, const QString &aptPackage)
{
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), QStringLiteral("import ") + module});
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(20000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    if (!finished)
        process.kill();
    return QStringLiteral("%1 cannot import %2: install the Debian package %3 (apt-get install "
                          "%3)\n%4")
        .arg(python(), module, aptPackage, QString::fromLocal8Bit(process.readAllStandardError()));
}

} // namespace TestSupport
