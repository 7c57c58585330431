// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/saslclient.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Sendcheck;

static const QByteArray Secret = "s3cr\xc3\xa9t-pass";
static const QByteArray Token = "ya29.planted-token-7f3a";

static Capabilities offering(const QString &mechanisms)
{
    SmtpReply reply;
    reply.code = 250;
    reply.lines = {QStringLiteral("mx"), QStringLiteral("AUTH ") + mechanisms};
    return Capabilities::fromEhloReply(reply);
}

class TestSaslClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainUsesInitialResponse()
    {
        SaslClient client(AuthMechanism::Plain, {QStringLiteral("bob"), Secret});
        const SaslLine line = client.start();
        QCOMPARE(line.wire, "AUTH PLAIN " + (QByteArray("\0bob\0", 5) + Secret).toBase64());
        QVERIFY(!line.transcript.contains(QString::fromLatin1(line.wire.mid(11))));
        QVERIFY(line.transcript.contains(QStringLiteral("bob")));
    }
    void plainWithoutInitialResponseWhenTooLong()
    {
        const QByteArray longSecret(600, 'x');
        SaslClient client(AuthMechanism::Plain, {QStringLiteral("bob"), longSecret});
        QCOMPARE(client.start().wire, QByteArray("AUTH PLAIN"));
        const auto answer = client.respond("");
        QVERIFY(answer);
        QCOMPARE(QByteArray::fromBase64(answer->wire), QByteArray("\0bob\0", 5) + longSecret);
        QVERIFY(!answer->transcript.contains(QLatin1String("xxxx")));
    }
    void loginTwoSteps()
    {
        SaslClient client(AuthMechanism::Login, {QStringLiteral("bob"), Secret});
        QCOMPARE(client.start().wire, QByteArray("AUTH LOGIN"));
        const auto user = client.respond("VXNlcm5hbWU6");
        QVERIFY(user);
        QCOMPARE(user->wire, QByteArray("bob").toBase64());
        const auto pass = client.respond("UGFzc3dvcmQ6");
        QVERIFY(pass);
        QCOMPARE(pass->wire, Secret.toBase64());
        QVERIFY(!pass->transcript.contains(QString::fromLatin1(Secret.toBase64())));
        QVERIFY(!client.respond("UGFzc3dvcmQ6"));
    }
    void cramMd5Digest()
    {
        // RFC 2195's example: user tim, password tanstaaftanstaaf.
        SaslClient client(AuthMechanism::CramMd5, {QStringLiteral("tim"), "tanstaaftanstaaf"});
        QCOMPARE(client.start().wire, QByteArray("AUTH CRAM-MD5"));
        const auto answer
            = client.respond("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
        QVERIFY(answer);
        QCOMPARE(QByteArray::fromBase64(answer->wire),
                 QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    }
    void xoauth2ErrorChallengeGetsEmptyLine()
    {
        SaslClient client(
            AuthMechanism::XOAuth2,
            {QStringLiteral("bob@example.com"), "ya29.token", Credentials::Kind::OAuthToken});
        const SaslLine start = client.start();
        QCOMPARE(QByteArray::fromBase64(start.wire.mid(13)),
                 QByteArray("user=bob@example.com\x01"
                            "auth=Bearer ya29.token\x01\x01"));
        QVERIFY(!start.transcript.contains(QLatin1String("ya29")));
        const QByteArray error = QByteArray("{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":"
                                            "\"https://mail.google.com/\"}")
                                     .toBase64();
        const auto answer = client.respond(error);
        QVERIFY(answer);
        QVERIFY(answer->wire.isEmpty());
        QCOMPARE(SaslClient::describeChallenge(error),
                 QStringLiteral("{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"https://"
                                "mail.google.com/\"}"));
    }
    void badChallengeBase64IsAnError()
    {
        SaslClient client(AuthMechanism::Login, {QStringLiteral("bob"), Secret});
        (void)client.start();
        QVERIFY(!client.respond("!!!not base64!!!"));
        QVERIFY(!client.errorString().isEmpty());
    }
    void autoPrefersPlainOverTlsAndCramMd5WithoutIt()
    {
        const Credentials password {QStringLiteral("bob"), Secret};
        QCOMPARE(SaslClient::choose(AuthMechanism::Auto, password,
                                    offering(QStringLiteral("LOGIN CRAM-MD5 PLAIN")), true),
                 std::optional(AuthMechanism::Plain));
        QCOMPARE(SaslClient::choose(AuthMechanism::Auto, password,
                                    offering(QStringLiteral("LOGIN CRAM-MD5 PLAIN")), false),
                 std::optional(AuthMechanism::CramMd5));
        QCOMPARE(SaslClient::choose(AuthMechanism::Auto, password,
                                    offering(QStringLiteral("LOGIN")), true),
                 std::optional(AuthMechanism::Login));
        const Credentials token {QStringLiteral("bob"), "tok", Credentials::Kind::OAuthToken};
        QCOMPARE(SaslClient::choose(AuthMechanism::Auto, token,
                                    offering(QStringLiteral("LOGIN PLAIN XOAUTH2")), true),
                 std::optional(AuthMechanism::XOAuth2));
        QVERIFY(!SaslClient::choose(AuthMechanism::Auto, token,
                                    offering(QStringLiteral("LOGIN PLAIN")), true));
    }
    void oauthBearerInitialResponseEscapesTheUser()
    {
        SaslClient client(
            AuthMechanism::OAuthBearer,
            {QStringLiteral("a,b=c@example.com"), Token, Credentials::Kind::OAuthToken},
            QStringLiteral("smtp.example.com"), 587);
        const SaslLine start = client.start();
        QVERIFY(start.wire.startsWith("AUTH OAUTHBEARER "));
        QCOMPARE(QByteArray::fromBase64(start.wire.mid(17)),
                 QByteArray("n,a=a=2Cb=3Dc@example.com,\x01host=smtp.example.com\x01port=587\x01"
                            "auth=Bearer ya29.planted-token-7f3a\x01\x01"));
        QVERIFY(!start.transcript.contains(QLatin1String("planted")));
        QVERIFY(!start.transcript.contains(QString::fromLatin1(start.wire.mid(17))));
        QVERIFY(start.transcript.contains(QLatin1String("a,b=c@example.com")));
    }
    void oauthBearerTwoStepsWhenTheLineIsTooLong()
    {
        const QByteArray longToken = "ya29." + QByteArray(1500, 'T');
        SaslClient client(
            AuthMechanism::OAuthBearer,
            {QStringLiteral("bob@example.com"), longToken, Credentials::Kind::OAuthToken},
            QStringLiteral("smtp.example.com"), 465);
        const SaslLine start = client.start();
        QCOMPARE(start.wire, QByteArray("AUTH OAUTHBEARER"));
        const auto answer = client.respond("");
        QVERIFY(answer);
        QCOMPARE(QByteArray::fromBase64(answer->wire),
                 "n,a=bob@example.com,\x01host=smtp.example.com\x01port=465\x01"
                 "auth=Bearer "
                     + longToken + "\x01\x01");
        QVERIFY(!answer->transcript.contains(QLatin1String("TTTT")));
        QVERIFY(!client.serverError());
    }
    void oauthBearerErrorChallengeGetsAQ()
    {
        Credentials credentials {QStringLiteral("bob@example.com"), Token,
                                 Credentials::Kind::OAuthToken};
        credentials.signedInAccount = QStringLiteral("alice@example.com");
        SaslClient client(AuthMechanism::OAuthBearer, credentials, QStringLiteral("h"), 25);
        (void)client.start();
        const QByteArray error = QByteArray("{\"status\":\"invalid_request\",\"scope\":"
                                            "\"https://mail.google.com/\"}")
                                     .toBase64();
        const auto answer = client.respond(error);
        QVERIFY(answer);
        QCOMPARE(answer->wire, QByteArray("AQ=="));
        QCOMPARE(QByteArray::fromBase64(answer->wire), QByteArray("\x01"));
        QVERIFY(!answer->transcript.contains(QLatin1String("planted")));
        QVERIFY(client.serverError());
        QCOMPARE(client.serverError()->kind, OAuthServerError::Kind::WrongUserOrRequest);
        QVERIFY(client.serverError()->describe().contains(
            QLatin1String("signed in as alice@example.com but the user name is bob@example.com")));
    }
    void oauthErrorChallengeIsAnsweredOnlyOnce_data()
    {
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<int>("tokenLength"); // long: no initial response, the token at step 0
        QTest::newRow("xoauth2") << AuthMechanism::XOAuth2 << 20;
        QTest::newRow("oauthbearer") << AuthMechanism::OAuthBearer << 20;
        QTest::newRow("xoauth2-two-steps") << AuthMechanism::XOAuth2 << 1500;
        QTest::newRow("oauthbearer-two-steps") << AuthMechanism::OAuthBearer << 1500;
    }
    void oauthErrorChallengeIsAnsweredOnlyOnce()
    {
        // RFC 7628 3.2.3: one answer to the error challenge, then the server's final reply. A
        // second error challenge gets no answer at all.
        QFETCH(AuthMechanism, mechanism);
        QFETCH(int, tokenLength);
        const QByteArray token = "ya29." + QByteArray(tokenLength, 'T');
        SaslClient client(
            mechanism, {QStringLiteral("bob@example.com"), token, Credentials::Kind::OAuthToken});
        const SaslLine start = client.start();
        if (tokenLength > 1000) {
            QVERIFY(client.respond("")); // the token goes out now
        } else {
            QVERIFY(start.wire.contains(' '));
        }
        const QByteArray error
            = QByteArray("{\"status\":\"401\",\"schemes\":\"Bearer\"}").toBase64();
        QVERIFY(client.respond(error));
        QVERIFY(client.serverError());
        QVERIFY(!client.respond(error));
        QVERIFY(client.errorString().contains(QLatin1String("another sign-in challenge")));
        QVERIFY(!client.respond(error)); // and never again
    }
    void serverErrorIsParsedAndClassified_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("granted");
        QTest::addColumn<QString>("signedIn");
        QTest::addColumn<QString>("kind"); // empty: not an OAuth error at all
        const QStringList none;
        QTest::newRow("google-401") << QByteArray("{\"status\":\"401\",\"schemes\":\"Bearer\","
                                                  "\"scope\":\"https://mail.google.com/\"}")
                                    << none << QString() << QStringLiteral("expired_or_invalid");
        QTest::newRow("numeric-status") << QByteArray("{\"status\":401}") << none << QString()
                                        << QStringLiteral("expired_or_invalid");
        QTest::newRow("invalid_token") << QByteArray("{\"status\":\"invalid_token\"}") << none
                                       << QString() << QStringLiteral("expired_or_invalid");
        QTest::newRow("403") << QByteArray("{\"status\":\"403\"}") << none << QString()
                             << QStringLiteral("wrong_scope");
        QTest::newRow("insufficient_scope") << QByteArray("{\"status\":\"insufficient_scope\"}")
                                            << none << QString() << QStringLiteral("wrong_scope");
        QTest::newRow("401-scope-not-granted")
            << QByteArray("{\"status\":\"401\",\"scope\":\"https://mail.google.com/\"}")
            << QStringList {QStringLiteral("openid"), QStringLiteral("email")} << QString()
            << QStringLiteral("wrong_scope");
        QTest::newRow("401-scope-granted")
            << QByteArray("{\"status\":\"401\",\"scope\":\"https://mail.google.com/\"}")
            << QStringList {QStringLiteral("https://MAIL.google.com")} << QString()
            << QStringLiteral("expired_or_invalid");
        QTest::newRow("400") << QByteArray("{\"status\":\"400\"}") << none << QString()
                             << QStringLiteral("wrong_user_or_request");
        QTest::newRow("400-same-account-other-case")
            << QByteArray("{\"status\":\"400\"}") << none << QStringLiteral("BOB@Example.com")
            << QStringLiteral("wrong_user_or_request");
        QTest::newRow("401-but-other-account")
            << QByteArray("{\"status\":\"401\"}") << none << QStringLiteral("eve@example.com")
            << QStringLiteral("wrong_user_or_request");
        QTest::newRow("other-status")
            << QByteArray("{\"status\":\"500\"}") << none << QString() << QStringLiteral("unknown");
        QTest::newRow("no-status")
            << QByteArray("{\"scope\":\"x\"}") << none << QString() << QString();
        QTest::newRow("not-json") << QByteArray("Username:") << none << QString() << QString();
        QTest::newRow("array") << QByteArray("[1]") << none << QString() << QString();
    }
    void serverErrorIsParsedAndClassified()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, granted);
        QFETCH(QString, signedIn);
        QFETCH(QString, kind);
        auto error = OAuthServerError::fromChallenge(json.toBase64());
        QCOMPARE(error.has_value(), !kind.isEmpty());
        if (!error)
            return;
        error->classify(QStringLiteral("bob@example.com"), signedIn, granted);
        QCOMPARE(OAuthServerError::kindName(error->kind), kind);
        QCOMPARE(error->toJson().value(QLatin1String("kind")).toString(), kind);
        QVERIFY(!error->describe().isEmpty());
        QCOMPARE(error->accountMismatch(), signedIn == QLatin1String("eve@example.com"));
    }
    void openidConfigurationIsKept()
    {
        const auto error = OAuthServerError::fromJson(
            "{\"status\":\"invalid_token\",\"scope\":\"a b\",\"openid-configuration\":"
            "\"https://example.com/.well-known/openid-configuration\"}");
        QVERIFY(error);
        QCOMPARE(error->scope, QStringLiteral("a b"));
        QCOMPARE(error->openidConfiguration,
                 QStringLiteral("https://example.com/.well-known/openid-configuration"));
        QCOMPARE(error->toJson().value(QLatin1String("openid_configuration")).toString(),
                 error->openidConfiguration);
    }
    void tokenPicksXOAuth2ThenOAuthBearerAndPasswordNeither()
    {
        const Credentials token {QStringLiteral("bob"), Token, Credentials::Kind::OAuthToken};
        const Credentials password {QStringLiteral("bob"), Secret};
        QCOMPARE(SaslClient::choose(AuthMechanism::Auto, token,
                                    offering(QStringLiteral("OAUTHBEARER XOAUTH2 PLAIN")), true),
                 std::optional(AuthMechanism::XOAuth2));
        QCOMPARE(SaslClient::choose(AuthMechanism::Auto, token,
                                    offering(QStringLiteral("PLAIN OAUTHBEARER")), true),
                 std::optional(AuthMechanism::OAuthBearer));
        QVERIFY(!SaslClient::choose(AuthMechanism::Auto, password,
                                    offering(QStringLiteral("XOAUTH2 OAUTHBEARER")), true));
        QCOMPARE(SaslClient::choose(AuthMechanism::OAuthBearer, token,
                                    offering(QStringLiteral("XOAUTH2 OAUTHBEARER")), true),
                 std::optional(AuthMechanism::OAuthBearer));
        // An explicit mechanism that does not fit the kind of secret is refused even if offered.
        for (auto oauth : {AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer}) {
            QVERIFY(!SaslClient::choose(oauth, password,
                                        offering(QStringLiteral("XOAUTH2 OAUTHBEARER")), true));
            QVERIFY(!SaslClient::fitsCredentials(oauth, password));
            QVERIFY(SaslClient::fitsCredentials(oauth, token));
        }
        for (auto classic : {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5}) {
            QVERIFY(!SaslClient::choose(classic, token,
                                        offering(QStringLiteral("PLAIN LOGIN CRAM-MD5")), true));
            QVERIFY(SaslClient::fitsCredentials(classic, password));
        }
    }
    void oauthBearerNames()
    {
        QCOMPARE(mechanismName(AuthMechanism::OAuthBearer), QStringLiteral("oauthbearer"));
        QCOMPARE(mechanismFromName(QStringLiteral("OAuthBearer")),
                 std::optional(AuthMechanism::OAuthBearer));
        QCOMPARE(mechanismSaslName(AuthMechanism::OAuthBearer), QByteArray("OAUTHBEARER"));
        QCOMPARE(mechanismFromName(QStringLiteral("xoauth2")),
                 std::optional(AuthMechanism::XOAuth2));
    }
    void explicitMechanismNeverFallsBack()
    {
        const Credentials password {QStringLiteral("bob"), Secret};
        QVERIFY(!SaslClient::choose(AuthMechanism::CramMd5, password,
                                    offering(QStringLiteral("PLAIN LOGIN")), true));
    }
};

QTEST_GUILESS_MAIN(TestSaslClient)
#include "tst_saslclient.moc"
