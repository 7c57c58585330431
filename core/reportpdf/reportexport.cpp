// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "report/report.h"
#include "report/reportfile.h"
#include "report/strictredaction.h"

#ifdef SENDCHECK_PDF_WRITER_HOOK
#include <QCoreApplication>
#else
#include "pdfreport.h"
#endif

namespace Sendcheck {

namespace {
ReportExport::PdfWriter pdfWriter = nullptr;
} // namespace

void ReportExport::setPdfWriter(PdfWriter writer)
{
    pdfWriter = writer;
}

std::optional<QByteArray> ReportExport::render(const Report &report, ReportFormat::Format format,
                                               Report::Redaction redaction, QString *error)
{
    const Report shown
        = redaction == Report::Redaction::Strict ? StrictRedaction::apply(report) : report;
    if (format == ReportFormat::Format::Pdf) {
#ifdef SENDCHECK_PDF_WRITER_HOOK
        if (!pdfWriter) {
            *error = tr("Reports as PDF are not available in this program.");
            return std::nullopt;
        }
        return pdfWriter(shown, error);
#else
        return PdfReport::write(shown, error);
#endif
    }
    return ReportFormat::renderText(shown, format);
}

bool ReportExport::save(const Report &report, ReportFormat::Format format,
                        Report::Redaction redaction, const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = render(report, format, redaction, error);
    return bytes && ReportFile::save(path, *bytes, error);
}

} // namespace Sendcheck
