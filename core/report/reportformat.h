// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

struct Report;

// The formats a report is written in, and the text ones written. PDF needs Qt Gui, which the
// engine does not link: it is made by ReportExport (library sendcheck_report_pdf).
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReportFormat)

public:
    enum class Format { Markdown, Html, Json, Pdf };

    // "md", "html", "json", "pdf": the names of --format.
    [[nodiscard]] static QString name(Format format);
    [[nodiscard]] static QStringList names();
    // A name as above (also "markdown" and "htm"), case-insensitive.
    [[nodiscard]] static std::optional<Format> fromName(const QString &name);
    // From a file name's extension (.md/.markdown, .html/.htm, .json, .pdf).
    [[nodiscard]] static std::optional<Format> fromPath(const QString &path);
    [[nodiscard]] static bool isText(Format format) { return format != Format::Pdf; }

    // The report as UTF-8 Markdown, HTML or JSON. Not for Pdf (an empty result).
    [[nodiscard]] static QByteArray renderText(const Report &report, Format format);
};

} // namespace Sendcheck
