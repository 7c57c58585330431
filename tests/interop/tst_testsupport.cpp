// SPDX-License-Identifier: GPL-3.0-or-later
// The test-support pieces other tests stand on: if a certificate were not what its name says, or
// the secret scan missed an encoding, every test built on them would prove nothing.
#include "cliprocess.h"
#include "peerprocess.h"
#include "secretscan.h"
#include "testcertificates.h"
#include "testsupport.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using TestSupport::TestCertificates;
using Kind = TestSupport::TestCertificates::Kind;

class TestSupportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificateVerification_data();
    void certificateVerification();
    void certificateFingerprint();
    void peerProcessReadyAndStop();
    void peerProcessTimeout();
    void peerProcessEarlyExit();
    void requireProgram();
    void cliProcess();
    void cliProcessTimeout();
    void secretScanFinds_data();
    void secretScanFinds();
    void secretScanClean();
    void secretScanDirectory();

private:
    std::unique_ptr<TestCertificates> m_certs;
};

void TestSupportTest::initTestCase()
{
    TESTSUPPORT_REQUIRE_PROGRAM(openssl, QStringLiteral("openssl"), QStringLiteral("openssl"));
    m_certs = std::make_unique<TestCertificates>(openssl);
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
    // QSslCertificate::verify() trusts the default configuration's CAs; add the test CA there.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_certs->caCertificate());
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void TestSupportTest::certificateVerification_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QList<QSslError::SslError>>("expected");
    using E = QSslError::SslError;
    using L = QList<E>;
    QTest::newRow("server/localhost") << Kind::Server << "localhost" << L {};
    QTest::newRow("server/127.0.0.1") << Kind::Server << "127.0.0.1" << L {};
    QTest::newRow("expired") << Kind::Expired << "localhost" << L {E::CertificateExpired};
    QTest::newRow("not-yet-valid")
        << Kind::NotYetValid << "localhost" << L {E::CertificateNotYetValid};
    QTest::newRow("wrong-name") << Kind::WrongName << "localhost" << L {E::HostNameMismatch};
    QTest::newRow("self-signed") << Kind::SelfSigned << "localhost" << L {E::SelfSignedCertificate};
    QTest::newRow("ip-only/127.0.0.1") << Kind::IpOnly << "127.0.0.1" << L {};
    QTest::newRow("ip-only/localhost") << Kind::IpOnly << "localhost" << L {E::HostNameMismatch};
    QTest::newRow("wildcard/localhost") << Kind::Wildcard << "localhost" << L {E::HostNameMismatch};
}

void TestSupportTest::certificateVerification()
{
    QFETCH(Kind, kind);
    QFETCH(QString, host);
    QFETCH(QList<QSslError::SslError>, expected);

    QVERIFY(!m_certs->certificate(kind).isNull());
    QVERIFY(!m_certs->key(kind).isNull());
    QCOMPARE(m_certs->key(kind).algorithm(), QSsl::Ec);
    const QList<QSslError> errors = QSslCertificate::verify(m_certs->chain(kind), host);
    QList<QSslError::SslError> actual;
    for (const QSslError &error : errors)
        actual.append(error.error());
    // A self-signed leaf may be reported with follow-on errors; the named one must be first-class.
    if (kind == Kind::SelfSigned)
        QVERIFY2(actual.contains(QSslError::SelfSignedCertificate),
                 qPrintable(QDebug::toString(actual)));
    else
        QCOMPARE(actual, expected);
}

void TestSupportTest::certificateFingerprint()
{
    const TestSupport::CliResult result = TestSupport::CliProcess::runProgram(
        QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-in"), m_certs->certPath(Kind::Server),
         QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
        {}, 20000);
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    // "sha256 Fingerprint=AB:CD:..."
    const QByteArray fromOpenssl = result.standardOutput.trimmed().split('=').last();
    QCOMPARE(m_certs->sha256Fingerprint(Kind::Server, true), fromOpenssl);
    QCOMPARE(m_certs->sha256Fingerprint(Kind::Server),
             QByteArray(fromOpenssl).replace(':', QByteArray()).toLower());
    QCOMPARE(m_certs->sha256Fingerprint(Kind::Server).size(), 64);
    QVERIFY(m_certs->sha256Fingerprint(Kind::Server) != m_certs->sha256Fingerprint(Kind::Expired));
}

void TestSupportTest::peerProcessReadyAndStop()
{
    const QString script
        = QStringLiteral("import socket,sys,time\n"
                         "s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen(1)\n"
                         "print('starting'); print('PORT %d' % s.getsockname()[1], flush=True)\n"
                         "c,_=s.accept(); c.sendall(b'hello\\n'); time.sleep(60)\n");
    TestSupport::PeerProcess peer(TestSupport::PeerProcess::python(),
                                  {QStringLiteral("-c"), script});
    QVERIFY2(peer.start(20000), qPrintable(peer.failureReport()));
    QVERIFY(peer.port() > 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, peer.port());
    QVERIFY(socket.waitForConnected(5000));
    while (!socket.canReadLine() && socket.waitForReadyRead(5000)) { }
    QVERIFY(socket.canReadLine());
    QCOMPARE(socket.readLine(), QByteArray("hello\n"));
    QVERIFY(peer.isRunning());
    QVERIFY(peer.stop(5000)); // Python dies of SIGTERM at once
    QVERIFY(!peer.isRunning());
}

void TestSupportTest::peerProcessTimeout()
{
    TestSupport::PeerProcess peer(QStringLiteral("/bin/sh"),
                                  {QStringLiteral("-c"), QStringLiteral("echo noise; sleep 30")});
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!peer.start(800));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!peer.isRunning());
    QVERIFY2(peer.failureReport().contains(QLatin1String("within 800 ms")),
             qPrintable(peer.failureReport()));
}

void TestSupportTest::peerProcessEarlyExit()
{
    TestSupport::PeerProcess peer(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("echo 'bind failed: no such thing' >&2; exit 4")});
    QVERIFY(!peer.start(20000));
    const QString report = peer.failureReport();
    QVERIFY2(report.contains(QLatin1String("exited before it was ready")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("bind failed: no such thing")), qPrintable(report));
}

void TestSupportTest::requireProgram()
{
    const QString sh
        = TestSupport::PeerProcess::requireProgram(QStringLiteral("sh"), QStringLiteral("dash"));
    QVERIFY2(QFileInfo(sh).isAbsolute() && QFileInfo(sh).isExecutable(), qPrintable(sh));
    const QString missing = TestSupport::PeerProcess::requireProgram(
        QStringLiteral("sendcheck-no-such-program"), QStringLiteral("no-such-package"));
    QVERIFY(!QFileInfo(missing).isAbsolute());
    QVERIFY2(missing.contains(QLatin1String("install the Debian package no-such-package")),
             qPrintable(missing));
    QVERIFY(TestSupport::PeerProcess::missingPythonModule(QStringLiteral("json"),
                                                          QStringLiteral("python3"))
                .isEmpty());
    QVERIFY(TestSupport::PeerProcess::missingPythonModule(QStringLiteral("sendcheck_no_such"),
                                                          QStringLiteral("python3-nope"))
                .contains(QLatin1String("python3-nope")));
}

void TestSupportTest::cliProcess()
{
    TestSupport::CliProcess process(QStringLiteral("/bin/sh"));
    process.setStandardInput("line one\nline two");
    process.setEnvironmentVariable(QStringLiteral("SENDCHECK_TEST_VAR"), QStringLiteral("v a l"));
    process.unsetEnvironmentVariable(QStringLiteral("HOME"));
    const TestSupport::CliResult result = process.run(
        {QStringLiteral("-c"),
         QStringLiteral(
             "cat; echo \"[$SENDCHECK_TEST_VAR][${HOME-unset}]\"; echo oops >&2; exit 3")});
    QVERIFY(result.started);
    QVERIFY(!result.timedOut);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.standardOutput, QByteArray("line one\nline two[v a l][unset]\n"));
    QCOMPARE(result.standardError, QByteArray("oops\n"));

    const TestSupport::CliResult json = TestSupport::CliProcess::runProgram(
        QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo '{\"ok\": true}'")});
    QVERIFY(json.succeeded());
    QString error;
    QCOMPARE(json.json(&error).value(QLatin1String("ok")).toBool(), true);
    QVERIFY(error.isEmpty());
    QVERIFY(result.json(&error).isEmpty());
    QVERIFY(!error.isEmpty());

    QVERIFY(TestSupport::CliProcess().program().endsWith(QLatin1String("sendcheck-cli")));
}

void TestSupportTest::cliProcessTimeout()
{
    TestSupport::CliProcess process(QStringLiteral("/bin/sh"));
    process.setTimeout(500);
    QElapsedTimer timer;
    timer.start();
    const TestSupport::CliResult result
        = process.run({QStringLiteral("-c"), QStringLiteral("echo partial; exec sleep 30")});
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(result.started);
    QVERIFY(result.timedOut);
    QVERIFY(!result.succeeded());
    QVERIFY2(result.describe().contains(QLatin1String("timed out")), qPrintable(result.describe()));
}

void TestSupportTest::secretScanFinds_data()
{
    const QByteArray user = "alice@local.test";
    const QByteArray secret = "Pl4nted-S3cret-xyz";
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("plain") << QByteArray("password=" + secret + "\n") << "plain text";
    QTest::newRow("auth plain line")
        << QByteArray("C: AUTH PLAIN "
                      + (QByteArray(1, 0) + user + QByteArray(1, 0) + secret).toBase64() + "\r\n")
        << "AUTH PLAIN";
    QTest::newRow("auth login line") << QByteArray("C: " + secret.toBase64() + "\r\n") << "base64";
    QTest::newRow("xoauth2") << QByteArray("AUTH XOAUTH2 "
                                           + QByteArray("user=" + user
                                                        + "\x01"
                                                          "auth=Bearer "
                                                        + secret + "\x01\x01")
                                                 .toBase64())
                             << "XOAUTH2";
    QTest::newRow("url encoded") << QByteArray(
        "p=" + QUrl::toPercentEncoding(QStringLiteral("P@ss wörd-12345")))
                                 << "URL";
    QTest::newRow("inside other base64")
        << QByteArray("x: " + QByteArray("some prefix!!" + secret + "trailer").toBase64() + "\n")
        << "base64 text carrying";
    QTest::newRow("inside other base64, shifted")
        << QByteArray("x: " + QByteArray("prefix+" + secret + "~").toBase64() + "\n")
        << "base64 text carrying";
    QTest::newRow("hex") << QByteArray("k=" + secret.toHex()) << "hex";
}

void TestSupportTest::secretScanFinds()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QString, expectedWords);
    const QByteArray secret = QTest::currentDataTag() == QByteArray("url encoded")
        ? QStringLiteral("P@ss wörd-12345").toUtf8()
        : QByteArray("Pl4nted-S3cret-xyz");
    const QStringList leaks = TestSupport::findSecretLeaks(haystack, "alice@local.test", secret);
    QVERIFY2(!leaks.isEmpty(), "leak not found");
    QVERIFY2(leaks.join(QLatin1Char('\n')).contains(expectedWords), qPrintable(leaks.join('\n')));
    // The findings themselves are printed by tests: they must not carry the secret.
    for (const QString &leak : leaks)
        QVERIFY(TestSupport::findSecretLeaks(leak.toUtf8(), "alice@local.test", secret).isEmpty());
}

void TestSupportTest::secretScanClean()
{
    const QByteArray secret = "Pl4nted-S3cret-xyz";
    const QByteArray transcript
        = "S: 220 localhost ESMTP\r\nC: EHLO x\r\nC: AUTH PLAIN ********\r\nS: 235 2.7.0 ok\r\n"
          "C: MAIL FROM:<alice@local.test>\r\n"
        + QByteArray("\0alice@local.test\0other-password", 33).toBase64()
        + QByteArray("Pl4nted-S3cret-xy").toBase64(); // one byte short of the secret
    const QStringList leaks = TestSupport::findSecretLeaks(transcript, "alice@local.test", secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    QCOMPARE(TestSupport::findSecretLeaks("abc", "u", "12345").size(), 1); // too short: refused
}

void TestSupportTest::secretScanDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
    QFile clean(dir.filePath(QStringLiteral("a/clean.json")));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write("{\"user\": \"alice\"}");
    clean.close();
    QFile leaky(dir.filePath(QStringLiteral("a/b/.hidden.log")));
    QVERIFY(leaky.open(QIODevice::WriteOnly));
    leaky.write("AUTH LOGIN " + QByteArray("Pl4nted-S3cret-xyz").toBase64());
    leaky.close();
    const QStringList leaks
        = TestSupport::findSecretLeaksInDirectory(dir.path(), "alice", "Pl4nted-S3cret-xyz");
    QCOMPARE(leaks.size(), 1);
    QVERIFY2(leaks.constFirst().startsWith(leaky.fileName()), qPrintable(leaks.constFirst()));
}

QTEST_GUILESS_MAIN(TestSupportTest)
#include "tst_testsupport.moc"
