// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/oauth: what OAuthSignIn and OAuthRefresh share about driving
// QOAuth2AuthorizationCodeFlow across Qt versions.

#include "oauthconfig.h"
#include "oauthoutcome.h"

#include <QAbstractOAuth>
#include <QMultiMap>
#include <QVariant>

#include <optional>

class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace Sendcheck::OAuthFlowSupport {

// A value we put into a query or form: Qt before 6.9 builds them with QUrlQuery, which sends
// '+' unchanged (a server reads a space) and takes '%' as the start of an escape, so those two
// are escaped here. Newer Qt encodes values itself.
[[nodiscard]] QString queryValue(const QString &value);

// Client id, client secret (if any) and token endpoint.
void configure(QOAuth2AuthorizationCodeFlow *flow, const OAuthConfig &config,
               const QByteArray &clientSecret);

// Removes what Qt 6.4 puts into token requests that providers reject or do not expect: an
// empty client_secret (a public client must not send one: Microsoft refuses the request) and,
// for a refresh, the redirect_uri of a listener that no longer exists.
void tidyTokenRequest(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters);

// Whether `reply` is the answer of the token endpoint of `config`.
[[nodiscard]] bool isTokenEndpointReply(const QNetworkReply *reply, const OAuthConfig &config);

// The failure a finished token endpoint reply means, or nullopt when it carries tokens. Qt 6.4
// only logs a warning for these and never signals, so without this a refused code or a dead
// refresh token would leave the caller waiting. Reads the body with peek(): the flow still
// gets it.
[[nodiscard]] std::optional<OAuthOutcome> tokenEndpointFailure(QNetworkReply *reply,
                                                               bool refreshing);

// Tokens from a granted flow; fields the endpoint left out come from `previous`.
[[nodiscard]] OAuthTokens grantedTokens(const QOAuth2AuthorizationCodeFlow *flow,
                                        const OAuthConfig &config, const OAuthTokens &previous);

} // namespace Sendcheck::OAuthFlowSupport
