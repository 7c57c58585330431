// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/secretbuffer.h"

#include <QString>

namespace Sendcheck {

// The outcome of one CredentialStore operation. Move-only: a read's secret is one SecretBuffer,
// which the receiver moves on (or lets go, and it is wiped).
struct CredentialResult
{
    enum class Status {
        Ok,
        // Nothing found under the key. NOT proof that nothing is saved: a locked keyring answers
        // reads this way too (QtKeychain 0.13 + gnome-keyring), so never overwrite on this basis.
        NotFound,
        // No secure storage at all (no D-Bus session, no Secret Service): keep the secret for
        // this session only; nothing may be written to disk instead.
        Unavailable,
        AccessDenied, // refused: the keyring is locked, or the user said no
        Error, // anything else; see message
    };

    Status status = Status::Error;
    SecretBuffer secret; // read() only; UTF-8
    QString message; // for people; never contains the secret

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

} // namespace Sendcheck
