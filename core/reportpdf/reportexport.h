// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"
#include "report/reportformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sendcheck {

// The one call a front end needs to hand a report on: in any format, optionally with the
// strict redaction for sharing outside the company, as bytes (for the clipboard) or written
// atomically to a file ("Save report…", --report FILE, `sendcheck-cli report`).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReportExport)

public:
    [[nodiscard]] static std::optional<QByteArray> render(const Report &report,
                                                          ReportFormat::Format format,
                                                          Report::Redaction redaction,
                                                          QString *error);
    // False with the reason in `error` (the file is then left as it was).
    static bool save(const Report &report, ReportFormat::Format format, Report::Redaction redaction,
                     const QString &path, QString *error);

    // The PDF writer of sendcheck_report_export, the variant without Qt Gui that the CLI links
    // (it opens Qt Gui in a module only when a PDF is asked for). sendcheck_report_pdf calls
    // PdfReport directly and ignores this.
    using PdfWriter = std::optional<QByteArray> (*)(const Report &report, QString *error);
    static void setPdfWriter(PdfWriter writer);
};

} // namespace Sendcheck
