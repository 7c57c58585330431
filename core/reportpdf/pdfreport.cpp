// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include "report/htmlreport.h"
#include "report/report.h"
#include "report/reportoutline.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace Sendcheck {

std::optional<QByteArray> PdfReport::write(const Report &report, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("A PDF can only be written by a program with a QGuiApplication.");
        return std::nullopt;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(ReportOutline::of(report).title);
        writer.setCreator(report.madeBy());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);

        QTextDocument document;
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        QTextOption option = document.defaultTextOption();
        // Long tokens (a certificate fingerprint, a base64 challenge) break anywhere rather
        // than run off the page.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(option);
        document.setHtml(HtmlReport::write(report));
        document.print(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace Sendcheck
