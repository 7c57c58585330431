// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/secretbuffer.h"

class QIODevice;

namespace Sendcheck {

// Reads a secret (a password or token typed or piped in) straight into a SecretBuffer: no
// QByteArray on the way, so the buffer is the only copy this program makes (the pipe or
// terminal and the kernel have theirs). For standard input open the file descriptor unbuffered
// (QFile::open(0, QIODevice::ReadOnly | QIODevice::Unbuffered)): a buffered device would keep
// another copy in its read buffer.
class SecretInput
{
public:
    // `oneLine`: up to and with the first "\n" (a terminal, where Enter ends the secret);
    // otherwise all of it. One trailing "\n" and then one "\r" are removed, their bytes
    // overwritten. Empty when there was nothing to read.
    [[nodiscard]] static SecretBuffer read(QIODevice &in, bool oneLine);

    static constexpr qsizetype chunkSize = 4096;
};

} // namespace Sendcheck
