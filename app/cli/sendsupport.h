// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/oauthoutcome.h"
#include "profiles/profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Sendcheck {
class ProfileStore;
struct Credentials;
struct SessionResult;
} // namespace Sendcheck

// What `send` needs beyond the engine: the saved profile, its keychain secret, and the
// plain-language explanation of a failure.

// Loads `store` and finds the profile called (or with the id) `name`; nullptr with the reason
// in `error` when the store cannot be read or has no such profile.
[[nodiscard]] const Sendcheck::Profile *findSavedProfile(Sendcheck::ProfileStore &store,
                                                         const QString &name, QString *error);
// The saved profile called `name`, or a fresh unsaved profile when `name` is empty.
[[nodiscard]] std::optional<Sendcheck::Profile> loadProfileForSend(const QString &name,
                                                                   QString *error);
// The secret kept in the keychain for a saved profile. Fails (with the reason and what to do)
// when the profile is not saved, nothing is stored, or the keychain cannot be reached.
[[nodiscard]] std::optional<QByteArray> secretFromKeychain(const Sendcheck::Profile &profile,
                                                           QString *error);

// Runs one asynchronous OAuthAccess call (`call(context, done)`) in a local event loop and
// returns what it reported.
[[nodiscard]] Sendcheck::OAuthOutcome awaitOAuth(
    const std::function<void(QObject *context,
                             std::function<void(const Sendcheck::OAuthOutcome &)> done)> &call);

// What an OAuth profile signs in with: its access token from the keychain, renewed at the
// provider first when it expires within a minute (and saved back). Fails with the reason and
// what to do (sign in, sign in again, unlock the keyring).
[[nodiscard]] std::optional<Sendcheck::Credentials>
oauthCredentialsFromKeychain(const Sendcheck::Profile &profile, QString *error);

void printExplanation(const Sendcheck::SessionResult &result, const Sendcheck::Profile &profile);
// Adds "topic" and "explanation" to a session's JSON when it failed.
void addExplanationJson(QJsonObject &object, const Sendcheck::SessionResult &result,
                        const Sendcheck::Profile &profile);
