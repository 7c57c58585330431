// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli oauth login|status|logout` and `send --profile` with an OAuth profile, for
// real: the CLI's sign-in talks to the local fake authorization server, the test plays the
// browser, the tokens land in a real Secret Service (tests/tools/with-secret-service.sh), and
// the practice server (another CLI process) accepts the issued token over XOAUTH2. Every
// output and the config folder are searched for every token the provider issued.
#include "cliprocess.h"
#include "fakeauthserver.h"
#include "practicepeer.h"
#include "secretscan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <csignal>

using TestSupport::CliProcess;
using TestSupport::CliResult;
using TestSupport::FakeAuthServer;

namespace {

const QString clientId = QStringLiteral("cli-tests.apps.example.test");
const QString account = QStringLiteral("owner@example.test");
const QString profileName = QStringLiteral("lab-oauth");

} // namespace

class TestCliOAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<FakeAuthServer> m_server;
    QByteArray m_outputs; // everything every CLI run printed, for the leak search

    CliProcess cli() const
    {
        CliProcess process;
        process.setTimeout(60000);
        process.setEnvironmentVariable(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return process;
    }

    CliResult run(const QStringList &arguments)
    {
        const CliResult result = cli().run(arguments);
        m_outputs += result.standardOutput + result.standardError;
        return result;
    }

    // A user preset like Microsoft's, whose endpoints are the fake server's.
    void writePreset()
    {
        const QString directory = m_config.filePath(QStringLiteral("sendcheck/sendcheck/presets"));
        QVERIFY(QDir().mkpath(directory));
        const QJsonObject oauth {
            {QStringLiteral("signInName"), QStringLiteral("Lab")},
            {QStringLiteral("authorizationUrl"),
             m_server->baseUrl().toString() + QStringLiteral("/{tenant}/oauth2/v2.0/authorize")},
            {QStringLiteral("tokenUrl"),
             m_server->baseUrl().toString() + QStringLiteral("/{tenant}/oauth2/v2.0/token")},
            {QStringLiteral("defaultTenant"), QStringLiteral("organizations")},
            {QStringLiteral("redirectHost"), QStringLiteral("localhost")},
            {QStringLiteral("scopes"),
             QJsonArray {QStringLiteral("https://outlook.office.com/SMTP.Send"),
                         QStringLiteral("offline_access"), QStringLiteral("openid")}}};
        const QJsonObject preset {
            {QStringLiteral("id"), QStringLiteral("lab-oauth")},
            {QStringLiteral("name"), QStringLiteral("Lab with OAuth")},
            {QStringLiteral("hosts"),
             QJsonArray {QJsonObject {{QStringLiteral("host"), QStringLiteral("localhost")}}}},
            {QStringLiteral("ports"),
             QJsonArray {QJsonObject {{QStringLiteral("port"), 2525},
                                      {QStringLiteral("security"), QStringLiteral("starttls")},
                                      {QStringLiteral("recommended"), true}}}},
            {QStringLiteral("auth"), QJsonArray {QStringLiteral("xoauth2")}},
            {QStringLiteral("secretKind"), QStringLiteral("oauth")},
            {QStringLiteral("oauth"), oauth}};
        QFile file(directory + QStringLiteral("/lab.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("schema"), 1},
                                              {QStringLiteral("presets"), QJsonArray {preset}}})
                       .toJson());
    }

    // Starts `oauth login`, waits for the address it prints, and returns the running process.
    std::unique_ptr<QProcess> startLogin(QUrl *authorizationUrl)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        // Qt's own logging at its most talkative: it must not print a code or token either.
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.*=true"));
        process->setProcessEnvironment(environment);
        process->start(cli().program(),
                       {QStringLiteral("oauth"), QStringLiteral("login"),
                        QStringLiteral("--profile"), profileName, QStringLiteral("--timeout"),
                        QStringLiteral("60")});
        static const QRegularExpression address(QStringLiteral("^  (http://127\\.0\\.0\\.1\\S+)$"),
                                                QRegularExpression::MultilineOption);
        QByteArray printed;
        QRegularExpressionMatch match;
        for (int i = 0; i < 200 && !match.hasMatch(); ++i) {
            process->waitForReadyRead(100);
            printed += process->readAllStandardOutput();
            match = address.match(QString::fromUtf8(printed));
            if (process->state() == QProcess::NotRunning)
                break;
        }
        m_outputs += printed;
        *authorizationUrl = QUrl(match.captured(1));
        return process;
    }

    QByteArray finish(QProcess &process)
    {
        process.waitForFinished(60000);
        const QByteArray rest = process.readAllStandardOutput() + process.readAllStandardError();
        m_outputs += rest;
        return rest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL(
                "run through tests/tools/with-secret-service.sh (needs a private Secret Service)");
        QVERIFY(m_config.isValid());
        TestSupport::FakeAuthServerOptions options;
        options.account = account;
        m_server = std::make_unique<FakeAuthServer>(clientId, options);
        QVERIFY2(m_server->start(), qPrintable(m_server->failureReport()));
        writePreset();
    }

    void loginNeedsAClientIdAndAnOAuthPreset()
    {
        CliResult r = run({QStringLiteral("profile"), QStringLiteral("add"), profileName,
                           QStringLiteral("--preset"), QStringLiteral("lab-oauth"),
                           QStringLiteral("--sign-in"), QStringLiteral("oauth"),
                           QStringLiteral("--user"), account, QStringLiteral("--from"), account,
                           QStringLiteral("--to"), QStringLiteral("friend@practice.test")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        r = run({QStringLiteral("oauth"), QStringLiteral("login"), QStringLiteral("--profile"),
                 profileName});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.standardError.contains("client id"), qPrintable(r.describe()));

        r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("plain"),
                 QStringLiteral("--host"), QStringLiteral("mail.example.test"),
                 QStringLiteral("--oauth-client-id"), clientId});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        r = run({QStringLiteral("oauth"), QStringLiteral("login"), QStringLiteral("--profile"),
                 QStringLiteral("plain")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.standardError.contains("offers OAuth"), qPrintable(r.describe()));

        r = run({QStringLiteral("profile"), QStringLiteral("edit"), profileName,
                 QStringLiteral("--oauth-client-id"), clientId});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        // Not signed in yet: send says so and how, before connecting anywhere.
        r = run({QStringLiteral("send"), QStringLiteral("--profile"), profileName});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.standardError.contains("oauth login"), qPrintable(r.describe()));
    }

    void refusalAndCtrlCEndTheLogin()
    {
        QVERIFY(m_server->setAuthorizeMode(QStringLiteral("deny")));
        QUrl url;
        auto login = startLogin(&url);
        QVERIFY2(url.isValid(), "oauth login printed no address");
        const TestSupport::BrowserVisit visit = m_server->visit(url);
        QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
        const QByteArray said = finish(*login);
        QCOMPARE(login->exitCode(), 1);
        QVERIFY2(said.contains("did not allow"), said.constData());
        QVERIFY(m_server->setAuthorizeMode(QStringLiteral("approve")));

        login = startLogin(&url);
        QVERIFY(url.isValid());
        ::kill(pid_t(login->processId()), SIGINT);
        const QByteArray cancelled = finish(*login);
        QCOMPARE(login->exitStatus(), QProcess::NormalExit);
        QCOMPARE(login->exitCode(), 130);
        QVERIFY2(cancelled.contains("cancelled"), cancelled.constData());
    }

    void loginStatusSendLogout()
    {
        QUrl url;
        auto login = startLogin(&url);
        QVERIFY2(url.isValid(), "oauth login printed no address");
        QCOMPARE(url.path(), QStringLiteral("/organizations/oauth2/v2.0/authorize"));
        // Microsoft-shaped: the browser is sent back to "localhost", as registered there.
        const QUrl redirect(
            QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("localhost"));
        const TestSupport::BrowserVisit visit = m_server->visit(url);
        QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
        const QByteArray said = finish(*login);
        QVERIFY2(login->exitCode() == 0, said.constData());
        QVERIFY2(said.contains("Signed in with Lab as owner@example.test"), said.constData());

        CliResult r = run({QStringLiteral("oauth"), QStringLiteral("status"),
                           QStringLiteral("--profile"), profileName, QStringLiteral("--json")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QCOMPARE(r.json().value(QLatin1String("signedIn")).toBool(), true);
        QCOMPARE(r.json().value(QLatin1String("account")).toString(), account);
        QCOMPARE(r.json().value(QLatin1String("accessTokenValid")).toBool(), true);
        QCOMPARE(r.json().value(QLatin1String("canRenew")).toBool(), true);

        // The practice server accepts exactly the token the provider issued.
        const QJsonArray issued
            = m_server->state().value(QStringLiteral("access_tokens")).toArray();
        QVERIFY(!issued.isEmpty());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRACTICE_TOKEN"), issued.last().toString());
        PracticePeer practice({},
                              {QStringLiteral("--xoauth2-token-env"),
                               QStringLiteral("PRACTICE_TOKEN"), QStringLiteral("--token-user"),
                               account},
                              environment);
        QVERIFY2(practice.start(), qPrintable(practice.failureReport()));
        r = run({QStringLiteral("profile"), QStringLiteral("edit"), profileName,
                 QStringLiteral("--port"), QString::number(practice.smtpPort()),
                 QStringLiteral("--ca-file"), practice.certificatePath()});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        r = run({QStringLiteral("send"), QStringLiteral("--profile"), profileName,
                 QStringLiteral("--json")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QCOMPARE(r.json().value(QLatin1String("auth_mechanism")).toString(),
                 QStringLiteral("xoauth2"));
        QCOMPARE(r.json().value(QLatin1String("stage")).toString(), QStringLiteral("done"));

        r = run({QStringLiteral("oauth"), QStringLiteral("logout"), QStringLiteral("--profile"),
                 profileName});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        r = run({QStringLiteral("oauth"), QStringLiteral("status"), QStringLiteral("--profile"),
                 profileName, QStringLiteral("--json")});
        QCOMPARE(r.json().value(QLatin1String("signedIn")).toBool(), false);
        r = run({QStringLiteral("send"), QStringLiteral("--profile"), profileName});
        QCOMPARE(r.exitCode, 7);

        m_outputs += practice.log();
    }

    // Last: every token the provider issued, searched in every output and the config folder.
    void noTokenLeftTheKeychain()
    {
        const QJsonObject state = m_server->state();
        QStringList tokens;
        for (const char *kind : {"access_tokens", "refresh_tokens"}) {
            for (const QJsonValue &token : state.value(QLatin1String(kind)).toArray())
                tokens.append(token.toString());
        }
        QVERIFY(tokens.size() >= 2);
        QVERIFY(!m_outputs.isEmpty());
        for (const QString &token : std::as_const(tokens)) {
            QStringList leaks
                = TestSupport::findSecretLeaks(m_outputs, account.toUtf8(), token.toUtf8());
            leaks += TestSupport::findSecretLeaksInDirectory(m_config.path(), account.toUtf8(),
                                                             token.toUtf8());
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOAuth)
#include "tst_cli_oauth.moc"
