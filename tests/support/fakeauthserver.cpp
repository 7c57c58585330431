// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeauthserver.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTimer>

namespace TestSupport {

namespace {

const QString secretVariable = QStringLiteral("SENDCHECK_FAKE_OAUTH_CLIENT_SECRET");
constexpr int controlTimeoutMs = 10000;

struct Exchange
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QString error;
};

// One request, answered or given up on after timeoutMs, in a nested event loop (tests only).
Exchange exchange(QNetworkAccessManager &network, const QByteArray &verb, QNetworkRequest request,
                  const QByteArray &body, int timeoutMs)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0);
    std::unique_ptr<QNetworkReply> reply(
        network.sendCustomRequest(request, verb, body.isEmpty() ? QByteArray() : body));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Exchange result;
    if (timedOut) {
        reply->abort();
        result.error = QStringLiteral("no answer from %1 within %2 ms")
                           .arg(request.url().toString(QUrl::RemoveQuery))
                           .arg(timeoutMs);
        return result;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        result.status = status.toInt();
        result.body = reply->readAll();
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty())
            result.location = request.url().resolved(QUrl::fromEncoded(location));
    } else {
        result.error = reply->errorString();
    }
    return result;
}

} // namespace

FakeAuthServer::FakeAuthServer(const QString &clientId, const FakeAuthServerOptions &options)
    : m_clientId(clientId), m_options(options)
{ }

FakeAuthServer::~FakeAuthServer()
{
    stop();
}

bool FakeAuthServer::start(int timeoutMs)
{
    const QString python = PeerProcess::python();
    const QString script = testDataPath(QStringLiteral("peers/fake_oauth_server.py"));
    if (!QFileInfo(python).isExecutable()) {
        m_error = QStringLiteral("%1 not found: install the Debian package python3 (apt-get "
                                 "install python3); the fake OAuth server needs it")
                      .arg(python);
        return false;
    }
    if (!QFileInfo::exists(script)) {
        m_error = QStringLiteral("the fake OAuth server script %1 is missing").arg(script);
        return false;
    }

    QStringList arguments {script,
                           QStringLiteral("--port"),
                           QStringLiteral("0"),
                           QStringLiteral("--client-id"),
                           m_clientId,
                           QStringLiteral("--account"),
                           m_options.account,
                           QStringLiteral("--access-token-lifetime"),
                           QString::number(m_options.accessTokenLifetime)};
    if (!m_options.scope.isEmpty())
        arguments << QStringLiteral("--scope") << m_options.scope;
    if (m_options.rotateRefreshTokens)
        arguments << QStringLiteral("--rotate-refresh-tokens");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(secretVariable);
    if (!m_options.clientSecret.isEmpty()) {
        environment.insert(secretVariable, m_options.clientSecret);
        arguments << QStringLiteral("--client-secret-env") << secretVariable;
    }

    m_peer = std::make_unique<PeerProcess>(python, arguments, environment);
    if (!m_peer->start(timeoutMs)) {
        m_error = m_peer->errorString();
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    // An http_proxy in the environment must not see (or swallow) loopback requests.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_error.clear();
    return true;
}

bool FakeAuthServer::stop()
{
    m_network.reset();
    return m_peer ? m_peer->stop() : true;
}

QString FakeAuthServer::failureReport()
{
    if (!m_peer)
        return QStringLiteral("fake OAuth server: %1").arg(m_error);
    return QStringLiteral("fake OAuth server: %1\n%2").arg(m_error, m_peer->failureReport());
}

quint16 FakeAuthServer::port() const
{
    return m_peer ? m_peer->port() : 0;
}

QUrl FakeAuthServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl FakeAuthServer::authorizeUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/authorize")));
}

QUrl FakeAuthServer::tokenUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/token")));
}

QUrl FakeAuthServer::discoveryUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/.well-known/openid-configuration")));
}

std::optional<QJsonObject> FakeAuthServer::control(const QJsonObject &request)
{
    if (!m_network) {
        m_error = QStringLiteral("the fake OAuth server is not running");
        return std::nullopt;
    }
    const bool isGet = request.isEmpty();
    QNetworkRequest httpRequest(baseUrl().resolved(
        QUrl(isGet ? QStringLiteral("/control/state") : QStringLiteral("/control"))));
    if (!isGet)
        httpRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
    const Exchange answer = exchange(
        *m_network, isGet ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"), httpRequest,
        isGet ? QByteArray() : QJsonDocument(request).toJson(), controlTimeoutMs);
    if (!answer.error.isEmpty()) {
        m_error = answer.error;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (answer.status != 200 || !document.isObject()) {
        m_error = QStringLiteral("control call answered HTTP %1: %2")
                      .arg(answer.status)
                      .arg(QString::fromUtf8(answer.body.left(500)));
        return std::nullopt;
    }
    m_error.clear();
    return document.object();
}

bool FakeAuthServer::setAuthorizeMode(const QString &mode)
{
    return control({{QStringLiteral("authorize_mode"), mode}}).has_value();
}

bool FakeAuthServer::setTokenMode(const QString &mode)
{
    return control({{QStringLiteral("token_mode"), mode}}).has_value();
}

bool FakeAuthServer::revokeRefreshTokens()
{
    return control({{QStringLiteral("revoke_refresh_tokens"), true}}).has_value();
}

bool FakeAuthServer::setAccessTokenLifetime(int seconds)
{
    return control({{QStringLiteral("access_token_lifetime"), seconds}}).has_value();
}

QJsonObject FakeAuthServer::state()
{
    return control({}).value_or(QJsonObject());
}

BrowserVisit FakeAuthServer::visit(const QUrl &authorizationUrl, int timeoutMs)
{
    BrowserVisit visit;
    // A browser of its own: no cookies or connections shared with the control calls.
    QNetworkAccessManager browser;
    browser.setProxy(QNetworkProxy::NoProxy);
    QDeadlineTimer deadline(timeoutMs);
    QUrl url = authorizationUrl;
    constexpr int maxHops = 10;
    for (int hop = 0; hop <= maxHops; ++hop) {
        visit.finalUrl = url;
        visit.chain.append(url);
        // Tests never reach beyond this machine, whatever a redirect says.
        const QString host = url.host();
        if (url.scheme() != QLatin1String("http")
            || (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost"))) {
            visit.finalHttpStatus = 0;
            visit.body.clear();
            visit.error = QStringLiteral("refusing to visit %1: not an http loopback address")
                              .arg(url.toString(QUrl::RemoveQuery));
            return visit;
        }
        const int remaining = int(qMax<qint64>(1, deadline.remainingTime()));
        const Exchange answer
            = exchange(browser, QByteArrayLiteral("GET"), QNetworkRequest(url), {}, remaining);
        visit.finalHttpStatus = answer.status;
        visit.body = answer.body;
        visit.error = answer.error;
        const bool isRedirect = answer.status >= 300 && answer.status < 400;
        if (!isRedirect || !answer.location.isValid() || answer.location.isEmpty())
            return visit;
        if (deadline.hasExpired()) {
            visit.error
                = QStringLiteral("gave up after %1 ms while being redirected").arg(timeoutMs);
            return visit;
        }
        url = answer.location;
    }
    visit.error = QStringLiteral("more than %1 redirects").arg(maxHops);
    return visit;
}

QByteArray FakeAuthServer::standardOutput()
{
    return m_peer ? m_peer->standardOutput() : QByteArray();
}

QByteArray FakeAuthServer::standardError()
{
    return m_peer ? m_peer->standardError() : QByteArray();
}

} // namespace TestSupport
