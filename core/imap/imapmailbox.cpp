// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapmailbox.h"

namespace Sendcheck {

bool ImapMailbox::hasFlag(QByteArrayView flag) const
{
    return flags.contains(flag.toByteArray().toUpper());
}

QByteArray ImapMailbox::leaf() const
{
    if (delimiter == 0)
        return name;
    const qsizetype at = name.lastIndexOf(delimiter);
    return at < 0 ? name : name.mid(at + 1);
}

std::optional<ImapMailbox> ImapMailbox::fromList(const ImapResponse &response)
{
    if (response.kind != ImapResponse::Kind::Untagged || response.status != "LIST")
        return std::nullopt;
    const QByteArray &line = response.line;
    qsizetype pos = line.indexOf('(');
    const qsizetype close = line.indexOf(')', pos);
    if (pos < 0 || close < 0)
        return std::nullopt;
    ImapMailbox mailbox;
    for (const QByteArray &flag : line.mid(pos + 1, close - pos - 1).simplified().split(' '))
        if (!flag.isEmpty())
            mailbox.flags.append(flag.toUpper());
    pos = close + 1;
    while (pos < line.size() && line.at(pos) == ' ')
        ++pos;
    // The hierarchy delimiter: "x" or NIL.
    if (line.mid(pos, 3).toUpper() == "NIL") {
        pos += 3;
    } else if (pos + 2 < line.size() && line.at(pos) == '"') {
        qsizetype at = pos + 1;
        if (line.at(at) == '\\')
            ++at;
        mailbox.delimiter = line.at(at);
        pos = line.indexOf('"', at + 1);
        if (pos < 0)
            return std::nullopt;
        ++pos;
    } else {
        return std::nullopt;
    }
    while (pos < line.size() && line.at(pos) == ' ')
        ++pos;
    const QByteArray rest = line.mid(pos);
    if (rest.startsWith('"')) {
        QByteArray name;
        for (qsizetype i = 1; i < rest.size(); ++i) {
            const char c = rest.at(i);
            if (c == '\\' && i + 1 < rest.size()) {
                name += rest.at(++i);
            } else if (c == '"') {
                mailbox.name = name;
                return mailbox;
            } else {
                name += c;
            }
        }
        return std::nullopt;
    }
    if (rest.startsWith('{')) {
        if (response.literals.isEmpty())
            return std::nullopt;
        mailbox.name = response.literals.constLast();
        return mailbox;
    }
    const qsizetype end = rest.indexOf(' ');
    mailbox.name = end < 0 ? rest : rest.left(end);
    if (mailbox.name.isEmpty())
        return std::nullopt;
    return mailbox;
}

} // namespace Sendcheck
