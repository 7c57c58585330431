// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sendcheck {

// The organizational domain of a name (RFC 7489 3.2): its registrable domain by the public
// suffix list (libpsl, using the newest of its built-in list and the system's
// /usr/share/publicsuffix). "mail.example.co.uk" -> "example.co.uk". A name that is itself a
// public suffix, or that the list does not know, is its own organizational domain.
class OrganizationalDomain
{
public:
    [[nodiscard]] static QString of(const QString &domain);
    // Relaxed alignment (RFC 7489 3.1): the same organizational domain.
    [[nodiscard]] static bool aligned(const QString &a, const QString &b, bool strict);
};

} // namespace Sendcheck
