// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Sendcheck {

// One IMAP server response (RFC 9051 section 7): untagged ("* ..."), tagged ("A1 OK ...") or a
// continuation request ("+ ..."). A literal {n} inside it is kept apart: `line` holds the text
// with each literal's "{n}" marker in place, `literals` the literal bytes in order.
struct ImapResponse
{
    enum class Kind { Untagged, Tagged, Continuation };

    Kind kind = Kind::Untagged;
    QByteArray tag; // the tag of a tagged response ("A1"); empty otherwise
    QByteArray status; // upper case first word: "OK", "NO", "BAD", "BYE", "PREAUTH",
                       // "CAPABILITY", "LIST", "SEARCH", or a number ("12" of "* 12 EXISTS")
    QByteArray line; // everything after the tag (or "*", "+"), CRLF removed, literals as {n}
    QList<QByteArray> literals;

    // The word after a number ("EXISTS" of "* 12 EXISTS"), upper case; empty if none.
    [[nodiscard]] QByteArray secondWord() const;
    // The text after the status word (and after a [response code]); for people.
    [[nodiscard]] QByteArray text() const;
    // The response code in brackets right after the status ("CAPABILITY IMAP4rev1 ..."), or empty.
    [[nodiscard]] QByteArray code() const;
};

} // namespace Sendcheck
