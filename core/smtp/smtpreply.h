// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Sendcheck {

// One complete server reply: "250-first\r\n250 last\r\n" becomes {250, "", {"first", "last"}}.
// An enhanced status code (RFC 3463, "5.7.8") at the start of every line is split off into
// `enhanced` when the first line carries one; the lines keep the rest of the server's words.
struct SmtpReply
{
    int code = 0;
    QString enhanced;
    QStringList lines;

    [[nodiscard]] bool isValid() const { return code >= 200 && code <= 599; }
    [[nodiscard]] int codeClass() const { return code / 100; } // 2, 3, 4 or 5
    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    [[nodiscard]] bool isTransientFailure() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanentFailure() const { return code >= 500 && code < 600; }
    // The server's words, lines joined with a space, enhanced code not repeated.
    [[nodiscard]] QString text() const { return lines.join(QLatin1Char(' ')); }
    // "535 5.7.8 text" in one line, as people quote replies.
    [[nodiscard]] QString toOneLine() const;
    bool operator==(const SmtpReply &) const = default;
};

} // namespace Sendcheck
