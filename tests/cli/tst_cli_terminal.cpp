// SPDX-License-Identifier: GPL-3.0-or-later
// `--password-stdin` on a terminal: what is typed is not shown, and the terminal's settings
// come back afterwards, also when the command is stopped with Ctrl+C (SIGINT) while waiting.
// The terminal is a pseudo-terminal made here; the CLI gets its other end as standard input.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

class TestCliTerminal : public QObject
{
    Q_OBJECT

private:
    int m_master = -1;
    int m_slave = -1;
    QTemporaryDir m_home;

    [[nodiscard]] bool echoOn() const
    {
        termios settings {};
        return tcgetattr(m_slave, &settings) == 0 && (settings.c_lflag & ECHO);
    }

    // Everything the terminal showed so far (what a person would see on the screen).
    QByteArray screen()
    {
        QByteArray shown;
        pollfd fd {m_master, POLLIN, 0};
        while (poll(&fd, 1, 50) > 0 && (fd.revents & POLLIN)) {
            char buffer[512];
            const ssize_t n = read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            shown.append(buffer, n);
        }
        return shown;
    }

    // `send --password-stdin` to a port where nothing listens, standard input on the terminal.
    void startSend(QProcess &process)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        const int slave = m_slave;
        process.setChildProcessModifier([slave] { dup2(slave, STDIN_FILENO); });
        process.start(
            TestSupport::cliPath(),
            {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--port"), QStringLiteral("9"), QStringLiteral("--security"),
             QStringLiteral("none"), QStringLiteral("--allow-plain-auth"), QStringLiteral("--user"),
             QStringLiteral("me"), QStringLiteral("--from"), QStringLiteral("me@lab.test"),
             QStringLiteral("--to"), QStringLiteral("you@lab.test"),
             QStringLiteral("--password-stdin"), QStringLiteral("--timeout"), QStringLiteral("5")});
        QVERIFY(process.waitForStarted(10000));
    }

    // `profile import FILE` with standard input and standard error on the terminal.
    void startImport(QProcess &process, const QString &file)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        const int slave = m_slave;
        process.setChildProcessModifier([slave] {
            dup2(slave, STDIN_FILENO);
            dup2(slave, STDERR_FILENO);
        });
        process.start(TestSupport::cliPath(),
                      {QStringLiteral("profile"), QStringLiteral("import"), file});
        QVERIFY(process.waitForStarted(10000));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(openpty(&m_master, &m_slave, nullptr, nullptr, nullptr) == 0);
        QVERIFY(echoOn()); // a new terminal echoes, as a person's does
    }

    void cleanup()
    {
        close(m_master);
        close(m_slave);
    }

    void typedSecretIsNotShown()
    {
        QProcess process;
        startSend(process);
        // The CLI switches echo off while it waits for the secret.
        QTRY_VERIFY_WITH_TIMEOUT(!echoOn(), 10000);
        const QByteArray typed = "Typed-S3cret-On-A-Terminal";
        QCOMPARE(write(m_master, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
        QCOMPARE(write(m_master, "\n", 1), ssize_t(1));
        QVERIFY(process.waitForFinished(30000));
        const QByteArray shown = screen();
        QVERIFY2(!shown.contains(typed), shown.constData());
        QVERIFY(echoOn()); // and back on afterwards
        QVERIFY(!process.readAllStandardOutput().contains(typed));
        QVERIFY(!process.readAllStandardError().contains(typed));
    }

    void ctrlCWhileWaitingRestoresTheTerminal()
    {
        QProcess process;
        startSend(process);
        QTRY_VERIFY_WITH_TIMEOUT(!echoOn(), 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // ended by the signal, as before
        QVERIFY(echoOn());
    }

    // On a terminal, an import that asks for trust is asked about: only "y" imports it.
    void importAsksOnATerminal_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("enter") << QByteArray("\n") << 1;
        QTest::newRow("no") << QByteArray("n\n") << 1;
        QTest::newRow("yes") << QByteArray("y\n") << 0;
    }

    void importAsksOnATerminal()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        const QString file = m_home.filePath(QStringLiteral("pinned.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QJsonObject profile {
            {QStringLiteral("name"),
             QStringLiteral("Pinned ") + QString::fromLatin1(answer.toHex())},
            {QStringLiteral("host"), QStringLiteral("relay.lan")},
            {QStringLiteral("port"), 2525},
            {QStringLiteral("trustedSha256"), QJsonArray {QString(64, QLatin1Char('e'))}}};
        out.write(QJsonDocument(profile).toJson());
        out.close();
        QProcess process;
        startImport(process, file);
        QByteArray shown;
        for (int i = 0; i < 100 && !shown.contains("[y/N]"); ++i)
            shown += screen();
        QVERIFY2(shown.contains(QByteArray(64, 'e') + " for relay.lan:2525"), shown.constData());
        QVERIFY2(shown.contains("[y/N]"), shown.constData());
        QCOMPARE(write(m_master, answer.constData(), size_t(answer.size())),
                 ssize_t(answer.size()));
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), exitCode);
    }
};

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cli_terminal.moc"
