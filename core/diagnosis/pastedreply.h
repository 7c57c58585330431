// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/smtpreply.h"
#include "smtp/smtpstage.h"

#include <QString>

#include <optional>

namespace Sendcheck {

// A reply or error text as people paste it: straight from a transcript ("535-5.7.8 ..." over
// several lines), or wrapped by another program ("Invalid login: 535 ...", "(535, b'5.7.8
// ...')", "The server response was: 5.7.57 ...", a Postfix log line). parse() digs out the
// reply code, the enhanced code and the server's words, and the stage when the wrapper names
// it ("in reply to RCPT TO command").
struct PastedReply
{
    std::optional<SmtpReply> reply; // code 0 when only an enhanced code was found
    std::optional<Stage> stage;
    QString flatText; // the whole text on one line, for library error texts
    QString wrapper; // flatText without the reply: what the wrapping program said
    // The reply came with an enhanced code, in a tuple, or its code starts a line: a sure
    // reply. Otherwise the code was found inside other words and may be a port or a count.
    bool codeAtLineStart = false;

    [[nodiscard]] static PastedReply parse(const QString &pasted);
};

} // namespace Sendcheck
