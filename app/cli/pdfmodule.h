// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Sendcheck {
struct Report;
}

// The module sendcheck-pdf (Qt Gui and the PDF writer), opened only by a run that writes a
// PDF. It lies next to sendcheck-cli in the build, and in LIBDIR/sendcheck when installed.
class PdfModule
{
    Q_DECLARE_TR_FUNCTIONS(PdfModule)

public:
    // A QGuiApplication on the offscreen platform made by the module; nothing when the module
    // cannot be opened (then write() says why).
    [[nodiscard]] static std::unique_ptr<QCoreApplication> createApplication(int &argc,
                                                                             char **argv);
    // For ReportExport::setPdfWriter: the report as PDF, through the module.
    [[nodiscard]] static std::optional<QByteArray> write(const Sendcheck::Report &report,
                                                         QString *error);
};
