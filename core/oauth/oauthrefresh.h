// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauthtokenrequest.h"

namespace Sendcheck {

// Trades a refresh token for a new access token at the provider's token endpoint (RFC 6749
// section 6), through QtNetworkAuth. finished() comes exactly once, asynchronously, with the
// new tokens (the refresh token, client secret, account and scopes carried over unless the
// provider sent new ones) or with SignInExpired when the provider no longer accepts the
// refresh token. setTimeout() limits the whole renewal (default 30 s).
class OAuthRefresh : public OAuthTokenRequest
{
    Q_OBJECT

public:
    OAuthRefresh(const OAuthConfig &config, const OAuthTokens &current, QObject *parent = nullptr);
    ~OAuthRefresh() override;

    void start();

private:
    [[nodiscard]] OAuthOutcome timedOut() const override;
    void onGranted();

    OAuthTokens m_current;
};

} // namespace Sendcheck
