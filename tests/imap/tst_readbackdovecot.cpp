// SPDX-License-Identifier: GPL-3.0-or-later
// The read-back against a real Dovecot (dovecot-imapd): implicit TLS and STARTTLS, messages
// with Authentication-Results as Gmail, Microsoft 365 and Yahoo write them, in the inbox and the
// Junk folder, one that arrives while we wait (IDLE), one that never arrives, a wrong password,
// an unverifiable certificate, LOGIN with quoted and literal passwords, and the CLI; every
// transcript and every CLI output scanned for the planted secret.
#include "dovecotpeer.h"

#include "cliprocess.h"
#include "secretscan.h"
#include "testcertificates.h"
#include "testsupport.h"

#include "imap/readback.h"
#include "transcript/transcript.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Sendcheck;

namespace {

const QByteArray user = "alice";
const QByteArray secret = "Pl4nted-S3cret-xyz";
// LOGIN must quote this one (" and \) ...
const QByteArray quotedUser = "bob";
const QByteArray quotedSecret = "Pl4nted\"S3\\cret-bob";
// ... and send this one as a literal (8-bit bytes).
const QByteArray literalUser = "carol";
const QByteArray literalSecret = "Pl\xc3\xa4nted-S3cr\xc3\xa9t-carol";

QByteArray message(const QByteArray &messageId, const QByteArray &traceFields)
{
    return traceFields
        + "From: Owner <owner@example.com>\r\n"
          "To: alice@example.net\r\n"
          "Subject: Sendcheck test\r\n"
          "Date: Tue, 01 Dec 2026 17:15:00 +0000\r\n"
          "Message-ID: <"
        + messageId
        + ">\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n"
          "\r\n"
          "A test message.\r\n";
}

const QByteArray gmailTrace
    = "Received: by 2002:a05:6a10:1234:b0:5a1:2b3c:4d5e with SMTP id x12csp123456pxb;\r\n"
      "        Tue, 1 Dec 2026 09:15:02 -0800 (PST)\r\n"
      "ARC-Authentication-Results: i=1; mx.google.com;\r\n"
      "       dkim=pass header.i=@example.com header.s=s2026 header.b=Ab3dEf+/;\r\n"
      "       spf=pass (google.com: domain of owner@example.com designates 192.0.2.10 as "
      "permitted sender) smtp.mailfrom=owner@example.com;\r\n"
      "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=example.com\r\n"
      "Authentication-Results: mx.google.com;\r\n"
      "       dkim=pass header.i=@example.com header.s=s2026 header.b=Ab3dEf+/;\r\n"
      "       spf=pass (google.com: domain of owner@example.com designates 192.0.2.10 as "
      "permitted sender) smtp.mailfrom=owner@example.com;\r\n"
      "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=example.com\r\n"
      "Received-SPF: pass (google.com: domain of owner@example.com designates 192.0.2.10 as "
      "permitted sender) client-ip=192.0.2.10;\r\n"
      "Received: from mail.example.com (mail.example.com. [192.0.2.10])\r\n"
      "        by mx.google.com with ESMTPS id a1si123456qkb.12.2026.12.01.09.15.01\r\n"
      "        for <owner@gmail.com>\r\n"
      "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
      "        Tue, 01 Dec 2026 09:15:01 -0800 (PST)\r\n"
      "Received: from laptop.example.com (unknown [198.51.100.7])\r\n"
      "\tby mail.example.com (Postfix) with ESMTPSA id 4Abc1D2efGz9xyz\r\n"
      "\tfor <owner@gmail.com>; Tue,  1 Dec 2026 17:15:00 +0000 (UTC)\r\n";

// Microsoft 365 writes no authserv-id and adds compauth; this one failed and went to Junk.
const QByteArray microsoftTrace
    = "Received: from AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::1) by "
      "AM0PR01MB5678.eurprd01.prod.exchangelabs.com with HTTPS; Tue, 1 Dec 2026 17:15:03 +0000\r\n"
      "Authentication-Results: spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; "
      "dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine "
      "header.from=example.com;compauth=fail reason=001\r\n"
      "Received-SPF: Fail (protection.outlook.com: domain of example.com does not designate "
      "203.0.113.9 as permitted sender) receiver=protection.outlook.com; client-ip=203.0.113.9;\r\n"
      "X-MS-Exchange-Organization-SCL: 5\r\n"
      "X-Microsoft-Antispam: BCL:0;\r\n"
      "Received: from mail.example.com (203.0.113.9) by "
      "AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::1) with Microsoft SMTP "
      "Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7000.1; "
      "Tue, 1 Dec 2026 17:15:02 +0000\r\n";

const QByteArray yahooTrace
    = "Authentication-Results: atlas-production.v2.mail-production.bf1.yahoo.com;\r\n"
      " dkim=perm_fail header.i=@example.com header.s=s1;\r\n"
      " spf=pass smtp.mailfrom=example.com;\r\n"
      " dmarc=fail(p=REJECT) header.from=example.com;\r\n"
      "Received: from 192.0.2.10 (EHLO mail.example.com)\r\n"
      " by 10.217.151.75 with SMTP; Tue, 01 Dec 2026 17:15:02 +0000\r\n";

const DomainCheckItem *check(const ReadBackResult &result, const QString &id)
{
    for (const DomainCheckItem &item : result.checks)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

class TestReadBackDovecot : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestCertificates m_certs;
    std::unique_ptr<DovecotPeer> m_dovecot;

    ServerSettings settings(Security security) const
    {
        ServerSettings s;
        s.host = QStringLiteral("localhost");
        s.security = security;
        s.port
            = security == Security::ImplicitTls ? m_dovecot->tlsPort() : m_dovecot->startTlsPort();
        s.userName = QString::fromLatin1(user);
        s.caFile = m_certs.caCertPath();
        // Generous: under the sanitizers and a busy machine a Dovecot login can take long.
        s.timeouts.capAll(std::chrono::seconds(60));
        return s;
    }

    // Runs a read-back to its end and checks the transcript for the secret.
    std::unique_ptr<ReadBack> readBack(const ServerSettings &s, const QByteArray &password,
                                       const QByteArray &messageId, int waitSeconds)
    {
        auto rb = std::make_unique<ReadBack>();
        rb->session()->setSettings(s);
        rb->session()->setSecret(password);
        rb->setMessageId(QString::fromLatin1(messageId));
        rb->setWait(std::chrono::seconds(waitSeconds));
        rb->setPollIntervals(std::chrono::milliseconds(300), std::chrono::seconds(2));
        QSignalSpy done(rb.get(), &ReadBack::finished);
        rb->start();
        if (!rb->isFinished() && !done.wait((waitSeconds + 30) * 1000))
            qWarning("read-back did not finish");
        const QStringList leaks = TestSupport::findSecretLeaks(
            rb->session()->transcript()->toText().toUtf8(), s.userName.toUtf8(), password);
        if (!leaks.isEmpty())
            qFatal("secret in the transcript: %s", qPrintable(leaks.join(u'\n')));
        return rb;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
        m_dovecot = std::make_unique<DovecotPeer>(m_certs);
        // A missing Dovecot fails loudly, never skips.
        QVERIFY2(m_dovecot->start(
                     {{user, secret}, {quotedUser, quotedSecret}, {literalUser, literalSecret}}),
                 qPrintable(m_dovecot->errorString()));
    }

    void cleanupTestCase() { m_dovecot.reset(); }

    void implicitTlsFindsGmailMessageInInbox()
    {
        QVERIFY(m_dovecot->deliver(user, QString(), message("gmail-1@example.com", gmailTrace)));
        const auto rb
            = readBack(settings(Security::ImplicitTls), secret, "gmail-1@example.com", 10);
        QVERIFY2(!rb->failure().isFailure(), qPrintable(rb->failure().message));
        const ReadBackResult &r = rb->result();
        QVERIFY(r.arrived);
        QCOMPARE(r.folder, QStringLiteral("INBOX"));
        QVERIFY(!r.spam);
        QVERIFY(r.authenticationResults);
        QCOMPARE(r.authenticationResults->authservId(), QStringLiteral("mx.google.com"));
        QVERIFY(r.receivedSpf.startsWith(QLatin1String("pass")));
        QCOMPARE(r.hops.size(), 3);
        QVERIFY(rb->session()->tls().verified);
        for (const QString &id :
             {QStringLiteral("readback.arrived"), QStringLiteral("readback.folder"),
              QStringLiteral("readback.spf"), QStringLiteral("readback.dkim"),
              QStringLiteral("readback.dmarc")}) {
            const DomainCheckItem *item = check(r, id);
            QVERIFY2(item, qPrintable(id));
            QCOMPARE(item->status, DomainCheckItem::Status::Pass);
        }
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("arrived")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("folder")).toString(), QStringLiteral("INBOX"));
        QCOMPARE(json.value(QStringLiteral("authentication_results"))
                     .toObject()
                     .value(QStringLiteral("dmarc"))
                     .toString(),
                 QStringLiteral("pass"));
        QCOMPARE(json.value(QStringLiteral("hops")).toArray().size(), 3);
    }

    void startTlsFindsMicrosoftMessageInJunk()
    {
        QVERIFY(m_dovecot->deliver(user, QStringLiteral("Junk"),
                                   message("microsoft-1@example.com", microsoftTrace)));
        const auto rb
            = readBack(settings(Security::StartTls), secret, "microsoft-1@example.com", 10);
        QVERIFY2(!rb->failure().isFailure(), qPrintable(rb->failure().message));
        const ReadBackResult &r = rb->result();
        QVERIFY(r.arrived);
        QCOMPARE(r.folder, QStringLiteral("Junk"));
        QVERIFY(r.junkFolder);
        QVERIFY(r.spam);
        // The STARTTLS path: TLS, then capabilities read again, then the sign-in.
        const QString text = rb->session()->transcript()->toText();
        QVERIFY(text.indexOf(QLatin1String("STARTTLS"))
                    < text.indexOf(QLatin1String("CAPABILITY\n"))
                || text.count(QLatin1String("CAPABILITY")) >= 1);
        QVERIFY(rb->session()->tls().used);
        QCOMPARE(check(r, QStringLiteral("readback.folder"))->status,
                 DomainCheckItem::Status::Fail);
        QCOMPARE(check(r, QStringLiteral("readback.spf"))->status, DomainCheckItem::Status::Fail);
        QVERIFY(
            check(r, QStringLiteral("readback.spf"))->fix.contains(QLatin1String("spf.record")));
        QCOMPARE(check(r, QStringLiteral("readback.dkim"))->status, DomainCheckItem::Status::Warn);
        QVERIFY(check(r, QStringLiteral("readback.dkim"))
                    ->fix.contains(QLatin1String("dkim.selector")));
        QCOMPARE(check(r, QStringLiteral("readback.dmarc"))->status, DomainCheckItem::Status::Fail);
        QVERIFY(check(r, QStringLiteral("readback.dmarc"))
                    ->fix.contains(QLatin1String("dmarc.alignment")));
        QCOMPARE(check(r, QStringLiteral("readback.spam_score"))->status,
                 DomainCheckItem::Status::Fail);
    }

    void yahooMessageArrivesWhileWaiting()
    {
        // Delivered only after the first search found nothing: IDLE must notice it.
        QTimer::singleShot(1500, this, [this] {
            QVERIFY(
                m_dovecot->deliver(user, QString(), message("yahoo-1@example.com", yahooTrace)));
        });
        const auto rb
            = readBack(settings(Security::ImplicitTls), secret, "yahoo-1@example.com", 30);
        QVERIFY2(!rb->failure().isFailure(), qPrintable(rb->failure().message));
        const ReadBackResult &r = rb->result();
        QVERIFY(r.arrived);
        QVERIFY(rb->usedIdle());
        QVERIFY2(r.seconds >= 1.4 && r.seconds < 20, qPrintable(QString::number(r.seconds)));
        QCOMPARE(r.authenticationResults->authservId(),
                 QStringLiteral("atlas-production.v2.mail-production.bf1.yahoo.com"));
        QCOMPARE(check(r, QStringLiteral("readback.dkim"))->status, DomainCheckItem::Status::Fail);
        QCOMPARE(check(r, QStringLiteral("readback.dmarc"))->status, DomainCheckItem::Status::Fail);
    }

    void messageThatNeverArrives()
    {
        const auto rb = readBack(settings(Security::ImplicitTls), secret, "never@example.com", 2);
        QVERIFY2(!rb->failure().isFailure(), qPrintable(rb->failure().message));
        const ReadBackResult &r = rb->result();
        QVERIFY(!r.arrived);
        QVERIFY(r.seconds >= 2);
        QCOMPARE(rb->searchedFolders(),
                 QStringList({QStringLiteral("INBOX"), QStringLiteral("Junk")}));
        const DomainCheckItem *arrived = check(r, QStringLiteral("readback.arrived"));
        QVERIFY(arrived);
        QCOMPARE(arrived->status, DomainCheckItem::Status::Fail);
        QVERIFY(arrived->summary.contains(QLatin1String("did not arrive")));
        QVERIFY(arrived->summary.contains(QLatin1String("within 2 seconds")));
    }

    void stopEndsAWaitingReadBack()
    {
        ReadBack rb;
        ServerSettings s = settings(Security::ImplicitTls);
        rb.session()->setSettings(s);
        rb.session()->setSecret(QByteArrayView(secret));
        rb.setMessageId(QStringLiteral("never-stopped@example.com"));
        rb.setWait(std::chrono::seconds(60));
        QSignalSpy done(&rb, &ReadBack::finished);
        QSignalSpy progress(&rb, &ReadBack::progress);
        rb.start();
        // Waiting (IDLE on INBOX) for a message that will not come.
        QTRY_VERIFY_WITH_TIMEOUT(rb.session()->state() == ImapSession::State::Idling, 20000);
        QElapsedTimer clock;
        clock.start();
        rb.cancel();
        QVERIFY(done.count() == 1 || done.wait(5000));
        QVERIFY2(clock.elapsed() < 3000, "Stop must end the wait at once");
        QVERIFY(rb.isFinished());
        QVERIFY(rb.wasStopped());
        QVERIFY(!rb.hasResult()); // not "did not arrive": nothing is known
        QCOMPARE(rb.failure().kind, FailureKind::Cancelled);
        QVERIFY(rb.failure().message.contains(QLatin1String("not known")));
        const QJsonObject json = rb.reportJson();
        QCOMPARE(json.value(QStringLiteral("stopped")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("arrived")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("cancelled")));
        QVERIFY(rb.session()->isFinished());
        QVERIFY(TestSupport::findSecretLeaks(rb.session()->transcript()->toText().toUtf8(), user,
                                             secret)
                    .isEmpty());
    }

    void cliInterruptStopsTheWait()
    {
        // Ctrl+C during --wait: a clean end with its own exit code (130), not a killed process.
        QProcess cli;
        cli.setProgram(TestSupport::cliPath());
        cli.setArguments({QStringLiteral("inbox-check"), QStringLiteral("--message-id"),
                          QStringLiteral("never-interrupted@example.com"),
                          QStringLiteral("--imap-host"), QStringLiteral("localhost"),
                          QStringLiteral("--imap-port"), QString::number(m_dovecot->tlsPort()),
                          QStringLiteral("--imap-user"), QString::fromLatin1(user),
                          QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"),
                          m_certs.caCertPath(), QStringLiteral("--wait"), QStringLiteral("120")});
        cli.start();
        QVERIFY(cli.waitForStarted(10000));
        cli.write(secret + '\n');
        cli.closeWriteChannel();
        QByteArray standardError;
        QTRY_VERIFY_WITH_TIMEOUT(
            (standardError += cli.readAllStandardError()).contains("waiting for new mail"), 30000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(cli.processId()), SIGINT), 0);
        QVERIFY(cli.waitForFinished(10000));
        QVERIFY2(clock.elapsed() < 5000, "Ctrl+C must end the wait at once");
        standardError += cli.readAllStandardError();
        const QByteArray standardOutput = cli.readAllStandardOutput();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY2(standardError.contains("Stopped: The read-back was stopped"),
                 standardError.constData());
        QVERIFY(!standardOutput.contains("Not arrived"));
        QVERIFY(
            TestSupport::findSecretLeaks(standardOutput + standardError, user, secret).isEmpty());
    }

    void wrongPasswordKeepsTheServersWords()
    {
        const auto rb = readBack(settings(Security::ImplicitTls), "Wr0ng-Passw0rd-xyz",
                                 "gmail-1@example.com", 5);
        QVERIFY(!rb->hasResult());
        QCOMPARE(rb->failure().kind, FailureKind::Reply);
        QCOMPARE(rb->failure().step, QStringLiteral("login"));
        QVERIFY2(rb->failure().serverText.contains(QLatin1String("Authentication failed")),
                 qPrintable(rb->failure().serverText));
    }

    void unverifiedCertificateIsRefused()
    {
        ServerSettings s = settings(Security::ImplicitTls);
        s.caFile.clear();
        const auto rb = readBack(s, secret, "gmail-1@example.com", 5);
        QVERIFY(!rb->hasResult());
        QCOMPARE(rb->failure().kind, FailureKind::TlsCertificate);
        // Nothing was sent: no sign-in line at all.
        QVERIFY(!rb->session()->transcript()->toText().contains(QLatin1String("AUTHENTICATE")));
    }

    void pinnedCertificateIsAccepted()
    {
        ServerSettings s = settings(Security::StartTls);
        s.caFile.clear();
        s.pinnedSha256 = {m_certs.sha256Fingerprint(TestSupport::TestCertificates::Kind::Server)};
        const auto rb = readBack(s, secret, "gmail-1@example.com", 5);
        QVERIFY2(!rb->failure().isFailure(), qPrintable(rb->failure().message));
        QVERIFY(rb->result().arrived);
        QVERIFY(rb->session()->tls().pinned);
    }

    void loginQuotesAndLiterals_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("quoted") << quotedUser << quotedSecret;
        QTest::newRow("literal") << literalUser << literalSecret;
    }

    void loginQuotesAndLiterals()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, password);
        QVERIFY(m_dovecot->deliver(name, QString(),
                                   message("login-" + name + "@example.com", gmailTrace)));
        ServerSettings s = settings(Security::ImplicitTls);
        s.userName = QString::fromLatin1(name);
        s.mechanism = AuthMechanism::Login; // LOGIN, not AUTHENTICATE
        const auto rb = readBack(s, password, "login-" + name + "@example.com", 5);
        QVERIFY2(!rb->failure().isFailure(),
                 qPrintable(rb->failure().message + u' ' + rb->failure().serverText));
        QVERIFY(rb->result().arrived);
        QVERIFY(rb->session()->transcript()->toText().contains(QLatin1String(" LOGIN ")));
    }

    void cliInboxCheckJson()
    {
        QVERIFY(m_dovecot->deliver(user, QStringLiteral("Junk"),
                                   message("cli-1@example.com", microsoftTrace)));
        TestSupport::CliProcess cli;
        cli.setStandardInput(secret + '\n');
        cli.setTimeout(60000);
        const TestSupport::CliResult r = cli.run(
            {QStringLiteral("inbox-check"), QStringLiteral("--message-id"),
             QStringLiteral("cli-1@example.com"), QStringLiteral("--imap-host"),
             QStringLiteral("localhost"), QStringLiteral("--imap-port"),
             QString::number(m_dovecot->startTlsPort()), QStringLiteral("--imap-security"),
             QStringLiteral("starttls"), QStringLiteral("--imap-user"), QString::fromLatin1(user),
             QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), m_certs.caCertPath(),
             QStringLiteral("--wait"), QStringLiteral("10"), QStringLiteral("--transcript"),
             QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4); // arrived, as spam
        const QJsonObject readBack = r.json().value(QStringLiteral("read_back")).toObject();
        QCOMPARE(readBack.value(QStringLiteral("arrived")).toBool(), true);
        QCOMPARE(readBack.value(QStringLiteral("folder")).toString(), QStringLiteral("Junk"));
        QCOMPARE(readBack.value(QStringLiteral("spam")).toBool(), true);
        QVERIFY(readBack.value(QStringLiteral("seconds")).isDouble());
        QVERIFY(readBack.value(QStringLiteral("authentication_results")).isObject());
        QVERIFY(readBack.value(QStringLiteral("hops")).isArray());
        QVERIFY(!readBack.value(QStringLiteral("checks")).toArray().isEmpty());
        QVERIFY(r.standardError.contains("STARTTLS"));
        const QStringList leaks
            = TestSupport::findSecretLeaks(r.standardOutput + r.standardError, user, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

    void cliNotArrivedAndWrongPassword()
    {
        TestSupport::CliProcess cli;
        cli.setTimeout(60000);
        const QStringList common = {QStringLiteral("inbox-check"),
                                    QStringLiteral("--imap-host"),
                                    QStringLiteral("localhost"),
                                    QStringLiteral("--imap-port"),
                                    QString::number(m_dovecot->tlsPort()),
                                    QStringLiteral("--imap-user"),
                                    QString::fromLatin1(user),
                                    QStringLiteral("--password-stdin"),
                                    QStringLiteral("--ca-file"),
                                    m_certs.caCertPath(),
                                    QStringLiteral("--wait"),
                                    QStringLiteral("1")};
        cli.setStandardInput(secret + '\n');
        const TestSupport::CliResult missing = cli.run(
            common
            + QStringList {QStringLiteral("--message-id"), QStringLiteral("nope@example.com")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.standardOutput.contains("Not arrived within 1 s"),
                 qPrintable(missing.describe()));
        QVERIFY(missing.standardOutput.contains("did not arrive"));

        cli.setStandardInput("Wr0ng-Passw0rd-xyz\n");
        const TestSupport::CliResult wrong = cli.run(
            common
            + QStringList {QStringLiteral("--message-id"), QStringLiteral("nope@example.com"),
                           QStringLiteral("--transcript")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.standardError.contains("Authentication failed"),
                 qPrintable(wrong.describe()));
        QVERIFY(TestSupport::findSecretLeaks(wrong.standardOutput + wrong.standardError, user,
                                             "Wr0ng-Passw0rd-xyz")
                    .isEmpty());

        // A secret is never a flag value, and a usage error names what is missing.
        const TestSupport::CliResult usage
            = cli.run({QStringLiteral("inbox-check"), QStringLiteral("--imap-host"),
                       QStringLiteral("localhost")});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReadBackDovecot)
#include "tst_readbackdovecot.moc"
