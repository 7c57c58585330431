// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sendcheck {

struct Report;

// A report as Markdown (CommonMark and GitHub's dialect), for pasting into a ticket. Text from
// outside (server replies, the transcript, certificate names, settings) goes into code spans
// and fenced blocks whose fences are longer than any backtick run inside, so it can neither
// close them nor become links, images or HTML; our own words are backslash-escaped.
class MarkdownReport
{
public:
    [[nodiscard]] static QString write(const Report &report);

    // `text` as inline code, verbatim (control characters made visible).
    [[nodiscard]] static QString codeSpan(const QString &text);
    // `text` with every character Markdown could read as markup escaped.
    [[nodiscard]] static QString escaped(const QString &text);
    // The fence for a block holding `lines`: at least three backticks, and more than the
    // longest run of backticks in any line.
    [[nodiscard]] static QString fenceFor(const QStringList &lines);
};

} // namespace Sendcheck
