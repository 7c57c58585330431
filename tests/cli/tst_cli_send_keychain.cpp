// SPDX-License-Identifier: GPL-3.0-or-later
// `send --profile NAME` takes the password from the real keychain (gnome-keyring's Secret
// Service, started by tests/tools/with-secret-service.sh), and the password appears nowhere
// else: not in output, not in any file under HOME.
#include "cliprocess.h"
#include "practicepeer.h"
#include "secretscan.h"

#include <QDir>
#include <QJsonObject>

using TestSupport::CliProcess;
using TestSupport::CliResult;

class TestCliSendKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL(
                "run through tests/tools/with-secret-service.sh (needs a private Secret Service)");
    }
    void sendWithProfileUsesTheKeychain()
    {
        const QByteArray secret = "Pl4nted-S3cret-xyz";
        PracticePeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
        CliProcess cli;
        cli.setTimeout(60000);
        // The practice server's account password is the planted secret.
        CliResult r = cli.run(
            {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("lab"),
             QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
             QString::number(peer.smtpPort()), QStringLiteral("--security"),
             QStringLiteral("starttls"), QStringLiteral("--ca-file"), peer.certificatePath(),
             QStringLiteral("--user"), QStringLiteral("practice"), QStringLiteral("--from"),
             QStringLiteral("you@practice.test"), QStringLiteral("--to"),
             QStringLiteral("friend@practice.test")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        // No password stored yet: a clear error, nothing sent.
        r = cli.run({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("lab")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.standardError).contains(QLatin1String("password set")),
                 qPrintable(r.describe()));

        cli.setStandardInput("practice\n");
        r = cli.run({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                     QStringLiteral("lab")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        cli.setStandardInput(QByteArray());
        r = cli.run({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("lab"),
                     QStringLiteral("--json")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QCOMPARE(r.json().value(QLatin1String("stage")).toString(), QStringLiteral("done"));
        QCOMPARE(r.json().value(QLatin1String("auth_mechanism")).toString(),
                 QStringLiteral("plain"));

        // Flags override the profile: a wrong port for this one send only.
        r = cli.run({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("lab"),
                     QStringLiteral("--port"), QString::number(peer.tlsPort()),
                     QStringLiteral("--security"), QStringLiteral("tls"),
                     QStringLiteral("--quit-after"), QStringLiteral("auth"),
                     QStringLiteral("--json")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QCOMPARE(r.json().value(QLatin1String("stage")).toString(), QStringLiteral("auth"));

        // The secret itself: planted as the stored password of a second profile, then searched.
        cli.setStandardInput(secret + '\n');
        r = cli.run({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                     QStringLiteral("lab")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        cli.setStandardInput(QByteArray());
        r = cli.run({QStringLiteral("send"), QStringLiteral("--profile"), QStringLiteral("lab"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 7); // the practice account's password is "practice": refused
        QStringList leaks
            = TestSupport::findSecretLeaks(r.standardOutput + r.standardError, "practice", secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        leaks = TestSupport::findSecretLeaksInDirectory(QDir::homePath(), "practice", secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        leaks = TestSupport::findSecretLeaks(peer.log(), "practice", secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliSendKeychain)
#include "tst_cli_send_keychain.moc"
