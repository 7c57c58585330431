// SPDX-License-Identifier: GPL-3.0-or-later
#include "runkeeper.h"

#include "clioutput.h"

#include "history/historystore.h"
#include "report/report.h"
#include "reportexport.h"

#include <QDir>
#include <QFileInfo>

using namespace Sendcheck;

std::optional<RunKeeper> RunKeeper::make(const QString &reportPath, bool record, QString *error,
                                         const QString &command)
{
    RunKeeper keeper;
    keeper.m_record = record;
    keeper.m_command = command;
    if (reportPath.isEmpty())
        return keeper;
    const std::optional<ReportFormat::Format> format = ReportFormat::fromPath(reportPath);
    if (!format) {
        *error = tr("--report: cannot tell the format from '%1': name the file .md, .html, "
                    ".json or .pdf.")
                     .arg(reportPath);
        return std::nullopt;
    }
    const QFileInfo file(reportPath);
    const QFileInfo folder(file.absolutePath());
    if (file.isDir()) {
        *error = tr("--report: '%1' is a folder; give a file name.").arg(reportPath);
        return std::nullopt;
    }
    if (!folder.isDir()) {
        *error = tr("--report: the folder '%1' does not exist.")
                     .arg(QDir::toNativeSeparators(folder.filePath()));
        return std::nullopt;
    }
    // The report is written to a temporary file beside the target and renamed over it.
    if (!folder.isWritable()) {
        *error = tr("--report: cannot write in the folder '%1'.")
                     .arg(QDir::toNativeSeparators(folder.filePath()));
        return std::nullopt;
    }
    if (file.exists() && !file.isWritable()) {
        *error = tr("--report: '%1' exists and cannot be overwritten.").arg(reportPath);
        return std::nullopt;
    }
    keeper.m_reportPath = reportPath;
    keeper.m_format = *format;
    return keeper;
}

bool RunKeeper::historyOffByEnvironment()
{
    const QByteArray value = qgetenv("SENDCHECK_NO_HISTORY");
    return !value.isEmpty() && value != "0";
}

int RunKeeper::keep(const Report &report, int exitCode) const
{
    if (m_record)
        record(report);
    if (m_reportPath.isEmpty())
        return exitCode;
    QString error;
    if (!ReportExport::save(report, m_format, Report::Redaction::Standard, m_reportPath, &error)) {
        CliOutput::err(QStringLiteral("sendcheck-cli %1: ").arg(m_command) + error);
        return exitCode == CliOutput::ExitOk ? int(CliOutput::ExitFailure) : exitCode;
    }
    return exitCode;
}

void RunKeeper::record(const Report &report) const
{
    HistoryStore store;
    QString error;
    if (!store.open(&error)) {
        CliOutput::err(tr("sendcheck-cli %1: warning: this run is not kept in the history. %2")
                           .arg(m_command, error));
        return;
    }
    if (!store.notice().isEmpty())
        CliOutput::err(store.notice());
    if (!store.record(report, &error)) {
        CliOutput::err(tr("sendcheck-cli %1: warning: this run is not kept in the history. %2")
                           .arg(m_command, error));
    }
}
