// SPDX-License-Identifier: GPL-3.0-or-later
// The practice server under load and bad input (issue 17): every limit hit by a real client
// over TCP, with the exact reply it gets, and a fresh well-behaved session served afterwards;
// the saved messages and the certificate private to the user (checked with stat()); the same
// limits set through `sendcheck-cli practice` flags. See tests/SECURITY-CHECKLIST.md.
#include "practiceclient.h"

#include "cliprocess.h"
#include "peerprocess.h"
#include "testsupport.h"

#include "practice/practicemessagefolder.h"
#include "practice/practiceserver.h"
#include "practice/practicesettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Sendcheck;

namespace {

const QHostAddress otherClient(QStringLiteral("127.0.0.2"));
const QHostAddress thirdClient(QStringLiteral("127.0.0.3"));

// The permission bits of `path` as stat() reports them (following links), or -1.
int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

QByteArray body(int bytes, char fill)
{
    QByteArray text;
    while (text.size() + 80 <= bytes)
        text += QByteArray(78, fill) + "\r\n";
    text += QByteArray(qMax<qsizetype>(0, bytes - text.size() - 2), fill) + "\r\n";
    return text;
}

// The message files in `folder`, sorted by name.
QStringList messageFiles(const QString &folder)
{
    QStringList names;
    const QStringList entries = QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
    for (const QString &name : entries) {
        if (PracticeMessageFolder::isMessageFileName(name))
            names << name;
    }
    return names;
}

QByteArrayList contentsOf(const QString &folder)
{
    QByteArrayList contents;
    for (const QString &name : messageFiles(folder)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            contents << file.readAll();
    }
    std::sort(contents.begin(), contents.end());
    return contents;
}

} // namespace

class TestPracticeCaps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PracticeServer>
    makeServer(const std::function<void(PracticeServer &)> &configure = {})
    {
        auto server = std::make_unique<PracticeServer>();
        server->setCertificateDirectory(m_certificateDir.path());
        if (configure)
            configure(*server);
        if (!server->start(QHostAddress::LocalHost, 0, 0))
            qWarning() << server->errorString();
        return server;
    }
    std::unique_ptr<PracticeClient> connectTo(PracticeServer &server,
                                              const QHostAddress &from = QHostAddress())
    {
        auto client = std::make_unique<PracticeClient>(server.certificate().certificate());
        if (!client->connectPlain(server.smtpPort(), from))
            return nullptr;
        return client;
    }
    // A new client, well behaved from greeting to QUIT, gets its message taken.
    bool freshSessionServed(PracticeServer &server, const QHostAddress &from = QHostAddress())
    {
        const qsizetype before = server.receivedMessages().size();
        PracticeClient client(server.certificate().certificate());
        const PracticeReply reply
            = client.sendMessage(server.smtpPort(), "fresh session\r\n", from);
        if (reply.code != 250) {
            qWarning() << "a fresh session was not served:" << reply.lines << reply.closed;
            return false;
        }
        return server.receivedMessages().size() == before + 1
            || server.receivedMessages().size() == server.settings().maxKeptMessages;
    }

    QTemporaryDir m_certificateDir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_certificateDir.isValid()); }

    void defaultsAreTheDocumentedOnes()
    {
        const PracticeSettings settings;
        QCOMPARE(settings.maxMessageSize, qint64(25 * 1024 * 1024));
        QCOMPARE(settings.maxCommandLine, 4096);
        QCOMPARE(settings.maxSessions, 200);
        QCOMPARE(settings.maxSessionsPerClient, 100);
        QCOMPARE(settings.maxSessionSeconds, 600);
        QCOMPARE(settings.maxSavedMessages, 1000);
        QCOMPARE(settings.maxSavedBytes, qint64(500 * 1024 * 1024));
        QCOMPARE(settings.maxKeptMessages, PracticeServer::DefaultMaxStoredMessages);
        auto server = makeServer();
        auto client = connectTo(*server);
        QVERIFY(client);
        QCOMPARE(client->read().code, 220);
        QVERIFY(client->command("EHLO c").lines.contains(QStringLiteral("250-SIZE 26214400")));
    }

    void overLongCommandLineGets500_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a whole line over the limit") << "NOOP " + QByteArray(700, 'a') + "\r\n";
        QTest::newRow("2 MB without a line end") << QByteArray(2 * 1024 * 1024, 'b') + "\r\n";
        QTest::newRow("an over-long AUTH answer")
            << "AUTH LOGIN\r\n" + QByteArray(700, 'c') + "\r\n";
    }

    void overLongCommandLineGets500()
    {
        QFETCH(QByteArray, bytes);
        auto server = makeServer([](PracticeServer &s) { s.setMaxCommandLine(600); });
        auto client = connectTo(*server);
        QVERIFY(client);
        QCOMPARE(client->read().code, 220);
        QCOMPARE(client->command("EHLO c").code, 250);
        // Up to the limit a line is served.
        QCOMPARE(client->command("NOOP " + QByteArray(590, 'a')).last(),
                 QStringLiteral("250 2.0.0 Ok"));
        client->sendRaw(bytes);
        if (bytes.startsWith("AUTH"))
            QCOMPARE(client->read().code, 334);
        QCOMPARE(client->read(15000).last(), QStringLiteral("500 5.5.2 Error: line too long"));
        // The session goes on, and so does the server.
        QCOMPARE(client->command("NOOP").last(), QStringLiteral("250 2.0.0 Ok"));
        QVERIFY(freshSessionServed(*server));
    }

    void tooMuchDataGets552()
    {
        auto server = makeServer([](PracticeServer &s) { s.setMaxMessageSize(64 * 1024); });
        auto client = connectTo(*server);
        QVERIFY(client);
        QCOMPARE(client->read().code, 220);
        QVERIFY(client->command("EHLO c").lines.contains(QStringLiteral("250-SIZE 65536")));
        // Announced too big: refused at MAIL.
        QCOMPARE(client->command("MAIL FROM:<a@example.org> SIZE=70000").last(),
                 QStringLiteral("552 5.3.4 Message size exceeds fixed limit"));
        // Not announced: read to the end, dropped, refused after the final dot.
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
        QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 250);
        QCOMPARE(client->command("DATA").code, 354);
        client->sendRaw(body(100 * 1024, 'x'));
        QCOMPARE(client->command(".", 15000).last(),
                 QStringLiteral("552 5.3.4 Message size exceeds fixed maximum message size"));
        QVERIFY(server->receivedMessages().isEmpty());
        // One just under the limit is taken, in the same session.
        QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
        QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 250);
        QCOMPARE(client->command("DATA").code, 354);
        client->sendRaw(body(64 * 1024, 'y'));
        QCOMPARE(client->command(".").code, 250);
        QCOMPARE(server->receivedMessages().size(), 1);
        QCOMPARE(server->receivedMessages().constFirst().data.size(), 64 * 1024);
        QVERIFY(freshSessionServed(*server));
    }

    void tooManySessionsGets421()
    {
        auto server = makeServer([](PracticeServer &s) {
            s.setMaxSessions(3);
            s.setMaxSessionsPerClient(0);
        });
        QSignalSpy refused(server.get(), &PracticeServer::connectionRefused);
        std::vector<std::unique_ptr<PracticeClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(connectTo(*server));
            QVERIFY(open.back());
            QCOMPARE(open.back()->read().code, 220);
        }
        auto over = connectTo(*server);
        QVERIFY(over);
        const PracticeReply reply = over->read();
        QCOMPARE(reply.last(), QStringLiteral("421 4.7.0 Too many connections, try again later"));
        QVERIFY(over->waitClosed());
        QCOMPARE(refused.size(), 1);
        // The open ones are still served.
        for (auto &client : open)
            QCOMPARE(client->command("NOOP").code, 250);
        // One leaves; a new session takes its place.
        QCOMPARE(open.back()->command("QUIT").code, 221);
        QVERIFY(open.back()->waitClosed());
        QTRY_COMPARE(server->sessionCount(), 2);
        QVERIFY(freshSessionServed(*server));
    }

    // 150 clients connecting in the same moment, while the server is busy (its event loop does
    // not run): the kernel completes every handshake into the listen queue, so none of them
    // waits for TCP to send its SYN again. With Qt's default backlog of 50, 99 of them would.
    void connectionsAtOnceWaitInTheListenQueue()
    {
#ifndef Q_OS_LINUX
        QSKIP("counts handshakes with POSIX sockets");
#else
        constexpr int clients = 150;
        auto server = makeServer([](PracticeServer &s) { s.setMaxSessionsPerClient(0); });
        QVERIFY(server->isListening());
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(server->smtpPort());
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::vector<pollfd> sockets;
        const auto closeAll = qScopeGuard([&sockets] {
            for (const pollfd &socket : sockets)
                ::close(socket.fd);
        });
        for (int i = 0; i < clients; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            sockets.push_back({fd, POLLOUT, 0});
            const int result = ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
            QVERIFY(result == 0 || errno == EINPROGRESS);
        }
        // Well under TCP's first SYN retry (1 s): only what the listen queue took is connected.
        QElapsedTimer waited;
        waited.start();
        int connected = 0;
        while (waited.elapsed() < 500) {
            for (pollfd &socket : sockets)
                socket.revents = 0;
            ::poll(sockets.data(), nfds_t(sockets.size()), 50);
            connected = 0;
            for (const pollfd &socket : sockets) {
                int error = 0;
                socklen_t size = sizeof error;
                if ((socket.revents & POLLOUT)
                    && ::getsockopt(socket.fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0
                    && error == 0)
                    ++connected;
            }
            if (connected == clients)
                break;
        }
        QCOMPARE(connected, clients);
        // Then the server takes them all, and greets them.
        QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), clients, 10000);
        for (const pollfd &socket : sockets)
            ::shutdown(socket.fd, SHUT_RDWR);
        QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 0, 10000);
        QVERIFY(freshSessionServed(*server));
#endif
    }

    void tooManySessionsOnTheTlsPortAreClosed()
    {
        auto server = makeServer([](PracticeServer &s) { s.setMaxSessions(1); });
        auto first = connectTo(*server);
        QVERIFY(first);
        QCOMPARE(first->read().code, 220);
        PracticeClient over(server->certificate().certificate());
        over.socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->tlsPort());
        QVERIFY(over.waitClosed());
        QVERIFY(!over.socket.isEncrypted());
        QVERIFY(over.buffer.isEmpty());
        QCOMPARE(first->command("QUIT").code, 221);
        QTRY_COMPARE(server->sessionCount(), 0);
        PracticeClient tls(server->certificate().certificate());
        QVERIFY(tls.connectTls(server->tlsPort()));
        QCOMPARE(tls.read().code, 220);
    }

    void tooManySessionsFromOneClientGets421()
    {
        auto server = makeServer([](PracticeServer &s) {
            s.setMaxSessions(10);
            s.setMaxSessionsPerClient(2);
        });
        auto first = connectTo(*server);
        auto second = connectTo(*server);
        QVERIFY(first && second);
        QCOMPARE(first->read().code, 220);
        QCOMPARE(second->read().code, 220);
        QCOMPARE(server->sessionCount(QStringLiteral("127.0.0.1")), 2);
        auto third = connectTo(*server);
        QVERIFY(third);
        QCOMPARE(third->read().last(),
                 QStringLiteral("421 4.7.0 Too many connections from 127.0.0.1, try again later"));
        QVERIFY(third->waitClosed());
        // Another client address is served in full meanwhile.
        QVERIFY(freshSessionServed(*server, otherClient));
        // One of the first two leaves: the address may open one again.
        QCOMPARE(first->command("QUIT").code, 221);
        QVERIFY(first->waitClosed());
        QTRY_COMPARE(server->sessionCount(QStringLiteral("127.0.0.1")), 1);
        QVERIFY(freshSessionServed(*server));
        QCOMPARE(second->command("NOOP").code, 250);
    }

    void sessionTooLongGets421_data()
    {
        QTest::addColumn<QByteArray>("step"); // sent every 100 ms
        QTest::addColumn<bool>("inData");
        QTest::newRow("busy with NOOP") << QByteArray("NOOP\r\n") << false;
        QTest::newRow("a byte at a time, never a whole line") << QByteArray("N") << false;
        QTest::newRow("a message trickled line by line") << QByteArray("data line\r\n") << true;
    }

    void sessionTooLongGets421()
    {
        QFETCH(QByteArray, step);
        QFETCH(bool, inData);
        auto server = makeServer([](PracticeServer &s) {
            s.setMaxSessionSeconds(1);
            s.setIdleTimeout(30000);
        });
        QElapsedTimer timer;
        timer.start();
        auto client = connectTo(*server);
        QVERIFY(client);
        QCOMPARE(client->read().code, 220);
        if (inData) {
            QCOMPARE(client->command("EHLO c").code, 250);
            QCOMPARE(client->command("MAIL FROM:<a@example.org>").code, 250);
            QCOMPARE(client->command("RCPT TO:<b@example.org>").code, 250);
            QCOMPARE(client->command("DATA").code, 354);
        }
        PracticeReply reply;
        while (timer.elapsed() < 5000) {
            client->sendRaw(step);
            reply = client->read(100);
            while (reply.code == 250)
                reply = client->read(0);
            if (reply.code != 0 || reply.closed)
                break;
        }
        QCOMPARE(reply.last(),
                 QStringLiteral("421 4.4.2 localhost Error: session too long, closing"));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(client->waitClosed());
        QTRY_COMPARE(server->sessionCount(), 0);
        QVERIFY(server->receivedMessages().isEmpty());
        QVERIFY(freshSessionServed(*server));
    }

    void savedMessagesKeepTheNewest()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("saved"));
        QVERIFY(QDir().mkpath(folder));
        QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("the user's own file");
        notes.close();
        auto server = makeServer([&folder](PracticeServer &s) {
            s.setSaveDirectory(folder);
            s.setMaxSavedMessages(3);
        });
        QSignalSpy removed(server.get(), &PracticeServer::savedMessageRemoved);
        QSignalSpy saved(server.get(), &PracticeServer::messageSaved);
        for (int i = 0; i < 5; ++i) {
            PracticeClient client(server->certificate().certificate());
            QCOMPARE(
                client.sendMessage(server->smtpPort(), "message " + QByteArray::number(i) + "\r\n")
                    .code,
                250);
        }
        QCOMPARE(saved.size(), 5);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(messageFiles(folder).size(), 3);
        QCOMPARE(contentsOf(folder),
                 (QByteArrayList {"message 2\r\n", "message 3\r\n", "message 4\r\n"}));
        QVERIFY(QFile::exists(notes.fileName()));

        // A new run counts what the last one left: one more message, still three files.
        server.reset();
        server = makeServer([&folder](PracticeServer &s) {
            s.setSaveDirectory(folder);
            s.setMaxSavedMessages(3);
        });
        PracticeClient client(server->certificate().certificate());
        QCOMPARE(client.sendMessage(server->smtpPort(), "message 5\r\n").code, 250);
        QCOMPARE(contentsOf(folder),
                 (QByteArrayList {"message 3\r\n", "message 4\r\n", "message 5\r\n"}));
        QVERIFY(QFile::exists(notes.fileName()));
    }

    void savedBytesKeepTheNewest()
    {
        QTemporaryDir dir;
        auto server = makeServer([&dir](PracticeServer &s) {
            s.setSaveDirectory(dir.path());
            s.setMaxSavedMessages(0);
            s.setMaxSavedBytes(2500);
        });
        for (char fill : {'a', 'b', 'c', 'd'}) {
            PracticeClient client(server->certificate().certificate());
            QCOMPARE(client.sendMessage(server->smtpPort(), body(1000, fill)).code, 250);
        }
        QCOMPARE(contentsOf(dir.path()), (QByteArrayList {body(1000, 'c'), body(1000, 'd')}));
        // One message larger than the whole allowance is still kept: the newest always is.
        PracticeClient client(server->certificate().certificate());
        QCOMPARE(client.sendMessage(server->smtpPort(), body(3000, 'e')).code, 250);
        QCOMPARE(contentsOf(dir.path()), QByteArrayList {body(3000, 'e')});
    }

    void keptMessagesAreBoundedInBytes()
    {
        auto server = makeServer([](PracticeServer &s) { s.setMaxStoredBytes(2500); });
        for (char fill : {'a', 'b', 'c', 'd'}) {
            PracticeClient client(server->certificate().certificate());
            QCOMPARE(client.sendMessage(server->smtpPort(), body(1000, fill)).code, 250);
        }
        QCOMPARE(server->receivedMessages().size(), 2);
        QCOMPARE(server->receivedMessages().at(0).data, body(1000, 'c'));
        QCOMPARE(server->receivedMessages().at(1).data, body(1000, 'd'));
    }

    void newFilesArePrivateWhateverTheUmask()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions");
#else
        QTemporaryDir dir;
        const QString certificates = dir.filePath(QStringLiteral("new/certificate"));
        const QString saved = dir.filePath(QStringLiteral("new/saved"));
        // The most permissive umask there is: nothing may rely on it.
        const mode_t previous = ::umask(0);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        auto server = makeServer([&](PracticeServer &s) {
            s.setCertificateDirectory(certificates);
            s.setSaveDirectory(saved);
        });
        QVERIFY(server->isListening());
        PracticeClient client(server->certificate().certificate());
        QCOMPARE(client.sendMessage(server->smtpPort(), "private\r\n").code, 250);
        const QStringList files = messageFiles(saved);
        QCOMPARE(files.size(), 1);
        QCOMPARE(octal(modeOf(certificates)), QStringLiteral("0700"));
        QCOMPARE(octal(modeOf(server->certificate().keyPath())), QStringLiteral("0600"));
        QCOMPARE(octal(modeOf(server->certificate().certificatePath())), QStringLiteral("0600"));
        QCOMPARE(octal(modeOf(saved)), QStringLiteral("0700"));
        QCOMPARE(octal(modeOf(QDir(saved).filePath(files.constFirst()))), QStringLiteral("0600"));
        // No temporary file is left behind next to them.
        QCOMPARE(QDir(saved).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 files);
        QCOMPARE(QDir(certificates)
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .size(),
                 2);
        QVERIFY(server->tightenedPaths().isEmpty());
#endif
    }

    void widerPermissionsAreTightened()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions");
#else
        QTemporaryDir dir;
        const QString certificates = dir.filePath(QStringLiteral("certificate"));
        const QString saved = dir.filePath(QStringLiteral("saved"));
        {
            PracticeCertificate made(certificates);
            QVERIFY(made.ensure());
        }
        const QString key = QDir(certificates).filePath(QStringLiteral("practice-key.pem"));
        const QString certificate
            = QDir(certificates).filePath(QStringLiteral("practice-certificate.pem"));
        QVERIFY(QDir().mkpath(saved));
        const QString old = QDir(saved).filePath(QStringLiteral("20240101-120000-ABCDEF.eml"));
        const QString notes = QDir(saved).filePath(QStringLiteral("notes.txt"));
        for (const QString &path : {old, notes}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("left by an older version\r\n");
        }
        // As an older version (or a copy, or an unzip) may have left them.
        QVERIFY(::chmod(QFile::encodeName(certificates).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(key).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(certificate).constData(), 0664) == 0);
        QVERIFY(::chmod(QFile::encodeName(saved).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(notes).constData(), 0644) == 0);

        auto server = makeServer([&](PracticeServer &s) {
            s.setCertificateDirectory(certificates);
            s.setSaveDirectory(saved);
        });
        QVERIFY(server->isListening());
        QCOMPARE(octal(modeOf(certificates)), QStringLiteral("0700"));
        QCOMPARE(octal(modeOf(key)), QStringLiteral("0600"));
        QCOMPARE(octal(modeOf(certificate)), QStringLiteral("0600"));
        QCOMPARE(octal(modeOf(saved)), QStringLiteral("0700"));
        QCOMPARE(octal(modeOf(old)), QStringLiteral("0600"));
        // Not a message: the user's own, left as it is.
        QCOMPARE(octal(modeOf(notes)), QStringLiteral("0644"));
        QCOMPARE(server->tightenedPaths(), (QStringList {certificates, key, certificate, saved}));
        // Kept, not made again: a pinned fingerprint stays right.
        QVERIFY(!server->certificate().wasGenerated());
#endif
    }

    void sharedFolderIsLeftAloneButMessagesArePrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions");
#else
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        // Like /tmp: everyone's, with the sticky bit.
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        auto server = makeServer([&](PracticeServer &s) { s.setSaveDirectory(shared); });
        QVERIFY(server->saveDirectoryIsShared());
        PracticeClient client(server->certificate().certificate());
        QCOMPARE(client.sendMessage(server->smtpPort(), "in a shared folder\r\n").code, 250);
        QCOMPARE(octal(modeOf(shared)), QStringLiteral("01777"));
        const QStringList files = messageFiles(shared);
        QCOMPARE(files.size(), 1);
        QCOMPARE(octal(modeOf(QDir(shared).filePath(files.constFirst()))), QStringLiteral("0600"));
        QVERIFY(server->tightenedPaths().isEmpty());
#endif
    }

    // The same limits, set with `sendcheck-cli practice` flags and hit by real clients.
    void cliFlagsSetTheCaps()
    {
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved"));
        TestSupport::PeerProcess practice(TestSupport::cliPath(),
                                          {QStringLiteral("practice"),
                                           QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0"),
                                           QStringLiteral("--tls-listen"),
                                           QStringLiteral("127.0.0.1:0"),
                                           QStringLiteral("--cert-dir"),
                                           dir.filePath(QStringLiteral("cert")),
                                           QStringLiteral("--save-dir"),
                                           saved,
                                           QStringLiteral("--max-message-size"),
                                           QStringLiteral("4000"),
                                           QStringLiteral("--max-line-length"),
                                           QStringLiteral("600"),
                                           QStringLiteral("--max-sessions"),
                                           QStringLiteral("4"),
                                           QStringLiteral("--max-sessions-per-client"),
                                           QStringLiteral("2"),
                                           QStringLiteral("--max-session-seconds"),
                                           QStringLiteral("4"),
                                           QStringLiteral("--max-saved-messages"),
                                           QStringLiteral("2")});
        practice.setReadyPattern(
            QRegularExpression(QStringLiteral("^listening smtp=127\\.0\\.0\\.1:(\\d+) tls=")));
        QVERIFY2(practice.start(), qPrintable(practice.failureReport()));
        const quint16 port = practice.port();

        PracticeClient first;
        QVERIFY(first.connectPlain(port));
        QCOMPARE(first.read().code, 220);
        QVERIFY(first.command("EHLO c").lines.contains(QStringLiteral("250-SIZE 4000")));
        QCOMPARE(first.command("NOOP " + QByteArray(700, 'a')).last(),
                 QStringLiteral("500 5.5.2 Error: line too long"));
        QCOMPARE(first.command("MAIL FROM:<a@example.org>").code, 250);
        QCOMPARE(first.command("RCPT TO:<b@example.org>").code, 250);
        QCOMPARE(first.command("DATA").code, 354);
        first.sendRaw(body(5000, 'x'));
        QCOMPARE(first.command(".").last(),
                 QStringLiteral("552 5.3.4 Message size exceeds fixed maximum message size"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(first.command("MAIL FROM:<a@example.org>").code, 250);
            QCOMPARE(first.command("RCPT TO:<b@example.org>").code, 250);
            QCOMPARE(first.command("DATA").code, 354);
            QCOMPARE(first.command("message " + QByteArray::number(i) + "\r\n.").code, 250);
        }
        QCOMPARE(first.command("QUIT").code, 221);
        QVERIFY(first.waitClosed());
        QTRY_COMPARE(contentsOf(saved), (QByteArrayList {"message 1\r\n", "message 2\r\n"}));
#ifdef Q_OS_UNIX
        QCOMPARE(octal(modeOf(saved)), QStringLiteral("0700"));
        for (const QString &name : messageFiles(saved))
            QCOMPARE(octal(modeOf(QDir(saved).filePath(name))), QStringLiteral("0600"));
#endif

        // Sessions: two from 127.0.0.1, then that address is full; two more from elsewhere fill
        // the server.
        std::vector<std::unique_ptr<PracticeClient>> open;
        QElapsedTimer opened;
        opened.start();
        const auto openFrom = [&open, port](const QHostAddress &from) {
            open.push_back(std::make_unique<PracticeClient>());
            return open.back()->connectPlain(port, from) && open.back()->read().code == 220;
        };
        QVERIFY(openFrom(QHostAddress()));
        QVERIFY(openFrom(QHostAddress()));
        PracticeClient sameAddress;
        QVERIFY(sameAddress.connectPlain(port));
        QCOMPARE(sameAddress.read().last(),
                 QStringLiteral("421 4.7.0 Too many connections from 127.0.0.1, try again later"));
        QVERIFY(openFrom(otherClient));
        QVERIFY(openFrom(thirdClient));
        PracticeClient full;
        QVERIFY(full.connectPlain(port, thirdClient));
        QCOMPARE(full.read().last(),
                 QStringLiteral("421 4.7.0 Too many connections, try again later"));
        // The open ones keep talking until their time is up.
        for (auto &client : open) {
            PracticeReply reply;
            while (opened.elapsed() < 10000) {
                reply = client->command("NOOP", 200);
                if (reply.code != 250 && (reply.code != 0 || reply.closed))
                    break;
            }
            QCOMPARE(reply.last(),
                     QStringLiteral("421 4.4.2 localhost Error: session too long, closing"));
        }
        // Not before its time (a coarse timer may fire up to 5 % early).
        QVERIFY2(opened.elapsed() >= 3800, qPrintable(QString::number(opened.elapsed())));
        // And the server is there for the next one.
        PracticeReply served;
        QVERIFY(QTest::qWaitFor(
            [&] {
                PracticeClient attempt;
                served = attempt.sendMessage(port, "fresh\r\n");
                return served.code == 250;
            },
            10000));
        QVERIFY(practice.isRunning());
        const QByteArray log = practice.standardOutput();
        QVERIFY2(log.contains("refused 127.0.0.1"), log.constData());
        QVERIFY2(log.contains("removed "), log.constData());
    }

    void cliRefusesBadLimitValues_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no sessions") << "max-sessions"
                                     << "0"
                                     << "--max-sessions needs a whole number from 1 to 100000.";
        QTest::newRow("negative per client")
            << "max-sessions-per-client"
            << "-1"
            << "--max-sessions-per-client needs a whole number from 0 to 100000.";
        QTest::newRow("not a number") << "max-session-seconds"
                                      << "soon"
                                      << "--max-session-seconds needs a whole number from 0";
        QTest::newRow("line under RFC 5321") << "max-line-length"
                                             << "100"
                                             << "--max-line-length needs a whole number from 512";
        QTest::newRow("text line under RFC 5321")
            << "max-text-line-length"
            << "999"
            << "--max-text-line-length needs a whole number from 1000";
        QTest::newRow("negative saved") << "max-saved-messages"
                                        << "-2"
                                        << "--max-saved-messages needs a whole number from 0";
        QTest::newRow("saved bytes") << "max-saved-bytes"
                                     << "ten"
                                     << "--max-saved-bytes needs a whole number from 0";
        QTest::newRow("message size") << "max-message-size"
                                      << "0"
                                      << "--max-message-size needs a number of bytes.";
        QTest::newRow("message size, older name") << "max-size"
                                                  << "-5"
                                                  << "--max-message-size needs a number of bytes.";
    }

    void cliRefusesBadLimitValues()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QTemporaryDir dir;
        TestSupport::CliProcess cli;
        cli.setTimeout(20000);
        const TestSupport::CliResult result = cli.run(
            {QStringLiteral("practice"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--tls-listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--cert-dir"), dir.path(), QStringLiteral("--") + flag, value});
        QVERIFY2(result.started && !result.timedOut, qPrintable(result.describe()));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.standardError).contains(message),
                 qPrintable(result.describe()));
        QVERIFY(result.standardOutput.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPracticeCaps)
#include "tst_practicecaps.moc"
