// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sendcheck {

struct Report;

// A report as PDF: the HTML report laid out on A4 pages by QTextDocument and written by
// QPdfWriter, fonts embedded, so the text can be searched and copied (and pdftotext reads it).
// Needs a QGuiApplication (the CLI starts one on the offscreen platform for this).
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::PdfReport)

public:
    // The PDF's bytes, or nullopt with the reason when there is no QGuiApplication.
    [[nodiscard]] static std::optional<QByteArray> write(const Report &report, QString *error);
};

} // namespace Sendcheck
