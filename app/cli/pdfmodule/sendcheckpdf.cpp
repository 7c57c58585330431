// SPDX-License-Identifier: GPL-3.0-or-later
// The module sendcheck-pdf: Qt Gui and the PDF writer, which sendcheck-cli opens only when a
// PDF is asked for (app/cli/pdfmodule.cpp), so that no other run loads Qt Gui and the
// libraries behind it. Two plain C entry points, looked up by name.
#include "pdfreport.h"
#include "report/report.h"

#include <QGuiApplication>

extern "C" {

// The application object for a run that writes a PDF: a QGuiApplication on the offscreen
// platform, which lays out text with fonts and never opens a window.
Q_DECL_EXPORT QCoreApplication *sendcheck_pdf_application(int *argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QGuiApplication(*argc, argv);
}

// The report as PDF bytes; false with the reason in `error`.
Q_DECL_EXPORT bool sendcheck_pdf_write(const Sendcheck::Report *report, QByteArray *pdf,
                                       QString *error)
{
    const std::optional<QByteArray> bytes = Sendcheck::PdfReport::write(*report, error);
    if (!bytes)
        return false;
    *pdf = *bytes;
    return true;
}
}
