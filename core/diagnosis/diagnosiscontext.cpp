// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosiscontext.h"

#include "profiles/profile.h"

namespace Sendcheck {

DiagnosisContext DiagnosisContext::forProfile(const Profile &profile, bool tlsActive,
                                              const std::optional<OAuthServerError> &oauthError)
{
    DiagnosisContext context;
    context.host = profile.host;
    context.port = profile.port;
    context.security = profile.security;
    context.mechanism = profile.mechanism;
    context.presetId = profile.presetId;
    context.tlsActive = tlsActive;
    context.oauthError = oauthError;
    context.userName = profile.userName;
    context.signedInAccount = profile.oauthAccount;
    return context;
}

} // namespace Sendcheck
