// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/saslclient.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Sendcheck;

static const QByteArray Secret = "s3cr\xc3\xa9t-pass";

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
    void explicitMechanismNeverFallsBack()
    {
        const Credentials password {QStringLiteral("bob"), Secret};
        QVERIFY(!SaslClient::choose(AuthMechanism::CramMd5, password,
                                    offering(QStringLiteral("PLAIN LOGIN")), true));
    }
};

QTEST_GUILESS_MAIN(TestSaslClient)
#include "tst_saslclient.moc"
