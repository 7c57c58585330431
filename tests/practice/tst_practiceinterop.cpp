// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli practice` against clients nobody here wrote (swaks, curl, Python smtplib) over
// plain, STARTTLS and implicit TLS with AUTH, and against hostile clients.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace {

// Not a real secret, but treated as one: it must never show in any output.
const QByteArray password = QByteArrayLiteral("Pr4ctice-S3cret.pass");
const QString user = QStringLiteral("trainer");

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run result;
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        finished.wait(5000);
    }
    result.exitCode = process.exitCode();
    result.output = process.readAll();
    return result;
}

qint64 vmRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// One message as every client must deliver it: 8-bit UTF-8, lines that start with dots (one
// a lone dot), a long line, CRLF line ends throughout.
QByteArray messageFor(const QString &token)
{
    QByteArray text = "From: Interop <sender@example.org>\r\n"
                      "To: <rcpt@example.org>\r\n"
                      "Subject: practice interop "
        + token.toUtf8()
        + "\r\n"
          "Message-ID: <"
        + token.toUtf8()
        + "@example.org>\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n"
          "\r\n"
          "Gr\xc3\xbc\xc3\x9f"
          "e aus dem \xc3\x9c"
          "bungsserver.\r\n"
          ".a line that starts with a dot\r\n"
          "..two dots\r\n"
          ".\r\n"
          "after the lone dot\r\n";
    text += QByteArray(900, 'w') + "\r\n";
    text += "last line\r\n";
    return text;
}

} // namespace

class TestPracticeInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QByteArray m_serverOutput;
    quint16 m_smtpPort = 0;
    quint16 m_tlsPort = 0;

    QString certificatePath() const
    {
        return m_dir.filePath(QStringLiteral("cert/practice-certificate.pem"));
    }
    QString saveDir() const { return m_dir.filePath(QStringLiteral("save")); }

    QByteArray savedMessage(const QString &token)
    {
        const QDir dir(saveDir());
        for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray data = file.readAll();
                if (data.contains(token.toUtf8()))
                    return data;
            }
        }
        return QByteArray();
    }

    // Sessions the server reported opened, closed and refused: what to look at when it stalls.
    QByteArray sessionCounts()
    {
        m_serverOutput += m_server.readAllStandardOutput();
        const auto count = [this](const QByteArray &pattern) {
            return QByteArray::number(int(m_serverOutput.count(pattern)));
        };
        return "connects=" + count(" connect from ") + " closes=" + count(" close\n")
            + " refused=" + count("refused ") + " stderr: " + m_server.readAllStandardError();
    }

    static QString requireProgram(const QString &name)
    {
        return QStandardPaths::findExecutable(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRACTICE_PASSWORD"), QString::fromUtf8(password));
        m_server.setProcessEnvironment(environment);
        connect(&m_server, &QProcess::readyReadStandardOutput, this,
                [this] { m_serverOutput += m_server.readAllStandardOutput(); });
        m_server.start(TestSupport::cliPath(),
                       {QStringLiteral("practice"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--save-dir"), saveDir(),
                        QStringLiteral("--cert-dir"), m_dir.filePath(QStringLiteral("cert")),
                        QStringLiteral("--user"), user, QStringLiteral("--password-env"),
                        QStringLiteral("PRACTICE_PASSWORD")});
        QTRY_VERIFY_WITH_TIMEOUT(
            m_serverOutput.contains('\n') || m_server.state() == QProcess::NotRunning, 20000);
        const QString first = QString::fromUtf8(m_serverOutput.left(m_serverOutput.indexOf('\n')));
        static const QRegularExpression pattern(
            QStringLiteral("^listening smtp=127\\.0\\.0\\.1:(\\d+) tls=127\\.0\\.0\\.1:(\\d+)$"));
        const auto match = pattern.match(first);
        QVERIFY2(match.hasMatch(),
                 qPrintable(first + QString::fromUtf8(m_server.readAllStandardError())));
        m_smtpPort = quint16(match.captured(1).toUInt());
        m_tlsPort = quint16(match.captured(2).toUInt());
        QVERIFY(m_smtpPort != 0 && m_tlsPort != 0);
        QVERIFY(QFile::exists(certificatePath()));
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        QSignalSpy finished(&m_server, &QProcess::finished);
        m_server.terminate(); // SIGTERM: the server must stop cleanly
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
        m_serverOutput += m_server.readAllStandardOutput();
        const QByteArray errors = m_server.readAllStandardError();
        QVERIFY(m_serverOutput.endsWith("stopping\n"));
        QVERIFY(!m_serverOutput.contains(password) && !errors.contains(password));
        QVERIFY(!m_serverOutput.contains(password.toBase64()));
        // Nine interop sends, each signed in as the lab user.
        QVERIFY(m_serverOutput.count(QByteArray("auth user=") + user.toUtf8()) >= 9);
    }

    void clients_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("mode");
        for (const char *client : {"swaks", "curl", "python"}) {
            for (const char *mode : {"plain", "starttls", "tls"})
                QTest::addRow("%s %s", client, mode)
                    << QString::fromLatin1(client) << QString::fromLatin1(mode);
        }
    }

    void clients()
    {
        QFETCH(QString, client);
        QFETCH(QString, mode);
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray message = messageFor(token);
        const QString messagePath = m_dir.filePath(token + QStringLiteral(".eml"));
        QFile file(messagePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // swaks always ends the data with CRLF . CRLF itself, so its file lacks the last CRLF.
        file.write(client == QLatin1String("swaks") ? message.chopped(2) : message);
        file.close();

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const quint16 port = mode == QLatin1String("tls") ? m_tlsPort : m_smtpPort;
        QString program;
        QStringList arguments;
        if (client == QLatin1String("swaks")) {
            program = requireProgram(QStringLiteral("swaks"));
            if (program.isEmpty())
                QFAIL("swaks is not installed: apt-get install swaks");
            if (mode != QLatin1String("plain")
                && run(QStringLiteral("/usr/bin/perl"),
                       {QStringLiteral("-MNet::SSLeay"), QStringLiteral("-e1")}, environment)
                        .exitCode
                    != 0)
                QFAIL("swaks needs Net::SSLeay for TLS: apt-get install libnet-ssleay-perl");
            // swaks reads the password from its environment, never from our command line.
            environment.insert(QStringLiteral("SWAKS_OPT_auth_password"),
                               QString::fromUtf8(password));
            const QString mechanism = mode == QLatin1String("plain") ? QStringLiteral("LOGIN")
                : mode == QLatin1String("starttls")                  ? QStringLiteral("PLAIN")
                                                                     : QStringLiteral("CRAM-MD5");
            arguments = {QStringLiteral("--server"),    QStringLiteral("127.0.0.1"),
                         QStringLiteral("--port"),      QString::number(port),
                         QStringLiteral("--helo"),      QStringLiteral("swaks.example"),
                         QStringLiteral("--from"),      QStringLiteral("sender@example.org"),
                         QStringLiteral("--to"),        QStringLiteral("rcpt@example.org"),
                         QStringLiteral("--data"),      QLatin1Char('@') + messagePath,
                         QStringLiteral("--auth"),      mechanism,
                         QStringLiteral("--auth-user"), user,
                         QStringLiteral("--timeout"),   QStringLiteral("30")};
            if (mode == QLatin1String("starttls"))
                arguments << QStringLiteral("--tls");
            if (mode == QLatin1String("tls"))
                arguments << QStringLiteral("--tls-on-connect");
            if (mode != QLatin1String("plain"))
                arguments << QStringLiteral("--tls-verify") << QStringLiteral("--tls-ca-path")
                          << certificatePath();
        } else if (client == QLatin1String("curl")) {
            program = requireProgram(QStringLiteral("curl"));
            if (program.isEmpty())
                QFAIL("curl is not installed: apt-get install curl");
            // Credentials through a netrc file, never on the command line.
            const QString netrc = m_dir.filePath(QStringLiteral("netrc"));
            QFile netrcFile(netrc);
            QVERIFY(netrcFile.open(QIODevice::WriteOnly));
            netrcFile.write("machine 127.0.0.1 login " + user.toUtf8() + " password " + password
                            + "\n");
            netrcFile.close();
            QFile::setPermissions(netrc, QFile::ReadOwner | QFile::WriteOwner);
            const QString scheme
                = mode == QLatin1String("tls") ? QStringLiteral("smtps") : QStringLiteral("smtp");
            arguments = {QStringLiteral("--silent"),
                         QStringLiteral("--show-error"),
                         QStringLiteral("--max-time"),
                         QStringLiteral("30"),
                         QStringLiteral("--url"),
                         QStringLiteral("%1://127.0.0.1:%2/curl.example").arg(scheme).arg(port),
                         QStringLiteral("--netrc-file"),
                         netrc,
                         QStringLiteral("--cacert"),
                         certificatePath(),
                         QStringLiteral("--mail-from"),
                         QStringLiteral("sender@example.org"),
                         QStringLiteral("--mail-rcpt"),
                         QStringLiteral("rcpt@example.org"),
                         QStringLiteral("--upload-file"),
                         messagePath};
            if (mode == QLatin1String("starttls"))
                arguments << QStringLiteral("--ssl-reqd") << QStringLiteral("--login-options")
                          << QStringLiteral("AUTH=LOGIN");
            if (mode == QLatin1String("plain"))
                arguments << QStringLiteral("--login-options") << QStringLiteral("AUTH=PLAIN");
        } else {
            program = QStringLiteral("/usr/bin/python3");
            if (!QFile::exists(program))
                QFAIL("/usr/bin/python3 is missing: apt-get install python3");
            environment.insert(QStringLiteral("PRACTICE_PASSWORD"), QString::fromUtf8(password));
            const QString mechanism = mode == QLatin1String("plain") ? QStringLiteral("CRAM-MD5")
                : mode == QLatin1String("starttls")                  ? QStringLiteral("PLAIN")
                                                                     : QStringLiteral("LOGIN");
            arguments = {TestSupport::testDataPath(QStringLiteral("practice/smtplib_send.py")),
                         QStringLiteral("--port"),
                         QString::number(port),
                         QStringLiteral("--mode"),
                         mode,
                         QStringLiteral("--mechanism"),
                         mechanism,
                         QStringLiteral("--user"),
                         user,
                         QStringLiteral("--cafile"),
                         certificatePath(),
                         QStringLiteral("--sender"),
                         QStringLiteral("sender@example.org"),
                         QStringLiteral("--recipient"),
                         QStringLiteral("rcpt@example.org"),
                         QStringLiteral("--file"),
                         messagePath};
        }
        const Run result = run(program, arguments, environment);
        QVERIFY2(result.finished, qPrintable(QStringLiteral("%1 did not finish").arg(client)));
        QVERIFY2(result.exitCode == 0, result.output.constData());
        QVERIFY(!result.output.contains(password));
        const QByteArray saved = savedMessage(token);
        QVERIFY2(!saved.isEmpty(), "no .eml saved for this message");
        QCOMPARE(saved, message);
    }

    void hostileClients()
    {
        QVERIFY(m_server.state() == QProcess::Running);
        const qint64 pid = m_server.processId();
        const qint64 before = vmRssKb(pid);
        QVERIFY(before > 0);

        // Opens `count` connections and waits until each has connected (the server may close
        // some at once with 421 when it is at its session limit: that counts as served).
        const auto open = [this](int count, const std::function<quint16(int)> &port) {
            auto sockets = std::make_shared<std::vector<std::unique_ptr<QTcpSocket>>>();
            auto connected = std::make_shared<int>(0);
            for (int i = 0; i < count; ++i) {
                auto socket = std::make_unique<QTcpSocket>();
                connect(socket.get(), &QTcpSocket::connected, this, [connected] { ++*connected; });
                socket->connectToHost(QStringLiteral("127.0.0.1"), port(i));
                sockets->push_back(std::move(socket));
            }
            const bool ok = QTest::qWaitFor([&] { return *connected == count; }, 30000);
            return ok ? sockets : nullptr;
        };
        const auto allClosed = [](std::vector<std::unique_ptr<QTcpSocket>> &sockets) {
            return QTest::qWaitFor(
                [&sockets] {
                    for (const auto &socket : sockets) {
                        socket->readAll();
                        if (socket->state() != QAbstractSocket::UnconnectedState)
                            return false;
                    }
                    return true;
                },
                30000);
        };

        // An over-long line: 2 MB without a line end. Refused, and the session goes on.
        {
            QTcpSocket socket;
            QByteArray received;
            connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
            socket.connectToHost(QStringLiteral("127.0.0.1"), m_smtpPort);
            QTRY_VERIFY_WITH_TIMEOUT(received.contains("220 "), 10000);
            for (int i = 0; i < 32; ++i)
                socket.write(QByteArray(64 * 1024, 'A'));
            socket.write("\r\nNOOP\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(received.contains("250 2.0.0 Ok"), 30000);
            QVERIFY(received.contains("500 5.5.2 Error: line too long"));
        }

        // Binary garbage on both ports: closed, by the error limit or a failed handshake.
        {
            auto sockets = open(20, [this](int i) { return i % 2 ? m_tlsPort : m_smtpPort; });
            QVERIFY(sockets);
            for (auto &socket : *sockets) {
                QByteArray garbage(64 * 1024, Qt::Uninitialized);
                for (char &byte : garbage)
                    byte = char(QRandomGenerator::global()->bounded(256));
                socket->write(garbage);
            }
            QVERIFY2(allClosed(*sockets), "the server kept a garbage-sending client open");
        }

        // Clients that never QUIT stay open while 1,000 quick connections come and go.
        auto idle = open(100, [this](int) { return m_smtpPort; });
        QVERIFY(idle);
        for (auto &socket : *idle)
            socket->write("EHLO idle.example\r\nMAIL FROM:<idle@example.org>\r\n");
        int quick = 0;
        for (int batch = 0; batch < 20; ++batch) {
            auto sockets = open(50, [this](int i) { return i % 5 ? m_smtpPort : m_tlsPort; });
            QVERIFY2(sockets, sessionCounts().constData());
            for (std::size_t i = 0; i < sockets->size(); ++i) {
                QTcpSocket &socket = *sockets->at(i);
                if (i % 3 == 0)
                    socket.write("EHLO quick.example\r\n");
                if (i % 2 == 0)
                    socket.abort(); // gone without a word
                else
                    socket.disconnectFromHost();
                ++quick;
            }
            QTest::qWait(20);
        }
        QCOMPARE(quick, 1000);
        qInfo("after the quick connections: %s", sessionCounts().constData());
        // The idle ones are still being served: their EHLO and MAIL were answered.
        for (auto &socket : *idle)
            QVERIFY(socket->state() == QAbstractSocket::ConnectedState);
        for (auto &socket : *idle)
            socket->abort();

        // A normal client is served again, in full, once the flood has drained (a client told
        // 421 "too many connections" retries, as this one does).
        QByteArray received;
        const bool served = QTest::qWaitFor(
            [&] {
                QTcpSocket socket;
                received.clear();
                connect(&socket, &QTcpSocket::readyRead, this,
                        [&] { received += socket.readAll(); });
                socket.connectToHost(QStringLiteral("127.0.0.1"), m_smtpPort);
                if (!QTest::qWaitFor([&] { return received.contains("\r\n"); }, 5000)
                    || !received.startsWith("220 "))
                    return false;
                socket.write("EHLO normal.example\r\nNOOP\r\nQUIT\r\n");
                return QTest::qWaitFor([&] { return received.contains("221 2.0.0 Bye"); }, 5000);
            },
            30000);
        QVERIFY2(served, (received + ' ' + sessionCounts()).constData());
        QVERIFY(received.contains("250 2.0.0 Ok"));
        // Every session the server opened is closed again: none leaks, TLS or plain.
        const auto sessionsLeft = [this] {
            m_serverOutput += m_server.readAllStandardOutput();
            return m_serverOutput.count(" connect from ") - m_serverOutput.count(" close\n");
        };
        QTRY_COMPARE_WITH_TIMEOUT(sessionsLeft(), 0, 30000);
        QVERIFY(m_server.state() == QProcess::Running);
        const qint64 after = vmRssKb(pid);
        qInfo("practice server VmRSS: %lld kB before, %lld kB after the hostile clients (%+lld kB)",
              before, after, after - before);
        QVERIFY(after > 0);
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed memory in quarantine (256 MB by default) and adds shadow
        // memory: the bound that means "bounded" is larger there.
        constexpr qint64 boundKb = 600 * 1024;
#else
        constexpr qint64 boundKb = 100 * 1024;
#endif
        QVERIFY2(after - before < boundKb, "memory grew without bound");
    }
};

QTEST_GUILESS_MAIN(TestPracticeInterop)
#include "tst_practiceinterop.moc"
