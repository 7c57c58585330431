// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "pdfreport.h"
#include "report/report.h"
#include "report/reportfile.h"
#include "report/strictredaction.h"

namespace Sendcheck {

std::optional<QByteArray> ReportExport::render(const Report &report, ReportFormat::Format format,
                                               Report::Redaction redaction, QString *error)
{
    const Report shown
        = redaction == Report::Redaction::Strict ? StrictRedaction::apply(report) : report;
    if (format == ReportFormat::Format::Pdf)
        return PdfReport::write(shown, error);
    return ReportFormat::renderText(shown, format);
}

bool ReportExport::save(const Report &report, ReportFormat::Format format,
                        Report::Redaction redaction, const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = render(report, format, redaction, error);
    return bytes && ReportFile::save(path, *bytes, error);
}

} // namespace Sendcheck
