// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli send --message-file FILE` against real servers nobody here wrote: aiosmtpd
// (over STARTTLS with AUTH, storing what it received) and Postfix's smtp-sink started without
// 8BITMIME. The bytes the server stored must be the file's (every line end a CRLF), the envelope
// must come from the flags, files that cannot go out unchanged must be refused before anything
// is sent, and the planted password must never show.
#include "cliprocess.h"
#include "secretscan.h"
#include "smtppeer.h"
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <memory>

using TestSupport::SmtpPeer;

namespace {

const QString userName = QStringLiteral("alice@local.test");
const QByteArray plantedSecret = "Pl4nted-S3cret-msgfile";
const QString secretVariable = QStringLiteral("SENDCHECK_INTEROP_SECRET");

// A message as a mail program saves it: header fields, folded lines, leading dots (one line a
// lone dot, which would end DATA if it were not doubled), UTF-8 in the body, and enough text
// to cross many of the sender's 64 KB chunks.
QByteArray sampleMessage(bool crlf, bool eightBit)
{
    QByteArray text = "From: Alice <alice@local.test>\n"
                      "To: Someone <someone@example.org>\n"
                      "Subject: The real message that failed\n"
                      " (folded onto a second line)\n"
                      "Message-ID: <kept-as-is.4711@local.test>\n"
                      "Date: Mon, 30 Nov 2026 09:15:00 +0100\n"
                      "X-Custom: kept\n"
                      "MIME-Version: 1.0\n"
                      "Content-Type: text/plain; charset=utf-8\n"
                      "\n"
                      ".a line that starts with a dot\n"
                      ".\n"
                      "..two dots\n";
    if (eightBit)
        text += "Gr\xc3\xbc\xc3\x9f"
                "e aus K\xc3\xb6ln\n";
    QRandomGenerator random(19);
    for (int line = 0; line < 6000; ++line) {
        QByteArray row = QByteArray::number(line) + ' ';
        while (row.size() < 70)
            row += char('a' + random.bounded(26));
        if (line % 97 == 0)
            row.prepend('.');
        text += row + '\n';
    }
    text += "The end, without a final line end";
    if (crlf)
        text.replace("\n", "\r\n");
    return text;
}

QByteArray withCrlf(QByteArray bytes)
{
    bytes.replace("\r\n", "\n");
    bytes.replace("\n", "\r\n");
    return bytes;
}

} // namespace

class InteropMessageFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fileIsSentAsItIs_data();
    void fileIsSentAsItIs();
    void unusableFilesAreRefusedBeforeConnecting_data();
    void unusableFilesAreRefusedBeforeConnecting();
    void eightBitWithout8BitMimeIsExplainedNotChanged();
    void sevenBitGoesToAServerWithout8BitMime();

private:
    [[nodiscard]] bool startAiosmtpd();
    [[nodiscard]] bool startSink(bool offer8BitMime);
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &bytes) const;
    [[nodiscard]] TestSupport::CliResult send(quint16 port, const QStringList &arguments,
                                              bool tls) const;
    void verifyNoLeak(const TestSupport::CliResult &result);

    QTemporaryDir m_files;
    std::unique_ptr<TestSupport::TestCertificates> m_certs;
    std::unique_ptr<SmtpPeer> m_peer;
    std::unique_ptr<QProcess> m_sink;
    quint16 m_sinkPort = 0;
};

void InteropMessageFileTest::initTestCase()
{
    const QString missing = SmtpPeer::missingPrerequisites();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY2(QFileInfo(QStringLiteral("/usr/sbin/smtp-sink")).isExecutable(),
             "smtp-sink is missing: install the Debian package postfix");
    QVERIFY2(QFileInfo(TestSupport::CliProcess().program()).isExecutable(),
             "sendcheck-cli is not built");
    QVERIFY(m_files.isValid());
    m_certs = std::make_unique<TestSupport::TestCertificates>();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
}

void InteropMessageFileTest::cleanup()
{
    if (m_sink) {
        m_sink->terminate();
        m_sink->waitForFinished(5000);
        m_sink.reset();
    }
    if (m_peer) {
        const bool stopped = m_peer->stop();
        const QString report = m_peer->failureReport();
        m_peer.reset();
        QVERIFY2(stopped, qPrintable(report));
    }
}

bool InteropMessageFileTest::startAiosmtpd()
{
    SmtpPeer::Options options;
    options.user = userName;
    options.password = QString::fromUtf8(plantedSecret);
    options.known = {QStringLiteral("known@local.test")};
    m_peer = std::make_unique<SmtpPeer>(SmtpPeer::Aiosmtpd, *m_certs, options);
    if (!m_peer->start()) {
        qWarning("%s", qPrintable(m_peer->failureReport()));
        return false;
    }
    return true;
}

bool InteropMessageFileTest::startSink(bool offer8BitMime)
{
    QTcpServer probe; // a free port, handed on to smtp-sink
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return false;
    m_sinkPort = probe.serverPort();
    probe.close();
    QStringList arguments;
    if (geteuid() == 0) // smtp-sink refuses to run as root
        arguments << QStringLiteral("-u") << QStringLiteral("nobody");
    if (!offer8BitMime)
        arguments << QStringLiteral("-8");
    arguments << QStringLiteral("127.0.0.1:%1").arg(m_sinkPort) << QStringLiteral("10");
    m_sink = std::make_unique<QProcess>();
    m_sink->start(QStringLiteral("/usr/sbin/smtp-sink"), arguments);
    if (!m_sink->waitForStarted(5000))
        return false;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sinkPort);
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

QString InteropMessageFileTest::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

TestSupport::CliResult InteropMessageFileTest::send(quint16 port, const QStringList &arguments,
                                                    bool tls) const
{
    QStringList all {QStringLiteral("send"),      QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                     QString::number(port),       QStringLiteral("--timeout"),
                     QStringLiteral("20"),        QStringLiteral("--no-history"),
                     QStringLiteral("--from"),    QStringLiteral("envelope-sender@local.test"),
                     QStringLiteral("--to"),      QStringLiteral("someone@example.org"),
                     QStringLiteral("--cc"),      QStringLiteral("known@local.test")};
    if (tls)
        all << QStringLiteral("--security") << QStringLiteral("starttls")
            << QStringLiteral("--ca-file") << m_certs->caCertPath() << QStringLiteral("--auth")
            << QStringLiteral("plain") << QStringLiteral("--user") << userName
            << QStringLiteral("--password-env") << secretVariable;
    else
        all << QStringLiteral("--security") << QStringLiteral("none") << QStringLiteral("--auth")
            << QStringLiteral("none");
    all += arguments;
    TestSupport::CliProcess cli;
    cli.setEnvironmentVariable(secretVariable, QString::fromUtf8(plantedSecret));
    cli.setTimeout(60000);
    return cli.run(all);
}

void InteropMessageFileTest::verifyNoLeak(const TestSupport::CliResult &result)
{
    QStringList leaks = TestSupport::findSecretLeaks(result.standardOutput + result.standardError,
                                                     userName.toUtf8(), plantedSecret);
    if (m_peer)
        leaks += TestSupport::findSecretLeaksInDirectory(m_peer->saveDirectory(), userName.toUtf8(),
                                                         plantedSecret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void InteropMessageFileTest::fileIsSentAsItIs_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("eightBit");
    QTest::addColumn<bool>("json");
    QTest::newRow("LF line ends, text output") << false << false << false;
    QTest::newRow("CRLF line ends, JSON") << true << false << true;
    QTest::newRow("8-bit, LF, JSON") << false << true << true;
}

void InteropMessageFileTest::fileIsSentAsItIs()
{
    QFETCH(bool, crlf);
    QFETCH(bool, eightBit);
    QFETCH(bool, json);
    QVERIFY(startAiosmtpd());
    const QByteArray content = sampleMessage(crlf, eightBit);
    const QString path = writeFile(QStringLiteral("message.eml"), content);
    QVERIFY(!path.isEmpty());
    QStringList arguments {QStringLiteral("--message-file"), path};
    if (json)
        arguments << QStringLiteral("--json");
    const TestSupport::CliResult result = send(m_peer->port(), arguments, true);
    verifyNoLeak(result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));

    // What the server stored is the file, line ends as CRLF, the final CRLF the sender had to
    // add before the dot, nothing added or removed in between.
    const QByteArray received = m_peer->savedMessage(1);
    QCOMPARE(received.size(), withCrlf(content).size() + 2);
    QVERIFY(received == withCrlf(content) + "\r\n");
    QVERIFY(m_peer->savedMessage(2).isEmpty());

    const QJsonObject envelope = m_peer->savedEnvelope(1);
    QCOMPARE(envelope.value(QLatin1String("mail_from")).toString(),
             QStringLiteral("envelope-sender@local.test"));
    QCOMPARE(
        envelope.value(QLatin1String("rcpt_tos")).toArray(),
        QJsonArray({QStringLiteral("someone@example.org"), QStringLiteral("known@local.test")}));

    const QString out = QString::fromUtf8(result.standardOutput);
    const QString expectedMail = eightBit
        ? QStringLiteral("MAIL FROM:<envelope-sender@local.test> SIZE=%1 BODY=8BITMIME")
        : QStringLiteral("MAIL FROM:<envelope-sender@local.test> SIZE=%1");
    QVERIFY2(out.contains(expectedMail.arg(withCrlf(content).size() + 2)), qPrintable(out));
    // The transcript shows the file's own header, not a test message's.
    QVERIFY(out.contains(QLatin1String("Message-ID: <kept-as-is.4711@local.test>")));
    QVERIFY(!out.contains(QLatin1String("Sendcheck test message")));
    if (json) {
        QCOMPARE(result.json().value(QLatin1String("stage")).toString(), QStringLiteral("done"));
    } else {
        QVERIFY(out.contains(QLatin1String("Unix line ends (LF)")) != crlf);
        QVERIFY(out.contains(QStringLiteral("\u2714 Sent")));
    }
}

void InteropMessageFileTest::unusableFilesAreRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // "<missing>" / "<folder>": no such file / a folder
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected");
    const QByteArray good = "From: a@local.test\nSubject: s\n\nbody\n";
    QTest::newRow("missing") << QStringLiteral("missing.eml") << QByteArray("<missing>")
                             << QStringList() << QStringLiteral("Cannot read the message file");
    QTest::newRow("folder") << QStringLiteral("folder.eml") << QByteArray("<folder>")
                            << QStringList() << QStringLiteral("it is a folder");
    QTest::newRow("empty") << QStringLiteral("empty.eml") << QByteArray() << QStringList()
                           << QStringLiteral("is empty");
    QTest::newRow("plain text") << QStringLiteral("notes.txt")
                                << QByteArray("Dear support,\nit fails.\n") << QStringList()
                                << QStringLiteral("line 1 is not a header field");
    QTest::newRow("binary") << QStringLiteral("picture.eml")
                            << QByteArray("From: a@b.test\n\n\x89PNG\0\0\0\x0d", 22)
                            << QStringList() << QStringLiteral("NUL bytes");
    QTest::newRow("no From") << QStringLiteral("nofrom.eml")
                             << QByteArray("Subject: s\nTo: b@local.test\n\nbody\n")
                             << QStringList() << QStringLiteral("no From: field");
    QTest::newRow("mbox") << QStringLiteral("mbox.eml")
                          << QByteArray("From alice@local.test Mon Nov 30 09:15:00 2026\n") + good
                          << QStringList() << QStringLiteral("line 1 is not a header field");
    QTest::newRow("mixed line ends")
        << QStringLiteral("mixed.eml") << QByteArray("From: a@local.test\r\nSubject: s\n\nbody\r\n")
        << QStringList() << QStringLiteral("mixes line ends: 2 lines end in CR LF, 2 in a bare LF");
    QTest::newRow("bare CR") << QStringLiteral("cr.eml")
                             << QByteArray("From: a@local.test\nSubject: s\n\nbo\rdy\n")
                             << QStringList() << QStringLiteral("and 1 in a bare CR");
    QTest::newRow("with --subject")
        << QStringLiteral("good.eml") << good
        << QStringList {QStringLiteral("--subject"), QStringLiteral("x")}
        << QStringLiteral("does not go with --subject");
    QTest::newRow("with --attach") << QStringLiteral("good2.eml") << good
                                   << QStringList {QStringLiteral("--attach"), QStringLiteral("x")}
                                   << QStringLiteral("does not go with --attach");
    QTest::newRow("with --count") << QStringLiteral("good3.eml") << good
                                  << QStringList {QStringLiteral("--count"), QStringLiteral("2")}
                                  << QStringLiteral("does not go with --count or --connections");
    QTest::newRow("with --read-back")
        << QStringLiteral("good4.eml") << good << QStringList {QStringLiteral("--read-back")}
        << QStringLiteral("it does not go with --message-file");
}

void InteropMessageFileTest::unusableFilesAreRefusedBeforeConnecting()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    QString path = m_files.filePath(name);
    if (content == "<folder>")
        QVERIFY(QDir().mkpath(path));
    else if (content != "<missing>")
        path = writeFile(name, content);
    QVERIFY(!path.isEmpty());
    // Something listens, to prove nothing was sent: a refused file never connects.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    const TestSupport::CliResult result = send(
        listener.serverPort(), QStringList {QStringLiteral("--message-file"), path} + extra, true);
    QVERIFY2(result.started && !result.timedOut && !result.crashed, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 2);
    const QString error = QString::fromUtf8(result.standardError);
    QVERIFY2(error.contains(expected), qPrintable(result.describe()));
    QVERIFY(!listener.hasPendingConnections());
    QVERIFY(!listener.waitForNewConnection(100));
    verifyNoLeak(result);
}

void InteropMessageFileTest::eightBitWithout8BitMimeIsExplainedNotChanged()
{
    QVERIFY(startSink(false));
    const QString path = writeFile(QStringLiteral("umlaut.eml"), sampleMessage(false, true));
    QVERIFY(!path.isEmpty());
    const TestSupport::CliResult result = send(
        m_sinkPort, {QStringLiteral("--message-file"), path, QStringLiteral("--json")}, false);
    QCOMPARE(result.exitCode, 10);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(json.value(QLatin1String("stage")).toString(), QStringLiteral("data"));
    const QString text = QString::fromUtf8(result.standardOutput);
    QVERIFY2(text.contains(QLatin1String("does not offer 8BITMIME")), qPrintable(text));
    // Nothing of the message went out: no MAIL FROM, no DATA.
    QVERIFY2(!text.contains(QLatin1String("MAIL FROM")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("\"DATA\"")));
    verifyNoLeak(result);
}

void InteropMessageFileTest::sevenBitGoesToAServerWithout8BitMime()
{
    QVERIFY(startSink(false));
    const QString path = writeFile(QStringLiteral("ascii.eml"), sampleMessage(true, false));
    QVERIFY(!path.isEmpty());
    const TestSupport::CliResult result = send(
        m_sinkPort, {QStringLiteral("--message-file"), path, QStringLiteral("--json")}, false);
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    const QString text = QString::fromUtf8(result.standardOutput);
    QVERIFY(text.contains(QLatin1String("MAIL FROM:<envelope-sender@local.test>")));
    QVERIFY(!text.contains(QLatin1String("BODY=8BITMIME")));
}

QTEST_GUILESS_MAIN(InteropMessageFileTest)
#include "tst_interop_messagefile.moc"
