// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the CLI are two front ends on one preparation (TestSend) and one set of profile
// rules (ProfileRules): the same saved profile must give the same session on the wire, and the
// same edits the same profile. Runs the window offscreen, the CLI as a child process, and
// TestSend itself, against the window's own practice server.
#include "connectionoptions.h"
#include "credentials/memorycredentialstore.h"
#include "mainwindow.h"
#include "oauth/oauthaccess.h"
#include "practice/practiceserver.h"
#include "send/testsend.h"
#include "settingsform.h"
#include "smtp/smtpsession.h"
#include "testsupport.h"
#include "transcript/transcript.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

struct Line
{
    QString direction;
    QString text;
};

// The commands a client sent (EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, QUIT; MAIL's SIZE, which
// depends on the message's Date and Message-ID, left out) and the lines that say where it
// connected and how it signed in: what the settings and credentials decide.
QStringList settingsTrace(const QList<Line> &lines)
{
    static const QRegularExpression command(
        QStringLiteral("^(EHLO|HELO|STARTTLS|AUTH|MAIL|RCPT|DATA|QUIT|RSET)\\b"));
    static const QRegularExpression size(QStringLiteral(" SIZE=\\d+"));
    QStringList trace;
    for (const Line &line : lines) {
        if (line.direction == QLatin1String("client") && command.match(line.text).hasMatch())
            trace.append(QString(line.text).remove(size));
        else if (line.direction == QLatin1String("info")
                 && (line.text.startsWith(QLatin1String("Connecting to"))
                     || line.text.startsWith(QLatin1String("Signing in as"))))
            trace.append(line.text);
    }
    return trace;
}

bool writeSecret(CredentialStore &store, const QString &id, const QByteArray &secret)
{
    std::optional<bool> ok;
    QObject context;
    store.write(id, secret, &context, [&](const CredentialResult &result) { ok = result.ok(); });
    return QTest::qWaitFor([&] { return ok.has_value(); }, 5000) && *ok;
}

} // namespace

class TestSendFrontEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameProfileSameSessionThroughBothFrontEnds();
    void sameEditsSameProfileThroughFormAndFlags();
};

void TestSendFrontEnds::sameProfileSameSessionThroughBothFrontEnds()
{
    // The window keeps its profiles where the CLI looks for them ($XDG_CONFIG_HOME/sendcheck/
    // sendcheck), so both read the one profiles.json.
    QTemporaryDir xdg;
    QVERIFY(xdg.isValid());
    const QString configDirectory
        = QDir(xdg.path()).filePath(QStringLiteral("sendcheck/sendcheck"));
    QVERIFY(QDir().mkpath(configDirectory));
    MainWindowOptions options;
    options.configDirectory = configDirectory;
    options.practiceSmtpPort = 0;
    options.practiceTlsPort = 0;
    MemoryCredentialStore store;
    MainWindow window(&store, options);
    QVERIFY(window.practiceServer()->isListening());

    // A profile with more than the defaults: a chosen method, an EHLO name, shorter timers.
    const QString id = window.addProfile(QStringLiteral("Front ends"));
    Profile edited = window.settingsForm()->profile();
    edited.host = QStringLiteral("127.0.0.1");
    edited.port = window.practiceServer()->smtpPort();
    edited.security = Security::StartTls;
    edited.caFile = window.practiceServer()->certificate().certificatePath();
    edited.mechanism = AuthMechanism::Login;
    edited.userName = QStringLiteral("practice");
    edited.ehloName = QStringLiteral("frontends.example");
    edited.timeoutSeconds = 30;
    edited.from = QStringLiteral("you@practice.test");
    edited.defaultTo = {QStringLiteral("friend@practice.test")};
    window.settingsForm()->setProfile(edited);
    window.saveCurrentProfile();
    const Profile profile = *window.profileStore().findById(id);
    QVERIFY(writeSecret(store, id, "practice")); // the window's keychain

    // 1. TestSend itself.
    OAuthAccess oauth(&store);
    TestSend job(&store, &oauth, nullptr);
    std::optional<PreparedSend> prepared;
    connect(&job, &TestSend::prepared, this, [&] { prepared = job.takePrepared(); });
    TestSendRequest request;
    request.profile = profile;
    request.subject = window.settingsForm()->subject();
    request.textBody = window.settingsForm()->body();
    job.start(std::move(request));
    QTRY_VERIFY(prepared);
    const ServerSettings &settings = prepared->settings;
    QCOMPARE(settings.ehloName, QStringLiteral("frontends.example"));
    QCOMPARE(settings.mechanism, AuthMechanism::Login);
    QCOMPARE(settings.timeouts.greeting, std::chrono::milliseconds(30000));
    const QStringList expected {
        QStringLiteral("Connecting to %1 port %2 (plain, then STARTTLS)")
            .arg(settings.host)
            .arg(settings.port),
        QStringLiteral("EHLO %1").arg(settings.ehloName),
        QStringLiteral("STARTTLS"),
        QStringLiteral("EHLO %1").arg(settings.ehloName),
        QStringLiteral("Signing in as %1 with LOGIN (offered: ")
            .arg(prepared->credentials.userName),
    };

    // 2. The window.
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.sendTestMessage();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), "the window's send failed");
    QList<Line> windowLines;
    for (const TranscriptEntry &entry : window.session()->transcript()->entries())
        windowLines.append({directionName(entry.direction), entry.text});
    const QStringList windowTrace = settingsTrace(windowLines);

    // 3. The CLI, on the same saved profile, with the same message text.
    // (Run with the event loop going: the practice server answering it lives in this process.)
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), xdg.path());
    environment.insert(QStringLiteral("SENDCHECK_TEST_PASSWORD"), QStringLiteral("practice"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the real keyring
    cli.setProcessEnvironment(environment);
    QSignalSpy cliFinished(&cli, &QProcess::finished);
    cli.start(TestSupport::cliPath(),
              {QStringLiteral("send"), QStringLiteral("--profile"), profile.name,
               QStringLiteral("--password-env"), QStringLiteral("SENDCHECK_TEST_PASSWORD"),
               QStringLiteral("--subject"), request.subject, QStringLiteral("--body"),
               request.textBody, QStringLiteral("--json")});
    QVERIFY(cliFinished.wait(60000));
    const QByteArray cliError = cli.readAllStandardError();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, cliError.constData());
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QList<Line> cliLines;
    for (const QJsonValue &value : json.value(QStringLiteral("transcript")).toArray()) {
        const QJsonObject line = value.toObject();
        cliLines.append({line.value(QStringLiteral("dir")).toString(),
                         line.value(QStringLiteral("text")).toString()});
    }
    const QStringList cliTrace = settingsTrace(cliLines);

    QVERIFY(windowTrace.size() > expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(windowTrace.at(i).startsWith(expected.at(i)), qPrintable(windowTrace.at(i)));
    QCOMPARE(cliTrace, windowTrace);
    QVERIFY2(windowTrace.contains(QStringLiteral("MAIL FROM:<you@practice.test>")),
             qPrintable(windowTrace.join(QLatin1Char('\n'))));
    QVERIFY(windowTrace.contains(QStringLiteral("RCPT TO:<friend@practice.test>")));
    QCOMPARE(json.value(QStringLiteral("auth_mechanism")).toString(), QStringLiteral("login"));
    QCOMPARE(window.session()->result().authMechanism, AuthMechanism::Login);
    QCOMPARE(json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("protocol")),
             window.session()->result().tls.toJson().value(QStringLiteral("protocol")));
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 2);
}

void TestSendFrontEnds::sameEditsSameProfileThroughFormAndFlags()
{
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    MemoryCredentialStore store;
    SettingsForm form(&catalog, &store);
    auto *port = form.findChild<QSpinBox *>(QStringLiteral("port"));
    auto *security = form.findChild<QComboBox *>(QStringLiteral("security"));
    QVERIFY(port && security);

    // One step: what a person does in the form, and the flags that say the same.
    struct Step
    {
        const char *name;
        std::function<void()> inForm;
        QStringList flags;
    };
    const auto setPort = [port](int value) { return [port, value] { port->setValue(value); }; };
    const auto setSecurity = [security](Security mode) {
        return [security, mode] { security->setCurrentIndex(security->findData(int(mode))); };
    };
    const QList<QList<Step>> scripts {
        {{"gmail",
          [&] { form.applyPreset(QStringLiteral("gmail")); },
          {QStringLiteral("--preset=gmail")}},
         {"tls", setSecurity(Security::ImplicitTls), {QStringLiteral("--security=tls")}},
         {"587", setPort(587), {QStringLiteral("--port=587")}},
         {"oauth",
          [&] { form.setSignIn(Profile::SignIn::OAuth); },
          {QStringLiteral("--sign-in=oauth")}},
         {"password",
          [&] { form.setSignIn(Profile::SignIn::Password); },
          {QStringLiteral("--sign-in=password")}}},
        {{"none", setSecurity(Security::None), {QStringLiteral("--security=none")}},
         {"25 again", setPort(25), {QStringLiteral("--port=25")}},
         {"2525", setPort(2525), {QStringLiteral("--port=2525")}},
         {"none on 2525", setSecurity(Security::None), {QStringLiteral("--security=none")}},
         {"465", setPort(465), {QStringLiteral("--port=465")}},
         {"starttls", setSecurity(Security::StartTls), {QStringLiteral("--security=starttls")}}},
        {{"smtp2go",
          [&] { form.applyPreset(QStringLiteral("smtp2go")); },
          {QStringLiteral("--preset=smtp2go")}},
         {"8465", setPort(8465), {QStringLiteral("--port=8465")}},
         {"starttls", setSecurity(Security::StartTls), {QStringLiteral("--security=starttls")}},
         {"outlook",
          [&] { form.applyPreset(QStringLiteral("outlook-com")); },
          {QStringLiteral("--preset=outlook-com")}},
         {"fastmail",
          [&] { form.applyPreset(QStringLiteral("fastmail")); },
          {QStringLiteral("--preset=fastmail")}}},
    };
    for (const QList<Step> &script : scripts) {
        Profile start = Profile::create(QStringLiteral("Same"));
        start.host = QStringLiteral("mail.example.org");
        form.setProfile(start);
        Profile fromFlags = start;
        for (const Step &step : script) {
            step.inForm();
            QCommandLineParser parser;
            ConnectionOptions options(&catalog);
            options.addTo(parser);
            QVERIFY(parser.parse(QStringList {QStringLiteral("sendcheck-cli")} + step.flags));
            QString error;
            QVERIFY2(options.applyTo(parser, fromFlags, &error), qPrintable(error));
            const Profile fromForm = form.profile();
            const QByteArray where = QByteArray("after ") + step.name;
            QVERIFY2(fromForm.presetId == fromFlags.presetId, where.constData());
            QVERIFY2(fromForm.host == fromFlags.host, where.constData());
            QVERIFY2(fromForm.port == fromFlags.port,
                     (where + ": port " + QByteArray::number(fromForm.port) + " vs "
                      + QByteArray::number(fromFlags.port))
                         .constData());
            QVERIFY2(fromForm.security == fromFlags.security,
                     (where + ": " + securityName(fromForm.security).toLatin1() + " vs "
                      + securityName(fromFlags.security).toLatin1())
                         .constData());
            QVERIFY2(fromForm.mechanism == fromFlags.mechanism,
                     (where + ": " + mechanismName(fromForm.mechanism).toLatin1() + " vs "
                      + mechanismName(fromFlags.mechanism).toLatin1())
                         .constData());
            QVERIFY2(fromForm.signIn == fromFlags.signIn, where.constData());
            QVERIFY2(fromForm.userName == fromFlags.userName, where.constData());
        }
    }
}

QTEST_MAIN(TestSendFrontEnds)
#include "tst_sendfrontends.moc"
