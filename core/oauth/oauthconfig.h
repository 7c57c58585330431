// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace Sendcheck {

struct Profile;
struct Provider;

// Everything a sign-in or a refresh needs to talk to the provider, resolved from the preset's
// "oauth" section and the profile's own app registration (client id, tenant).
struct OAuthConfig
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::OAuthConfig)

public:
    QString signInName; // "Google"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QStringList scopes;
    QList<std::pair<QString, QString>> authorizationParameters;
    QString clientId;
    bool clientSecretUsual = false;
    QString loginHint; // the profile's user name, so the provider preselects that account
    QString redirectHost = QStringLiteral("127.0.0.1"); // see Provider::OAuth::redirectHost

    // nullopt with `error` when the preset has no OAuth sign-in or the profile no client id.
    // The scopes are the preset's, plus its mailbox's (mailboxScopes()) when the profile reads
    // its test messages back with the same account (Profile::imap).
    [[nodiscard]] static std::optional<OAuthConfig>
    forProfile(const Profile &profile, const Provider *preset, QString *error);
    // The scopes the preset's mailbox needs for IMAP (ProviderImap "scopes"); empty: the
    // sending scopes already open it (Google) or nothing is known.
    [[nodiscard]] static QStringList mailboxScopes(const Provider *preset);
    // Which of those a token issued for `grantedScopes` lacks (empty when none is known).
    [[nodiscard]] static QStringList missingMailboxScopes(const Provider *preset,
                                                          const QStringList &grantedScopes);
};

} // namespace Sendcheck
