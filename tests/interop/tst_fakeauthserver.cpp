// SPDX-License-Identifier: GPL-3.0-or-later
// The fake OAuth 2.0 authorization server (tests/peers/fake_oauth_server.py) checked with a plain
// QNetworkAccessManager as the client, so the sign-in tests built on it prove something: every
// rule it enforces here is one Google's and Microsoft's endpoints enforce too (RFC 6749, RFC 7636).
#include "fakeauthserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using TestSupport::BrowserVisit;
using TestSupport::FakeAuthServer;
using TestSupport::FakeAuthServerOptions;

namespace {

const QString clientId = QStringLiteral("sendcheck-test-client.apps.example.test");
const QString mailScope = QStringLiteral("https://mail.google.com/");
const QString account = QStringLiteral("someone@example.test");

using Fields = QList<std::pair<QString, QString>>;

struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;
};

Pkce makePkce()
{
    QByteArray random(32, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    Pkce pkce;
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    pkce.verifier = random.toBase64(options);
    pkce.challenge
        = QCryptographicHash::hash(pkce.verifier, QCryptographicHash::Sha256).toBase64(options);
    return pkce;
}

// application/x-www-form-urlencoded, every reserved character escaped (QUrlQuery leaves '+').
QByteArray formBody(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QJsonObject jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decode = [](const QString &part) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    };
    if (decode(parts.at(0)).value(QStringLiteral("alg")).toString() != QLatin1String("none"))
        return {};
    return decode(parts.at(1));
}

struct Http
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QUrl location;
    QUrlQuery locationQuery;
    QString contentType;
    QString error;
};

// A tiny stand-in for the client's loopback redirect listener: answers any GET with 200 and
// remembers the request targets, as QOAuthHttpServerReplyHandler would receive them.
class LoopbackTarget
{
public:
    LoopbackTarget()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    const QByteArray request = m_pending.value(socket);
                    if (!request.contains("\r\n\r\n"))
                        return;
                    m_targets.append(request.left(request.indexOf("\r\n")).split(' ').value(1));
                    const QByteArray page
                        = "<html><body>Signed in, you may close this.</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                                  + QByteArray::number(page.size())
                                  + "\r\nConnection: close\r\n\r\n" + page);
                    socket->disconnectFromHost();
                    m_pending.remove(socket);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] QString redirectUri() const
    {
        return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
    }
    [[nodiscard]] QList<QByteArray> targets() const { return m_targets; }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<QByteArray> m_targets;
};

} // namespace

class FakeAuthServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fullCodeExchange_data();
    void fullCodeExchange();
    void wrongVerifier();
    void missingVerifier();
    void codeIsSingleUse();
    void redirectUriMustMatchAtTokenTime();
    void unknownClientAtAuthorize();
    void nonLoopbackRedirectUri_data();
    void nonLoopbackRedirectUri();
    void authorizeErrorsRedirect_data();
    void authorizeErrorsRedirect();
    void denyMode();
    void wrongStateMode();
    void noRedirectMode();
    void tokenEndpointClientAndGrantErrors();
    void refreshAndRevoke();
    void refreshRotation();
    void clientSecretRequired();
    void tokenModes_data();
    void tokenModes();
    void slowTokenDoesNotBlockOthers();
    void stopsCleanlyWithSlowRequestPending();
    void accessTokenLifetime();
    void controlRejectsNonsense();
    void discovery();
    void visitFollowsToLoopback();
    void visitStaysOnLoopback();
    void serverLogsNoTokenValues();

private:
    Http request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                 const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QUrlQuery authorizeQuery(const Pkce &pkce, const QString &redirectUri) const;
    Http authorize(FakeAuthServer &server, const QUrlQuery &query,
                   const QString &path = QStringLiteral("/authorize"));
    // Authorizes with the standard query and returns the code ("" on failure, with a QTest
    // failure recorded by the caller's check).
    QString obtainCode(FakeAuthServer &server, const Pkce &pkce);
    Http token(FakeAuthServer &server, const Fields &fields,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {},
               const QString &path = QStringLiteral("/token"));
    Http redeem(FakeAuthServer &server, const QString &code, const QByteArray &verifier,
                const QString &redirectUri, const Fields &extra = {});

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeAuthServer> m_server;
    const QString m_redirectUri = QStringLiteral("http://127.0.0.1:48123/");
};

void FakeAuthServerTest::initTestCase()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    FakeAuthServerOptions options;
    options.account = account;
    options.scope = mailScope;
    m_server = std::make_unique<FakeAuthServer>(clientId, options);
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReport()));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->authorizeUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(m_server->port())));
    QCOMPARE(m_server->tokenUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_server->port())));
}

void FakeAuthServerTest::init()
{
    QVERIFY2(m_server->setAuthorizeMode(QStringLiteral("approve")),
             qPrintable(m_server->errorString()));
    QVERIFY2(m_server->setTokenMode(QStringLiteral("ok")), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->setAccessTokenLifetime(3600), qPrintable(m_server->errorString()));
}

Http FakeAuthServerTest::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest httpRequest(url);
    httpRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        httpRequest.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(httpRequest, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Http result;
    if (!reply->isFinished() && !finished.wait(15000)) {
        reply->abort();
        result.error = QStringLiteral("timeout");
        return result;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        result.error = reply->errorString();
        return result;
    }
    result.status = status.toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty()) {
        result.location = QUrl::fromEncoded(location);
        result.locationQuery = QUrlQuery(result.location);
    }
    return result;
}

QUrlQuery FakeAuthServerTest::authorizeQuery(const Pkce &pkce, const QString &redirectUri) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"),
                       QString::fromLatin1(QUrl::toPercentEncoding(mailScope)));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st-4711"));
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    return query;
}

Http FakeAuthServerTest::authorize(FakeAuthServer &server, const QUrlQuery &query,
                                   const QString &path)
{
    QUrl url = server.baseUrl().resolved(QUrl(path));
    url.setQuery(query);
    return request(QByteArrayLiteral("GET"), url);
}

QString FakeAuthServerTest::obtainCode(FakeAuthServer &server, const Pkce &pkce)
{
    const Http http = authorize(server, authorizeQuery(pkce, m_redirectUri));
    if (http.status != 302)
        return {};
    return http.locationQuery.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

Http FakeAuthServerTest::token(FakeAuthServer &server, const Fields &fields,
                               const QList<std::pair<QByteArray, QByteArray>> &headers,
                               const QString &path)
{
    auto allHeaders = headers;
    allHeaders.append({QByteArrayLiteral("Content-Type"),
                       QByteArrayLiteral("application/x-www-form-urlencoded")});
    return request(QByteArrayLiteral("POST"), server.baseUrl().resolved(QUrl(path)),
                   formBody(fields), allHeaders);
}

Http FakeAuthServerTest::redeem(FakeAuthServer &server, const QString &code,
                                const QByteArray &verifier, const QString &redirectUri,
                                const Fields &extra)
{
    Fields fields {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("client_id"), clientId},
                   {QStringLiteral("redirect_uri"), redirectUri},
                   {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}};
    fields.append(extra);
    return token(server, fields);
}

void FakeAuthServerTest::fullCodeExchange_data()
{
    QTest::addColumn<QString>("authorizePath");
    QTest::addColumn<QString>("tokenPath");
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("google-like") << QStringLiteral("/authorize") << QStringLiteral("/token")
                                 << QStringLiteral("http://127.0.0.1:48123/");
    QTest::newRow("microsoft-tenant")
        << QStringLiteral("/common/oauth2/v2.0/authorize")
        << QStringLiteral("/common/oauth2/v2.0/token") << QStringLiteral("http://localhost:48123");
    QTest::newRow("loopback-with-path") << QStringLiteral("/authorize") << QStringLiteral("/token")
                                        << QStringLiteral("http://127.0.0.1:48123/oauth/callback");
}

void FakeAuthServerTest::fullCodeExchange()
{
    QFETCH(QString, authorizePath);
    QFETCH(QString, tokenPath);
    QFETCH(QString, redirectUri);
    const int authorizeRequestsBefore
        = m_server->state().value(QStringLiteral("authorize_requests")).toArray().size();
    const Pkce pkce = makePkce();

    const Http authorization
        = authorize(*m_server, authorizeQuery(pkce, redirectUri), authorizePath);
    QCOMPARE(authorization.status, 302);
    QVERIFY(authorization.location.toString().startsWith(redirectUri + QLatin1Char('?')));
    const QString code
        = authorization.locationQuery.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY2(code.startsWith(QLatin1String("fake-code-")),
             qPrintable(authorization.location.toString()));
    QCOMPARE(authorization.locationQuery.queryItemValue(QStringLiteral("state")),
             QStringLiteral("st-4711"));
    QVERIFY(!authorization.locationQuery.hasQueryItem(QStringLiteral("error")));

    const Http answer
        = token(*m_server,
                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("client_id"), clientId},
                 {QStringLiteral("redirect_uri"), redirectUri},
                 {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier)}},
                {}, tokenPath);
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.contentType.startsWith(QLatin1String("application/json")),
             qPrintable(answer.contentType));
    const QJsonObject json = answer.json;
    QVERIFY(json.value(QStringLiteral("access_token"))
                .toString()
                .startsWith(QLatin1String("fake-at-")));
    QVERIFY(json.value(QStringLiteral("refresh_token"))
                .toString()
                .startsWith(QLatin1String("fake-rt-")));
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(json.value(QStringLiteral("scope")).toString(), mailScope);

    const QJsonObject claims = jwtPayload(json.value(QStringLiteral("id_token")).toString());
    QCOMPARE(claims.value(QStringLiteral("email")).toString(), account);
    QCOMPARE(claims.value(QStringLiteral("preferred_username")).toString(), account);
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), clientId);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(),
             m_server->baseUrl().toString(QUrl::StripTrailingSlash));
    QVERIFY(!claims.value(QStringLiteral("sub")).toString().isEmpty());
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger()
                 - claims.value(QStringLiteral("iat")).toInteger(),
             3600);

    // The state lists what was issued and what the client sent.
    const QJsonObject state = m_server->state();
    QVERIFY2(!state.isEmpty(), qPrintable(m_server->errorString()));
    QCOMPARE(state.value(QStringLiteral("access_tokens")).toArray().last().toString(),
             json.value(QStringLiteral("access_token")).toString());
    QCOMPARE(state.value(QStringLiteral("refresh_tokens")).toArray().last().toString(),
             json.value(QStringLiteral("refresh_token")).toString());
    const QJsonArray authorizeRequests
        = state.value(QStringLiteral("authorize_requests")).toArray();
    QCOMPARE(authorizeRequests.size(), authorizeRequestsBefore + 1);
    const QJsonObject asked = authorizeRequests.last().toObject();
    QCOMPARE(asked.value(QStringLiteral("client_id")).toString(), clientId);
    QCOMPARE(asked.value(QStringLiteral("redirect_uri")).toString(), redirectUri);
    QCOMPARE(asked.value(QStringLiteral("scope")).toString(), mailScope);
    QCOMPARE(asked.value(QStringLiteral("code_challenge_method")).toString(),
             QStringLiteral("S256"));
    QCOMPARE(asked.value(QStringLiteral("state_present")).toBool(), true);
    QCOMPARE(asked.value(QStringLiteral("extra")).toObject(),
             QJsonObject({{QStringLiteral("access_type"), QStringLiteral("offline")}}));
    const QJsonObject sent
        = state.value(QStringLiteral("token_requests")).toArray().last().toObject();
    QCOMPARE(sent.value(QStringLiteral("grant_type")).toString(),
             QStringLiteral("authorization_code"));
    QCOMPARE(sent.value(QStringLiteral("client_id")).toString(), clientId);
    QCOMPARE(sent.value(QStringLiteral("had_code_verifier")).toBool(), true);
    QCOMPARE(sent.value(QStringLiteral("had_client_secret")).toBool(), false);
    QCOMPARE(sent.value(QStringLiteral("redirect_uri")).toString(), redirectUri);
}

void FakeAuthServerTest::wrongVerifier()
{
    const Pkce pkce = makePkce();
    const QString code = obtainCode(*m_server, pkce);
    QVERIFY(!code.isEmpty());
    const Http answer = redeem(*m_server, code, makePkce().verifier, m_redirectUri);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QVERIFY(!answer.json.contains(QStringLiteral("access_token")));
    // The challenge itself is not a verifier either (a "plain" client would send it).
    const QString code2 = obtainCode(*m_server, pkce);
    const Http plain = redeem(*m_server, code2, pkce.challenge, m_redirectUri);
    QCOMPARE(plain.status, 400);
    QCOMPARE(plain.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void FakeAuthServerTest::missingVerifier()
{
    const Pkce pkce = makePkce();
    const QString code = obtainCode(*m_server, pkce);
    QVERIFY(!code.isEmpty());
    const Http answer = token(*m_server,
                              {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("client_id"), clientId},
                               {QStringLiteral("redirect_uri"), m_redirectUri}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
    QCOMPARE(m_server->state()
                 .value(QStringLiteral("token_requests"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("had_code_verifier"))
                 .toBool(),
             false);
}

void FakeAuthServerTest::codeIsSingleUse()
{
    const Pkce pkce = makePkce();
    const QString code = obtainCode(*m_server, pkce);
    QVERIFY(!code.isEmpty());
    QCOMPARE(redeem(*m_server, code, pkce.verifier, m_redirectUri).status, 200);
    const Http again = redeem(*m_server, code, pkce.verifier, m_redirectUri);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // A code nobody issued is refused the same way.
    const Http made
        = redeem(*m_server, QStringLiteral("fake-code-0123"), pkce.verifier, m_redirectUri);
    QCOMPARE(made.status, 400);
    QCOMPARE(made.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void FakeAuthServerTest::redirectUriMustMatchAtTokenTime()
{
    const Pkce pkce = makePkce();
    QString code = obtainCode(*m_server, pkce);
    QVERIFY(!code.isEmpty());
    Http answer = redeem(*m_server, code, pkce.verifier, QStringLiteral("http://127.0.0.1:48124/"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    // Not even a trailing slash may differ.
    code = obtainCode(*m_server, pkce);
    answer = redeem(*m_server, code, pkce.verifier, QStringLiteral("http://127.0.0.1:48123"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void FakeAuthServerTest::unknownClientAtAuthorize()
{
    QUrlQuery query = authorizeQuery(makePkce(), m_redirectUri);
    query.removeQueryItem(QStringLiteral("client_id"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("someone-else"));
    const Http answer = authorize(*m_server, query);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.location.isEmpty());
    QVERIFY2(answer.contentType.startsWith(QLatin1String("text/html")),
             qPrintable(answer.contentType));
    QVERIFY(answer.body.contains("invalid_client"));
}

void FakeAuthServerTest::nonLoopbackRedirectUri_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("other host") << QStringLiteral("http://attacker.example.test:48123/");
    QTest::newRow("https loopback") << QStringLiteral("https://127.0.0.1:48123/");
    QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/");
    QTest::newRow("userinfo") << QStringLiteral("http://127.0.0.1:1@attacker.example.test:80/");
    QTest::newRow("custom scheme") << QStringLiteral("com.example.app:/oauth");
    QTest::newRow("missing") << QString();
}

void FakeAuthServerTest::nonLoopbackRedirectUri()
{
    QFETCH(QString, redirectUri);
    QUrlQuery query = authorizeQuery(makePkce(), redirectUri);
    if (redirectUri.isEmpty())
        query.removeQueryItem(QStringLiteral("redirect_uri"));
    const Http answer = authorize(*m_server, query);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.location.isEmpty());
    QVERIFY(answer.body.contains("redirect_uri_mismatch"));
}

void FakeAuthServerTest::authorizeErrorsRedirect_data()
{
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("addedName");
    QTest::addColumn<QString>("addedValue");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("no code_challenge") << QStringLiteral("code_challenge") << QString() << QString()
                                       << QStringLiteral("invalid_request");
    QTest::newRow("no method") << QStringLiteral("code_challenge_method") << QString() << QString()
                               << QStringLiteral("invalid_request");
    QTest::newRow("plain method") << QStringLiteral("code_challenge_method")
                                  << QStringLiteral("code_challenge_method")
                                  << QStringLiteral("plain") << QStringLiteral("invalid_request");
    QTest::newRow("short challenge")
        << QStringLiteral("code_challenge") << QStringLiteral("code_challenge")
        << QStringLiteral("abc") << QStringLiteral("invalid_request");
    QTest::newRow("missing scope")
        << QStringLiteral("scope") << QStringLiteral("scope") << QStringLiteral("openid%20email")
        << QStringLiteral("invalid_scope");
    QTest::newRow("no scope") << QStringLiteral("scope") << QString() << QString()
                              << QStringLiteral("invalid_scope");
    QTest::newRow("token response type")
        << QStringLiteral("response_type") << QStringLiteral("response_type")
        << QStringLiteral("token") << QStringLiteral("unsupported_response_type");
}

void FakeAuthServerTest::authorizeErrorsRedirect()
{
    QFETCH(QString, removed);
    QFETCH(QString, addedName);
    QFETCH(QString, addedValue);
    QFETCH(QString, expectedError);
    QUrlQuery query = authorizeQuery(makePkce(), m_redirectUri);
    query.removeAllQueryItems(removed);
    if (!addedName.isEmpty())
        query.addQueryItem(addedName, addedValue);
    const Http answer = authorize(*m_server, query);
    QCOMPARE(answer.status, 302);
    QVERIFY(answer.location.toString().startsWith(m_redirectUri + QLatin1Char('?')));
    QCOMPARE(answer.locationQuery.queryItemValue(QStringLiteral("error")), expectedError);
    QCOMPARE(answer.locationQuery.queryItemValue(QStringLiteral("state")),
             QStringLiteral("st-4711"));
    QVERIFY(!answer.locationQuery.hasQueryItem(QStringLiteral("code")));
}

void FakeAuthServerTest::denyMode()
{
    QVERIFY2(m_server->setAuthorizeMode(QStringLiteral("deny")),
             qPrintable(m_server->errorString()));
    const Http answer = authorize(*m_server, authorizeQuery(makePkce(), m_redirectUri));
    QCOMPARE(answer.status, 302);
    QCOMPARE(answer.locationQuery.queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
    QVERIFY(!answer.locationQuery.queryItemValue(QStringLiteral("error_description")).isEmpty());
    QCOMPARE(answer.locationQuery.queryItemValue(QStringLiteral("state")),
             QStringLiteral("st-4711"));
    QVERIFY(!answer.locationQuery.hasQueryItem(QStringLiteral("code")));
    // The client is still checked first: an unknown one gets the error page, not a redirect.
    QUrlQuery unknown = authorizeQuery(makePkce(), m_redirectUri);
    unknown.removeQueryItem(QStringLiteral("client_id"));
    unknown.addQueryItem(QStringLiteral("client_id"), QStringLiteral("someone-else"));
    QCOMPARE(authorize(*m_server, unknown).status, 400);
}

void FakeAuthServerTest::wrongStateMode()
{
    QVERIFY(m_server->setAuthorizeMode(QStringLiteral("wrong-state")));
    const Pkce pkce = makePkce();
    const Http answer = authorize(*m_server, authorizeQuery(pkce, m_redirectUri));
    QCOMPARE(answer.status, 302);
    const QString state = answer.locationQuery.queryItemValue(QStringLiteral("state"));
    QVERIFY(!state.isEmpty());
    QVERIFY(state != QLatin1String("st-4711"));
    // The code itself is good: only the client's state check can save it.
    const QString code
        = answer.locationQuery.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(code.startsWith(QLatin1String("fake-code-")));
    QCOMPARE(redeem(*m_server, code, pkce.verifier, m_redirectUri).status, 200);
}

void FakeAuthServerTest::noRedirectMode()
{
    QVERIFY(m_server->setAuthorizeMode(QStringLiteral("no-redirect")));
    const Http answer = authorize(*m_server, authorizeQuery(makePkce(), m_redirectUri));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.location.isEmpty());
    QVERIFY(answer.contentType.startsWith(QLatin1String("text/html")));
    QVERIFY(!answer.body.contains("fake-code-"));
    QCOMPARE(m_server->state().value(QStringLiteral("authorize_mode")).toString(),
             QStringLiteral("no-redirect"));
}

void FakeAuthServerTest::tokenEndpointClientAndGrantErrors()
{
    const Pkce pkce = makePkce();
    const QString code = obtainCode(*m_server, pkce);
    QVERIFY(!code.isEmpty());
    Http answer = token(*m_server,
                        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("client_id"), QStringLiteral("someone-else")},
                         {QStringLiteral("redirect_uri"), m_redirectUri},
                         {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier)}});
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    // A failed client authentication does not spend the code.
    QCOMPARE(redeem(*m_server, code, pkce.verifier, m_redirectUri).status, 200);

    answer = token(*m_server,
                   {{QStringLiteral("grant_type"), QStringLiteral("password")},
                    {QStringLiteral("client_id"), clientId}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("unsupported_grant_type"));
    answer = token(*m_server, {{QStringLiteral("client_id"), clientId}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
    answer = request(QByteArrayLiteral("GET"), m_server->tokenUrl());
    QCOMPARE(answer.status, 405);
}

void FakeAuthServerTest::refreshAndRevoke()
{
    const Pkce pkce = makePkce();
    const QString code = obtainCode(*m_server, pkce);
    const Http first = redeem(*m_server, code, pkce.verifier, m_redirectUri);
    QCOMPARE(first.status, 200);
    const QString refreshToken = first.json.value(QStringLiteral("refresh_token")).toString();
    const Fields refresh {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), refreshToken},
                          {QStringLiteral("client_id"), clientId}};

    const Http refreshed = token(*m_server, refresh);
    QCOMPARE(refreshed.status, 200);
    const QString access = refreshed.json.value(QStringLiteral("access_token")).toString();
    QVERIFY(access.startsWith(QLatin1String("fake-at-")));
    QVERIFY(access != first.json.value(QStringLiteral("access_token")).toString());
    QCOMPARE(refreshed.json.value(QStringLiteral("token_type")).toString(),
             QStringLiteral("Bearer"));
    QCOMPARE(refreshed.json.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(refreshed.json.value(QStringLiteral("scope")).toString(), mailScope);
    QVERIFY(!refreshed.json.contains(QStringLiteral("id_token")));
    QVERIFY(!refreshed.json.contains(QStringLiteral("refresh_token")));
    QCOMPARE(m_server->state().value(QStringLiteral("access_tokens")).toArray().last().toString(),
             access);
    // Without rotation the same refresh token keeps working.
    QCOMPARE(token(*m_server, refresh).status, 200);

    QVERIFY2(m_server->revokeRefreshTokens(), qPrintable(m_server->errorString()));
    const Http revoked = token(*m_server, refresh);
    QCOMPARE(revoked.status, 400);
    QCOMPARE(revoked.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));

    const Http unknown = token(*m_server,
                               {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), QStringLiteral("fake-rt-00")},
                                {QStringLiteral("client_id"), clientId}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void FakeAuthServerTest::refreshRotation()
{
    FakeAuthServerOptions options;
    options.scope = mailScope;
    options.rotateRefreshTokens = true;
    FakeAuthServer rotating(clientId, options);
    QVERIFY2(rotating.start(), qPrintable(rotating.failureReport()));
    const Pkce pkce = makePkce();
    const QString code = obtainCode(rotating, pkce);
    const Http first = redeem(rotating, code, pkce.verifier, m_redirectUri);
    QCOMPARE(first.status, 200);
    const QString oldToken = first.json.value(QStringLiteral("refresh_token")).toString();
    const auto refresh = [&](const QString &refreshToken) {
        return token(rotating,
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refreshToken},
                      {QStringLiteral("client_id"), clientId}});
    };
    const Http rotated = refresh(oldToken);
    QCOMPARE(rotated.status, 200);
    const QString newToken = rotated.json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(newToken.startsWith(QLatin1String("fake-rt-")));
    QVERIFY(newToken != oldToken);
    QCOMPARE(refresh(oldToken).json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(newToken).status, 200);
}

void FakeAuthServerTest::clientSecretRequired()
{
    FakeAuthServerOptions options;
    options.scope = mailScope;
    options.clientSecret = QStringLiteral("GOCSPX-test-secret-value");
    FakeAuthServer confidential(clientId, options);
    QVERIFY2(confidential.start(), qPrintable(confidential.failureReport()));
    const Pkce pkce = makePkce();
    const QString code = obtainCode(confidential, pkce);
    QVERIFY(!code.isEmpty());

    Http answer = redeem(confidential, code, pkce.verifier, m_redirectUri);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    answer = redeem(confidential, code, pkce.verifier, m_redirectUri,
                    {{QStringLiteral("client_secret"), QStringLiteral("GOCSPX-wrong")}});
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    answer = redeem(confidential, code, pkce.verifier, m_redirectUri,
                    {{QStringLiteral("client_secret"), options.clientSecret}});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json.value(QStringLiteral("access_token"))
                .toString()
                .startsWith(QLatin1String("fake-at-")));
    const QJsonObject sent
        = confidential.state().value(QStringLiteral("token_requests")).toArray().last().toObject();
    QCOMPARE(sent.value(QStringLiteral("had_client_secret")).toBool(), true);

    // HTTP Basic client authentication (RFC 6749 2.3.1) works too, for the refresh.
    const QByteArray basic = "Basic "
        + (QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(options.clientSecret))
              .toBase64();
    answer = token(confidential,
                   {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"),
                     confidential.state()
                         .value(QStringLiteral("refresh_tokens"))
                         .toArray()
                         .last()
                         .toString()}},
                   {{QByteArrayLiteral("Authorization"), basic}});
    QCOMPARE(answer.status, 200);

    // The secret went through the environment, not the command line.
    QVERIFY(!confidential.failureReport().contains(options.clientSecret));
}

void FakeAuthServerTest::tokenModes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("json");
    QTest::newRow("server_error") << QStringLiteral("server_error") << 500
                                  << QStringLiteral("server_error") << true;
    QTest::newRow("invalid_grant")
        << QStringLiteral("invalid_grant") << 400 << QStringLiteral("invalid_grant") << true;
    QTest::newRow("not-json") << QStringLiteral("not-json") << 200 << QString() << false;
}

void FakeAuthServerTest::tokenModes()
{
    QFETCH(QString, mode);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(bool, json);
    const Pkce pkce = makePkce();
    const QString code = obtainCode(*m_server, pkce);
    QVERIFY(!code.isEmpty());
    QVERIFY2(m_server->setTokenMode(mode), qPrintable(m_server->errorString()));
    const Http answer = redeem(*m_server, code, pkce.verifier, m_redirectUri);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.contentType.startsWith(QLatin1String("application/json")), json);
    QVERIFY(!answer.body.contains("fake-at-"));
    if (json)
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), error);
    else
        QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
    // The mode did not spend the code: back to "ok", it still works.
    QVERIFY(m_server->setTokenMode(QStringLiteral("ok")));
    QCOMPARE(redeem(*m_server, code, pkce.verifier, m_redirectUri).status, 200);
}

void FakeAuthServerTest::slowTokenDoesNotBlockOthers()
{
    QVERIFY(m_server->setTokenMode(QStringLiteral("slow")));
    QNetworkRequest slowRequest(m_server->tokenUrl());
    slowRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> slow(m_network->post(
        slowRequest, formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}})));
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject state = m_server->state();
    QVERIFY2(!state.isEmpty(), qPrintable(m_server->errorString()));
    QCOMPARE(state.value(QStringLiteral("token_mode")).toString(), QStringLiteral("slow"));
    QVERIFY(m_server->setTokenMode(QStringLiteral("ok")));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!slow->isFinished());
    QTest::qWait(1000);
    QVERIFY(!slow->isFinished());
    slow->abort();
}

void FakeAuthServerTest::stopsCleanlyWithSlowRequestPending()
{
    FakeAuthServer server(clientId);
    QVERIFY2(server.start(), qPrintable(server.failureReport()));
    QVERIFY(server.setTokenMode(QStringLiteral("slow")));
    QNetworkRequest slowRequest(server.tokenUrl());
    slowRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> slow(m_network->post(
        slowRequest, formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}})));
    QTRY_COMPARE_WITH_TIMEOUT(
        server.state().value(QStringLiteral("token_requests")).toArray().size(), 1, 5000);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(server.stop(), qPrintable(server.failureReport()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(server.standardOutput().contains("stopped"));
    QVERIFY(slow->isFinished() || QSignalSpy(slow.get(), &QNetworkReply::finished).wait(5000));
    QVERIFY(slow->error() != QNetworkReply::NoError);
}

void FakeAuthServerTest::accessTokenLifetime()
{
    QVERIFY(m_server->setAccessTokenLifetime(120));
    const Pkce pkce = makePkce();
    const Http answer
        = redeem(*m_server, obtainCode(*m_server, pkce), pkce.verifier, m_redirectUri);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QStringLiteral("expires_in")).toInt(), 120);
    const QJsonObject claims = jwtPayload(answer.json.value(QStringLiteral("id_token")).toString());
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger()
                 - claims.value(QStringLiteral("iat")).toInteger(),
             120);
    // 0: tokens that are already stale when they arrive, for expiry tests.
    QVERIFY(m_server->setAccessTokenLifetime(0));
    const Http refreshed = token(*m_server,
                                 {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("refresh_token"),
                                   answer.json.value(QStringLiteral("refresh_token")).toString()},
                                  {QStringLiteral("client_id"), clientId}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json.value(QStringLiteral("expires_in")).toInt(), 0);
}

void FakeAuthServerTest::controlRejectsNonsense()
{
    QVERIFY(!m_server->setAuthorizeMode(QStringLiteral("maybe")));
    QVERIFY(m_server->errorString().contains(QLatin1String("400")));
    QVERIFY(!m_server->setTokenMode(QStringLiteral("sometimes")));
    QVERIFY(!m_server->setAccessTokenLifetime(-1));
    const QJsonObject state = m_server->state();
    QCOMPARE(state.value(QStringLiteral("authorize_mode")).toString(), QStringLiteral("approve"));
    QCOMPARE(state.value(QStringLiteral("token_mode")).toString(), QStringLiteral("ok"));
}

void FakeAuthServerTest::discovery()
{
    const Http answer = request(QByteArrayLiteral("GET"), m_server->discoveryUrl());
    QCOMPARE(answer.status, 200);
    QCOMPARE(QUrl(answer.json.value(QStringLiteral("authorization_endpoint")).toString()),
             m_server->authorizeUrl());
    QCOMPARE(QUrl(answer.json.value(QStringLiteral("token_endpoint")).toString()),
             m_server->tokenUrl());
    QCOMPARE(answer.json.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
             QJsonArray({QStringLiteral("S256")}));
}

void FakeAuthServerTest::visitFollowsToLoopback()
{
    LoopbackTarget target;
    QVERIFY(target.isListening());
    const Pkce pkce = makePkce();
    QUrl url = m_server->authorizeUrl();
    url.setQuery(authorizeQuery(pkce, target.redirectUri()));

    const BrowserVisit visit = m_server->visit(url);
    QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
    QCOMPARE(visit.finalHttpStatus, 200);
    QCOMPARE(visit.chain.size(), 2);
    QCOMPARE(visit.chain.first(), url);
    QVERIFY(visit.body.contains("Signed in"));
    QCOMPARE(visit.finalUrl.port(), QUrl(target.redirectUri()).port());
    const QUrlQuery query(visit.finalUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-4711"));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(code.startsWith(QLatin1String("fake-code-")));
    QCOMPARE(target.targets().size(), 1);
    QVERIFY(target.targets().first().contains("code=fake-code-"));
    QCOMPARE(redeem(*m_server, code, pkce.verifier, target.redirectUri()).status, 200);

    // Denied: the browser still lands on the loopback, with the error.
    QVERIFY(m_server->setAuthorizeMode(QStringLiteral("deny")));
    const BrowserVisit denied = m_server->visit(url);
    QCOMPARE(denied.finalHttpStatus, 200);
    QCOMPARE(QUrlQuery(denied.finalUrl).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));

    // Nobody listening at the redirect URI: a transport error, not a status.
    QVERIFY(m_server->setAuthorizeMode(QStringLiteral("approve")));
    QUrl toClosed = m_server->authorizeUrl();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString closedUri = QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort());
    probe.close();
    toClosed.setQuery(authorizeQuery(makePkce(), closedUri));
    const BrowserVisit refused = m_server->visit(toClosed, 5000);
    QCOMPARE(refused.finalHttpStatus, 0);
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(refused.finalUrl.toString().startsWith(closedUri));
}

void FakeAuthServerTest::visitStaysOnLoopback()
{
    const BrowserVisit visit
        = m_server->visit(QUrl(QStringLiteral("http://accounts.example.test/o/oauth2/auth")));
    QCOMPARE(visit.finalHttpStatus, 0);
    QVERIFY(visit.error.contains(QLatin1String("loopback")));

    // no-redirect mode: the browser just sits on the sign-in page.
    QVERIFY(m_server->setAuthorizeMode(QStringLiteral("no-redirect")));
    QUrl url = m_server->authorizeUrl();
    url.setQuery(authorizeQuery(makePkce(), m_redirectUri));
    const BrowserVisit stuck = m_server->visit(url);
    QCOMPARE(stuck.finalHttpStatus, 200);
    QCOMPARE(stuck.finalUrl, url);
    QVERIFY(stuck.error.isEmpty());
}

void FakeAuthServerTest::serverLogsNoTokenValues()
{
    // At least one of everything was issued by now (and once more here, to be sure).
    const Pkce pkce = makePkce();
    const Http answer
        = redeem(*m_server, obtainCode(*m_server, pkce), pkce.verifier, m_redirectUri);
    QCOMPARE(answer.status, 200);
    QVERIFY(!m_server->state().value(QStringLiteral("refresh_tokens")).toArray().isEmpty());

    const QByteArray output = m_server->standardOutput() + m_server->standardError();
    QVERIFY(output.contains("GET /authorize?"));
    QVERIFY(output.contains("POST /token"));
    for (const QByteArray &prefix : {QByteArrayLiteral("fake-at-"), QByteArrayLiteral("fake-rt-"),
                                     QByteArrayLiteral("fake-code-")})
        QVERIFY2(!output.contains(prefix), prefix.constData());
    QVERIFY(!output.contains(pkce.verifier));
    QVERIFY(!output.contains(pkce.challenge));
}

QTEST_GUILESS_MAIN(FakeAuthServerTest)
#include "tst_fakeauthserver.moc"
