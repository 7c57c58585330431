// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sendcheck {

struct Report;

// A report as one self-contained HTML page: inline style, no script, no outside resource, and
// a Content-Security-Policy that forbids both should anything slip through. Every text is
// HTML-escaped (server texts are hostile: "<script>" stays words on the page) and control
// characters are shown as escapes. The PDF is this page laid out by QTextDocument, so the
// markup stays within what QTextDocument understands.
class HtmlReport
{
public:
    [[nodiscard]] static QString write(const Report &report);
    // `text` escaped for HTML text and attribute values, control characters made visible.
    [[nodiscard]] static QString escaped(const QString &text);
};

} // namespace Sendcheck
