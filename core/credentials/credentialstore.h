// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialresult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Sendcheck {

// Where a profile's password or token is kept, by profile id. Asynchronous because the OS
// keychain is: each call returns at once and later calls `done` exactly once, from the event
// loop (never from inside the call, so callers can rely on the order), unless `context` was
// destroyed first, in which case `done` is dropped. Implementations never log a secret; they
// may log keys and statuses.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr) : QObject(parent) { }

    virtual void read(const QString &profileId, QObject *context, Callback done) = 0;
    // Writes or overwrites. Only call it with a secret the user has just given.
    virtual void write(const QString &profileId, const QByteArray &secret, QObject *context,
                       Callback done)
        = 0;
    // Removes everything stored for the profile (its password and any OAuth refresh token).
    // Ok or NotFound when there was nothing to remove (libsecret says Ok, others NotFound).
    virtual void remove(const QString &profileId, QObject *context, Callback done) = 0;

    // "profile/<id>": the password or access secret.
    [[nodiscard]] static QString secretKey(const QString &profileId);
    // "profile/<id>/oauth-refresh": reserved for the OAuth refresh token.
    [[nodiscard]] static QString oauthRefreshKey(const QString &profileId);
};

} // namespace Sendcheck
