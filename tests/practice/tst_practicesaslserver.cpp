// SPDX-License-Identifier: GPL-3.0-or-later
// The practice server's side of AUTH on its own, fed the exact lines a client sends: every
// mechanism, right and wrong credentials, cancelling, undecodable answers, and the Gmail-like
// JSON error for a token that is wrong or belongs to another account.
#include "practice/practicesaslserver.h"
#include "practice/practicesettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Sendcheck;
using Kind = PracticeSaslServer::Step::Kind;

namespace {

QByteArray b64(const QByteArray &text)
{
    return text.toBase64();
}

QByteArray plainResponse(const QByteArray &authzid, const QByteArray &user,
                         const QByteArray &password)
{
    return b64(authzid + '\0' + user + '\0' + password);
}

QByteArray xoauth2(const QByteArray &user, const QByteArray &token)
{
    return b64("user=" + user + "\x01" + "auth=Bearer " + token + "\x01\x01");
}

QByteArray oauthBearer(const QByteArray &user, const QByteArray &token)
{
    return b64("n,a=" + user + ",\x01" + "host=localhost\x01port=587\x01" + "auth=Bearer " + token
               + "\x01\x01");
}

// The JSON inside a "334 <base64>" challenge.
QJsonObject challengeJson(const QString &reply)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(reply.mid(4).toLatin1())).object();
}

} // namespace

class TestPracticeSaslServer : public QObject
{
    Q_OBJECT

private:
    PracticeSettings m_settings;

private Q_SLOTS:
    void init()
    {
        m_settings = PracticeSettings();
        m_settings.hostName = QStringLiteral("lab.example");
        m_settings.user = QStringLiteral("practice");
        m_settings.password = "s3cret+%";
    }

    void mechanismsDependOnTheTestToken()
    {
        PracticeSaslServer sasl(&m_settings);
        QCOMPARE(sasl.mechanisms(), QStringLiteral("PLAIN LOGIN CRAM-MD5"));
        QVERIFY(sasl.offers("PLAIN") && sasl.offers("LOGIN") && sasl.offers("CRAM-MD5"));
        QVERIFY(!sasl.offers("XOAUTH2") && !sasl.offers("OAUTHBEARER"));
        QVERIFY(!sasl.offers("plain")); // the session upper-cases it
        QVERIFY(!sasl.offers("DIGEST-MD5"));
        m_settings.xoauth2Token = "tok";
        QCOMPARE(sasl.mechanisms(), QStringLiteral("PLAIN LOGIN CRAM-MD5 XOAUTH2 OAUTHBEARER"));
        QVERIFY(sasl.offers("XOAUTH2") && sasl.offers("OAUTHBEARER"));
    }

    void plain_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("user");
        QTest::addRow("right") << plainResponse("", "practice", "s3cret+%") << int(Kind::Accepted)
                               << QStringLiteral("practice");
        QTest::addRow("authzid the same") << plainResponse("practice", "practice", "s3cret+%")
                                          << int(Kind::Accepted) << QStringLiteral("practice");
        QTest::addRow("authzid another") << plainResponse("root", "practice", "s3cret+%")
                                         << int(Kind::Refused) << QStringLiteral("practice");
        QTest::addRow("wrong password") << plainResponse("", "practice", "s3cret+")
                                        << int(Kind::Refused) << QStringLiteral("practice");
        QTest::addRow("wrong user") << plainResponse("", "Practice", "s3cret+%")
                                    << int(Kind::Refused) << QStringLiteral("Practice");
        QTest::addRow("two parts")
            << b64(QByteArray("practice\0s3cret+%", 17)) << int(Kind::Refused) << QString();
        QTest::addRow("empty (=)") << QByteArray("=") << int(Kind::Refused) << QString();
        QTest::addRow("not base64") << QByteArray("!!!") << int(Kind::Error) << QString();
    }
    void plain()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, kind);
        QFETCH(QString, user);
        // As the initial response, and as the answer to the empty challenge: the same verdict.
        PracticeSaslServer initial(&m_settings);
        const auto direct = initial.start("PLAIN", response);
        QCOMPARE(int(direct.kind), kind);
        QCOMPARE(direct.user, user);
        QVERIFY(!initial.isWaiting());

        PracticeSaslServer asked(&m_settings);
        const auto challenge = asked.start("PLAIN", QByteArray());
        QCOMPARE(challenge.kind, Kind::Challenge);
        QCOMPARE(challenge.reply, QStringLiteral("334 "));
        QVERIFY(asked.isWaiting());
        const auto answered = asked.answer(response);
        QCOMPARE(int(answered.kind), kind);
        QCOMPARE(answered.user, user);
        QVERIFY(!asked.isWaiting());
        if (answered.kind == Kind::Error)
            QCOMPARE(answered.reply, QStringLiteral("501 5.5.2 Error: cannot decode the response"));
    }

    void login()
    {
        PracticeSaslServer sasl(&m_settings);
        auto step = sasl.start("LOGIN", QByteArray());
        QCOMPARE(step.kind, Kind::Challenge);
        QCOMPARE(step.reply, QStringLiteral("334 VXNlcm5hbWU6")); // "Username:"
        step = sasl.answer(b64("practice"));
        QCOMPARE(step.kind, Kind::Challenge);
        QCOMPARE(step.reply, QStringLiteral("334 UGFzc3dvcmQ6")); // "Password:"
        step = sasl.answer(b64("s3cret+%"));
        QCOMPARE(step.kind, Kind::Accepted);
        QCOMPARE(step.user, QStringLiteral("practice"));

        // The user name as the initial response; a wrong password.
        step = sasl.start("LOGIN", b64("practice"));
        QCOMPARE(step.reply, QStringLiteral("334 UGFzc3dvcmQ6"));
        step = sasl.answer(b64("nope"));
        QCOMPARE(step.kind, Kind::Refused);
        QCOMPARE(step.user, QStringLiteral("practice"));

        step = sasl.start("LOGIN", "not base64!");
        QCOMPARE(step.kind, Kind::Error);
        QCOMPARE(step.reply, QStringLiteral("501 5.5.2 Error: cannot decode the response"));
        QVERIFY(!sasl.isWaiting());
    }

    void cancelling()
    {
        for (const QByteArray mechanism : {"PLAIN", "LOGIN", "CRAM-MD5"}) {
            PracticeSaslServer sasl(&m_settings);
            QCOMPARE(sasl.start(mechanism, QByteArray()).kind, Kind::Challenge);
            const auto step = sasl.answer("*");
            QCOMPARE(step.kind, Kind::Error);
            QCOMPARE(step.reply, QStringLiteral("501 5.7.0 Authentication aborted"));
            QVERIFY(!sasl.isWaiting());
        }
        PracticeSaslServer idle(&m_settings);
        QCOMPARE(idle.answer("anything").kind, Kind::Error); // no exchange to answer
    }

    void cramMd5()
    {
        PracticeSaslServer sasl(&m_settings);
        auto step = sasl.start("CRAM-MD5", QByteArray());
        QCOMPARE(step.kind, Kind::Challenge);
        QVERIFY(step.reply.startsWith(QStringLiteral("334 ")));
        const QByteArray challenge = QByteArray::fromBase64(step.reply.mid(4).toLatin1());
        QVERIFY2(challenge.startsWith('<') && challenge.endsWith("@lab.example>"),
                 challenge.constData());
        const QByteArray digest
            = QMessageAuthenticationCode::hash(challenge, "s3cret+%", QCryptographicHash::Md5)
                  .toHex();
        step = sasl.answer(b64("practice " + digest.toUpper())); // hex case does not matter
        QCOMPARE(step.kind, Kind::Accepted);
        QCOMPARE(step.user, QStringLiteral("practice"));

        // A new challenge each time: the old digest no longer fits.
        step = sasl.start("CRAM-MD5", QByteArray());
        QVERIFY(QByteArray::fromBase64(step.reply.mid(4).toLatin1()) != challenge);
        step = sasl.answer(b64("practice " + digest));
        QCOMPARE(step.kind, Kind::Refused);

        step = sasl.start("CRAM-MD5", QByteArray());
        step = sasl.answer(b64("practice"));
        QCOMPARE(step.kind, Kind::Refused);

        step = sasl.start("CRAM-MD5", b64("practice 00"));
        QCOMPARE(step.kind, Kind::Error);
        QCOMPARE(step.reply, QStringLiteral("501 5.5.4 Error: CRAM-MD5 takes no initial response"));
    }

    void rightTokenForTheRightAccount()
    {
        m_settings.xoauth2Token = "ya29.test-token";
        PracticeSaslServer sasl(&m_settings);
        auto step = sasl.start("XOAUTH2", xoauth2("practice", "ya29.test-token"));
        QCOMPARE(step.kind, Kind::Accepted);
        QCOMPARE(step.user, QStringLiteral("practice"));
        // The user name compares without case, as mail providers do.
        step = sasl.start("OAUTHBEARER", oauthBearer("PRACTICE", "ya29.test-token"));
        QCOMPARE(step.kind, Kind::Accepted);
        QCOMPARE(step.user, QStringLiteral("PRACTICE"));
        // The response after an empty challenge.
        QCOMPARE(sasl.start("XOAUTH2", QByteArray()).kind, Kind::Challenge);
        QCOMPARE(sasl.answer(xoauth2("practice", "ya29.test-token")).kind, Kind::Accepted);
        QCOMPARE(sasl.start("OAUTHBEARER", QByteArray()).reply, QStringLiteral("334 "));
        QCOMPARE(sasl.answer(oauthBearer("practice", "ya29.test-token")).kind, Kind::Accepted);
        QCOMPARE(sasl.start("XOAUTH2", "!").kind, Kind::Error);
    }

    void tokenOfAnotherAccount()
    {
        m_settings.xoauth2Token = "ya29.test-token";
        m_settings.tokenUser = QStringLiteral("a,b=c@example.com");
        PracticeSaslServer sasl(&m_settings);
        // OAUTHBEARER writes ',' and '=' in the user name as =2C and =3D.
        auto step
            = sasl.start("OAUTHBEARER", oauthBearer("a=2Cb=3Dc@example.com", "ya29.test-token"));
        QCOMPARE(step.kind, Kind::Accepted);
        QCOMPARE(step.user, QStringLiteral("a,b=c@example.com"));

        // The right token for the lab account, which is not the one it was issued to.
        step = sasl.start("XOAUTH2", xoauth2("practice", "ya29.test-token"));
        QCOMPARE(step.kind, Kind::TokenRefused);
        QVERIFY(step.tokenRight);
        QCOMPARE(step.user, QStringLiteral("practice"));
        QCOMPARE(step.tokenOwner, QStringLiteral("a,b=c@example.com"));
        QCOMPARE(
            challengeJson(step.reply),
            QJsonObject({{QStringLiteral("status"), QStringLiteral("400")},
                         {QStringLiteral("schemes"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"), QStringLiteral("https://mail.google.com/")}}));
        QVERIFY(sasl.isWaiting());
        // Whatever comes next (XOAUTH2 clients send an empty line), the exchange has failed.
        step = sasl.answer(QByteArray());
        QCOMPARE(step.kind, Kind::Refused);
        QVERIFY(step.user.isEmpty());
        QVERIFY(!sasl.isWaiting());
    }

    void wrongToken()
    {
        m_settings.xoauth2Token = "ya29.test-token";
        PracticeSaslServer sasl(&m_settings);
        auto step = sasl.start("OAUTHBEARER", oauthBearer("practice", "ya29.test-tokeN"));
        QCOMPARE(step.kind, Kind::TokenRefused);
        QVERIFY(!step.tokenRight);
        QCOMPARE(step.tokenOwner, QStringLiteral("practice"));
        QCOMPARE(challengeJson(step.reply),
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("invalid_token")},
                              {QStringLiteral("scope"), QStringLiteral("https://mail.google.com/")},
                              {QStringLiteral("openid-configuration"),
                               QStringLiteral("https://lab.example/.well-known/"
                                              "openid-configuration")}}));
        // OAUTHBEARER clients answer with 0x01; "*" fails the same way here.
        step = sasl.answer("AQ==");
        QCOMPARE(step.kind, Kind::Refused);

        step = sasl.start("XOAUTH2", xoauth2("practice", QByteArray()));
        QCOMPARE(step.kind, Kind::TokenRefused);
        QCOMPARE(challengeJson(step.reply).value(QStringLiteral("status")).toString(),
                 QStringLiteral("401"));
        step = sasl.answer("*");
        QCOMPARE(step.kind, Kind::Refused);

        // No user name at all is refused even with the right token.
        step = sasl.start("XOAUTH2", xoauth2(QByteArray(), "ya29.test-token"));
        QCOMPARE(step.kind, Kind::TokenRefused);
        QVERIFY(step.tokenRight);
    }
};

QTEST_GUILESS_MAIN(TestPracticeSaslServer)
#include "tst_practicesaslserver.moc"
