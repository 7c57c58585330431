// SPDX-License-Identifier: GPL-3.0-or-later
// Every practice-server scenario driven by our own engine: the exact reply, the stage where
// the session stopped, and the explanation a user would read.
#include "diagnosis/diagnoser.h"
#include "message/testmessage.h"
#include "practice/practiceserver.h"
#include "practice/scenario.h"
#include "report/sessionjson.h"
#include "secretscan.h"
#include "smtp/sessionsetup.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Sendcheck::Security)
Q_DECLARE_METATYPE(Sendcheck::Stage)
Q_DECLARE_METATYPE(Sendcheck::AuthMechanism)

class TestPracticeScenarios : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_certDir;

    static TestMessage message()
    {
        TestMessage m;
        m.setFrom(*Address::parse(QStringLiteral("you@practice.test"), nullptr));
        m.setTo({*Address::parse(QStringLiteral("friend@practice.test"), nullptr)});
        m.setSubject(QStringLiteral("Practice"));
        m.setTextBody(QStringLiteral("Hello from the scenario test.\n"));
        return m;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_certDir.isValid()); }
    void scenario_data();
    void scenario();
    void greylistAcceptsTheRetry();
    void oauthSignIn_data();
    void oauthSignIn();
};

void TestPracticeScenarios::scenario_data()
{
    QTest::addColumn<QStringList>("scenarios");
    QTest::addColumn<Security>("security");
    QTest::addColumn<bool>("signIn");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("topic");

    const QByteArray good = "practice";
    QTest::newRow("accept, STARTTLS") << QStringList() << Security::StartTls << true << good << true
                                      << Stage::Done << 250 << QString() << QString();
    QTest::newRow("accept, TLS") << QStringList() << Security::ImplicitTls << true << good << true
                                 << Stage::Done << 250 << QString() << QString();
    QTest::newRow("accept, plain, no sign-in")
        << QStringList() << Security::None << false << good << true << Stage::Done << 250
        << QString() << QString();
    QTest::newRow("wrong password")
        << QStringList() << Security::StartTls << true << QByteArray("wrong-one") << false
        << Stage::Auth << 535 << QStringLiteral("5.7.8")
        << QStringLiteral("auth.credentials_rejected");
    QTest::newRow("require-starttls")
        << QStringList {QStringLiteral("require-starttls")} << Security::None << false << good
        << false << Stage::MailFrom << 530 << QStringLiteral("5.7.0")
        << QStringLiteral("tls.required");
    QTest::newRow("require-auth") << QStringList {QStringLiteral("require-auth")}
                                  << Security::StartTls << false << good << false << Stage::MailFrom
                                  << 530 << QStringLiteral("5.7.0")
                                  << QStringLiteral("auth.required");
    QTest::newRow("banner-421") << QStringList {QStringLiteral("banner-421")} << Security::StartTls
                                << true << good << false << Stage::Banner << 421
                                << QStringLiteral("4.3.2") << QStringLiteral("server.unavailable");
    QTest::newRow("drop-mid-session")
        << QStringList {QStringLiteral("drop-mid-session")} << Security::StartTls << true << good
        << false << Stage::MailFrom << 421 << QStringLiteral("4.3.0")
        << QStringLiteral("server.unavailable");
    QTest::newRow("greylist-451") << QStringList {QStringLiteral("greylist-451")}
                                  << Security::StartTls << true << good << false << Stage::RcptTo
                                  << 451 << QString() << QStringLiteral("server.greylisted");
    QTest::newRow("auth-535") << QStringList {QStringLiteral("auth-535")} << Security::StartTls
                              << true << good << false << Stage::Auth << 535
                              << QStringLiteral("5.7.8")
                              << QStringLiteral("auth.credentials_rejected");
    QTest::newRow("auth-534-app-password")
        << QStringList {QStringLiteral("auth-534-app-password")} << Security::StartTls << true
        << good << false << Stage::Auth << 534 << QStringLiteral("5.7.9")
        << QStringLiteral("auth.app_password_required");
    QTest::newRow("rcpt-550") << QStringList {QStringLiteral("rcpt-550")} << Security::StartTls
                              << true << good << false << Stage::RcptTo << 550
                              << QStringLiteral("5.1.1") << QStringLiteral("recipient.unknown");
    QTest::newRow("relay-554") << QStringList {QStringLiteral("relay-554")} << Security::StartTls
                               << true << good << false << Stage::RcptTo << 554
                               << QStringLiteral("5.7.1")
                               << QStringLiteral("recipient.relay_denied");
    QTest::newRow("size-552") << QStringList {QStringLiteral("size-552")} << Security::StartTls
                              << true << good << false << Stage::Data << 552
                              << QStringLiteral("5.3.4") << QStringLiteral("message.too_large");
    QTest::newRow("data-554") << QStringList {QStringLiteral("data-554")} << Security::StartTls
                              << true << good << false << Stage::Data << 554
                              << QStringLiteral("5.7.1")
                              << QStringLiteral("message.rejected_content");
    QTest::newRow("drop-at=ehlo") << QStringList {QStringLiteral("drop-at=ehlo")}
                                  << Security::StartTls << true << good << false << Stage::Ehlo << 0
                                  << QString() << QStringLiteral("net.connection_lost");
    // With PIPELINING, MAIL, RCPT and DATA arrive together: the server answers MAIL, then
    // goes away at RCPT.
    QTest::newRow("drop-at=rcpt") << QStringList {QStringLiteral("drop-at=rcpt")}
                                  << Security::StartTls << true << good << false << Stage::RcptTo
                                  << 0 << QString() << QStringLiteral("net.connection_lost");
    // Dropped after the message: the client must not call it sent.
    QTest::newRow("drop-at=data-end")
        << QStringList {QStringLiteral("drop-at=data-end")} << Security::StartTls << true << good
        << false << Stage::Data << 0 << QString() << QStringLiteral("net.connection_lost");
    QTest::newRow("slow=150") << QStringList {QStringLiteral("slow=150")} << Security::None << false
                              << good << true << Stage::Done << 250 << QString() << QString();
    QTest::newRow("two at once: auth ok, rcpt-550")
        << QStringList {QStringLiteral("require-auth"), QStringLiteral("rcpt-550")}
        << Security::ImplicitTls << true << good << false << Stage::RcptTo << 550
        << QStringLiteral("5.1.1") << QStringLiteral("recipient.unknown");
}

void TestPracticeScenarios::scenario()
{
    QFETCH(QStringList, scenarios);
    QFETCH(Security, security);
    QFETCH(bool, signIn);
    QFETCH(QByteArray, password);
    QFETCH(bool, ok);
    QFETCH(Stage, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, topic);

    PracticeServer server;
    server.setCertificateDirectory(m_certDir.path());
    Scenario scenario;
    for (const QString &name : scenarios) {
        QString error;
        QVERIFY2(scenario.add(name, &error), qPrintable(error));
    }
    server.setScenario(scenario);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    ServerSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.security = security;
    settings.port = security == Security::ImplicitTls ? server.tlsPort() : server.smtpPort();
    settings.caFile = server.certificate().certificatePath();
    settings.allowPlainAuth = security == Security::None;
    settings.mechanism = signIn ? AuthMechanism::Auto : AuthMechanism::None;
    settings.timeouts.capAll(10s);

    SmtpSession session;
    session.setSettings(settings);
    if (signIn)
        session.setCredentials({QStringLiteral("practice"), password});
    QString error;
    QVERIFY2(prepareTestSend(session, message(), 1, &error), qPrintable(error));
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    QVERIFY(finished.wait(30000));

    const SessionResult &result = session.result();
    const QString context = session.transcript()->toText();
    if (result.ok != ok || (!ok && result.failure.stage != stage))
        qWarning().noquote() << context; // the whole conversation, to see why
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.stage, Stage::Done);
        QCOMPARE(result.messagesAccepted, 1);
        QTRY_COMPARE(server.receivedMessages().size(), 1);
        QCOMPARE(server.receivedMessages().first().rcptTo,
                 QStringList {QStringLiteral("friend@practice.test")});
        return;
    }
    QCOMPARE(result.failure.stage, stage);
    if (code) {
        QVERIFY2(result.failure.reply, qPrintable(result.failure.detail));
        QCOMPARE(result.failure.reply->code, code);
        if (!enhanced.isEmpty())
            QCOMPARE(result.failure.reply->enhanced, enhanced);
    }
    DiagnosisContext diagnosisContext;
    diagnosisContext.host = settings.host;
    diagnosisContext.port = settings.port;
    diagnosisContext.security = security;
    diagnosisContext.tlsActive = result.tls.used;
    const Explanation explanation = Diagnoser::explain(result.failure, diagnosisContext);
    QCOMPARE(explanation.topic, topic);
    QVERIFY(!explanation.fixes.isEmpty());
}

void TestPracticeScenarios::greylistAcceptsTheRetry()
{
    PracticeServer server;
    server.setCertificateDirectory(m_certDir.path());
    Scenario scenario;
    QVERIFY(scenario.add(QStringLiteral("greylist-451=1")));
    server.setScenario(scenario);
    QVERIFY(server.start());
    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.smtpPort();
    settings.security = Security::None;
    settings.mechanism = AuthMechanism::None;
    auto sendOnce = [&] {
        SmtpSession session;
        session.setSettings(settings);
        QString error;
        [&] { QVERIFY(prepareTestSend(session, message(), 1, &error)); }();
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start();
        [&] { QVERIFY(finished.wait(10000)); }();
        return session.result();
    };
    const SessionResult first = sendOnce();
    QCOMPARE(first.failure.reply->code, 451);
    QTest::qWait(1200);
    const SessionResult retry = sendOnce();
    QVERIFY2(retry.ok, qPrintable(retry.failure.detail));
}

static const QByteArray PlantedToken = "ya29.planted-token-7f3a";

void TestPracticeScenarios::oauthSignIn_data()
{
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("signedInAccount");
    QTest::addColumn<AuthMechanism>("used"); // None: the sign-in fails
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("summaryWords");

    const QString owner = QStringLiteral("owner@practice.test");
    const QByteArray wrong = "ya29.wrong-token-0000";
    for (auto mechanism : {AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer}) {
        const char *name = mechanism == AuthMechanism::XOAuth2 ? "xoauth2" : "oauthbearer";
        QTest::addRow("%s ok", name)
            << mechanism << owner << PlantedToken << owner << mechanism << QString() << QString();
        QTest::addRow("%s user in other case", name)
            << mechanism << owner.toUpper() << PlantedToken << QString() << mechanism << QString()
            << QString();
        QTest::addRow("%s wrong token", name)
            << mechanism << owner << wrong << QString() << AuthMechanism::None
            << QStringLiteral("expired_or_invalid") << QStringLiteral("expired or was revoked");
        QTest::addRow("%s wrong user", name)
            << mechanism << QStringLiteral("other@practice.test") << PlantedToken << QString()
            << AuthMechanism::None << QStringLiteral("wrong_user_or_request")
            << QStringLiteral("belongs to another account");
        QTest::addRow("%s wrong user, account known", name)
            << mechanism << QStringLiteral("other@practice.test") << PlantedToken << owner
            << AuthMechanism::None << QStringLiteral("wrong_user_or_request")
            << QStringLiteral("signed in as owner@practice.test but the user name is "
                              "other@practice.test");
    }
    QTest::newRow("auto picks xoauth2") << AuthMechanism::Auto << owner << PlantedToken << QString()
                                        << AuthMechanism::XOAuth2 << QString() << QString();
}

void TestPracticeScenarios::oauthSignIn()
{
    QFETCH(AuthMechanism, mechanism);
    QFETCH(QString, user);
    QFETCH(QByteArray, token);
    QFETCH(QString, signedInAccount);
    QFETCH(AuthMechanism, used);
    QFETCH(QString, kind);
    QFETCH(QString, summaryWords);

    PracticeServer server;
    server.setCertificateDirectory(m_certDir.path());
    server.setXOAuth2Token(PlantedToken);
    server.setTokenUser(QStringLiteral("owner@practice.test"));
    QSignalSpy serverLines(&server, &PracticeServer::sessionLine);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    ServerSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.security = Security::ImplicitTls;
    settings.port = server.tlsPort();
    settings.caFile = server.certificate().certificatePath();
    settings.mechanism = mechanism;
    settings.timeouts.capAll(10s);

    SmtpSession session;
    session.setSettings(settings);
    Credentials credentials {user, token, Credentials::Kind::OAuthToken};
    credentials.signedInAccount = signedInAccount;
    session.setCredentials(credentials);
    QString error;
    QVERIFY2(prepareTestSend(session, message(), 1, &error), qPrintable(error));
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    QVERIFY(finished.wait(30000));

    const SessionResult &result = session.result();
    const QString transcript = session.transcript()->toText();
    if (result.ok != (used != AuthMechanism::None))
        qWarning().noquote() << transcript;
    QCOMPARE(result.ok, used != AuthMechanism::None);
    QByteArray everything
        = transcript.toUtf8() + QJsonDocument(sessionToJson(result, session.transcript())).toJson();
    for (const QList<QVariant> &line : std::as_const(serverLines)) {
        for (const QVariant &value : line)
            everything += value.toString().toUtf8() + '\n';
    }
    const QStringList leaks = TestSupport::findSecretLeaks(everything, user.toUtf8(), token);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

    if (result.ok) {
        QCOMPARE(result.authMechanism, used);
        QVERIFY(!result.oauthError);
        QTRY_COMPARE(server.receivedMessages().size(), 1);
        QCOMPARE(server.receivedMessages().first().authUser, user);
        return;
    }
    QCOMPARE(result.failure.stage, Stage::Auth);
    QCOMPARE(result.failure.reply->code, 535);
    QVERIFY(result.oauthError);
    QCOMPARE(OAuthServerError::kindName(result.oauthError->kind), kind);

    DiagnosisContext context;
    context.host = settings.host;
    context.port = settings.port;
    context.security = settings.security;
    context.mechanism = settings.mechanism;
    context.tlsActive = result.tls.used;
    context.oauthError = result.oauthError;
    context.userName = user;
    context.signedInAccount = signedInAccount;
    const Explanation explanation = Diagnoser::explain(result.failure, context);
    QCOMPARE(explanation.topic, QStringLiteral("auth.oauth_token_rejected"));
    QVERIFY2(explanation.summary.contains(summaryWords), qPrintable(explanation.summary));
    QVERIFY(!explanation.fixes.isEmpty());
}

QTEST_GUILESS_MAIN(TestPracticeScenarios)
#include "tst_practicescenarios.moc"
