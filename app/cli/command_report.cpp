// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli report ID --format md|html|json|pdf [--output FILE] [--strict-redaction]:
// a run from the history as a report for a ticket.
#include "clioutput.h"
#include "commandregistry.h"

#include "history/historystore.h"
#include "report/report.h"
#include "reportexport.h"

#include <QCoreApplication>
#include <QFile>

using namespace Sendcheck;

namespace {

// Texts are looked up as ReportCommand::tr("...") so that lupdate sees each one with its context.
struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommand::tr(
        "Writes a run from the history ('sendcheck-cli history' lists them) as a report: "
        "Markdown for a ticket, a self-contained HTML page, JSON, or PDF. Passwords and tokens "
        "are never in it; --strict-redaction also hides user names, the local part of e-mail "
        "addresses and IP addresses, for sharing outside the company."));
    parser.addPositionalArgument(QStringLiteral("id"), ReportCommand::tr("The run's number."),
                                 QStringLiteral("ID"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        ReportCommand::tr("md, html, json or pdf (default: from the --output file name, "
                          "else md)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        ReportCommand::tr("Write the report to FILE (whole or not at all) instead of "
                          "standard output. A PDF needs a file."),
        QStringLiteral("FILE"));
    const QCommandLineOption strictOption(
        QStringLiteral("strict-redaction"),
        ReportCommand::tr("Also hide user names, address local parts and IP addresses."));
    parser.addOptions({formatOption, outputOption, strictOption});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 id = positional.value(0).toLongLong(&isNumber);
    if (positional.size() != 1 || !isNumber || id <= 0) {
        CliOutput::err(
            ReportCommand::tr("Give one run number, e.g. sendcheck-cli report 12 --format md "
                              "('sendcheck-cli history' lists the runs)."));
        return CliOutput::ExitUsage;
    }
    const QString output = parser.value(outputOption);
    std::optional<ReportFormat::Format> format;
    if (parser.isSet(formatOption)) {
        format = ReportFormat::fromName(parser.value(formatOption));
        if (!format) {
            CliOutput::err(ReportCommand::tr("Unknown report format '%1' (use %2).")
                               .arg(parser.value(formatOption),
                                    ReportFormat::names().join(QStringLiteral(", "))));
            return CliOutput::ExitUsage;
        }
    } else if (!output.isEmpty()) {
        format = ReportFormat::fromPath(output);
        if (!format) {
            CliOutput::err(
                ReportCommand::tr("Cannot tell the format from '%1': give --format (%2).")
                    .arg(output, ReportFormat::names().join(QStringLiteral(", "))));
            return CliOutput::ExitUsage;
        }
    } else {
        format = ReportFormat::Format::Markdown;
    }
    if (*format == ReportFormat::Format::Pdf && output.isEmpty()) {
        CliOutput::err(ReportCommand::tr("A PDF is written to a file: give --output FILE."));
        return CliOutput::ExitUsage;
    }

    HistoryStore store;
    QString error;
    if (!store.open(&error)) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (!store.notice().isEmpty())
        CliOutput::err(store.notice());
    const std::optional<Report> report = store.load(id, &error);
    if (!report) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    const Report::Redaction redaction
        = parser.isSet(strictOption) ? Report::Redaction::Strict : Report::Redaction::Standard;
    if (!output.isEmpty()) {
        if (!ReportExport::save(*report, *format, redaction, output, &error)) {
            CliOutput::err(error);
            return CliOutput::ExitFailure;
        }
        return CliOutput::ExitOk;
    }
    const std::optional<QByteArray> bytes
        = ReportExport::render(*report, *format, redaction, &error);
    if (!bytes) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*bytes) != bytes->size()) {
        CliOutput::err(ReportCommand::tr("Could not write the report to standard output."));
        return CliOutput::ExitFailure;
    }
    return CliOutput::ExitOk;
}

} // namespace

static const CommandRegistration registration(
    {QStringLiteral("report"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "Write a run from the history as a report (md, html, json, pdf)."),
     runReport});
