// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include "common/enumnames.h"

#include "htmlreport.h"
#include "markdownreport.h"
#include "report.h"

#include <QFileInfo>

namespace Sendcheck {

QString ReportFormat::name(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}

QStringList ReportFormat::names()
{
    return {name(Format::Markdown), name(Format::Html), name(Format::Json), name(Format::Pdf)};
}

std::optional<ReportFormat::Format> ReportFormat::fromName(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("markdown"))
        return Format::Markdown;
    if (lower == QLatin1String("htm"))
        return Format::Html;
    return enumFromName(lower, {Format::Markdown, Format::Html, Format::Json, Format::Pdf}, name);
}

std::optional<ReportFormat::Format> ReportFormat::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : fromName(suffix);
}

QByteArray ReportFormat::renderText(const Report &report, Format format)
{
    switch (format) {
    case Format::Markdown:
        return MarkdownReport::write(report).toUtf8();
    case Format::Html:
        return HtmlReport::write(report).toUtf8();
    case Format::Json:
        return report.toJsonBytes();
    case Format::Pdf:
        break;
    }
    return QByteArray();
}

} // namespace Sendcheck
