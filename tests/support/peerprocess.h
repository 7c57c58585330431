// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace TestSupport {

// A real server program (aiosmtpd, Postfix, ...) run as a test peer. It is started in its own
// process group, must print a line "PORT <n>" on stdout once it listens on 127.0.0.1 (the regular
// expression can be changed), and is stopped in the destructor: SIGTERM to the peer, then, after
// a grace period, SIGKILL to its whole process group. On Linux the peer also gets SIGTERM when the
// test process dies, so a crashed test leaves nothing listening.
//
//   TestSupport::PeerProcess peer(QStringLiteral("/usr/bin/python3"),
//                                 {TestSupport::testDataPath("peers/aiosmtpd_peer.py"),
//                                  "--port", "0"});
//   QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
//   connectTo(QHostAddress::LocalHost, peer.port());
class PeerProcess
{
public:
    explicit PeerProcess(const QString &program, const QStringList &arguments = {},
                         const QProcessEnvironment &environment
                         = QProcessEnvironment::systemEnvironment());
    ~PeerProcess();
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    // Must contain one capture group with the port number. Default: ^PORT (\d+)$.
    void setReadyPattern(const QRegularExpression &pattern) { m_readyPattern = pattern; }
    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }

    // Starts the peer and waits up to timeoutMs for the ready line. False on failure (the peer
    // is stopped again and failureReport() says why, with its stderr).
    [[nodiscard]] bool start(int timeoutMs = 20000);
    // SIGTERM, wait up to graceMs, then SIGKILL to the process group. Safe to call twice.
    // Returns true when the peer ended by itself within the grace period.
    bool stop(int graceMs = 10000);

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] qint64 processId() const;
    // Everything read so far (pulls what is pending first).
    [[nodiscard]] QByteArray standardOutput();
    [[nodiscard]] QByteArray standardError();
    // Program, arguments, state, exit status and the tail of stderr/stdout: for QVERIFY2/QFAIL.
    [[nodiscard]] QString failureReport();
    [[nodiscard]] QString errorString() const { return m_error; }

    // The absolute path of `program` (a name looked up on PATH, or a path), or, when it is
    // missing, a message "<program> not found: install the Debian package <aptPackage>" that is
    // never an absolute path. Use TESTSUPPORT_REQUIRE_PROGRAM to QFAIL on the message.
    [[nodiscard]] static QString requireProgram(const QString &program, const QString &aptPackage);
    // Empty when /usr/bin/python3 can import `module`, otherwise a message naming aptPackage.
    [[nodiscard]] static QString missingPythonModule(const QString &module,
                                                     const QString &aptPackage);
    // Debian's interpreter, which has the python3-* packages (the first python3 on PATH may not).
    [[nodiscard]] static QString python();

private:
    void pull();

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    QRegularExpression m_readyPattern;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace TestSupport

// Declares `var` holding the absolute path of `program`, or QFAILs naming the Debian package.
#define TESTSUPPORT_REQUIRE_PROGRAM(var, program, package)                                         \
    const QString var = TestSupport::PeerProcess::requireProgram(program, package);                \
    if (!QFileInfo(var).isAbsolute())                                                              \
    QFAIL(qPrintable(var))

// QFAILs when /usr/bin/python3 cannot import `module`, naming the Debian package.
#define TESTSUPPORT_REQUIRE_PYTHON_MODULE(module, package)                                         \
    do {                                                                                           \
        const QString missing_ = TestSupport::PeerProcess::missingPythonModule(module, package);   \
        if (!missing_.isEmpty())                                                                   \
            QFAIL(qPrintable(missing_));                                                           \
    } while (false)
