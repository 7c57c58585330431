// SPDX-License-Identifier: GPL-3.0-or-later
// The OAuth value types: the keychain entry's format, the ID token's account, expiry, the
// configuration resolved from a preset and a profile, and the preset/profile JSON fields.
#include "oauth/oauthconfig.h"
#include "oauth/oauthoutcome.h"
#include "oauth/oauthtokens.h"
#include "profiles/profile.h"
#include "providers/providercatalog.h"
#include "smtp/oauthservererror.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sendcheck;

namespace {

QByteArray idToken(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part("{\"alg\":\"none\"}") + '.'
        + part(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
}

QJsonObject presetWithOAuth(const QString &authorizationUrl)
{
    return QJsonDocument::fromJson(
               QStringLiteral(
                   "{\"id\":\"lab\",\"name\":\"Lab\",\"hosts\":[{\"host\":\"127.0.0.1\"}],"
                   "\"ports\":[{\"port\":2525,\"security\":\"starttls\",\"recommended\":true}],"
                   "\"auth\":[\"xoauth2\"],\"secretKind\":\"oauth\",\"oauth\":{\"signInName\":"
                   "\"Lab\",\"authorizationUrl\":\"%1\",\"tokenUrl\":\"https://lab.example/"
                   "{tenant}/token\",\"defaultTenant\":\"common\",\"scopes\":[\"send\"]}}")
                   .arg(authorizationUrl)
                   .toUtf8())
        .object();
}

} // namespace

class TestOAuthTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensRoundTripThroughTheKeychainFormat()
    {
        OAuthTokens tokens;
        tokens.accessToken = "fake-at-1";
        tokens.refreshToken = "fake-rt-1";
        tokens.expiresAt = QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC);
        tokens.grantedScopes = {QStringLiteral("https://mail.google.com/")};
        tokens.account = QStringLiteral("me@example.test");
        tokens.clientSecret = "GOCSPX-1";
        const auto back = OAuthTokens::parse(tokens.serialize());
        QVERIFY(back);
        QCOMPARE(back->accessToken, tokens.accessToken);
        QCOMPARE(back->refreshToken, tokens.refreshToken);
        QCOMPARE(back->expiresAt, tokens.expiresAt);
        QCOMPARE(back->grantedScopes, tokens.grantedScopes);
        QCOMPARE(back->account, tokens.account);
        QCOMPARE(back->clientSecret, tokens.clientSecret);

        QVERIFY(!OAuthTokens::parse("password123"));
        QVERIFY(!OAuthTokens::parse("{\"format\":2,\"accessToken\":\"x\"}")); // newer, unknown
        QVERIFY(!OAuthTokens::parse("{\"format\":1}")); // no token at all
        QVERIFY(!OAuthTokens::parse("{\"format\":1,\"accessToken\":\"x\",\"expiresAt\":\"soon\"}"));
    }

    void expiryLeavesAMargin()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        OAuthTokens tokens;
        QVERIFY(!tokens.accessTokenUsable(now)); // none
        tokens.accessToken = "fake-at-1";
        QVERIFY(tokens.accessTokenUsable(now)); // lifetime unknown: let the server decide
        tokens.expiresAt = now.addSecs(3600);
        QVERIFY(tokens.accessTokenUsable(now));
        tokens.expiresAt = now.addSecs(59);
        QVERIFY(!tokens.accessTokenUsable(now)); // would expire during the session
        tokens.expiresAt = now.addSecs(-1);
        QVERIFY(!tokens.accessTokenUsable(now));
    }

    void accountComesFromTheIdToken()
    {
        QCOMPARE(OAuthTokens::accountFromIdToken(
                     idToken({{"email", "a@example.test"}, {"preferred_username", "b"}})),
                 QStringLiteral("a@example.test"));
        QCOMPARE(OAuthTokens::accountFromIdToken(idToken({{"preferred_username", "b@x.test"}})),
                 QStringLiteral("b@x.test"));
        QCOMPARE(OAuthTokens::accountFromIdToken(idToken({{"upn", "c@x.test"}})),
                 QStringLiteral("c@x.test"));
        QCOMPARE(OAuthTokens::accountFromIdToken("not-a-jwt"), QString());
        QCOMPARE(OAuthTokens::accountFromIdToken("a.%%%.b"), QString());
        QCOMPARE(OAuthTokens::accountFromIdToken(QByteArray()), QString());
    }

    void builtInPresetsOfferSignIn()
    {
        const ProviderCatalog catalog = ProviderCatalog::loadDefault();
        const Provider *gmail = catalog.find(QStringLiteral("gmail"));
        QVERIFY(gmail && gmail->oauth);
        QCOMPARE(gmail->oauth->signInName, QStringLiteral("Google"));
        QVERIFY(gmail->oauth->scopes.contains(QStringLiteral("https://mail.google.com/")));
        QVERIFY(gmail->oauth->clientSecretUsual);
        QCOMPARE(gmail->oauth->redirectHost, QStringLiteral("127.0.0.1"));
        QVERIFY(!gmail->oauth->usesTenant());
        for (const char *id : {"microsoft-365", "outlook-com"}) {
            const Provider *microsoft = catalog.find(QLatin1String(id));
            QVERIFY(microsoft && microsoft->oauth);
            QCOMPARE(microsoft->oauth->signInName, QStringLiteral("Microsoft"));
            QVERIFY(microsoft->oauth->usesTenant());
            QVERIFY(microsoft->oauth->scopes.contains(
                QStringLiteral("https://outlook.office.com/SMTP.Send")));
            QVERIFY(microsoft->oauth->scopes.contains(QStringLiteral("offline_access")));
            QCOMPARE(microsoft->oauth->redirectHost, QStringLiteral("localhost"));
        }
        QVERIFY(!catalog.find(QStringLiteral("amazon-ses"))->oauth);
    }

    void configResolvesTenantAndChecksWhatIsMissing()
    {
        const ProviderCatalog catalog = ProviderCatalog::loadDefault();
        const Provider *microsoft = catalog.find(QStringLiteral("microsoft-365"));
        Profile profile = Profile::create(QStringLiteral("Office"));
        profile.presetId = microsoft->id;
        profile.userName = QStringLiteral("me@contoso.test");
        QString error;
        QVERIFY(!OAuthConfig::forProfile(profile, microsoft, &error));
        QVERIFY2(error.contains(QStringLiteral("client id")), qPrintable(error));

        profile.oauthClientId = QStringLiteral(" 11111111-2222-3333-4444-555555555555 ");
        auto config = OAuthConfig::forProfile(profile, microsoft, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->clientId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(config->authorizationUrl.toString(),
                 QStringLiteral(
                     "https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize"));
        QCOMPARE(config->loginHint, profile.userName);

        profile.oauthTenant = QStringLiteral("contoso.onmicrosoft.com");
        config = OAuthConfig::forProfile(profile, microsoft, &error);
        QVERIFY(config);
        QCOMPARE(
            config->tokenUrl.toString(),
            QStringLiteral(
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));

        for (const char *bad : {"../evil?x=", "..", ".hidden", "a/b"}) {
            profile.oauthTenant = QLatin1String(bad);
            QVERIFY2(!OAuthConfig::forProfile(profile, microsoft, &error), bad);
            QVERIFY2(error.contains(QStringLiteral("not a tenant")), qPrintable(error));
        }

        QVERIFY(
            !OAuthConfig::forProfile(profile, catalog.find(QStringLiteral("amazon-ses")), &error));
        QVERIFY(!OAuthConfig::forProfile(profile, nullptr, &error));
    }

    void presetEndpointsMustBeHttpsOrLoopback()
    {
        QString error;
        QVERIFY(Provider::fromJson(presetWithOAuth(QStringLiteral("https://lab.example/auth")),
                                   &error));
        QVERIFY(
            Provider::fromJson(presetWithOAuth(QStringLiteral("http://127.0.0.1:9/auth")), &error));
        QVERIFY(!Provider::fromJson(presetWithOAuth(QStringLiteral("http://lab.example/auth")),
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
        QVERIFY(!Provider::fromJson(presetWithOAuth(QStringLiteral("ftp://lab.example/")), &error));

        QJsonObject noScopes = presetWithOAuth(QStringLiteral("https://lab.example/auth"));
        QJsonObject oauth = noScopes.value(QStringLiteral("oauth")).toObject();
        oauth.remove(QStringLiteral("scopes"));
        noScopes.insert(QStringLiteral("oauth"), oauth);
        QVERIFY(!Provider::fromJson(noScopes, &error));

        // A preset may add query items, never replace the flow's own.
        for (const char *key : {"state", "code_challenge_method", "redirect_uri", "client_id"}) {
            QJsonObject hijack = presetWithOAuth(QStringLiteral("https://lab.example/auth"));
            QJsonObject fields = hijack.value(QStringLiteral("oauth")).toObject();
            fields.insert(QStringLiteral("authorizationParameters"),
                          QJsonObject {{QLatin1String(key), QStringLiteral("x")}});
            hijack.insert(QStringLiteral("oauth"), fields);
            QVERIFY2(!Provider::fromJson(hijack, &error), key);
        }

        // Written out and read back unchanged.
        const auto provider = Provider::fromJson(
            presetWithOAuth(QStringLiteral("https://lab.example/auth")), &error);
        const auto again = Provider::fromJson(provider->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->oauth->tokenUrl, provider->oauth->tokenUrl);
        QCOMPARE(again->oauth->defaultTenant, QStringLiteral("common"));
    }

    void profileKeepsTheRegistrationButNoToken()
    {
        Profile profile = Profile::create(QStringLiteral("Gmail"));
        profile.presetId = QStringLiteral("gmail");
        profile.host = QStringLiteral("smtp.gmail.com");
        profile.signIn = Profile::SignIn::OAuth;
        profile.oauthClientId = QStringLiteral("123.apps.googleusercontent.com");
        profile.oauthAccount = QStringLiteral("me@gmail.test");
        QJsonObject json = profile.toJson();
        QCOMPARE(json.value(QStringLiteral("signIn")).toString(), QStringLiteral("oauth"));
        QString error;
        auto back = Profile::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, profile);

        // A hand-edited file with a token in it: the token is not taken.
        QJsonObject oauth = json.value(QStringLiteral("oauth")).toObject();
        oauth.insert(QStringLiteral("token"), QStringLiteral("fake-at-planted"));
        oauth.insert(QStringLiteral("refreshToken"), QStringLiteral("fake-rt-planted"));
        json.insert(QStringLiteral("oauth"), oauth);
        back = Profile::fromJson(json, &error);
        QVERIFY(back);
        QVERIFY(!QJsonDocument(back->toJson()).toJson().contains("planted"));

        json.insert(QStringLiteral("signIn"), QStringLiteral("magic"));
        QVERIFY(!Profile::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("signIn")), qPrintable(error));
    }

    void providerErrorsInPlainWords()
    {
        QVERIFY(OAuthOutcome::describeProviderError(QStringLiteral("invalid_grant"), QString())
                    .contains(QStringLiteral("Sign in again")));
        QVERIFY(OAuthOutcome::describeProviderError(QStringLiteral("invalid_client"), QString())
                    .contains(QStringLiteral("client id")));
        const QString unknown = OAuthOutcome::describeProviderError(
            QStringLiteral("weird_thing"), QStringLiteral("AADSTS12345: something"));
        QVERIFY(unknown.contains(QStringLiteral("weird_thing")));
        QVERIFY(unknown.contains(QStringLiteral("AADSTS12345")));

        // Text from the network never reaches a terminal as control sequences.
        const QString hostile = OAuthOutcome::describeProviderError(
            QStringLiteral("bad\x1b[2J"), QStringLiteral("line\r\nforged\x07"));
        for (const QChar c : hostile)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(hostile));
        const auto challenge = OAuthServerError::fromChallenge(
            QByteArray("{\"status\":\"401\",\"scope\":\"x\\u001b[31my\"}").toBase64());
        QVERIFY(challenge);
        QVERIFY(!challenge->scope.contains(QChar(0x1b)));
        QCOMPARE(challenge->kind, OAuthServerError::Kind::ExpiredOrInvalid);
    }
};

QTEST_GUILESS_MAIN(TestOAuthTypes)
#include "tst_oauthtypes.moc"
