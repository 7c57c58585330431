// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialresult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Sendcheck {

// Where a profile's secrets are kept, by profile id: its password (or key) and, for a profile
// that signs in with OAuth, one entry holding its tokens. Asynchronous because the OS keychain
// is: each call returns at once and later calls `done` exactly once, from the event loop (never
// from inside the call, so callers can rely on the order), unless `context` was destroyed
// first, in which case `done` is dropped. Implementations never log a secret; they may log keys
// and statuses.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr) : QObject(parent) { }

    // The password or key.
    void read(const QString &profileId, QObject *context, Callback done);
    // Writes or overwrites. Only call it with a secret the user has just given.
    void write(const QString &profileId, const QByteArray &secret, QObject *context, Callback done);
    // The OAuth tokens, as one opaque blob (core/oauth's OAuthTokens::serialize()): one entry,
    // so a refresh that rotates both tokens is written all at once or not at all.
    void readOAuthTokens(const QString &profileId, QObject *context, Callback done);
    void writeOAuthTokens(const QString &profileId, const QByteArray &serialized, QObject *context,
                          Callback done);
    // Removes the OAuth tokens only ("sign out"). Ok, or NotFound when there were none.
    void removeOAuthTokens(const QString &profileId, QObject *context, Callback done);
    // Removes everything stored for the profile (its password and its OAuth tokens). Ok or
    // NotFound when there was nothing to remove (libsecret says Ok, others NotFound).
    void remove(const QString &profileId, QObject *context, Callback done);

    // "profile/<id>": the password or key.
    [[nodiscard]] static QString secretKey(const QString &profileId);
    // "profile/<id>/oauth": the OAuth tokens.
    [[nodiscard]] static QString oauthTokensKey(const QString &profileId);

protected:
    virtual void readKey(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeKey(const QString &key, const QByteArray &secret, QObject *context,
                          Callback done)
        = 0;
    virtual void removeKey(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace Sendcheck
