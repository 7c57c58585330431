// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace Sendcheck {

// The name a session greets with: the configured one, else this machine's host name when it is
// fully qualified, else the address literal of our end of the connection (RFC 5321 4.1.3).
[[nodiscard]] QString ehloName(const QString &configured, const QHostAddress &localAddress);

} // namespace Sendcheck
