// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// A fact about signing in that holds for a whole provider, beyond the secret kind and the fixed
// user name each preset already names. The diagnosis reads them to tell a refused sign-in's
// likely cause.
enum class AuthNote {
    SmtpAuthSwitch, // sending from apps (SMTP AUTH) must be switched on per mailbox or tenant
    PasswordSignInRetiring, // the provider is withdrawing password (basic) sign-in for SMTP
};
[[nodiscard]] QString authNoteName(AuthNote note); // "smtp-auth-switch", ...
[[nodiscard]] std::optional<AuthNote> authNoteFromName(const QString &name);

// The presets of one provider and what the diagnosis needs to recognise its servers: which
// server names belong to it, which ports it says do not work, facts about signing in. Read from
// the "families" list of a preset file; "gmail", "microsoft", "ses", ... are the ids the
// diagnosis's provider hints are written for.
struct ProviderFamily
{
    QString id; // lower-case letters, digits and '-'
    QStringList presetIds; // the presets of this provider, in the catalog's sense
    QStringList hostPatterns; // regular expressions over a server name, case-insensitive
    QList<quint16> unsupportedPorts; // ports the provider says do not work for sending
    QList<AuthNote> authNotes;

    // Whether `host` (surrounding spaces ignored) is one of this provider's servers.
    [[nodiscard]] bool matchesHost(const QString &host) const;
    [[nodiscard]] bool hasAuthNote(AuthNote note) const { return authNotes.contains(note); }

    // Reads and validates one family; `error` names the field that is wrong (in Provider's
    // words: a family is part of a preset file).
    [[nodiscard]] static std::optional<ProviderFamily> fromJson(const QJsonObject &object,
                                                                QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
