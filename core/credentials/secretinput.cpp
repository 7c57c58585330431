// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretinput.h"

#include <QIODevice>

namespace Sendcheck {

SecretBuffer SecretInput::read(QIODevice &in, bool oneLine)
{
    SecretBuffer secret = SecretBuffer::withCapacity(chunkSize);
    for (;;) {
        char *tail = secret.reserveTail(oneLine ? 1 : chunkSize);
        const qint64 got = oneLine ? (in.getChar(tail) ? 1 : 0) : in.read(tail, chunkSize);
        if (got <= 0)
            break;
        secret.commitTail(got);
        if (oneLine && *tail == '\n')
            break;
    }
    if (secret.view().endsWith('\n'))
        secret.chop(1);
    if (secret.view().endsWith('\r'))
        secret.chop(1);
    return secret;
}

} // namespace Sendcheck
