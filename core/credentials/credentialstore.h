// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialresult.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sendcheck {

// Where a profile's secrets are kept, by profile id: its password (or key) and, for a profile
// that signs in with OAuth, one entry holding its tokens.
//
// A profile id is only used when it is a UUID in canonical form (isValidProfileId(), what
// ProfileStore issues); any other id is refused with Status::Error before a key is built, so
// an id like "<another id>/oauth" can never name another profile's entry. Each entry holds a
// record that names the profile and the kind (password or oauth) it was written for:
//   {"sendcheckSecret": 1, "profile": "<id>", "kind": "password"|"oauth"|"imap",
//    "secret": base64}
// and a read checks both, so a record is only ever handed to the profile and the use it was
// written for (Status::Error otherwise). Entries written by Sendcheck before the record
// existed hold the bare secret; they are accepted only under the exact key of a valid id
// (which names exactly one profile and one kind) and are rewritten as a record on that read.
// Asynchronous because the OS keychain is: each call returns at once and later calls `done` exactly
// once, from the event loop (never from inside the call, so callers can rely on the order), unless
// `context` was destroyed first, in which case `done` is dropped. Implementations never log a
// secret; they may log keys and statuses.
//
// A read's secret reaches `done` as the one SecretBuffer in the result, passed by value: take it
// with std::move(result.secret); what is not taken is wiped when `done` returns. The copies a
// keychain API forces on the way (QtKeychain's QString and QByteArray, the JSON of the record)
// are overwritten once their bytes are in the buffer; what a library keeps inside (QtKeychain's
// job data on write, libsecret, the QJsonDocument's own storage) cannot be reached from here.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(CredentialResult)>;

    explicit CredentialStore(QObject *parent = nullptr) : QObject(parent) { }

    // The password or key.
    void read(const QString &profileId, QObject *context, Callback done);
    // Writes or overwrites. Only call it with a secret the user has just given.
    void write(const QString &profileId, QByteArrayView secret, QObject *context, Callback done);
    // The OAuth tokens, as one opaque blob (core/oauth's OAuthTokens::serialize()): one entry,
    // so a refresh that rotates both tokens is written all at once or not at all.
    void readOAuthTokens(const QString &profileId, QObject *context, Callback done);
    void writeOAuthTokens(const QString &profileId, QByteArrayView serialized, QObject *context,
                          Callback done);
    // Removes the OAuth tokens only ("sign out"). Ok, or NotFound when there were none.
    void removeOAuthTokens(const QString &profileId, QObject *context, Callback done);
    // The password of the read-back mailbox when it is another account than the SMTP one
    // (Profile::imap's user name): an entry of its own kind, never handed out as the password.
    void readImapPassword(const QString &profileId, QObject *context, Callback done);
    void writeImapPassword(const QString &profileId, QByteArrayView secret, QObject *context,
                           Callback done);
    void removeImapPassword(const QString &profileId, QObject *context, Callback done);
    // Removes everything stored for the profile (its password, its OAuth tokens and its mailbox
    // password). Ok or NotFound when there was nothing to remove (libsecret says Ok, others
    // NotFound).
    void remove(const QString &profileId, QObject *context, Callback done);

    // Whether `profileId` may name a keychain entry: a UUID, lower case, without braces.
    [[nodiscard]] static bool isValidProfileId(const QString &profileId);

    // "profile/<id>": the password or key.
    [[nodiscard]] static QString secretKey(const QString &profileId);
    // "profile/<id>/oauth": the OAuth tokens.
    [[nodiscard]] static QString oauthTokensKey(const QString &profileId);
    // "profile/<id>/imap": the read-back mailbox's own password.
    [[nodiscard]] static QString imapPasswordKey(const QString &profileId);

    enum class Kind { Password, OAuthTokens, ImapPassword };
    [[nodiscard]] static QString keyFor(const QString &profileId, Kind kind);
    // The record stored for `secret` (see above), and the secret of a record read back for
    // `profileId` and `kind`: nullopt when the record belongs to another profile or kind or is
    // damaged. `legacy` is set when `stored` is a bare secret from before the record.
    [[nodiscard]] static SecretBuffer wrap(const QString &profileId, Kind kind,
                                           QByteArrayView secret);
    [[nodiscard]] static std::optional<SecretBuffer>
    unwrap(QByteArrayView stored, const QString &profileId, Kind kind, bool *legacy);

protected:
    virtual void readKey(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeKey(const QString &key, QByteArrayView secret, QObject *context,
                          Callback done)
        = 0;
    virtual void removeKey(const QString &key, QObject *context, Callback done) = 0;

private:
    void readRecord(const QString &profileId, Kind kind, QObject *context, Callback done);
    void writeRecord(const QString &profileId, Kind kind, QByteArrayView secret, QObject *context,
                     Callback done);
    // Removes `keys` one after the other; answers with what `status` (and its `message`) so far
    // and each removal add up to.
    void removeKeys(QStringList keys, CredentialResult::Status status, const QString &message,
                    QPointer<QObject> context, Callback done);
    // Answers `done` from the event loop with the refusal of an invalid id.
    void refuseId(const QString &profileId, QObject *context, Callback done);
};

} // namespace Sendcheck
