// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sendcheck {

// One sentence for each SMTP command, each common EHLO keyword and each usual reply code:
// what the transcript view shows for a selected line and what trainer mode narrates.
class CommandExplanations
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::CommandExplanations)

public:
    // For a line the client sent ("EHLO host", "MAIL FROM:<a@b>", "."); empty if unknown.
    [[nodiscard]] static QString forCommand(const QString &line);
    // For an EHLO keyword ("PIPELINING", "SIZE 35882577", "AUTH PLAIN LOGIN").
    [[nodiscard]] static QString forKeyword(const QString &line);
    // For a reply code's usual meaning (250, 354, 535 ...).
    [[nodiscard]] static QString forReplyCode(int code);
};

} // namespace Sendcheck
