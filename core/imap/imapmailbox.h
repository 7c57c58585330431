// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imapresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// One mailbox from a LIST response (RFC 9051 section 7.3.1) with its attributes, including
// the special-use ones of RFC 6154 (\Junk, \Sent, \Trash, \All, ...).
struct ImapMailbox
{
    QByteArray name; // as the server sent it (modified UTF-7), unquoted
    QList<QByteArray> flags; // upper case: "\\JUNK", "\\NOSELECT", "\\HASNOCHILDREN"
    char delimiter = 0; // 0 for NIL

    [[nodiscard]] bool hasFlag(QByteArrayView flag) const;
    // The last part of the name ("Spam" of "[Gmail]/Spam").
    [[nodiscard]] QByteArray leaf() const;
    // Reads "* LIST (\HasNoChildren \Junk) "/" Junk" (name quoted, atom or literal); nothing when
    // the response is not a readable LIST.
    [[nodiscard]] static std::optional<ImapMailbox> fromList(const ImapResponse &response);
};

} // namespace Sendcheck
