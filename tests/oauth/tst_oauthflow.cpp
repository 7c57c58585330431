// SPDX-License-Identifier: GPL-3.0-or-later
// OAuthSignIn, OAuthRefresh and OAuthAccess driven for real: QtNetworkAuth's flow, our PKCE and
// state handling and the loopback listener, against tests/peers/fake_oauth_server.py (which
// enforces RFC 6749 and RFC 7636 like Google's and Microsoft's endpoints), with a test-driven
// "browser". Then the issued token signs in to the practice server through our SMTP engine.
#include "fakeauthserver.h"
#include "secretscan.h"

#include "credentials/memorycredentialstore.h"
#include "imap/imapsession.h"
#include "imap/readbacksetup.h"
#include "message/address.h"
#include "message/testmessage.h"
#include "oauth/oauthaccess.h"
#include "oauth/oauthconfig.h"
#include "oauth/oauthrefresh.h"
#include "oauth/oauthsignin.h"
#include "practice/practiceserver.h"
#include "profiles/profile.h"
#include "providers/providercatalog.h"
#include "smtp/memorystream.h"
#include "smtp/sessionsetup.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Sendcheck;
using namespace std::chrono_literals;
using TestSupport::FakeAuthServer;
using TestSupport::FakeAuthServerOptions;

namespace {

const QString clientId = QStringLiteral("sendcheck-tests.apps.example.test");
const QString account = QStringLiteral("owner@example.test");
const QStringList scopes {QStringLiteral("https://mail.google.com/"), QStringLiteral("openid"),
                          QStringLiteral("email")};

OAuthConfig configFor(const FakeAuthServer &server)
{
    OAuthConfig config;
    config.signInName = QStringLiteral("Test provider");
    config.authorizationUrl = server.authorizeUrl();
    config.tokenUrl = server.tokenUrl();
    config.scopes = scopes;
    config.authorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")}};
    config.clientId = clientId;
    config.loginHint = account;
    return config;
}

// The fake provider's settings: its signed-in account, plus `adjust` for one test's needs.
FakeAuthServerOptions serverOptions(const std::function<void(FakeAuthServerOptions &)> &adjust = {})
{
    FakeAuthServerOptions options;
    options.account = account;
    if (adjust)
        adjust(options);
    return options;
}

Profile oauthProfile()
{
    Profile profile = Profile::create(QStringLiteral("Work mail"));
    profile.signIn = Profile::SignIn::OAuth;
    profile.userName = account;
    profile.oauthClientId = clientId;
    return profile;
}

// A plain GET, as a browser's extra requests (the favicon) or another local program would.
int httpGet(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(6000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

// Whether anything still accepts connections at `url`'s host and port.
bool listening(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(2000);
}

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

private:
    // Runs a sign-in; `browse` plays the user at the authorization URL. Returns the outcome.
    OAuthOutcome signIn(OAuthSignIn &flow, const std::function<void(const QUrl &)> &browse,
                        int timeoutMs = 30000)
    {
        QSignalSpy ready(&flow, &OAuthSignIn::authorizationUrlReady);
        QSignalSpy finished(&flow, &OAuthSignIn::finished);
        flow.start();
        if (ready.isEmpty() && finished.isEmpty())
            [&] { QVERIFY(ready.wait(10000) || !finished.isEmpty()); }();
        if (!ready.isEmpty())
            browse(ready.first().first().toUrl());
        if (finished.isEmpty())
            [&] { QVERIFY(finished.wait(timeoutMs)); }();
        if (finished.isEmpty())
            return OAuthOutcome::failure(OAuthOutcome::Status::TimedOut, QStringLiteral("test"));
        [&] { QCOMPARE(finished.size(), 1); }();
        return finished.first().first().value<OAuthOutcome>();
    }

    OAuthOutcome signInThroughBrowser(FakeAuthServer &server, OAuthSignIn &flow)
    {
        return signIn(flow, [&](const QUrl &url) {
            const TestSupport::BrowserVisit visit = server.visit(url);
            QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
        });
    }

    static OAuthOutcome waitFor(const std::function<void(OAuthAccess::Callback)> &call)
    {
        std::optional<OAuthOutcome> result;
        call([&](const OAuthOutcome &outcome) { result = outcome; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 40000); }();
        return result.value_or(OAuthOutcome::failure(OAuthOutcome::Status::TimedOut, {}));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<OAuthOutcome>(); }

    void signInWithPkceAndLoopbackRedirect()
    {
        FakeAuthServer server(clientId, serverOptions([](auto &o) { o.scope = scopes.first(); }));
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthSignIn flow(configFor(server));
        QUrl authorizationUrl;
        TestSupport::BrowserVisit visit;
        const OAuthOutcome outcome = signIn(flow, [&](const QUrl &url) {
            authorizationUrl = url;
            // The listener is up before the browser is sent anywhere, on 127.0.0.1 only.
            QCOMPARE(flow.redirectUri().host(), QStringLiteral("127.0.0.1"));
            visit = server.visit(url);
        });
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(outcome.tokens.accessToken.startsWith("fake-at-"));
        QVERIFY(outcome.tokens.refreshToken.startsWith("fake-rt-"));
        QCOMPARE(outcome.tokens.account, account); // from the ID token
        QVERIFY(outcome.tokens.grantedScopes.contains(scopes.first()));
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(outcome.tokens.expiresAt);
        QVERIFY2(lifetime > 3500 && lifetime <= 3600, qPrintable(QString::number(lifetime)));

        // The browser ended on our listener's page.
        QCOMPARE(visit.finalHttpStatus, 200);
        QCOMPARE(visit.finalUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(visit.body.contains("return to Sendcheck"));
        QVERIFY(!listening(flow.redirectUri())); // closed once done

        // What went over the wire: PKCE S256, a strong state, our extra parameters, and no
        // client secret from a public client.
        const QUrlQuery query(authorizationUrl);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 32);
        QCOMPARE(query.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(query.queryItemValue(QStringLiteral("login_hint")), account);
        const QJsonObject state = server.state();
        const QJsonArray tokenRequests = state.value(QStringLiteral("token_requests")).toArray();
        QCOMPARE(tokenRequests.size(), 1);
        const QJsonObject exchange = tokenRequests.first().toObject();
        QCOMPARE(exchange.value(QStringLiteral("grant_type")).toString(),
                 QStringLiteral("authorization_code"));
        QVERIFY(exchange.value(QStringLiteral("had_code_verifier")).toBool());
        QVERIFY(!exchange.value(QStringLiteral("had_client_secret")).toBool());
        QCOMPARE(state.value(QStringLiteral("access_tokens")).toArray().first().toString(),
                 QString::fromLatin1(outcome.tokens.accessToken));
    }

    // Browsers fetch /favicon.ico from the page they were sent to, and any local program can
    // call the listener: neither may end or hijack the sign-in.
    void strayRequestsToTheListenerChangeNothing()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthSignIn flow(configFor(server));
        const OAuthOutcome outcome = signIn(flow, [&](const QUrl &url) {
            const QUrl listener = flow.redirectUri();
            QCOMPARE(httpGet(listener.resolved(QUrl(QStringLiteral("/favicon.ico")))), 200);
            QCOMPARE(httpGet(listener), 200);
            QVERIFY(flow.isRunning());
            const TestSupport::BrowserVisit visit = server.visit(url);
            QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
            httpGet(listener.resolved(QUrl(QStringLiteral("/favicon.ico"))));
        });
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    }

    // Qt before 6.9 would send '+' unescaped (read as a space) and take '%' as an escape.
    void plusAndPercentSurviveTheWire()
    {
        const QString secret = QStringLiteral("GOCSPX-pl+us/and%41percent");
        FakeAuthServer server(clientId, serverOptions([&](auto &o) { o.clientSecret = secret; }));
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthConfig config = configFor(server);
        config.loginHint = QStringLiteral("owner+tag@example.test");
        OAuthSignIn flow(config);
        flow.setClientSecret(secret.toUtf8());
        const OAuthOutcome outcome = signInThroughBrowser(server, flow);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        const QJsonObject authorize = server.state()
                                          .value(QStringLiteral("authorize_requests"))
                                          .toArray()
                                          .first()
                                          .toObject();
        QCOMPARE(authorize.value(QStringLiteral("extra"))
                     .toObject()
                     .value(QStringLiteral("login_hint"))
                     .toString(),
                 config.loginHint);

        // The refresh presents the secret again.
        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        OAuthTokens expiring = outcome.tokens;
        expiring.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(waitFor([&](auto done) { access.save(profile, expiring, this, done); }).ok());
        const OAuthOutcome renewed
            = waitFor([&](auto done) { access.usableTokens(profile, config, this, done); });
        QVERIFY2(renewed.ok(), qPrintable(renewed.message));
    }

    // Tokens belong to the provider and app registration that issued them.
    void tokensAreNeverSentToAnotherProvider()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthSignIn flow(configFor(server));
        OAuthOutcome signedIn = signInThroughBrowser(server, flow);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
        signedIn.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);

        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        QVERIFY(
            waitFor([&](auto done) { access.save(profile, signedIn.tokens, this, done); }).ok());
        OAuthConfig otherApp = configFor(server);
        otherApp.clientId = QStringLiteral("another-app");
        OAuthConfig otherProvider = configFor(server);
        otherProvider.tokenUrl = server.baseUrl().resolved(QUrl(QStringLiteral("/other/token")));
        for (const OAuthConfig &config : {otherApp, otherProvider}) {
            const OAuthOutcome usable
                = waitFor([&](auto done) { access.usableTokens(profile, config, this, done); });
            QCOMPARE(usable.status, OAuthOutcome::Status::NotSignedIn);
            QVERIFY(usable.tokens.accessToken.isEmpty());
            QVERIFY2(usable.message.contains(QStringLiteral("another provider")),
                     qPrintable(usable.message));
        }
        // Not even a renewal was tried with them.
        QCOMPARE(server.state().value(QStringLiteral("token_requests")).toArray().size(), 1);
    }

    void clientSecretIsSentWhenTheRegistrationHasOne()
    {
        FakeAuthServer server(clientId, serverOptions([](auto &o) {
                                  o.clientSecret = QStringLiteral("GOCSPX-planted-secret-91");
                              }));
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        {
            OAuthSignIn flow(configFor(server));
            const OAuthOutcome outcome = signInThroughBrowser(server, flow);
            QCOMPARE(outcome.status, OAuthOutcome::Status::ProviderError);
            QCOMPARE(outcome.errorCode, QStringLiteral("invalid_client"));
            QVERIFY2(outcome.message.contains(QStringLiteral("client id")),
                     qPrintable(outcome.message));
        }
        OAuthSignIn flow(configFor(server));
        flow.setClientSecret("GOCSPX-planted-secret-91");
        const OAuthOutcome outcome = signInThroughBrowser(server, flow);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.tokens.clientSecret, QByteArray("GOCSPX-planted-secret-91"));
    }

    void refusalsAndFailuresEndTheSignIn_data()
    {
        QTest::addColumn<QString>("authorizeMode");
        QTest::addColumn<QString>("tokenMode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("wording");
        using S = OAuthOutcome::Status;
        QTest::newRow("user says no") << "deny"
                                      << "ok" << int(S::Denied) << "access_denied"
                                      << "did not allow";
        QTest::newRow("code refused") << "approve"
                                      << "invalid_grant" << int(S::ProviderError) << "invalid_grant"
                                      << "Sign in again";
        QTest::newRow("token service fails")
            << "approve"
            << "server_error" << int(S::ProviderError) << "server_error"
            << "problem of its own";
        QTest::newRow("not a token answer") << "approve"
                                            << "not-json" << int(S::BadResponse) << ""
                                            << "not with a token";
    }

    void refusalsAndFailuresEndTheSignIn()
    {
        QFETCH(QString, authorizeMode);
        QFETCH(QString, tokenMode);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        QFETCH(QString, wording);
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        QVERIFY(server.setAuthorizeMode(authorizeMode));
        QVERIFY(server.setTokenMode(tokenMode));
        OAuthSignIn flow(configFor(server));
        const OAuthOutcome outcome = signInThroughBrowser(server, flow);
        QCOMPARE(int(outcome.status), status);
        QCOMPARE(outcome.errorCode, errorCode);
        QVERIFY2(outcome.message.contains(wording), qPrintable(outcome.message));
        QVERIFY(outcome.tokens.accessToken.isEmpty());
        QVERIFY(!flow.isRunning());
        QVERIFY(!listening(flow.redirectUri()));
    }

    // An answer with another sign-in's state (a stray tab, or another program on this computer
    // that knows the port) is not this sign-in's: it is ignored, uses no code, and the sign-in
    // keeps waiting for its own answer, which still works.
    void answerForAnotherSignInIsIgnored()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        QVERIFY(server.setAuthorizeMode(QStringLiteral("wrong-state")));
        OAuthSignIn flow(configFor(server));
        bool stillRunningAfterWrongAnswer = false;
        const OAuthOutcome outcome = signIn(flow, [&](const QUrl &url) {
            TestSupport::BrowserVisit visit = server.visit(url);
            QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
            QTest::qWait(300); // time for the listener to see it and (wrongly) act on it
            stillRunningAfterWrongAnswer = flow.isRunning();
            QVERIFY(server.state().value(QStringLiteral("token_requests")).toArray().isEmpty());
            QVERIFY(server.setAuthorizeMode(QStringLiteral("approve")));
            visit = server.visit(url);
            QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
        });
        QVERIFY(stillRunningAfterWrongAnswer);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(!outcome.tokens.accessToken.isEmpty());
        QCOMPARE(server.state().value(QStringLiteral("token_requests")).toArray().size(), 1);
        QVERIFY(!listening(flow.redirectUri()));
    }

    void noAnswerTimesOutAndCancelStops()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        QVERIFY(server.setAuthorizeMode(QStringLiteral("no-redirect")));
        {
            OAuthSignIn flow(configFor(server));
            flow.setTimeout(1500ms);
            const OAuthOutcome outcome
                = signInThroughBrowser(server, flow); // the page never sends the browser back
            QCOMPARE(outcome.status, OAuthOutcome::Status::TimedOut);
            QVERIFY(!listening(flow.redirectUri()));
        }
        OAuthSignIn flow(configFor(server));
        const OAuthOutcome outcome = signIn(flow, [&](const QUrl &) { flow.cancel(); });
        QCOMPARE(outcome.status, OAuthOutcome::Status::Cancelled);
        QVERIFY(!listening(flow.redirectUri()));
    }

    void slowTokenServiceTimesOut()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        QVERIFY(server.setTokenMode(QStringLiteral("slow")));
        OAuthSignIn flow(configFor(server));
        flow.setTimeout(3s);
        const OAuthOutcome outcome = signInThroughBrowser(server, flow);
        QCOMPARE(outcome.status, OAuthOutcome::Status::TimedOut);
    }

    void refreshWithoutARefreshTokenEndsOnceFromTheEventLoop()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthTokens tokens;
        tokens.accessToken = "fake-at-old";
        OAuthRefresh refresh(configFor(server), tokens);
        QSignalSpy finished(&refresh, &OAuthRefresh::finished);
        refresh.start();
        QCOMPARE(finished.count(), 0); // never from inside start()
        QVERIFY(finished.wait(5000));
        QVERIFY(!refresh.isRunning());
        const auto outcome = finished.at(0).at(0).value<OAuthOutcome>();
        QCOMPARE(outcome.status, OAuthOutcome::Status::SignInExpired);
        QVERIFY2(outcome.message.contains(QStringLiteral("no way to renew it")),
                 qPrintable(outcome.message));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        // Nothing was asked of the provider.
        QVERIFY(server.state().value(QStringLiteral("token_requests")).toArray().isEmpty());
    }

    void accessRenewsAnExpiredTokenAndSavesItBack()
    {
        FakeAuthServer server(clientId,
                              serverOptions([](auto &o) { o.rotateRefreshTokens = true; }));
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthSignIn flow(configFor(server));
        const OAuthOutcome signedIn = signInThroughBrowser(server, flow);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));

        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        QVERIFY(
            waitFor([&](auto done) { access.save(profile, signedIn.tokens, this, done); }).ok());

        // Still valid: used as saved, the provider is not asked.
        OAuthOutcome usable = waitFor(
            [&](auto done) { access.usableTokens(profile, configFor(server), this, done); });
        QVERIFY2(usable.ok(), qPrintable(usable.message));
        QCOMPARE(usable.tokens.accessToken, signedIn.tokens.accessToken);
        QCOMPARE(server.state().value(QStringLiteral("token_requests")).toArray().size(), 1);

        // Expiring within the minute: renewed, and the rotated refresh token saved.
        OAuthTokens expiring = signedIn.tokens;
        expiring.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);
        QVERIFY(waitFor([&](auto done) { access.save(profile, expiring, this, done); }).ok());
        usable = waitFor(
            [&](auto done) { access.usableTokens(profile, configFor(server), this, done); });
        QVERIFY2(usable.ok(), qPrintable(usable.message));
        QVERIFY(usable.tokens.accessToken != signedIn.tokens.accessToken);
        QVERIFY(usable.tokens.refreshToken != signedIn.tokens.refreshToken);
        QCOMPARE(usable.tokens.account, account); // carried over: a refresh has no ID token
        const QJsonArray requests
            = server.state().value(QStringLiteral("token_requests")).toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject refresh = requests.last().toObject();
        QCOMPARE(refresh.value(QStringLiteral("grant_type")).toString(),
                 QStringLiteral("refresh_token"));
        QVERIFY(!refresh.value(QStringLiteral("had_client_secret")).toBool());

        const OAuthOutcome saved = waitFor([&](auto done) { access.saved(profile, this, done); });
        QCOMPARE(saved.tokens.accessToken, usable.tokens.accessToken);
        QCOMPARE(saved.tokens.refreshToken, usable.tokens.refreshToken);
    }

    // A sign-in saved while a renewal is on its way is newer: the renewal must not overwrite it.
    void aSignInDuringARenewalWins()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthSignIn flow(configFor(server));
        OAuthOutcome signedIn = signInThroughBrowser(server, flow);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));

        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        OAuthTokens expired = signedIn.tokens;
        expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(waitFor([&](auto done) { access.save(profile, expired, this, done); }).ok());

        OAuthTokens newer = signedIn.tokens;
        newer.accessToken = "fake-at-newer-sign-in";
        newer.refreshToken = "fake-rt-newer-sign-in";
        const OAuthOutcome usable = waitFor([&](auto done) {
            access.usableTokens(profile, configFor(server), this, done);
            // Queued behind the renewal's keychain read: lands while the provider is asked.
            access.save(profile, newer, this, [](const OAuthOutcome &) {});
        });
        QVERIFY2(usable.ok(), qPrintable(usable.message));
        QVERIFY(usable.tokens.accessToken.startsWith("fake-at-")); // renewed, used this once
        QVERIFY(usable.tokens.accessToken != signedIn.tokens.accessToken);
        const OAuthOutcome saved = waitFor([&](auto done) { access.saved(profile, this, done); });
        QCOMPARE(saved.tokens.refreshToken, newer.refreshToken);
        QCOMPARE(saved.tokens.accessToken, newer.accessToken);
    }

    void revokedSignInSaysSignInAgainAndKeepsTheEntry()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthSignIn flow(configFor(server));
        OAuthOutcome signedIn = signInThroughBrowser(server, flow);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
        QVERIFY(server.revokeRefreshTokens());

        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        signedIn.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
        QVERIFY(
            waitFor([&](auto done) { access.save(profile, signedIn.tokens, this, done); }).ok());
        const OAuthOutcome usable = waitFor(
            [&](auto done) { access.usableTokens(profile, configFor(server), this, done); });
        QCOMPARE(usable.status, OAuthOutcome::Status::SignInExpired);
        QCOMPARE(usable.errorCode, QStringLiteral("invalid_grant"));
        QVERIFY2(usable.message.contains(QStringLiteral("Sign in again")),
                 qPrintable(usable.message));
        const OAuthOutcome saved = waitFor([&](auto done) { access.saved(profile, this, done); });
        QCOMPARE(saved.tokens.refreshToken, signedIn.tokens.refreshToken); // nothing lost
    }

    void unreachableTokenServiceIsANetworkError()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        const OAuthConfig config = configFor(server);
        QVERIFY(server.stop());

        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        OAuthTokens expired;
        expired.accessToken = "fake-at-old";
        expired.refreshToken = "fake-rt-old";
        expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        expired.markIssuedFor(config);
        QVERIFY(waitFor([&](auto done) { access.save(profile, expired, this, done); }).ok());
        const OAuthOutcome usable
            = waitFor([&](auto done) { access.usableTokens(profile, config, this, done); });
        QCOMPARE(usable.status, OAuthOutcome::Status::NetworkError);
        QVERIFY2(usable.message.contains(QStringLiteral("could not be reached")),
                 qPrintable(usable.message));
    }

    void nothingSavedOrAKeychainProblemIsSaidSo()
    {
        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        OAuthOutcome outcome
            = waitFor([&](auto done) { access.usableTokens(profile, OAuthConfig(), this, done); });
        QCOMPARE(outcome.status, OAuthOutcome::Status::NotSignedIn);
        QVERIFY(outcome.message.contains(profile.name));

        store.writeOAuthTokens(profile.id, "{not what we wrote", this, [](const auto &) {});
        outcome
            = waitFor([&](auto done) { access.usableTokens(profile, OAuthConfig(), this, done); });
        QCOMPARE(outcome.status, OAuthOutcome::Status::NotSignedIn);
        QVERIFY(outcome.message.contains(QStringLiteral("damaged")));

        store.simulateFailure(CredentialResult::Status::Unavailable);
        OAuthTokens tokens;
        tokens.accessToken = "fake-at-x";
        outcome = waitFor([&](auto done) { access.save(profile, tokens, this, done); });
        QCOMPARE(outcome.status, OAuthOutcome::Status::KeychainError);
    }

    // Microsoft 365 with read-back on: the sign-in asks for the IMAP scope beside SMTP.Send (the
    // fake provider refuses a sign-in without it), and the IMAP login sends the issued token in
    // an XOAUTH2 line that a scripted IMAP server takes apart and checks.
    void readBackSignInAsksForTheImapScopeAndLogsInWithXOAuth2()
    {
        const QString smtpScope = QStringLiteral("https://outlook.office.com/SMTP.Send");
        const QString imapScope
            = QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All");
        FakeAuthServer server(clientId, serverOptions([&](auto &o) {
                                  o.scope = smtpScope + QLatin1Char(' ') + imapScope;
                              }));
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        const Provider *microsoft
            = ProviderCatalog::builtIn().find(QStringLiteral("microsoft-365"));
        QVERIFY(microsoft);
        Profile profile = oauthProfile();
        profile.presetId = QStringLiteral("microsoft-365");
        profile.host = QStringLiteral("smtp.office365.com");
        const auto configFrom = [&](const Profile &p) {
            QString error;
            std::optional<OAuthConfig> config = OAuthConfig::forProfile(p, microsoft, &error);
            [&] { QVERIFY2(config, qPrintable(error)); }();
            // The preset's scopes, the fake provider's addresses.
            config->authorizationUrl = server.authorizeUrl();
            config->tokenUrl = server.tokenUrl();
            config->redirectHost = QStringLiteral("127.0.0.1");
            return *config;
        };

        // Read-back off: only what sending needs is asked for, and this provider wants more.
        OAuthSignIn sendingOnly(configFrom(profile));
        const OAuthOutcome refused = signInThroughBrowser(server, sendingOnly);
        QVERIFY(!refused.ok());

        profile.imap.readBack = true;
        OAuthSignIn flow(configFrom(profile));
        const OAuthOutcome outcome = signInThroughBrowser(server, flow);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(outcome.tokens.grantedScopes.contains(imapScope));

        const Credentials credentials = OAuthAccess::credentialsFor(profile, outcome.tokens);
        QString error;
        std::optional<ServerSettings> settings = ReadBackSetup().settingsFor(
            profile, microsoft, credentials.kind, &error, credentials.grantedScopes);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->host, QStringLiteral("outlook.office365.com"));
        QCOMPARE(settings->mechanism, AuthMechanism::XOAuth2);

        // The mailbox, scripted: it accepts exactly the XOAUTH2 line for this user and token.
        const QByteArray expected = "user=" + account.toUtf8()
            + "\x01"
              "auth=Bearer "
            + outcome.tokens.accessToken + "\x01\x01";
        QByteArray authenticateLine;
        ImapSession session;
        auto stream = std::make_unique<MemoryStream>();
        MemoryStream *raw = stream.get();
        session.setStreamFactory(MemoryStream::factoryFor(std::move(stream)));
        session.setSettings(*settings);
        session.setSecret(ReadBackSetup::secretFrom(credentials));
        connect(raw, &MemoryStream::encrypted, this, [raw] {
            raw->serverWrite("* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR] Microsoft\r\n");
        });
        QByteArray pending;
        connect(raw, &MemoryStream::clientWrote, this, [&] {
            pending += raw->takeClientBytes();
            qsizetype end;
            while ((end = pending.indexOf("\r\n")) >= 0) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 2);
                const QList<QByteArray> words = line.split(' ');
                if (words.value(1) == "AUTHENTICATE" && words.value(2) == "XOAUTH2") {
                    authenticateLine = line;
                    const bool right = QByteArray::fromBase64(words.value(3)) == expected;
                    raw->serverWrite(words.value(0)
                                     + (right ? " OK [CAPABILITY IMAP4rev1] signed in\r\n"
                                              : " NO [AUTHENTICATIONFAILED] wrong\r\n"));
                } else if (words.value(1) == "LOGOUT") {
                    raw->serverWrite("* BYE\r\n" + words.value(0) + " OK bye\r\n");
                } else {
                    raw->serverWrite(words.value(0) + " BAD unexpected\r\n");
                }
            }
        });
        QSignalSpy ready(&session, &ImapSession::ready);
        QSignalSpy finished(&session, &ImapSession::finished);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !finished.isEmpty(); }, 10000));
        QVERIFY2(!ready.isEmpty(), qPrintable(session.failure().message));
        QVERIFY(!authenticateLine.isEmpty());
        session.logout();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        const QStringList leaks = TestSupport::findSecretLeaks(
            session.transcript()->toText().toUtf8(), account.toUtf8(), outcome.tokens.accessToken);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    // The whole way: sign in, send through the practice server with XOAUTH2, let the token
    // expire, send again with the renewed one. The practice server accepts only the token the
    // provider issued last, so the second send proves the renewal was used.
    void issuedTokenSignsInToThePracticeServer()
    {
        FakeAuthServer server(clientId, serverOptions());
        QVERIFY2(server.start(), qPrintable(server.failureReport()));
        OAuthSignIn flow(configFor(server));
        OAuthOutcome signedIn = signInThroughBrowser(server, flow);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));

        MemoryCredentialStore store;
        OAuthAccess access(&store);
        const Profile profile = oauthProfile();
        QVERIFY(
            waitFor([&](auto done) { access.save(profile, signedIn.tokens, this, done); }).ok());

        QTemporaryDir certificates;
        PracticeServer practice;
        practice.setCertificateDirectory(certificates.path());
        QVERIFY2(practice.start(), qPrintable(practice.errorString()));

        QList<QByteArray> transcripts;
        const auto sendOnce = [&](bool expectOk) {
            const OAuthOutcome usable = waitFor(
                [&](auto done) { access.usableTokens(profile, configFor(server), this, done); });
            QVERIFY2(usable.ok(), qPrintable(usable.message));
            const QJsonArray issued
                = server.state().value(QStringLiteral("access_tokens")).toArray();
            practice.setXOAuth2Token(issued.last().toString().toUtf8());
            practice.setTokenUser(account);

            ServerSettings settings;
            settings.host = QStringLiteral("localhost");
            settings.port = practice.smtpPort();
            settings.security = Security::StartTls;
            settings.caFile = practice.certificate().certificatePath();
            settings.timeouts.capAll(10s);
            SmtpSession session;
            session.setSettings(settings);
            session.setCredentials(OAuthAccess::credentialsFor(profile, usable.tokens));
            TestMessage message;
            message.setFrom(*Address::parse(account, nullptr));
            message.setTo({*Address::parse(QStringLiteral("friend@practice.test"), nullptr)});
            message.setSubject(QStringLiteral("OAuth"));
            message.setTextBody(QStringLiteral("Signed in with a token.\n"));
            QString error;
            QVERIFY2(prepareTestSend(session, message, 1, &error), qPrintable(error));
            QSignalSpy finished(&session, &SmtpSession::finished);
            session.start();
            QVERIFY(finished.wait(30000));
            const QString transcript = session.transcript()->toText();
            transcripts.append(transcript.toUtf8());
            QVERIFY2(session.result().ok == expectOk, qPrintable(transcript));
            QCOMPARE(session.result().authMechanism, AuthMechanism::XOAuth2);
        };
        sendOnce(true);

        signedIn.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        QVERIFY(
            waitFor([&](auto done) { access.save(profile, signedIn.tokens, this, done); }).ok());
        sendOnce(true);
        QCOMPARE(server.state().value(QStringLiteral("access_tokens")).toArray().size(), 2);

        // No token in any transcript, in any encoding.
        for (const QJsonValue &token :
             server.state().value(QStringLiteral("access_tokens")).toArray()) {
            for (const QByteArray &transcript : std::as_const(transcripts)) {
                const QStringList leaks = TestSupport::findSecretLeaks(transcript, account.toUtf8(),
                                                                       token.toString().toUtf8());
                QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
