// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sendcheck {

enum class Direction {
    Client, // a line we sent (already redacted if it carried a secret)
    Server, // a line the server sent, exactly as received
    Info, // what the engine did or decided ("Connected to 127.0.0.1:587")
    Tls, // TLS facts: handshake done, protocol, cipher, certificate
    Error, // what went wrong
};

// One line of a session. Secrets are removed before an entry is created, never afterwards.
struct TranscriptEntry
{
    qint64 elapsedMs = 0; // since the session started, from a monotonic clock
    Direction direction = Direction::Info;
    QString text;
    bool insideTls = false; // the line travelled inside TLS (client/server lines)
};

// "C", "S", "*", "T", "!": one-letter markers for text output.
[[nodiscard]] QString directionMarker(Direction direction);
// "client", "server", "info", "tls", "error": the names used in JSON.
[[nodiscard]] QString directionName(Direction direction);

// Server text made safe to show: control characters and escapes become visible (\x1b, \t,
// \r ...) instead of acting on a terminal or a widget; everything else is left as it was.
[[nodiscard]] QString visibleText(const QString &text);

} // namespace Sendcheck
