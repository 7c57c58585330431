// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

namespace Sendcheck {

QString CredentialStore::secretKey(const QString &profileId)
{
    return QStringLiteral("profile/") + profileId;
}

QString CredentialStore::oauthRefreshKey(const QString &profileId)
{
    return secretKey(profileId) + QStringLiteral("/oauth-refresh");
}

} // namespace Sendcheck
