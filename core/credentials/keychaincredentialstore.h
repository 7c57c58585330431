// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace Sendcheck {

// The OS keychain through QtKeychain: service "sendcheck", keys "profile/<id>" (and
// "profile/<id>/oauth" for OAuth tokens). The insecure fallback (a plain file) is switched
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

    [[nodiscard]] static QString serviceName();

protected:
    void readKey(const QString &key, QObject *context, Callback done) override;
    void writeKey(const QString &key, QByteArrayView secret, QObject *context,
                  Callback done) override;
    void removeKey(const QString &key, QObject *context, Callback done) override;
};

} // namespace Sendcheck
