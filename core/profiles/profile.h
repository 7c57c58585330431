// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatepin.h"
#include "profileimap.h"

#include "smtp/serversettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// One saved set of outgoing-mail settings ("Work Gmail", "Lab Postfix"). A plain value type
// that is written to profiles.json and to export files, so it holds NO secret: the password or
// token lives in the CredentialStore under the profile's id.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::Profile)

public:
    QString id; // stable across renames (a QUuid without braces); keys the keychain entry
    QString name; // unique, chosen by the user
    QString presetId; // the ProviderCatalog preset it was made from; empty for none
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    AuthMechanism mechanism = AuthMechanism::Auto;
    QString userName;
    QString from;
    QStringList defaultTo;
    QString ehloName; // empty: derived from this machine
    int timeoutSeconds = 0; // 0: the engine's RFC 5321 defaults; otherwise caps every timer
    QString caFile;
    // Certificates trusted for this profile, each for one host and port. Only the ones for the
    // profile's own host and port are used (toServerSettings()); ProfileRules drops the others
    // when the server changes. JSON: "pins": [{"host", "port", "sha256"}]; the older
    // "trustedSha256": ["hex", ...] is still read, bound to the profile's host and port.
    QList<CertificatePin> pins;
    bool allowPlainAuth = false;

    // How the profile signs in: with the password (or key) in the keychain, or with OAuth 2.0
    // tokens in the keychain that the provider issued after "Sign in with ...".
    enum class SignIn { Password, OAuth };
    SignIn signIn = SignIn::Password;
    // The OAuth app registration the user (or their organisation) made with the provider: not
    // secret (it is sent in the browser's address bar). A client secret, when the provider
    // demands one, lives in the keychain with the tokens.
    QString oauthClientId;
    QString oauthTenant; // Microsoft: tenant id or domain, "organizations", "consumers"...
    QString oauthAccount; // who signed in last, as the provider said; shown, never trusted
    // The mailbox a sent test message is read back from (JSON "imap"; see ProfileImap).
    ProfileImap imap;

    [[nodiscard]] bool usesOAuth() const { return signIn == SignIn::OAuth; }

    // A new profile with a fresh id.
    [[nodiscard]] static Profile create(const QString &name);
    [[nodiscard]] static QString newId();
    // Whether `id` is one newId() makes: a UUID, lower case, without braces.
    [[nodiscard]] static bool isValidId(const QString &id);

    // The fingerprints trusted for `host` and `port`.
    [[nodiscard]] QList<QByteArray> pinsFor(const QString &pinHost, quint16 pinPort) const;

    [[nodiscard]] QJsonObject toJson() const;
    // Validates as it reads; unknown keys are ignored, and so is any key that would carry a
    // secret ("password", "secret", "token": a hand-edited or foreign file may contain one).
    [[nodiscard]] static std::optional<Profile> fromJson(const QJsonObject &object, QString *error);

    [[nodiscard]] ServerSettings toServerSettings() const;

    // "AB:CD:..." or "abcd..." (64 hex digits, colons and spaces allowed) -> lowercase hex.
    [[nodiscard]] static std::optional<QByteArray> normalizeSha256(const QString &text);
    // Reads a JSON list of {"host", "port", "sha256"} into `pins` (an absent or null value is
    // an empty list); false with the reason in `error` for anything else.
    [[nodiscard]] static bool readPinList(const QJsonValue &list, QList<CertificatePin> *pins,
                                          QString *error);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Sendcheck
