// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sendcheck {

// A message handed out piece by piece, so the engine never holds a whole (possibly large)
// message in memory.
class MessageSource
{
public:
    virtual ~MessageSource() = default;
    // The next piece of the RFC 5322 message (CRLF line ends, NOT dot-stuffed), at most
    // maxBytes; empty once atEnd() or after an error.
    [[nodiscard]] virtual QByteArray read(qsizetype maxBytes) = 0;
    [[nodiscard]] virtual bool atEnd() const = 0;
    [[nodiscard]] virtual qint64 size() const = 0; // exact total size in bytes, -1 if unknown
    // non-empty after a failure (attachment vanished/unreadable)
    [[nodiscard]] virtual QString errorString() const = 0;
};

} // namespace Sendcheck
