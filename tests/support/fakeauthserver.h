// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace TestSupport {

// How the fake authorization server is set up (outside the class so `= {}` works as a default
// argument despite the member initialisers).
struct FakeAuthServerOptions
{
    // When set, the token endpoint requires it (Google's desktop clients). Handed to the server
    // through its environment, never its command line.
    QString clientSecret;
    QString account = QStringLiteral("user@example.test");
    // Space-separated scopes the client must ask for; the requested scope is granted.
    QString scope;
    int accessTokenLifetime = 3600;
    // A refresh returns a new refresh token and revokes the one used.
    bool rotateRefreshTokens = false;
};

// What the "browser" ended on after following the redirects of an authorization URL.
struct BrowserVisit
{
    // HTTP status of the last response, 0 when none came (connection refused, timeout).
    int finalHttpStatus = 0;
    // The last URL requested: for a signed-in user the client's loopback redirect URI with
    // ?code=...&state=... (or ?error=...).
    QUrl finalUrl;
    QByteArray body;
    // Empty when an HTTP response arrived; otherwise the transport error or the timeout.
    QString error;
    // Every URL requested, in order, the authorization URL first.
    QList<QUrl> chain;
};

// tests/peers/fake_oauth_server.py, a local OAuth 2.0 authorization server shaped like Google's
// and Microsoft's (authorization code + PKCE S256, loopback redirect URIs, refresh tokens), run
// as a PeerProcess on 127.0.0.1. Tokens look like "fake-at-<hex>", "fake-rt-<hex>" and codes
// "fake-code-<hex>", so a test can search any output for them.
//
//   TestSupport::FakeAuthServer auth(QStringLiteral("client-1"), {.scope =
//   "https://mail.google.com/"}); QVERIFY2(auth.start(), qPrintable(auth.failureReport()));
//   flow.setAuthorizationUrl(auth.authorizeUrl()); flow.setAccessTokenUrl(auth.tokenUrl());
//   ... on authorizeWithBrowser(url): const BrowserVisit visit = auth.visit(url);
//
// The control calls and visit() block in a nested event loop, so a client under test in the
// same thread (its loopback reply handler included) keeps running meanwhile.
class FakeAuthServer
{
public:
    explicit FakeAuthServer(const QString &clientId, const FakeAuthServerOptions &options = {});
    ~FakeAuthServer();
    FakeAuthServer(const FakeAuthServer &) = delete;
    FakeAuthServer &operator=(const FakeAuthServer &) = delete;

    // False when /usr/bin/python3 or the script is missing or the server did not come up;
    // failureReport() says why.
    [[nodiscard]] bool start(int timeoutMs = 20000);
    bool stop();
    [[nodiscard]] QString failureReport();
    // The last control call's error (empty after a success).
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString clientId() const { return m_clientId; }
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:<port>
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl authorizeUrl() const;
    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl discoveryUrl() const;

    // "approve" (default), "deny", "wrong-state", "no-redirect".
    bool setAuthorizeMode(const QString &mode);
    // "ok" (default), "invalid_grant", "server_error", "slow" (30 s), "not-json".
    bool setTokenMode(const QString &mode);
    bool revokeRefreshTokens();
    bool setAccessTokenLifetime(int seconds);
    // GET /control/state: access_tokens, refresh_tokens, token_requests, authorize_requests,
    // authorize_mode, token_mode. Empty object (and errorString()) on failure.
    [[nodiscard]] QJsonObject state();

    // Plays the user's browser: GETs the authorization URL and follows redirects (at most 10)
    // wherever they lead, normally to the loopback redirect URI of the client under test.
    [[nodiscard]] BrowserVisit visit(const QUrl &authorizationUrl, int timeoutMs = 15000);

    // The server's own output, e.g. to check it never printed a token.
    [[nodiscard]] QByteArray standardOutput();
    [[nodiscard]] QByteArray standardError();

private:
    std::optional<QJsonObject> control(const QJsonObject &request);

    QString m_clientId;
    FakeAuthServerOptions m_options;
    std::unique_ptr<PeerProcess> m_peer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_error;
};

} // namespace TestSupport
