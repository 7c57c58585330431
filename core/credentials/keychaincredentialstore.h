// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace Sendcheck {

// The OS keychain through QtKeychain: service "sendcheck", keys "profile/<id>" (and
// "profile/<id>/oauth-refresh", reserved). The insecure fallback (a plain file) is switched
// off explicitly on every job. Status mapping, from what QtKeychain 0.13.2 really does on
// Linux:
//   no session bus / no Secret Service -> OtherError          -> Unavailable
//   locked keyring, write              -> AccessDenied         -> AccessDenied
//   locked keyring, read               -> EntryNotFound (!)    -> NotFound, with a message
//                                         that says "or your keyring is locked"
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QByteArray &secret, QObject *context,
               Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;

    [[nodiscard]] static QString serviceName();

private:
    void removeKey(const QString &key, QObject *context, Callback done);
};

} // namespace Sendcheck
