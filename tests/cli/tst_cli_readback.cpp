// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli send --read-back`: the message is sent to the practice server, then found in
// the practice mailbox over IMAP (its own STARTTLS and implicit-TLS ports), with the junk-folder
// scenario, a mailbox it never reaches, a mailbox that cannot be read, and bad usage.
#include "cliprocess.h"
#include "peerprocess.h"
#include "secretscan.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::CliProcess;
using TestSupport::CliResult;

namespace {

// A planted account: neither the user name nor the password may show in any output.
const QByteArray User = "rb-owner";
const QByteArray Password = "Pl4nted-Rb-S3cret-q7";

// `sendcheck-cli practice` with the planted account, on free ports, ready once its IMAP ports
// are printed (the second line).
class MailboxPeer
{
public:
    explicit MailboxPeer(const QStringList &scenarios = {})
    {
        QStringList arguments {QStringLiteral("practice"),
                               QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--tls-listen"),
                               QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--cert-dir"),
                               m_dir.path(),
                               QStringLiteral("--user"),
                               QString::fromLatin1(User),
                               QStringLiteral("--password-env"),
                               QStringLiteral("RB_PASSWORD")};
        for (const QString &scenario : scenarios)
            arguments << QStringLiteral("--scenario") << scenario;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RB_PASSWORD"), QString::fromLatin1(Password));
        m_process = std::make_unique<TestSupport::PeerProcess>(TestSupport::cliPath(), arguments,
                                                               environment);
        m_process->setReadyPattern(QRegularExpression(
            QStringLiteral("^listening imap=127\\.0\\.0\\.1:\\d+ imaps=127\\.0\\.0\\.1:(\\d+)")));
    }
    [[nodiscard]] bool start()
    {
        if (!m_process->start())
            return false;
        const QString out = QString::fromUtf8(m_process->standardOutput());
        m_smtpPort = QRegularExpression(QStringLiteral("smtp=127\\.0\\.0\\.1:(\\d+)"))
                         .match(out)
                         .captured(1)
                         .toUShort();
        m_imapPort = QRegularExpression(QStringLiteral("imap=127\\.0\\.0\\.1:(\\d+)"))
                         .match(out)
                         .captured(1)
                         .toUShort();
        return m_smtpPort != 0 && m_imapPort != 0;
    }
    [[nodiscard]] quint16 smtpPort() const { return m_smtpPort; }
    [[nodiscard]] quint16 imapPort() const { return m_imapPort; } // STARTTLS
    [[nodiscard]] quint16 imapsPort() const { return m_process->port(); } // implicit TLS
    [[nodiscard]] QString certificatePath() const
    {
        return m_dir.filePath(QStringLiteral("practice-certificate.pem"));
    }
    [[nodiscard]] QString failureReport() { return m_process->failureReport(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PeerProcess> m_process;
    quint16 m_smtpPort = 0;
    quint16 m_imapPort = 0;
};

QStringList sendTo(const MailboxPeer &peer)
{
    return {QStringLiteral("send"),
            QStringLiteral("--host"),
            QStringLiteral("localhost"),
            QStringLiteral("--port"),
            QString::number(peer.smtpPort()),
            QStringLiteral("--security"),
            QStringLiteral("starttls"),
            QStringLiteral("--ca-file"),
            peer.certificatePath(),
            QStringLiteral("--user"),
            QString::fromLatin1(User),
            QStringLiteral("--password-env"),
            QStringLiteral("RB_SECRET"),
            QStringLiteral("--from"),
            QStringLiteral("you@practice.test"),
            QStringLiteral("--to"),
            QStringLiteral("friend@practice.test"),
            QStringLiteral("--no-history"),
            QStringLiteral("--read-back"),
            QStringLiteral("--imap-host"),
            QStringLiteral("localhost")};
}

// The SHA-256 fingerprint of the practice server's self-signed certificate, lower-case hex.
QString fingerprintOf(const QString &certificatePath)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    return certificates.isEmpty()
        ? QString()
        : QString::fromLatin1(certificates.constFirst().digest(QCryptographicHash::Sha256).toHex());
}

CliResult run(const QStringList &arguments, const QString &configHome = QString())
{
    CliProcess cli;
    if (!configHome.isEmpty()) {
        cli.setEnvironmentVariable(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        cli.setEnvironmentVariable(QStringLiteral("XDG_DATA_HOME"), configHome);
    }
    cli.setEnvironmentVariable(QStringLiteral("RB_SECRET"), QString::fromLatin1(Password));
    cli.setTimeout(90000);
    return cli.run(arguments);
}

void verifyNoLeak(const CliResult &result)
{
    const QStringList leaks = TestSupport::findSecretLeaks(
        result.standardOutput + result.standardError, User, Password);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    QVERIFY(!result.standardOutput.contains(Password));
    QVERIFY(!result.standardError.contains(Password));
}

} // namespace

class TestCliReadBack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arrivesInTheInboxOverStartTls()
    {
        MailboxPeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result
            = run(sendTo(peer)
                  + QStringList {QStringLiteral("--imap-port"), QString::number(peer.imapPort()),
                                 QStringLiteral("--imap-security"), QStringLiteral("starttls"),
                                 QStringLiteral("--wait"), QStringLiteral("20")});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const QString out = QString::fromUtf8(result.standardOutput);
        QVERIFY(out.contains(QStringLiteral("\u2714 Sent")));
        QVERIFY2(out.contains(QLatin1String("Read-back from the mailbox:")), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(
                     QStringLiteral("Arrived after \\d+\\.\\d s in \"INBOX\"\\.\\n"))),
                 qPrintable(out));
        // The IMAP conversation is shown live (redacted) on standard error.
        QVERIFY(result.standardError.contains(" C A1 STARTTLS")
                || result.standardError.contains("STARTTLS"));
        QVERIFY(result.standardError.contains("UID SEARCH HEADER Message-ID"));
        verifyNoLeak(result);
    }

    void junkFolderScenarioIsExit13WithTheReceiversVerdict()
    {
        MailboxPeer peer({QStringLiteral("junk-folder")});
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result
            = run(sendTo(peer)
                  + QStringList {QStringLiteral("--imap-port"), QString::number(peer.imapsPort()),
                                 QStringLiteral("--wait"), QStringLiteral("20"),
                                 QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 13);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("stage")).toString(), QStringLiteral("done"));
        const QJsonObject readBack = json.value(QLatin1String("read_back")).toObject();
        QCOMPARE(readBack.value(QLatin1String("arrived")).toBool(), true);
        QCOMPARE(readBack.value(QLatin1String("folder")).toString(), QStringLiteral("Junk"));
        QCOMPARE(readBack.value(QLatin1String("spam")).toBool(), true);
        QVERIFY(readBack.value(QLatin1String("seconds")).isDouble());
        const QJsonObject auth = readBack.value(QLatin1String("authentication_results")).toObject();
        QVERIFY2(!auth.isEmpty(), qPrintable(result.describe()));
        QVERIFY(!readBack.value(QLatin1String("hops")).toArray().isEmpty());
        bool spfFails = false;
        for (const QJsonValue &check : readBack.value(QLatin1String("checks")).toArray())
            spfFails = spfFails
                || (check[QLatin1String("id")].toString() == QLatin1String("readback.spf")
                    && check[QLatin1String("status")].toString() == QLatin1String("fail"));
        QVERIFY(spfFails);
        // The message id searched for is the one the message was sent with.
        const QString sentId = readBack.value(QLatin1String("message_id")).toString();
        QVERIFY(sentId.endsWith(QLatin1String("@practice.test>")));
        const QJsonObject imap = json.value(QLatin1String("imap")).toObject();
        QCOMPARE(imap.value(QLatin1String("port")).toInt(), int(peer.imapsPort()));
        QCOMPARE(imap.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
        verifyNoLeak(result);

        // The text form explains the failing results in plain words.
        const CliResult text
            = run(sendTo(peer)
                  + QStringList {QStringLiteral("--imap-port"), QString::number(peer.imapsPort()),
                                 QStringLiteral("--wait"), QStringLiteral("20")});
        QCOMPARE(text.exitCode, 13);
        const QString out = QString::fromUtf8(text.standardOutput);
        QVERIFY2(out.contains(QLatin1String("in \"Junk\" (as spam).")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("[FAILED] SPF at the receiver")));
        QVERIFY(out.contains(QLatin1String("Fix: Run the domain check")));
        verifyNoLeak(text);
    }

    void theReportKeepsTheReadBack()
    {
        MailboxPeer peer({QStringLiteral("junk-folder")});
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        QTemporaryDir dir;
        for (const char *name : {"run.md", "run.json"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            const CliResult result = run(
                sendTo(peer)
                + QStringList {QStringLiteral("--imap-port"), QString::number(peer.imapsPort()),
                               QStringLiteral("--quiet"), QStringLiteral("--report"), path});
            QCOMPARE(result.exitCode, 13);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray report = file.readAll();
            if (path.endsWith(QLatin1String(".md"))) {
                QVERIFY2(report.contains("## Read-back"), report.constData());
                QVERIFY(report.contains("**Folder:** `Junk`"));
                QVERIFY(report.contains("**Filed as spam:** yes"));
            } else {
                const QJsonObject readBack = QJsonDocument::fromJson(report)
                                                 .object()
                                                 .value(QLatin1String("read_back"))
                                                 .toObject();
                QCOMPARE(readBack.value(QLatin1String("folder")).toString(),
                         QStringLiteral("Junk"));
                QCOMPARE(readBack.value(QLatin1String("imap"))[QLatin1String("port")].toInt(),
                         int(peer.imapsPort()));
            }
            QVERIFY(!report.contains(Password));
        }
    }

    void aMessageThatNeverArrivesIsExit11()
    {
        MailboxPeer sender;
        MailboxPeer elsewhere; // another practice mailbox: the message is never delivered there
        QVERIFY2(sender.start(), qPrintable(sender.failureReport()));
        QVERIFY2(elsewhere.start(), qPrintable(elsewhere.failureReport()));
        // One CA file that trusts both self-signed practice certificates.
        QTemporaryDir dir;
        const QString both = dir.filePath(QStringLiteral("both.pem"));
        QFile out(both);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QString &path : {sender.certificatePath(), elsewhere.certificatePath()}) {
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            out.write(in.readAll());
        }
        out.close();
        QStringList arguments = sendTo(sender);
        arguments.replace(arguments.indexOf(QStringLiteral("--ca-file")) + 1, both);
        const CliResult result = run(arguments
                                     + QStringList {QStringLiteral("--imap-port"),
                                                    QString::number(elsewhere.imapsPort()),
                                                    QStringLiteral("--wait"), QStringLiteral("1")});
        QCOMPARE(result.exitCode, 11);
        const QString text = QString::fromUtf8(result.standardOutput);
        QVERIFY(text.contains(QStringLiteral("\u2714 Sent")));
        QVERIFY2(text.contains(QLatin1String("Not arrived within 1 s.")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("did not arrive")));
        verifyNoLeak(result);
    }

    void aMailboxThatCannotBeReadIsExit12()
    {
        MailboxPeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const CliResult result
            = run(sendTo(peer)
                  + QStringList {QStringLiteral("--imap-port"), QString::number(port),
                                 QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 12);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QLatin1String("ok")).toBool(), true); // the send itself worked
        const QJsonObject readBack = json.value(QLatin1String("read_back")).toObject();
        QCOMPARE(readBack.value(QLatin1String("arrived")).toBool(true), false);
        QVERIFY2(
            !readBack.value(QLatin1String("error"))[QLatin1String("message")].toString().isEmpty(),
            qPrintable(result.describe()));

        // A wrong mailbox password: the secret is the send's, so sign in as another user.
        const CliResult refused
            = run(sendTo(peer)
                  + QStringList {QStringLiteral("--imap-port"), QString::number(peer.imapsPort()),
                                 QStringLiteral("--imap-user"), QStringLiteral("nobody")});
        QCOMPARE(refused.exitCode, 12);
        QVERIFY2(refused.standardError.contains("The mailbox could not be read"),
                 qPrintable(refused.describe()));
        verifyNoLeak(refused);
    }

    // The mailbox server's certificate follows the same pinning rules as the SMTP server's: a
    // pin made for the SMTP server does not open the mailbox, one made for the mailbox does.
    void mailboxCertificateIsPinnedForTheMailboxAlone()
    {
        MailboxPeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const QString fingerprint = fingerprintOf(peer.certificatePath());
        QCOMPARE(fingerprint.size(), 64);
        QStringList arguments = sendTo(peer);
        const qsizetype caFile = arguments.indexOf(QStringLiteral("--ca-file"));
        arguments.remove(caFile, 2); // the SMTP server is trusted by its pin alone
        arguments << QStringLiteral("--pin-sha256") << fingerprint << QStringLiteral("--imap-port")
                  << QString::number(peer.imapsPort()) << QStringLiteral("--wait")
                  << QStringLiteral("20");

        const CliResult refused = run(arguments + QStringList {QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 12);
        const QJsonObject json = refused.json();
        QCOMPARE(json.value(QLatin1String("ok")).toBool(), true); // the pinned SMTP send worked
        const QJsonObject error
            = json.value(QLatin1String("read_back"))[QLatin1String("error")].toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("tls_certificate"));
        verifyNoLeak(refused);

        const CliResult pinned = run(
            arguments + QStringList {QStringLiteral("--imap-pin-sha256"), fingerprint.toUpper()});
        QVERIFY2(pinned.succeeded(), qPrintable(pinned.describe()));
        const QString out = QString::fromUtf8(pinned.standardOutput);
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Arrived after \\d+\\.\\d s"))),
                 qPrintable(out));
        verifyNoLeak(pinned);
    }

    // A profile with read-back on reads back on every send, as the window does; --no-read-back
    // skips it once; its mailbox pins are saved for the mailbox server and used from there.
    void profileWithReadBackOnReadsBack()
    {
        MailboxPeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString fingerprint = fingerprintOf(peer.certificatePath());
        const CliResult added = run({QStringLiteral("profile"),
                                     QStringLiteral("add"),
                                     QStringLiteral("rb"),
                                     QStringLiteral("--host"),
                                     QStringLiteral("localhost"),
                                     QStringLiteral("--port"),
                                     QString::number(peer.smtpPort()),
                                     QStringLiteral("--security"),
                                     QStringLiteral("starttls"),
                                     QStringLiteral("--pin-sha256"),
                                     fingerprint,
                                     QStringLiteral("--user"),
                                     QString::fromLatin1(User),
                                     QStringLiteral("--from"),
                                     QStringLiteral("you@practice.test"),
                                     QStringLiteral("--to"),
                                     QStringLiteral("friend@practice.test"),
                                     QStringLiteral("--read-back"),
                                     QStringLiteral("on"),
                                     QStringLiteral("--imap-port"),
                                     QString::number(peer.imapsPort()),
                                     QStringLiteral("--imap-pin-sha256"),
                                     fingerprint},
                                    home.path());
        QVERIFY2(added.succeeded(), qPrintable(added.describe()));
        const CliResult shown = run(
            {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("rb")}, home.path());
        QVERIFY2(shown.standardOutput.contains(QStringLiteral("%1 (localhost:%2)")
                                                   .arg(fingerprint)
                                                   .arg(peer.imapsPort())
                                                   .toUtf8()),
                 qPrintable(shown.describe()));

        const QStringList send {QStringLiteral("send"),      QStringLiteral("--profile"),
                                QStringLiteral("rb"),        QStringLiteral("--password-env"),
                                QStringLiteral("RB_SECRET"), QStringLiteral("--no-history"),
                                QStringLiteral("--wait"),    QStringLiteral("20")};
        const CliResult read = run(send, home.path());
        QVERIFY2(read.succeeded(), qPrintable(read.describe()));
        QVERIFY2(read.standardOutput.contains("Read-back from the mailbox:"),
                 qPrintable(read.describe()));
        QVERIFY(read.standardOutput.contains("Arrived after"));
        verifyNoLeak(read);

        const CliResult skipped
            = run({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("rb"),
                   QStringLiteral("--password-env"), QStringLiteral("RB_SECRET"),
                   QStringLiteral("--no-history"), QStringLiteral("--no-read-back")},
                  home.path());
        QVERIFY2(skipped.succeeded(), qPrintable(skipped.describe()));
        QVERIFY(!skipped.standardOutput.contains("Read-back from the mailbox:"));

        const CliResult both = run(
            send + QStringList {QStringLiteral("--read-back"), QStringLiteral("--no-read-back")},
            home.path());
        QCOMPARE(both.exitCode, 2);

        // The mailbox pins go when the mailbox moves to another server.
        const CliResult moved
            = run({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("rb"),
                   QStringLiteral("--imap-port"), QString::number(peer.imapPort()),
                   QStringLiteral("--imap-security"), QStringLiteral("starttls")},
                  home.path());
        QVERIFY2(moved.succeeded(), qPrintable(moved.describe()));
        const CliResult showMoved = run(
            {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("rb")}, home.path());
        QVERIFY2(!showMoved.standardOutput.contains(
                     QStringLiteral("localhost:%1").arg(peer.imapsPort()).toUtf8()),
                 qPrintable(showMoved.describe()));
        const CliResult unpinned = run(send, home.path());
        QCOMPARE(unpinned.exitCode, 12); // the STARTTLS mailbox port is not pinned
        verifyNoLeak(unpinned);
    }

    void sendFailuresKeepTheirOwnExitCode()
    {
        MailboxPeer peer({QStringLiteral("rcpt-550")});
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        const CliResult result
            = run(sendTo(peer)
                  + QStringList {QStringLiteral("--imap-port"), QString::number(peer.imapsPort()),
                                 QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 9);
        QVERIFY(!result.json().contains(QLatin1String("read_back"))); // nothing was sent
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("imap flag without --read-back")
            << QStringList {QStringLiteral("--imap-host"), QStringLiteral("localhost")};
        QTest::newRow("wait without --read-back")
            << QStringList {QStringLiteral("--wait"), QStringLiteral("5")};
        QTest::newRow("with --quit-after") << QStringList {
            QStringLiteral("--read-back"), QStringLiteral("--quit-after"), QStringLiteral("ehlo")};
        QTest::newRow("with a burst") << QStringList {
            QStringLiteral("--read-back"), QStringLiteral("--count"), QStringLiteral("2")};
        QTest::newRow("wait too long") << QStringList {
            QStringLiteral("--read-back"), QStringLiteral("--wait"), QStringLiteral("901")};
        QTest::newRow("bad port") << QStringList {
            QStringLiteral("--read-back"), QStringLiteral("--imap-port"), QStringLiteral("70000")};
        QTest::newRow("bad mailbox pin")
            << QStringList {QStringLiteral("--read-back"), QStringLiteral("--imap-pin-sha256"),
                            QStringLiteral("abcd")};
        QTest::newRow("pin without --read-back")
            << QStringList {QStringLiteral("--imap-pin-sha256"), QString(64, QLatin1Char('a'))};
        QTest::newRow("plain IMAP")
            << QStringList {QStringLiteral("--read-back"), QStringLiteral("--imap-security"),
                            QStringLiteral("none")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        // Refused before anything is sent: no server is needed.
        const CliResult result
            = run(QStringList {QStringLiteral("send"), QStringLiteral("--host"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--from"),
                               QStringLiteral("a@example.com"), QStringLiteral("--to"),
                               QStringLiteral("b@example.com")}
                  + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains("sendcheck-cli send: "),
                 qPrintable(result.describe()));
    }

    void helpDocumentsTheReadBackExitCodes()
    {
        const CliResult result = run({QStringLiteral("send"), QStringLiteral("--help")});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const QString help = QString::fromUtf8(result.standardOutput);
        for (const char *text : {"--read-back", "--imap-host <H>", "--imap-port <P>",
                                 "--imap-user <U>", "--wait <SECONDS>", "11 not arrived",
                                 "12 the mailbox could not be read", "13 arrived as spam"})
            QVERIFY2(help.simplified().contains(QLatin1String(text)), text);
    }
};

QTEST_GUILESS_MAIN(TestCliReadBack)
#include "tst_cli_readback.moc"
