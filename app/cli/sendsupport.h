// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sendcheck {
struct SessionResult;
}

// What `send` needs beyond the engine: the saved profile, its keychain secret, and the
// plain-language explanation of a failure.

// The saved profile called `name`, or a fresh unsaved profile when `name` is empty.
[[nodiscard]] std::optional<Sendcheck::Profile> loadProfileForSend(const QString &name,
                                                                   QString *error);
// The secret kept in the keychain for a saved profile. Fails (with the reason and what to do)
// when the profile is not saved, nothing is stored, or the keychain cannot be reached.
[[nodiscard]] std::optional<QByteArray> secretFromKeychain(const Sendcheck::Profile &profile,
                                                           QString *error);

void printExplanation(const Sendcheck::SessionResult &result, const Sendcheck::Profile &profile);
// Adds "topic" and "explanation" to a session's JSON when it failed.
void addExplanationJson(QJsonObject &object, const Sendcheck::SessionResult &result,
                        const Sendcheck::Profile &profile);
