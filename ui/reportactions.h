// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QPushButton;

namespace Sendcheck {

// "Copy for ticket" (the report as Markdown on the clipboard) and "Save report…" (Markdown,
// HTML, JSON or PDF, by the file type chosen), with a box for the stricter redaction that hides
// user names, address local parts and IP addresses for sharing outside the company. Shown under
// a finished run's verdict and under a run picked in the history.
class ReportActions : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save, suggesting `suggested` (a path ending in .md); the path chosen, with
    // the extension of the chosen file type, or empty when cancelled. The default shows a
    // QFileDialog; tests replace it.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit ReportActions(QWidget *parent = nullptr);

    void setReport(const Report &report);
    void clear();
    [[nodiscard]] const std::optional<Report> &report() const { return m_report; }

    [[nodiscard]] bool strict() const;
    void setStrict(bool on);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // What the buttons do. copyForTicket() returns the Markdown put on the clipboard (empty when
    // there is no report); saveReport() asks for a file and writes it.
    QString copyForTicket();
    void saveReport();
    // Writes the report to `path`, its format from the extension. False with the reason.
    bool saveTo(const QString &path, QString *error);

Q_SIGNALS:
    // A sentence for the status bar: copied, saved, or why not.
    void notice(const QString &text);

private:
    [[nodiscard]] Report::Redaction redaction() const;
    [[nodiscard]] QString suggestedPath() const;
    static QString chooseWithDialog(QWidget *parent, const QString &suggested);

    std::optional<Report> m_report;
    FileChooser m_chooser;
    QString m_lastFolder;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QCheckBox *m_strictBox = nullptr;
};

} // namespace Sendcheck
