// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include "flowlayout.h"
#include "report/reportformat.h"
#include "reportexport.h"
#include "svgicon.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QRegularExpression>

namespace Sendcheck {

ReportActions::ReportActions(QWidget *parent)
    : QWidget(parent), m_chooser(&ReportActions::chooseWithDialog)
{
    // Wraps onto a second line where a language's words (and the icons) do not fit beside
    // each other at 1024x600.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_copyButton = new QPushButton(tr("Copy for tic&ket"), this);
    m_copyButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Copy));
    m_copyButton->setObjectName(QStringLiteral("copyForTicket"));
    m_copyButton->setAccessibleName(tr("Copy for ticket"));
    m_copyButton->setToolTip(
        tr("Puts the report on the clipboard as Markdown, ready to paste into a ticket. "
           "Passwords and tokens are never in it."));
    m_copyButton->setAccessibleDescription(m_copyButton->toolTip());
    m_saveButton = new QPushButton(tr("Save report\u2026"), this);
    m_saveButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Save));
    m_saveButton->setObjectName(QStringLiteral("saveReport"));
    m_saveButton->setAccessibleName(tr("Save report"));
    m_saveButton->setToolTip(tr("Saves the report as Markdown, HTML, JSON or PDF."));
    m_saveButton->setAccessibleDescription(m_saveButton->toolTip());
    m_strictBox = new QCheckBox(tr("For outside the company"), this);
    m_strictBox->setObjectName(QStringLiteral("strictRedaction"));
    m_strictBox->setToolTip(tr("Also hides user names, the part of e-mail addresses before the "
                               "@ and IP addresses, for a provider or anyone outside."));
    m_strictBox->setAccessibleDescription(m_strictBox->toolTip());
    layout->addWidget(m_copyButton);
    layout->addWidget(m_saveButton);
    layout->addWidget(m_strictBox);
    connect(m_copyButton, &QPushButton::clicked, this, [this] { copyForTicket(); });
    connect(m_saveButton, &QPushButton::clicked, this, &ReportActions::saveReport);
    clear();
}

void ReportActions::setReport(const Report &report)
{
    m_report = report;
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
}

void ReportActions::clear()
{
    m_report.reset();
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
}

bool ReportActions::strict() const
{
    return m_strictBox->isChecked();
}

void ReportActions::setStrict(bool on)
{
    m_strictBox->setChecked(on);
}

Report::Redaction ReportActions::redaction() const
{
    return strict() ? Report::Redaction::Strict : Report::Redaction::Standard;
}

QString ReportActions::copyForTicket()
{
    if (!m_report)
        return QString();
    QString error;
    const std::optional<QByteArray> markdown
        = ReportExport::render(*m_report, ReportFormat::Format::Markdown, redaction(), &error);
    if (!markdown) {
        Q_EMIT notice(error);
        return QString();
    }
    const QString text = QString::fromUtf8(*markdown);
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT notice(strict() ? tr("The report is on the clipboard, for outside the company.")
                           : tr("The report is on the clipboard."));
    return text;
}

QString ReportActions::suggestedPath() const
{
    QString host = m_report->profile.host;
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    const QString name
        = QStringLiteral("sendcheck-%1-%2.md")
              .arg(host.isEmpty() ? QStringLiteral("run") : host,
                   m_report->time.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString folder = m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder;
    return QDir(folder).filePath(name);
}

void ReportActions::saveReport()
{
    if (!m_report)
        return;
    const QString path = m_chooser(this, suggestedPath());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        Q_EMIT notice(error);
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    Q_EMIT notice(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool ReportActions::saveTo(const QString &path, QString *error)
{
    if (!m_report) {
        *error = tr("There is no report to save yet.");
        return false;
    }
    const std::optional<ReportFormat::Format> format = ReportFormat::fromPath(path);
    if (!format) {
        *error = tr("Cannot tell the format from \u201c%1\u201d: name the file .md, .html, .json "
                    "or .pdf.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    return ReportExport::save(*m_report, *format, redaction(), path, error);
}

QString ReportActions::chooseWithDialog(QWidget *parent, const QString &suggested)
{
    struct Type
    {
        QString filter;
        QString extension;
    };
    const QList<Type> types {
        {tr("Markdown, for a ticket (*.md)"), QStringLiteral(".md")},
        {tr("Web page (*.html)"), QStringLiteral(".html")},
        {tr("JSON (*.json)"), QStringLiteral(".json")},
        {tr("PDF (*.pdf)"), QStringLiteral(".pdf")},
    };
    QStringList filters;
    for (const Type &type : types)
        filters << type.filter;
    QString chosenFilter = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(parent, tr("Save report"), suggested,
                                                filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return path;
    // A name typed with a known extension keeps it (the dialog changes the extension when
    // another type is picked); a name without one gets the chosen type's.
    if (ReportFormat::fromPath(path))
        return path;
    for (const Type &type : types) {
        if (type.filter == chosenFilter)
            return path + type.extension;
    }
    return path;
}

} // namespace Sendcheck
