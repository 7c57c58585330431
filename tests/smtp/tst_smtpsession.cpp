// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against scripted servers: every success path, and one named test per item of
// the security checklist's sections "TLS and STARTTLS", "Authentication", "Framing" and
// "Replies and time".
#include "report/sessionjson.h"
#include "secretscan.h"
#include "sessionrunner.h"
#include "testcertificates.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Sendcheck;
using TestSupport::FakeSmtpServer;
using TestSupport::TestCertificates;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Sendcheck::Security)
Q_DECLARE_METATYPE(Sendcheck::AuthMechanism)
Q_DECLARE_METATYPE(Sendcheck::Stage)
Q_DECLARE_METATYPE(Sendcheck::FailureKind)

static const QByteArray Password = "Pl4nted-S3cret-xyz";
static const QString User = QStringLiteral("planted-user@example.com");

static QStringList banner()
{
    return {QStringLiteral("S: 220 fake.test ESMTP ready")};
}

static QStringList ehlo(const QStringList &keywords)
{
    QStringList script {QStringLiteral("C: EHLO client.test")};
    if (keywords.isEmpty())
        return script << QStringLiteral("S: 250 fake.test");
    script << QStringLiteral("S: 250-fake.test");
    for (qsizetype i = 0; i < keywords.size(); ++i)
        script << QStringLiteral("S: 250")
                + (i + 1 == keywords.size() ? QLatin1Char(' ') : QLatin1Char('-')) + keywords[i];
    return script;
}

static QStringList deliver(const QStringList &recipients = {QStringLiteral("b@example.com")})
{
    QStringList script {QStringLiteral("C: MAIL FROM:<a@example.com>*"),
                        QStringLiteral("S: 250 2.1.0 OK")};
    for (const QString &r : recipients)
        script << QStringLiteral("C: RCPT TO:<%1>").arg(r) << QStringLiteral("S: 250 2.1.5 OK");
    script << QStringLiteral("C: DATA") << QStringLiteral("S: 354 go ahead") << QStringLiteral("D:")
           << QStringLiteral("S: 250 2.0.0 queued as 1234") << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 2.0.0 bye") << QStringLiteral("X");
    return script;
}

static QStringList authScript(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::Plain:
        return {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted")};
    case AuthMechanism::Login:
        return {QStringLiteral("C: AUTH LOGIN"),
                QStringLiteral("S: 334 VXNlcm5hbWU6"),
                QStringLiteral("C: ") + QString::fromLatin1(User.toUtf8().toBase64()),
                QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                QStringLiteral("C: ") + QString::fromLatin1(Password.toBase64()),
                QStringLiteral("S: 235 2.7.0 Accepted")};
    case AuthMechanism::CramMd5:
        return {QStringLiteral("C: AUTH CRAM-MD5"),
                QStringLiteral("S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"),
                QStringLiteral("C: *"), QStringLiteral("S: 235 2.7.0 Accepted")};
    case AuthMechanism::XOAuth2:
        return {QStringLiteral("C: AUTH XOAUTH2 *"), QStringLiteral("S: 235 2.7.0 Accepted")};
    case AuthMechanism::OAuthBearer:
        return {QStringLiteral("C: AUTH OAUTHBEARER *"), QStringLiteral("S: 235 2.7.0 Accepted")};
    default:
        return {};
    }
}

class TestSmtpSession : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestCertificates> m_certs;

    // A server with the test CA's "Server" certificate unless another kind is given.
    std::unique_ptr<FakeSmtpServer> server(const QStringList &script, Security security,
                                           TestCertificates::Kind kind
                                           = TestCertificates::Kind::Server)
    {
        auto fake = std::make_unique<FakeSmtpServer>(script);
        if (security != Security::None)
            fake->setTls(m_certs->certificate(kind), m_certs->key(kind),
                         security == Security::ImplicitTls);
        if (!fake->listenOnLoopback())
            qFatal("cannot listen on 127.0.0.1");
        return fake;
    }
    ServerSettings settingsFor(const FakeSmtpServer &fake, Security security)
    {
        ServerSettings settings = fakeServerSettings(fake.serverPort(), security);
        settings.caFile = m_certs->caCertPath();
        return settings;
    }
    static void settle() { QTest::qWait(100); } // lets the server read whatever else arrives

private Q_SLOTS:
    void initTestCase();

    // success paths
    void successInEverySecurityModeWithEveryMechanism_data();
    void successInEverySecurityModeWithEveryMechanism();
    void pipeliningGroupsMailRcptDataAndSendsQuitWithTheDot();
    void heloFallbackWhenEhloIsUnknown();
    void eachRecipientReportedSeparately();
    void burstReusesTheConnectionWithRset();
    void burstSendsNextMailBehindTheDotWhenPipelining();
    void burstPipelinedAheadThenRefusedRecipientNeedsRset();
    void code421MidPipelinedBurst_data();
    void code421MidPipelinedBurst();
    void quitAfterStage_data();
    void quitAfterStage();
    void keepOpenAllowsNoopRsetQuit();
    void cancelStopsAtOnce();

    // TLS and STARTTLS
    void starttlsRequiredButNotOffered();
    void starttlsRefused_data();
    void starttlsRefused();
    void ehloRefusedWhileTlsRequiredHasNoHeloFallback();
    void injectedReplyAfter220InSameSegment();
    void injectedReplyAfter220InLaterSegment();
    void capabilitiesComeOnlyFromEhloAfterTls();
    void implicitTlsNeverFallsBackToPlain();
    void certificateChecks_data();
    void certificateChecks();
    void pinnedCertificateIsAcceptedButNotShownAsVerified();
    void resetDuringHandshake();
    void serverOfferingOnlyOldTlsIsRefused();

    // Authentication
    void noAuthOnUnencryptedLinkUnlessAllowed();
    void credentialsButNoAuthAfterTlsFails();
    void explicitMechanismNeverFallsBack();
    void badChallengeIsACleanError();
    void xoauth2FailureAnswersChallengeWithEmptyLine();
    void oauthErrorChallengeIsDecodedAndExplained_data();
    void oauthErrorChallengeIsDecodedAndExplained();
    void oauthSecondErrorChallengeIsNeverAnswered_data();
    void oauthSecondErrorChallengeIsNeverAnswered();
    void echoedSecretIsHiddenEverywhere_data();
    void echoedSecretIsHiddenEverywhere();
    void oauthMechanismAndCredentialsMustFit_data();
    void oauthMechanismAndCredentialsMustFit();
    void oauthBearerCarriesHostAndPort();
    void plainWithoutInitialResponseForLongSecrets();
    void code421AtEveryStageClosesAndKeepsRecipients_data();
    void code421AtEveryStageClosesAndKeepsRecipients();

    // Framing
    void lineBreakInAddressRejectedBeforeSending();
    void dataIsDotStuffedAndEndsOnce();
    void sizeLimitStopsBeforeData();
    void sizeLimitInPipelinedBurstStopsBeforeTheLargeMessage();

    // Replies and time
    void malformedReplies_data();
    void malformedReplies();
    void overLongReplyLine();
    void endlessContinuation();
    void bytesWithoutLineEnd();
    void trickledBytesAreAssembled();
    void timeoutAtEveryStage_data();
    void timeoutAtEveryStage();
    void resetDuringDataIsNeverReportedAsSent();
    void closeAfterPipelinedDotAndQuitIsNeverReportedAsSent();
    void stepModeHoldsEveryCommandUntilStep();
};

void TestSmtpSession::initTestCase()
{
    m_certs = std::make_unique<TestCertificates>();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
}

void TestSmtpSession::successInEverySecurityModeWithEveryMechanism_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMechanism>("mechanism");
    for (auto security : {Security::None, Security::StartTls, Security::ImplicitTls}) {
        for (auto mechanism :
             {AuthMechanism::None, AuthMechanism::Plain, AuthMechanism::Login,
              AuthMechanism::CramMd5, AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer}) {
            QTest::addRow("%s-%s", qPrintable(securityName(security)),
                          qPrintable(mechanismName(mechanism)))
                << security << mechanism;
        }
    }
}

void TestSmtpSession::successInEverySecurityModeWithEveryMechanism()
{
    QFETCH(Security, security);
    QFETCH(AuthMechanism, mechanism);
    const QStringList caps {QStringLiteral("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2 OAUTHBEARER"),
                            QStringLiteral("SIZE 1000000")};
    QStringList script = banner();
    if (security == Security::StartTls) {
        script << ehlo({QStringLiteral("STARTTLS"), QStringLiteral("SIZE 1000000")})
               << QStringLiteral("C: STARTTLS") << QStringLiteral("S: 220 2.0.0 go ahead")
               << QStringLiteral("T:");
    }
    script << ehlo(caps) << authScript(mechanism) << deliver();
    auto fake = server(script, security);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, security);
    settings.mechanism = mechanism;
    settings.allowPlainAuth = security == Security::None;
    prepareSession(session, settings);
    if (mechanism != AuthMechanism::None)
        session.setCredentials({User, Password,
                                SaslClient::isOAuth(mechanism) ? Credentials::Kind::OAuthToken
                                                               : Credentials::Kind::Password});
    QVERIFY(runToEnd(session));
    const SessionResult &result = session.result();
    QVERIFY2(result.ok, qPrintable(result.failure.detail + u'\n' + fake->describeState()));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    QCOMPARE(result.stage, Stage::Done);
    QCOMPARE(result.messagesAccepted, 1);
    QCOMPARE(result.tls.used, security != Security::None);
    if (security != Security::None) {
        QVERIFY(result.tls.verified);
        QVERIFY(!result.tls.chain.isEmpty());
        QVERIFY(result.tls.protocol.startsWith(QLatin1String("TLS 1.")));
    }
    if (mechanism != AuthMechanism::None)
        QCOMPARE(result.authMechanism, mechanism);
    // The secret never reaches the transcript, in any form.
    const QStringList leaks = TestSupport::findSecretLeaks(session.transcript()->toText().toUtf8(),
                                                           User.toUtf8(), Password);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    // Lines inside TLS are marked; lines before it are not.
    const auto &entries = session.transcript()->entries();
    QCOMPARE(entries.first().insideTls, false);
    QCOMPARE(entries.last().insideTls, security != Security::None);
}

void TestSmtpSession::pipeliningGroupsMailRcptDataAndSendsQuitWithTheDot()
{
    // The server answers nothing until it has MAIL, both RCPTs and DATA: a client that waited
    // for each reply would time out. Likewise QUIT must arrive before the 250 for the dot.
    QStringList script = banner();
    script << ehlo({QStringLiteral("PIPELINING"), QStringLiteral("SIZE 1000")})
           << QStringLiteral("C: MAIL FROM:<a@example.com> SIZE=*")
           << QStringLiteral("C: RCPT TO:<b@example.com>")
           << QStringLiteral("C: RCPT TO:<c@example.com>") << QStringLiteral("C: DATA")
           << QStringLiteral("S: 250 OK") << QStringLiteral("S: 250 OK")
           << QStringLiteral("S: 250 OK") << QStringLiteral("S: 354 go") << QStringLiteral("D:")
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 250 2.0.0 queued")
           << QStringLiteral("S: 221 bye") << QStringLiteral("X");
    auto fake = server(script, Security::None);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::None);
    settings.timeouts.capAll(2s);
    prepareSession(session, settings,
                   {QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok,
             qPrintable(session.result().failure.detail + u'\n' + fake->describeState()));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    QCOMPARE(session.result().recipients.size(), 2);
}

void TestSmtpSession::heloFallbackWhenEhloIsUnknown()
{
    QStringList script = banner();
    script << QStringLiteral("C: EHLO client.test")
           << QStringLiteral("S: 502 5.5.1 Unrecognized command")
           << QStringLiteral("C: HELO client.test") << QStringLiteral("S: 250 fake.test")
           << deliver();
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok, qPrintable(fake->describeState()));
    QVERIFY(fake->scriptDone());
}

void TestSmtpSession::eachRecipientReportedSeparately()
{
    QStringList script = banner();
    script << ehlo({}) << QStringLiteral("C: MAIL FROM:<a@example.com>")
           << QStringLiteral("S: 250 OK") << QStringLiteral("C: RCPT TO:<b@example.com>")
           << QStringLiteral("S: 250 2.1.5 OK") << QStringLiteral("C: RCPT TO:<nobody@example.com>")
           << QStringLiteral("S: 550 5.1.1 <nobody@example.com>: User unknown")
           << QStringLiteral("C: DATA") << QStringLiteral("S: 354 go") << QStringLiteral("D:")
           << QStringLiteral("S: 250 queued") << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None),
                   {QStringLiteral("b@example.com"), QStringLiteral("nobody@example.com")});
    QSignalSpy perRecipient(&session, &SmtpSession::recipientChecked);
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QCOMPARE(perRecipient.count(), 2);
    QCOMPARE(result.recipients.size(), 2);
    QVERIFY(result.recipients[0].accepted);
    QVERIFY(!result.recipients[1].accepted);
    QCOMPARE(result.recipients[1].reply.enhanced, QStringLiteral("5.1.1"));
    // Delivered to the one who exists, but not a clean success.
    QCOMPARE(result.messagesAccepted, 1);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.stage, Stage::RcptTo);
    QCOMPARE(result.failure.reply->code, 550);
}

void TestSmtpSession::burstReusesTheConnectionWithRset()
{
    // Three messages on one connection: after a completed transaction the next MAIL follows at
    // once; after one cut short (a refused recipient) RSET comes first.
    const QStringList transaction {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                                   QStringLiteral("S: 250 OK"),
                                   QStringLiteral("C: RCPT TO:<b@example.com>")};
    const QStringList body {QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                            QStringLiteral("D:")};
    QStringList script = banner();
    script << ehlo({}) << transaction << QStringLiteral("S: 250 OK") << body
           << QStringLiteral("S: 451 4.3.0 try later") // deferred after the dot: no RSET needed
           << transaction << QStringLiteral("S: 550 5.1.1 unknown") << QStringLiteral("C: RSET")
           << QStringLiteral("S: 250 OK") << transaction << QStringLiteral("S: 250 OK") << body
           << QStringLiteral("S: 250 queued") << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None), {QStringLiteral("b@example.com")},
                   3);
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    QCOMPARE(session.result().messagesAccepted, 1);
    QCOMPARE(session.result().messagesDeferred, 1);
    QCOMPARE(session.result().messagesRejected, 1);
    QCOMPARE(session.result().failure.reply->code, 451); // the first failure is the one reported
}

// MAIL, RCPT and DATA of one message in a pipelined burst, as the server must receive them.
static QStringList pipelinedGroup()
{
    return {QStringLiteral("C: MAIL FROM:<a@example.com>"),
            QStringLiteral("C: RCPT TO:<b@example.com>"), QStringLiteral("C: DATA")};
}

static QStringList groupAccepted()
{
    return {QStringLiteral("S: 250 2.1.0 OK"), QStringLiteral("S: 250 2.1.5 OK"),
            QStringLiteral("S: 354 go"), QStringLiteral("D:")};
}

void TestSmtpSession::burstSendsNextMailBehindTheDotWhenPipelining()
{
    // The server answers no final dot until the next message's MAIL, RCPT and DATA have
    // arrived: a client that waited for the dot's reply first would time out. The dot's
    // reply must still count for the message it ends: 451 (deferred), 554 (rejected), 250.
    QStringList script = banner();
    script << ehlo({QStringLiteral("PIPELINING")}) << pipelinedGroup() << groupAccepted()
           << pipelinedGroup() << QStringLiteral("S: 451 4.3.0 try later") << groupAccepted()
           << pipelinedGroup() << QStringLiteral("S: 554 5.6.0 content rejected") << groupAccepted()
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 250 2.0.0 queued")
           << QStringLiteral("S: 221 bye") << QStringLiteral("X");
    auto fake = server(script, Security::None);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::None);
    settings.timeouts.capAll(2s);
    prepareSession(session, settings, {QStringLiteral("b@example.com")}, 3);
    QSignalSpy outcomes(&session, &SmtpSession::messageFinished);
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QCOMPARE(result.messagesAccepted, 1);
    QCOMPARE(result.messagesDeferred, 1);
    QCOMPARE(result.messagesRejected, 1);
    QCOMPARE(outcomes.count(), 3);
    QCOMPARE(outcomes[0].at(0).toBool(), false);
    QCOMPARE(outcomes[1].at(0).toBool(), false);
    QCOMPARE(outcomes[2].at(0).toBool(), true);
    // The first failure is the one reported, at the stage it belongs to.
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.stage, Stage::Data);
    QCOMPARE(result.failure.reply->code, 451);
    QCOMPARE(result.recipients.size(), 1); // of the last message
    QVERIFY(result.recipients[0].accepted);
}

void TestSmtpSession::burstPipelinedAheadThenRefusedRecipientNeedsRset()
{
    // The MAIL sent behind the dot opens a transaction whose only recipient is refused: the
    // pipelined DATA is refused too, that message is counted rejected, and RSET comes before
    // the third message.
    QStringList script = banner();
    script << ehlo({QStringLiteral("PIPELINING")}) << pipelinedGroup() << groupAccepted()
           << pipelinedGroup() << QStringLiteral("S: 250 2.0.0 queued 1")
           << QStringLiteral("S: 250 2.1.0 OK") << QStringLiteral("S: 550 5.1.1 unknown user")
           << QStringLiteral("S: 554 5.5.1 no valid recipients") << QStringLiteral("C: RSET")
           << QStringLiteral("S: 250 OK") << pipelinedGroup() << groupAccepted()
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 250 2.0.0 queued 3")
           << QStringLiteral("S: 221 bye") << QStringLiteral("X");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None), {QStringLiteral("b@example.com")},
                   3);
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QCOMPARE(result.messagesAccepted, 2);
    QCOMPARE(result.messagesDeferred, 0);
    QCOMPARE(result.messagesRejected, 1);
    QCOMPARE(result.failure.stage, Stage::RcptTo);
    QCOMPARE(result.failure.reply->code, 550);
}

void TestSmtpSession::code421MidPipelinedBurst_data()
{
    QTest::addColumn<QStringList>("replies");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("accepted");
    // The 421 answers the dot: that message was never confirmed, so it is not counted.
    QTest::newRow("dot") << QStringList {QStringLiteral("S: 421 4.3.2 shutting down")}
                         << Stage::Data << 0;
    // The dot was accepted, then the MAIL sent behind it got the 421.
    QTest::newRow("mail behind the dot")
        << QStringList {QStringLiteral("S: 250 2.0.0 queued"),
                        QStringLiteral("S: 421 4.7.0 too many messages")}
        << Stage::MailFrom << 1;
}

void TestSmtpSession::code421MidPipelinedBurst()
{
    QFETCH(QStringList, replies);
    QFETCH(Stage, stage);
    QFETCH(int, accepted);
    QStringList script = banner();
    script << ehlo({QStringLiteral("PIPELINING")}) << pipelinedGroup() << groupAccepted()
           << pipelinedGroup() << replies << QStringLiteral("W: 300");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None), {QStringLiteral("b@example.com")},
                   3);
    QVERIFY(runToEnd(session));
    settle();
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.kind, FailureKind::Reply);
    QCOMPARE(result.failure.reply->code, 421);
    QCOMPARE(result.failure.stage, stage);
    QCOMPARE(result.messagesAccepted, accepted);
    QCOMPARE(result.messagesDeferred, 0);
    QCOMPARE(result.messagesRejected, 0);
    // Nothing after the 421: no further message, no QUIT.
    QCOMPARE(fake->allReceivedBytes().count("MAIL FROM"), 2);
    QVERIFY(!fake->allReceivedBytes().contains("QUIT"));
}

void TestSmtpSession::quitAfterStage_data()
{
    QTest::addColumn<Stage>("stopAfter");
    QTest::addColumn<QStringList>("script");
    const QStringList start = banner() + ehlo({QStringLiteral("AUTH PLAIN")});
    const QStringList quit {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    QTest::newRow("connect") << Stage::Connecting << QStringList();
    QTest::newRow("banner") << Stage::Banner << banner() + quit;
    QTest::newRow("ehlo") << Stage::Ehlo << start + quit;
    QTest::newRow("tls") << Stage::TlsHandshake << start + quit;
    QTest::newRow("auth") << Stage::Auth << start + authScript(AuthMechanism::Plain) + quit;
    QTest::newRow("mail") << Stage::MailFrom
                          << start + authScript(AuthMechanism::Plain)
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                           QStringLiteral("S: 250 OK")}
            + quit;
    QTest::newRow("rcpt") << Stage::RcptTo
                          << start + authScript(AuthMechanism::Plain)
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: RCPT TO:<b@example.com>"),
                           QStringLiteral("S: 250 OK")}
            + quit;
    QTest::newRow("data") << Stage::Data
                          << start + authScript(AuthMechanism::Plain)
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: RCPT TO:<b@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go")};
}

void TestSmtpSession::quitAfterStage()
{
    QFETCH(Stage, stopAfter);
    QFETCH(QStringList, script);
    auto fake = server(script, Security::None);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::None);
    settings.allowPlainAuth = true;
    prepareSession(session, settings);
    session.setCredentials({User, Password});
    session.setStopAfter(stopAfter);
    QVERIFY(runToEnd(session));
    settle();
    QVERIFY2(session.result().ok, qPrintable(session.result().failure.detail));
    QCOMPARE(session.result().stage, stopAfter);
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    QVERIFY(!fake->allReceivedBytes().contains("Subject: test")); // no message went out
}

void TestSmtpSession::keepOpenAllowsNoopRsetQuit()
{
    QStringList script = banner();
    script << ehlo({}) << QStringLiteral("C: NOOP") << QStringLiteral("S: 250 2.0.0 OK")
           << QStringLiteral("C: RSET") << QStringLiteral("S: 250 2.0.0 Flushed")
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    session.setStopAfter(Stage::Ehlo);
    session.setKeepOpen(true);
    QSignalSpy parked(&session, &SmtpSession::parked);
    QSignalSpy replied(&session, &SmtpSession::commandReplied);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    QVERIFY(parked.wait(5000));
    session.sendNoop();
    QVERIFY(replied.wait(5000));
    session.sendRset();
    QVERIFY(replied.wait(5000));
    QCOMPARE(replied.count(), 2);
    session.sendQuit();
    QVERIFY(finished.wait(5000));
    QVERIFY(session.result().ok);
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
}

void TestSmtpSession::cancelStopsAtOnce()
{
    auto fake = server(banner() + QStringList {QStringLiteral("H")}, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QSignalSpy finished(&session, &SmtpSession::finished);
    QSignalSpy stage(&session, &SmtpSession::stageChanged);
    session.start();
    QTRY_VERIFY(session.stage() == Stage::Ehlo);
    session.cancel();
    QVERIFY(finished.wait(2000));
    QCOMPARE(session.result().failure.kind, FailureKind::Cancelled);
    QVERIFY(!session.result().ok);
}

void TestSmtpSession::starttlsRequiredButNotOffered()
{
    auto fake = server(banner() + ehlo({QStringLiteral("AUTH PLAIN")}), Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    settle();
    QCOMPARE(session.result().failure.kind, FailureKind::StartTlsUnavailable);
    QCOMPARE(session.result().failure.stage, Stage::Ehlo);
    QCOMPARE(fake->allReceivedBytes(), QByteArray("EHLO client.test\r\n")); // nothing more, no AUTH
}

void TestSmtpSession::starttlsRefused_data()
{
    QTest::addColumn<QString>("reply");
    for (const char *reply :
         {"454 4.7.0 TLS not available due to local problem", "502 5.5.1 Command not implemented",
          "500 5.5.2 Syntax error", "501 5.5.4 Syntax error in parameters",
          "530 5.7.0 Must issue STARTTLS", "421 4.3.2 Service not available", "354 go ahead",
          "221 2.0.0 Bye"})
        QTest::newRow(reply) << QString::fromLatin1(reply);
}

void TestSmtpSession::starttlsRefused()
{
    QFETCH(QString, reply);
    QStringList script = banner();
    script << ehlo({QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN")})
           << QStringLiteral("C: STARTTLS") << QStringLiteral("S: ") + reply;
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    settle();
    QVERIFY(!session.result().ok);
    QVERIFY(!session.result().tls.used);
    QCOMPARE(session.result().failure.stage, Stage::StartTls);
    QCOMPARE(fake->allReceivedBytes(), QByteArray("EHLO client.test\r\nSTARTTLS\r\n"));
}

void TestSmtpSession::ehloRefusedWhileTlsRequiredHasNoHeloFallback()
{
    QStringList script = banner();
    // The refusal leaves the server in step: the client says goodbye, without HELO.
    script << QStringLiteral("C: EHLO client.test")
           << QStringLiteral("S: 502 5.5.1 Unrecognized command") << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    QVERIFY(runToEnd(session));
    settle();
    QCOMPARE(session.result().failure.kind, FailureKind::Reply);
    QCOMPARE(session.result().failure.stage, Stage::Ehlo);
    QVERIFY(!fake->allReceivedBytes().contains("HELO"));
}

void TestSmtpSession::injectedReplyAfter220InSameSegment()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("STARTTLS")}) << QStringLiteral("C: STARTTLS")
           << QStringLiteral("S: 220 2.0.0 go ahead\\r\\n250-injected\\r\\n250 AUTH PLAIN");
    auto fake = server(script, Security::StartTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    settle();
    QCOMPARE(session.result().failure.kind, FailureKind::ProtocolError);
    QVERIFY(!session.result().tls.used);
    QCOMPARE(fake->allReceivedBytes(), QByteArray("EHLO client.test\r\nSTARTTLS\r\n"));
}

void TestSmtpSession::injectedReplyAfter220InLaterSegment()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("STARTTLS")}) << QStringLiteral("C: STARTTLS")
           << QStringLiteral("S: 220 2.0.0 go ahead") << QStringLiteral("B:")
           << QStringLiteral("W: 50") << QStringLiteral("S: 250 AUTH PLAIN injected")
           << QStringLiteral("W: 500");
    auto fake = server(script, Security::StartTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    settle();
    QVERIFY(!session.result().ok);
    QVERIFY(!session.result().tls.used);
    QVERIFY(!fake->allReceivedBytes().contains("AUTH"));
    QVERIFY(!fake->allReceivedBytes().contains("MAIL"));
}

void TestSmtpSession::capabilitiesComeOnlyFromEhloAfterTls()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN")})
           << QStringLiteral("C: STARTTLS") << QStringLiteral("S: 220 go ahead")
           << QStringLiteral("T:") << ehlo({QStringLiteral("AUTH CRAM-MD5")})
           << authScript(AuthMechanism::CramMd5) << deliver();
    auto fake = server(script, Security::StartTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok,
             qPrintable(fake->describeState() + session.result().failure.detail));
    QCOMPARE(session.result().authMechanism, AuthMechanism::CramMd5);
    QCOMPARE(session.result().capabilities.authMechanisms(),
             QStringList {QStringLiteral("CRAM-MD5")});
}

void TestSmtpSession::implicitTlsNeverFallsBackToPlain()
{
    auto fake = server(banner() + QStringList {QStringLiteral("B:"), QStringLiteral("W: 1000")},
                       Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::ImplicitTls));
    QVERIFY(runToEnd(session));
    settle();
    QCOMPARE(session.result().failure.kind, FailureKind::TlsHandshakeFailed);
    QCOMPARE(session.result().failure.stage, Stage::TlsHandshake);
    // The only thing sent was a TLS ClientHello (record type 0x16): never a plain command.
    QVERIFY(fake->allReceivedBytes().startsWith('\x16'));
    QVERIFY(!fake->allReceivedBytes().contains("EHLO"));
}

void TestSmtpSession::certificateChecks_data()
{
    QTest::addColumn<TestCertificates::Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("accepted");
    using K = TestCertificates::Kind;
    QTest::newRow("valid for localhost") << K::Server << QStringLiteral("localhost") << true;
    QTest::newRow("valid for 127.0.0.1") << K::Server << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("unknown issuer") << K::SelfSigned << QStringLiteral("localhost") << false;
    QTest::newRow("expired") << K::Expired << QStringLiteral("localhost") << false;
    QTest::newRow("not yet valid") << K::NotYetValid << QStringLiteral("localhost") << false;
    QTest::newRow("wrong name") << K::WrongName << QStringLiteral("localhost") << false;
    QTest::newRow("IP-only cert, dialled by IP")
        << K::IpOnly << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("IP-only cert, dialled by name")
        << K::IpOnly << QStringLiteral("localhost") << false;
    QTest::newRow("wildcard must not match bare name")
        << K::Wildcard << QStringLiteral("localhost") << false;
}

void TestSmtpSession::certificateChecks()
{
    QFETCH(TestCertificates::Kind, kind);
    QFETCH(QString, host);
    QFETCH(bool, accepted);
    auto fake = server(banner() + ehlo({})
                           + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")},
                       Security::ImplicitTls, kind);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    settings.host = host;
    prepareSession(session, settings);
    session.setStopAfter(Stage::Ehlo);
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().ok, accepted);
    if (!accepted) {
        QCOMPARE(session.result().failure.kind, FailureKind::TlsCertificate);
        QVERIFY(!session.result().failure.sslErrors.isEmpty());
        QVERIFY(!fake->scriptDone());
        fake->expectUnused(); // the handshake failed: not even the greeting went out
    }
}

void TestSmtpSession::pinnedCertificateIsAcceptedButNotShownAsVerified()
{
    auto fake = server(banner() + ehlo({})
                           + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")},
                       Security::ImplicitTls, TestCertificates::Kind::SelfSigned);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    settings.host = QStringLiteral("localhost");
    settings.pinnedSha256 = {normalizeFingerprint(
        QString::fromLatin1(m_certs->sha256Fingerprint(TestCertificates::Kind::SelfSigned)))};
    prepareSession(session, settings);
    session.setStopAfter(Stage::Ehlo);
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok, qPrintable(session.result().failure.detail));
    QVERIFY(session.result().tls.pinned);
    QVERIFY(!session.result().tls.verified);
    QVERIFY(!session.result().tls.errors.isEmpty());

    // A different pin does not help.
    auto other = server(banner(), Security::ImplicitTls, TestCertificates::Kind::SelfSigned);
    SmtpSession second;
    settings.port = other->serverPort();
    settings.pinnedSha256 = {QByteArray(64, 'A')};
    prepareSession(second, settings);
    QVERIFY(runToEnd(second));
    QCOMPARE(second.result().failure.kind, FailureKind::TlsCertificate);
    other->expectUnused();
}

void TestSmtpSession::resetDuringHandshake()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("STARTTLS")}) << QStringLiteral("C: STARTTLS")
           << QStringLiteral("S: 220 go ahead") << QStringLiteral("W: 50") << QStringLiteral("B:")
           << QStringLiteral("X");
    auto fake = server(script, Security::StartTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    QVERIFY(runToEnd(session));
    QVERIFY(!session.result().ok);
    QCOMPARE(session.result().failure.stage, Stage::TlsHandshake);
    QVERIFY(session.result().failure.kind == FailureKind::TlsHandshakeFailed
            || session.result().failure.kind == FailureKind::ConnectionLost);
}

void TestSmtpSession::serverOfferingOnlyOldTlsIsRefused()
{
    // TLS 1.2 is the floor: a server that speaks only TLS 1.0 or 1.1 gets no connection (and
    // certainly no password), never a quiet downgrade.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    for (const QSsl::SslProtocol old : {QSsl::TlsV1_0, QSsl::TlsV1_1}) {
        QT_WARNING_POP
        auto fake = server(banner() + ehlo({QStringLiteral("AUTH PLAIN")}), Security::None);
        fake->setTls(m_certs->certificate(TestCertificates::Kind::Server),
                     m_certs->key(TestCertificates::Kind::Server), true);
        fake->setTlsProtocol(old);
        SmtpSession session;
        prepareSession(session, settingsFor(*fake, Security::ImplicitTls));
        session.setCredentials({User, Password});
        QVERIFY(runToEnd(session));
        QCOMPARE(session.result().failure.kind, FailureKind::TlsHandshakeFailed);
        QCOMPARE(session.result().failure.stage, Stage::TlsHandshake);
        QVERIFY(!session.result().tls.protocol.contains(QLatin1String("1.0")));
        QVERIFY(!fake->scriptDone());
        fake->expectUnused();
    }
}

void TestSmtpSession::noAuthOnUnencryptedLinkUnlessAllowed()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH PLAIN LOGIN")}) << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    settle();
    QCOMPARE(session.result().failure.kind, FailureKind::PlainAuthRefused);
    QVERIFY(!fake->allReceivedBytes().contains("AUTH"));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
}

void TestSmtpSession::credentialsButNoAuthAfterTlsFails()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN")})
           << QStringLiteral("C: STARTTLS") << QStringLiteral("S: 220 go") << QStringLiteral("T:")
           << ehlo({QStringLiteral("SIZE 1000")}) << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::StartTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::StartTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::AuthNotOffered);
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState())); // no MAIL was sent
}

void TestSmtpSession::explicitMechanismNeverFallsBack()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH PLAIN LOGIN")}) << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    settings.mechanism = AuthMechanism::CramMd5;
    prepareSession(session, settings);
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::NoCommonMechanism);
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
}

void TestSmtpSession::badChallengeIsACleanError()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH LOGIN")}) << QStringLiteral("C: AUTH LOGIN")
           << QStringLiteral("S: 334 %%%not-base64%%%") << QStringLiteral("W: 500");
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::ImplicitTls));
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::ProtocolError);
    QCOMPARE(session.result().failure.stage, Stage::Auth);
}

void TestSmtpSession::xoauth2FailureAnswersChallengeWithEmptyLine()
{
    const QByteArray error
        = QByteArray(
              "{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}")
              .toBase64();
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH XOAUTH2")}) << QStringLiteral("C: AUTH XOAUTH2 *")
           << QStringLiteral("S: 334 ") + QString::fromLatin1(error) << QStringLiteral("C: ")
           << QStringLiteral("S: 535-5.7.8 Username and Password not accepted.")
           << QStringLiteral("S: 535 5.7.8 https://support.google.com/mail/?p=BadCredentials")
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::ImplicitTls));
    session.setCredentials({User, Password, Credentials::Kind::OAuthToken});
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    QCOMPARE(session.result().failure.reply->code, 535);
    QCOMPARE(session.result().failure.stage, Stage::Auth);
    QVERIFY(session.transcript()->toText().contains(QLatin1String("\"status\":\"400\"")));
    const QStringList leaks = TestSupport::findSecretLeaks(session.transcript()->toText().toUtf8(),
                                                           User.toUtf8(), Password);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

static const QByteArray PlantedToken = "ya29.planted-token-7f3a";

void TestSmtpSession::oauthErrorChallengeIsDecodedAndExplained_data()
{
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("signedInAccount");
    QTest::addColumn<QStringList>("grantedScopes");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("detailWords"); // must appear in the failure detail
    const QByteArray googleExpired
        = "{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}";
    const QByteArray googleBad
        = "{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}";
    const QByteArray bearerExpired
        = "{\"status\":\"invalid_token\",\"scope\":\"https://mail.google.com/\","
          "\"openid-configuration\":\"https://accounts.google.com/.well-known/"
          "openid-configuration\"}";
    const QString other = QStringLiteral("someone.else@example.com");
    const QStringList profileOnly {QStringLiteral("openid"), QStringLiteral("email")};
    for (auto mechanism : {AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer}) {
        const char *name = mechanism == AuthMechanism::XOAuth2 ? "xoauth2" : "oauthbearer";
        const bool bearer = mechanism == AuthMechanism::OAuthBearer;
        QTest::addRow("%s-expired", name)
            << mechanism << (bearer ? bearerExpired : googleExpired) << QString() << QStringList()
            << QStringLiteral("expired_or_invalid")
            << QStringLiteral("Sign in with your provider again");
        QTest::addRow("%s-scope-403", name)
            << mechanism
            << QByteArray(bearer ? "{\"status\":\"insufficient_scope\",\"scope\":\"https://"
                                   "mail.google.com/\"}"
                                 : "{\"status\":\"403\",\"schemes\":\"Bearer\",\"scope\":\"https://"
                                   "mail.google.com/\"}")
            << QString() << QStringList() << QStringLiteral("wrong_scope")
            << QStringLiteral("scope https://mail.google.com/");
        // Google answers 401 for a token without the mail scope; the granted scopes tell.
        QTest::addRow("%s-scope-not-granted", name)
            << mechanism << (bearer ? bearerExpired : googleExpired) << QString() << profileOnly
            << QStringLiteral("wrong_scope")
            << QStringLiteral("did not grant permission to send mail");
        QTest::addRow("%s-wrong-user", name)
            << mechanism
            << QByteArray(
                   bearer
                       ? "{\"status\":\"invalid_request\",\"scope\":\"https://mail.google.com/\"}"
                       : googleBad)
            << other << QStringList() << QStringLiteral("wrong_user_or_request")
            << QStringLiteral("signed in as %1 but the user name is %2").arg(other, User);
        QTest::addRow("%s-bad-request", name)
            << mechanism << QByteArray(bearer ? "{\"status\":\"invalid_request\"}" : googleBad)
            << User.toUpper() << QStringList() << QStringLiteral("wrong_user_or_request")
            << QStringLiteral("belongs to another account, or the sign-in request was malformed");
    }
}

void TestSmtpSession::oauthErrorChallengeIsDecodedAndExplained()
{
    QFETCH(AuthMechanism, mechanism);
    QFETCH(QByteArray, json);
    QFETCH(QString, signedInAccount);
    QFETCH(QStringList, grantedScopes);
    QFETCH(QString, kind);
    QFETCH(QString, detailWords);
    const QString name = QString::fromLatin1(mechanismSaslName(mechanism));
    const bool bearer = mechanism == AuthMechanism::OAuthBearer;
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH PLAIN XOAUTH2 OAUTHBEARER")})
           << QStringLiteral("C: AUTH %1 *").arg(name)
           << QStringLiteral("S: 334 ") + QString::fromLatin1(json.toBase64())
           << (bearer ? QStringLiteral("C: AQ==") : QStringLiteral("C: "))
           << QStringLiteral("S: 535-5.7.8 Username and Password not accepted.")
           << QStringLiteral("S: 535 5.7.8 https://support.google.com/mail/?p=BadCredentials")
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    settings.mechanism = mechanism;
    prepareSession(session, settings);
    Credentials credentials {User, PlantedToken, Credentials::Kind::OAuthToken};
    credentials.signedInAccount = signedInAccount;
    credentials.grantedScopes = grantedScopes;
    session.setCredentials(credentials);
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.kind, FailureKind::Reply);
    QCOMPARE(result.failure.stage, Stage::Auth);
    QCOMPARE(result.failure.reply->code, 535);
    QVERIFY(result.oauthError);
    QCOMPARE(OAuthServerError::kindName(result.oauthError->kind), kind);
    QVERIFY2(result.failure.detail.contains(detailWords),
             qPrintable(result.failure.detail + QStringLiteral(" lacks ") + detailWords));
    QVERIFY(!result.failure.detail.contains(QLatin1String("ya29")));
    // The decoded challenge is shown (not secret); the token never is.
    const QString transcript = session.transcript()->toText();
    QVERIFY(transcript.contains(QString::fromUtf8(json)));
    const QJsonObject json2 = sessionToJson(result, session.transcript());
    QCOMPARE(json2.value(QLatin1String("oauth_error"))
                 .toObject()
                 .value(QLatin1String("kind"))
                 .toString(),
             kind);
    QVERIFY(json2.value(QLatin1String("auth_mechanism")).isNull());
    const QByteArray everything
        = transcript.toUtf8() + QJsonDocument(json2).toJson() + result.failure.detail.toUtf8();
    const QStringList leaks = TestSupport::findSecretLeaks(everything, User.toUtf8(), PlantedToken);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    // The scan itself must see the token where it is: the line the server received.
    QVERIFY(
        !TestSupport::findSecretLeaks(fake->receivedLines().join('\n'), User.toUtf8(), PlantedToken)
             .isEmpty());
}

void TestSmtpSession::oauthSecondErrorChallengeIsNeverAnswered_data()
{
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::newRow("xoauth2") << AuthMechanism::XOAuth2;
    QTest::newRow("oauthbearer") << AuthMechanism::OAuthBearer;
}

void TestSmtpSession::oauthSecondErrorChallengeIsNeverAnswered()
{
    // RFC 7628 3.2.3: the error challenge is answered once, then the server must give its final
    // reply. A server that challenges again is not answered again (the fake server fails the
    // test if the client sends one more line), and the session ends as a protocol error.
    QFETCH(AuthMechanism, mechanism);
    const bool bearer = mechanism == AuthMechanism::OAuthBearer;
    const QByteArray json
        = "{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}";
    const QString challenge = QStringLiteral("S: 334 ") + QString::fromLatin1(json.toBase64());
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH XOAUTH2 OAUTHBEARER")})
           << QStringLiteral("C: AUTH %1 *").arg(QString::fromLatin1(mechanismSaslName(mechanism)))
           << challenge << (bearer ? QStringLiteral("C: AQ==") : QStringLiteral("C: ")) << challenge
           << QStringLiteral("W: 300");
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    settings.mechanism = mechanism;
    prepareSession(session, settings);
    session.setCredentials({User, PlantedToken, Credentials::Kind::OAuthToken});
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.kind, FailureKind::ProtocolError);
    QCOMPARE(result.failure.stage, Stage::Auth);
    QCOMPARE(result.failure.reply->code, 334);
    QVERIFY(result.oauthError); // the first challenge, decoded
    // One answer only: the AUTH line and the acknowledgement.
    QCOMPARE(fake->receivedLines().size(), 3); // EHLO, AUTH, the acknowledgement
}

void TestSmtpSession::echoedSecretIsHiddenEverywhere_data()
{
    // A server that repeats the secret in its refusal, as sent or as it travelled (base64).
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::addColumn<QString>("echo");
    const QByteArray plainPayload = QByteArray('\0' + User.toUtf8() + '\0' + Password).toBase64();
    const QByteArray xoauth2Payload = QByteArray("user=" + User.toUtf8()
                                                 + "\x01"
                                                   "auth=Bearer "
                                                 + PlantedToken + "\x01\x01")
                                          .toBase64();
    QTest::newRow("plain-password") << AuthMechanism::Plain << QString::fromLatin1(Password);
    QTest::newRow("plain-payload") << AuthMechanism::Plain << QString::fromLatin1(plainPayload);
    QTest::newRow("login-base64") << AuthMechanism::Login
                                  << QString::fromLatin1(Password.toBase64());
    QTest::newRow("xoauth2-token") << AuthMechanism::XOAuth2 << QString::fromLatin1(PlantedToken);
    QTest::newRow("xoauth2-payload")
        << AuthMechanism::XOAuth2 << QString::fromLatin1(xoauth2Payload);
}

void TestSmtpSession::echoedSecretIsHiddenEverywhere()
{
    QFETCH(AuthMechanism, mechanism);
    QFETCH(QString, echo);
    const bool oauth = SaslClient::isOAuth(mechanism);
    const QByteArray secret = oauth ? PlantedToken : Password;
    const QString name = QString::fromLatin1(mechanismSaslName(mechanism));
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH PLAIN LOGIN XOAUTH2")});
    if (mechanism == AuthMechanism::Login) {
        script << QStringLiteral("C: AUTH LOGIN") << QStringLiteral("S: 334 VXNlcm5hbWU6")
               << QStringLiteral("C: *") << QStringLiteral("S: 334 UGFzc3dvcmQ6")
               << QStringLiteral("C: *");
    } else {
        script << QStringLiteral("C: AUTH %1 *").arg(name);
    }
    script << QStringLiteral("S: 535-5.7.8 Authentication failed for ") + echo
           << QStringLiteral("S: 535 5.7.8 you sent ") + echo << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    settings.mechanism = mechanism;
    prepareSession(session, settings);
    session.setCredentials(
        {User, secret, oauth ? Credentials::Kind::OAuthToken : Credentials::Kind::Password});
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QCOMPARE(result.failure.kind, FailureKind::Reply);
    QCOMPARE(result.failure.reply->code, 535);
    // The rest of the server's words stay.
    QVERIFY(result.failure.detail.contains(QLatin1String("Authentication failed for")));
    QVERIFY(session.transcript()->toText().contains(QLatin1String("you sent")));
    const QByteArray everything = session.transcript()->toText().toUtf8()
        + QJsonDocument(sessionToJson(result, session.transcript())).toJson()
        + result.failure.detail.toUtf8() + result.failure.reply->toOneLine().toUtf8()
        + result.lastReply.value_or(SmtpReply()).toOneLine().toUtf8();
    QVERIFY(!everything.contains(echo.toLatin1()));
    const QStringList leaks = TestSupport::findSecretLeaks(everything, User.toUtf8(), secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    // The scan does see the secret where it really went: to the server.
    QVERIFY(!TestSupport::findSecretLeaks(fake->receivedLines().join('\n'), User.toUtf8(), secret)
                 .isEmpty());
}

void TestSmtpSession::oauthMechanismAndCredentialsMustFit_data()
{
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::addColumn<bool>("token");
    QTest::newRow("xoauth2-with-password") << AuthMechanism::XOAuth2 << false;
    QTest::newRow("oauthbearer-with-password") << AuthMechanism::OAuthBearer << false;
    QTest::newRow("plain-with-token") << AuthMechanism::Plain << true;
    QTest::newRow("login-with-token") << AuthMechanism::Login << true;
}

void TestSmtpSession::oauthMechanismAndCredentialsMustFit()
{
    // Never a silent send of the wrong kind of secret: no AUTH command at all.
    QFETCH(AuthMechanism, mechanism);
    QFETCH(bool, token);
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER")})
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    settings.mechanism = mechanism;
    prepareSession(session, settings);
    session.setCredentials({User, token ? PlantedToken : Password,
                            token ? Credentials::Kind::OAuthToken : Credentials::Kind::Password});
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QCOMPARE(result.failure.kind, FailureKind::NoCommonMechanism);
    QCOMPARE(result.failure.stage, Stage::Auth);
    QVERIFY2(result.failure.detail.contains(token ? QLatin1String("an OAuth access token was given")
                                                  : QLatin1String("but a password was given")),
             qPrintable(result.failure.detail));
    for (const QByteArray &line : fake->receivedLines())
        QVERIFY(!line.startsWith("AUTH"));
}

void TestSmtpSession::oauthBearerCarriesHostAndPort()
{
    // Auto with a token and no XOAUTH2 on offer: OAUTHBEARER, with the settings' host and port.
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH PLAIN LOGIN OAUTHBEARER")})
           << QStringLiteral("C: AUTH OAUTHBEARER *") << QStringLiteral("S: 235 2.7.0 Accepted")
           << deliver();
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    const ServerSettings settings = settingsFor(*fake, Security::ImplicitTls);
    prepareSession(session, settings);
    session.setCredentials(
        {QStringLiteral("a,b=c@example.com"), PlantedToken, Credentials::Kind::OAuthToken});
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok, qPrintable(fake->describeState()));
    QCOMPARE(session.result().authMechanism, AuthMechanism::OAuthBearer);
    const QByteArray auth = fake->receivedLines().at(1);
    QVERIFY(auth.startsWith("AUTH OAUTHBEARER "));
    QCOMPARE(QByteArray::fromBase64(auth.mid(17)),
             "n,a=a=2Cb=3Dc@example.com,\x01host=" + settings.host.toUtf8()
                 + "\x01port=" + QByteArray::number(settings.port)
                 + "\x01"
                   "auth=Bearer "
                 + PlantedToken + "\x01\x01");
    QVERIFY(!session.transcript()->toText().contains(QLatin1String("planted")));
}

void TestSmtpSession::plainWithoutInitialResponseForLongSecrets()
{
    const QByteArray longSecret(10000, 'k');
    QStringList script = banner();
    script << ehlo({QStringLiteral("AUTH PLAIN")}) << QStringLiteral("C: AUTH PLAIN")
           << QStringLiteral("S: 334 ") << QStringLiteral("C: *") << QStringLiteral("S: 235 ok")
           << deliver();
    auto fake = server(script, Security::ImplicitTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::ImplicitTls));
    session.setCredentials({User, longSecret});
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok, qPrintable(fake->describeState()));
    const QByteArray sent = QByteArray::fromBase64(fake->receivedLines().at(2));
    QCOMPARE(sent, QByteArray(1, '\0') + User.toUtf8() + QByteArray(1, '\0') + longSecret);
}

void TestSmtpSession::code421AtEveryStageClosesAndKeepsRecipients_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("acceptedRecipients");
    const QString closing = QStringLiteral("S: 421 4.3.2 Service shutting down");
    const QStringList start = banner() + ehlo({QStringLiteral("AUTH PLAIN")});
    const QStringList auth = authScript(AuthMechanism::Plain);
    const QStringList mail {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                            QStringLiteral("S: 250 OK")};
    const QStringList rcpt {QStringLiteral("C: RCPT TO:<b@example.com>"),
                            QStringLiteral("S: 250 OK")};
    QTest::newRow("banner") << QStringList {closing} << Stage::Banner << 0;
    QTest::newRow("ehlo") << banner() + QStringList {QStringLiteral("C: EHLO client.test"), closing}
                          << Stage::Ehlo << 0;
    QTest::newRow("auth") << start + QStringList {QStringLiteral("C: AUTH PLAIN *"), closing}
                          << Stage::Auth << 0;
    QTest::newRow("mail") << start + auth
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"), closing}
                          << Stage::MailFrom << 0;
    QTest::newRow("rcpt") << start + auth + mail + rcpt
            + QStringList {QStringLiteral("C: RCPT TO:<c@example.com>"), closing}
                          << Stage::RcptTo << 1;
    QTest::newRow("data") << start + auth + mail + rcpt
            + QStringList {QStringLiteral("C: RCPT TO:<c@example.com>"),
                           QStringLiteral("S: 250 OK"), QStringLiteral("C: DATA"), closing}
                          << Stage::Data << 2;
    QTest::newRow("after dot") << start + auth + mail + rcpt
            + QStringList {QStringLiteral("C: RCPT TO:<c@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("D:"),
                           closing}
                               << Stage::Data << 2;
}

void TestSmtpSession::code421AtEveryStageClosesAndKeepsRecipients()
{
    QFETCH(QStringList, script);
    QFETCH(Stage, stage);
    QFETCH(int, acceptedRecipients);
    auto fake = server(script + QStringList {QStringLiteral("W: 300")}, Security::ImplicitTls);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::ImplicitTls),
                   {QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
    session.setCredentials({User, Password});
    QVERIFY(runToEnd(session));
    settle();
    const SessionResult &result = session.result();
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.kind, FailureKind::Reply);
    QCOMPARE(result.failure.reply->code, 421);
    QCOMPARE(result.failure.stage, stage);
    QCOMPARE(result.messagesAccepted, 0);
    QCOMPARE(int(std::count_if(result.recipients.cbegin(), result.recipients.cend(),
                               [](const RecipientResult &r) { return r.accepted; })),
             acceptedRecipients);
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
}

void TestSmtpSession::lineBreakInAddressRejectedBeforeSending()
{
    QStringList script = banner();
    script << ehlo({}) << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    session.setEnvelope({QStringLiteral("a@example.com>\r\nRCPT TO:<victim@example.com"),
                         {QStringLiteral("b@example.com")},
                         false});
    QVERIFY(runToEnd(session));
    settle();
    QCOMPARE(session.result().failure.kind, FailureKind::InvalidInput);
    QVERIFY(!fake->allReceivedBytes().contains("MAIL"));
    QVERIFY(!fake->allReceivedBytes().contains("victim"));
}

void TestSmtpSession::dataIsDotStuffedAndEndsOnce()
{
    auto fake = server(banner() + ehlo({}) + deliver(), Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    session.setMessageFactory([] {
        return std::make_unique<BufferSource>(
            ".first\r\nbare\nlf and bare\rcr\r\n.\r\n..two\r\nend");
    });
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok, qPrintable(fake->describeState()));
    QCOMPARE(fake->receivedData(),
             QByteArray("..first\r\nbare\r\nlf and bare\r\ncr\r\n..\r\n...two\r\nend\r\n.\r\n"));
}

void TestSmtpSession::sizeLimitStopsBeforeData()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("SIZE 20")}) << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    settle();
    QCOMPARE(session.result().failure.kind, FailureKind::MessageTooLarge);
    QVERIFY(!fake->allReceivedBytes().contains("MAIL"));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
}

void TestSmtpSession::sizeLimitInPipelinedBurstStopsBeforeTheLargeMessage()
{
    // The second message is over the limit: nothing of it goes out behind the first dot, the
    // first still counts as accepted, and the session ends with QUIT.
    const QByteArray large = TestMessageBytes + QByteArray(2000, 'x') + "\r\n";
    QStringList script = banner();
    script << ehlo({QStringLiteral("PIPELINING"), QStringLiteral("SIZE 1000")})
           << QStringLiteral("C: MAIL FROM:<a@example.com> SIZE=*")
           << QStringLiteral("C: RCPT TO:<b@example.com>") << QStringLiteral("C: DATA")
           << QStringLiteral("S: 250 OK") << QStringLiteral("S: 250 OK")
           << QStringLiteral("S: 354 go") << QStringLiteral("D:")
           << QStringLiteral("S: 250 2.0.0 queued") << QStringLiteral("C: QUIT")
           << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    int made = 0;
    session.setMessageFactory(
        [&made, large] {
            return std::make_unique<BufferSource>(made++ == 0 ? TestMessageBytes : large);
        },
        2);
    QVERIFY(runToEnd(session));
    settle();
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    const SessionResult &result = session.result();
    QCOMPARE(result.messagesAccepted, 1);
    QCOMPARE(result.failure.kind, FailureKind::MessageTooLarge);
    QCOMPARE(made, 2); // opened once, not again for the refusal
    QCOMPARE(fake->allReceivedBytes().count("MAIL FROM"), 1);
}

void TestSmtpSession::malformedReplies_data()
{
    QTest::addColumn<QString>("bannerStep");
    QTest::newRow("mixed codes") << QStringLiteral("S: 220-fake\\r\\n250 ready");
    QTest::newRow("bad first digit") << QStringLiteral("S: 620 ready");
    QTest::newRow("non-digits") << QStringLiteral("S: 2x0 ready");
    QTest::newRow("short line") << QStringLiteral("S: 22");
    QTest::newRow("binary") << QStringLiteral("R: \x16\x03\x01\\r\\n");
}

void TestSmtpSession::malformedReplies()
{
    QFETCH(QString, bannerStep);
    auto fake = server({bannerStep, QStringLiteral("W: 500")}, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::ProtocolError);
    QCOMPARE(session.result().failure.stage, Stage::Banner);
}

void TestSmtpSession::overLongReplyLine()
{
    auto fake = server({QStringLiteral("S: 220 ") + QString(8000, u'a'), QStringLiteral("W: 500")},
                       Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::ProtocolError);
}

void TestSmtpSession::endlessContinuation()
{
    QStringList script;
    for (int i = 0; i < 500; ++i)
        script << QStringLiteral("S: 220-more and more");
    script << QStringLiteral("W: 500");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::ProtocolError);
}

void TestSmtpSession::bytesWithoutLineEnd()
{
    auto fake = server({QStringLiteral("R: ") + QString(20000, u'x'), QStringLiteral("W: 500")},
                       Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::ProtocolError);
    QVERIFY(!session.result().failure.unexpectedBytes.isEmpty());
}

void TestSmtpSession::trickledBytesAreAssembled()
{
    QStringList script;
    for (const char c : QByteArray("220 trickle.test ready"))
        script << QStringLiteral("R: ") + QLatin1Char(c) << QStringLiteral("W: 5");
    script << QStringLiteral("R: \\r\\n") << ehlo({}) << deliver();
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    QVERIFY2(session.result().ok,
             qPrintable(fake->describeState() + session.result().failure.detail));
}

void TestSmtpSession::timeoutAtEveryStage_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<Stage>("stage");
    const QStringList start = banner() + ehlo({});
    QTest::newRow("banner") << QStringList {QStringLiteral("H")} << Stage::Banner;
    QTest::newRow("ehlo") << banner()
            + QStringList {QStringLiteral("C: EHLO client.test"), QStringLiteral("H")}
                          << Stage::Ehlo;
    QTest::newRow("mail") << start
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"), QStringLiteral("H")}
                          << Stage::MailFrom;
    QTest::newRow("rcpt") << start
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: RCPT TO:<b@example.com>"), QStringLiteral("H")}
                          << Stage::RcptTo;
    QTest::newRow("data") << start
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: RCPT TO:<b@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("H")}
                          << Stage::Data;
    QTest::newRow("final dot") << start
            + QStringList {QStringLiteral("C: MAIL FROM:<a@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: RCPT TO:<b@example.com>"),
                           QStringLiteral("S: 250 OK"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("D:"),
                           QStringLiteral("W: 2000")}
                               << Stage::Data;
}

void TestSmtpSession::timeoutAtEveryStage()
{
    QFETCH(QStringList, script);
    QFETCH(Stage, stage);
    auto fake = server(script, Security::None);
    SmtpSession session;
    ServerSettings settings = settingsFor(*fake, Security::None);
    settings.timeouts.capAll(300ms);
    prepareSession(session, settings);
    QVERIFY(runToEnd(session));
    QCOMPARE(session.result().failure.kind, FailureKind::Timeout);
    QCOMPARE(session.result().failure.stage, stage);
    QCOMPARE(session.result().messagesAccepted, 0);
    settle();
    // Never sent twice: a timeout at the final dot must not cause a duplicate.
    QVERIFY(fake->allReceivedBytes().count("Subject: test") <= 1);
}

void TestSmtpSession::resetDuringDataIsNeverReportedAsSent()
{
    QStringList script = banner();
    script << ehlo({}) << QStringLiteral("C: MAIL FROM:<a@example.com>")
           << QStringLiteral("S: 250 OK") << QStringLiteral("C: RCPT TO:<b@example.com>")
           << QStringLiteral("S: 250 OK") << QStringLiteral("C: DATA")
           << QStringLiteral("S: 354 go") << QStringLiteral("X");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    const QByteArray big = TestMessageBytes + QByteArray(4 * 1024 * 1024, 'x');
    session.setMessageFactory([big] { return std::make_unique<BufferSource>(big); });
    QVERIFY(runToEnd(session));
    QVERIFY(!session.result().ok);
    QCOMPARE(session.result().failure.stage, Stage::Data);
    QVERIFY(session.result().failure.kind == FailureKind::ConnectionLost
            || session.result().failure.kind == FailureKind::NetworkError);
    QCOMPARE(session.result().messagesAccepted, 0);
}

void TestSmtpSession::closeAfterPipelinedDotAndQuitIsNeverReportedAsSent()
{
    QStringList script = banner();
    script << ehlo({QStringLiteral("PIPELINING")}) << QStringLiteral("C: MAIL FROM:<a@example.com>")
           << QStringLiteral("C: RCPT TO:<b@example.com>") << QStringLiteral("C: DATA")
           << QStringLiteral("S: 250 OK") << QStringLiteral("S: 250 OK")
           << QStringLiteral("S: 354 go") << QStringLiteral("D:") << QStringLiteral("C: QUIT")
           << QStringLiteral("X");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    QVERIFY(runToEnd(session));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
    QVERIFY(!session.result().ok);
    QCOMPARE(session.result().failure.kind, FailureKind::ConnectionLost);
    QCOMPARE(session.result().failure.stage, Stage::Data);
    QCOMPARE(session.result().messagesAccepted, 0);
}

void TestSmtpSession::stepModeHoldsEveryCommandUntilStep()
{
    // Even with PIPELINING offered, step mode sends one command per step() and nothing before.
    QStringList script = banner();
    script << ehlo({QStringLiteral("PIPELINING")}) << QStringLiteral("C: MAIL FROM:<a@example.com>")
           << QStringLiteral("S: 250 OK") << QStringLiteral("C: RCPT TO:<b@example.com>")
           << QStringLiteral("S: 250 OK") << QStringLiteral("C: DATA")
           << QStringLiteral("S: 354 go") << QStringLiteral("D:") << QStringLiteral("S: 250 queued")
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye");
    auto fake = server(script, Security::None);
    SmtpSession session;
    prepareSession(session, settingsFor(*fake, Security::None));
    session.setStepMode(true);
    QSignalSpy held(&session, &SmtpSession::commandHeld);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    QStringList steps;
    while (finished.isEmpty() && steps.size() < 20) {
        QVERIFY(held.wait(5000));
        QVERIFY(session.isHeld());
        steps.append(held.takeFirst().at(0).toString());
        const qsizetype sentBefore = fake->allReceivedBytes().size();
        QTest::qWait(50);
        QCOMPARE(fake->allReceivedBytes().size(), sentBefore); // nothing goes out on its own
        session.step();
        if (steps.last() == QLatin1String("QUIT"))
            QVERIFY(finished.wait(5000));
    }
    QCOMPARE(steps,
             QStringList({QStringLiteral("EHLO client.test"),
                          QStringLiteral("MAIL FROM:<a@example.com>"),
                          QStringLiteral("RCPT TO:<b@example.com>"), QStringLiteral("DATA"),
                          QStringLiteral("<message>"), QStringLiteral("QUIT")}));
    QVERIFY2(session.result().ok, qPrintable(fake->describeState()));
    QVERIFY2(fake->scriptDone(), qPrintable(fake->describeState()));
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
