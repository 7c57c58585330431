// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/oauthoutcome.h"
#include "profiles/profile.h"
#include "send/preparedsend.h"
#include "send/testsendproblem.h"
#include "send/testsendrequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Sendcheck {
class ProfileStore;
struct SessionResult;
} // namespace Sendcheck

// What `send` needs beyond the engine: the saved profile, the prepared send (TestSend with the
// keychain), and the plain-language explanation of a failure.

// Loads `store` and finds the profile called (or with the id) `name`; nullptr with the reason
// in `error` when the store cannot be read or has no such profile.
[[nodiscard]] const Sendcheck::Profile *findSavedProfile(Sendcheck::ProfileStore &store,
                                                         const QString &name, QString *error);
// The saved profile called `name`, or a fresh unsaved profile when `name` is empty.
[[nodiscard]] std::optional<Sendcheck::Profile> loadProfileForSend(const QString &name,
                                                                   QString *error);
// Runs one asynchronous OAuthAccess call (`call(context, done)`) in a local event loop and
// returns what it reported.
[[nodiscard]] Sendcheck::OAuthOutcome awaitOAuth(
    const std::function<void(QObject *context,
                             std::function<void(const Sendcheck::OAuthOutcome &)> done)> &call);

// Prepares a send through core's TestSend, as the window does: the secret given in `request`,
// else the profile's password from the keychain, else its OAuth sign-in (renewed at the
// provider when it expires within a minute, and saved back). Waits in a local event loop. On a
// problem it prints it, worded with the CLI's flags, and returns nullopt with the exit code in
// `exitCode`: 2, or 7 for an OAuth sign-in that cannot be used (a sign-in failure found before
// connecting).
[[nodiscard]] std::optional<Sendcheck::PreparedSend> prepareSend(Sendcheck::TestSendRequest request,
                                                                 int *exitCode);
// A problem TestSend found, as the CLI words it (naming the flag to fix it with).
[[nodiscard]] QString problemText(const Sendcheck::TestSendProblem &problem,
                                  const Sendcheck::Profile &profile);

void printExplanation(const Sendcheck::SessionResult &result, const Sendcheck::Profile &profile);
// Adds "topic" and "explanation" to a session's JSON when it failed.
void addExplanationJson(QJsonObject &object, const Sendcheck::SessionResult &result,
                        const Sendcheck::Profile &profile);
