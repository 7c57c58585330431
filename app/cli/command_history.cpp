// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli history [--profile NAME] [--json]: the runs kept in the history, newest first;
// with --compare ID, what changed since the profile last worked; --delete ID, --delete-all,
// --keep-days N and --keep-runs N manage it. The history is history.sqlite in the application
// data folder (on Linux $XDG_DATA_HOME/sendcheck/sendcheck/).
#include "clioutput.h"
#include "commandregistry.h"

#include "history/historystore.h"
#include "history/runcomparison.h"
#include "report/report.h"
#include "transcript/transcriptentry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Sendcheck;

namespace {

// Texts are looked up as HistoryCommand::tr("...") so that lupdate sees each one with its context.
struct HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

std::optional<int> count(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        CliOutput::err(HistoryCommand::tr("--%1 needs a whole number from 0 "
                                          "up (0: no limit).")
                           .arg(option.names().constLast()));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> runId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        CliOutput::err(HistoryCommand::tr("'%1' is not a run number.").arg(text));
        return std::nullopt;
    }
    return id;
}

void printEntries(const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty()) {
        CliOutput::out(HistoryCommand::tr("No runs in the history yet."));
        return;
    }
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(HistoryCommand::tr("ID").rightJustified(5),
                      HistoryCommand::tr("Time").leftJustified(16),
                      HistoryCommand::tr("Kind").leftJustified(9),
                      HistoryCommand::tr("Profile").leftJustified(20),
                      HistoryCommand::tr("Server").leftJustified(30), HistoryCommand::tr("Result"));
    for (const HistoryEntry &entry : entries) {
        const QString server = entry.host.isEmpty()
            ? QString()
            : QStringLiteral("%1:%2").arg(entry.host, QString::number(entry.port));
        const QString result = entry.ok
            ? HistoryCommand::tr("ok")
            : (entry.topic.isEmpty() ? HistoryCommand::tr("failed")
                                     : HistoryCommand::tr("failed: %1").arg(entry.topic));
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(QString::number(entry.id).rightJustified(5),
                          entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          entry.kind.leftJustified(9),
                          visibleText(entry.profileName.isEmpty()
                                          ? HistoryCommand::tr("(not saved)")
                                          : entry.profileName)
                              .leftJustified(20),
                          visibleText(server).leftJustified(30), result);
    }
    CliOutput::out(lines.join(QLatin1Char('\n')));
}

int compare(HistoryStore &store, qint64 id, bool json)
{
    QString error;
    const std::optional<Report> run = store.load(id, &error);
    if (!run) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    const std::optional<HistoryEntry> success = store.lastSuccessBefore(id, &error);
    if (!success) {
        if (!error.isEmpty()) {
            CliOutput::err(error);
            return CliOutput::ExitFailure;
        }
        if (json) {
            CliOutput::printJson(
                {{QStringLiteral("run"), id}, {QStringLiteral("last_success"), QJsonValue()}});
        } else {
            CliOutput::out(HistoryCommand::tr(
                "There is no earlier successful run of this profile to compare with."));
        }
        return CliOutput::ExitOk;
    }
    const std::optional<Report> before = store.load(success->id, &error);
    if (!before) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    const RunComparison comparison = RunComparison::compare(*before, *run);
    if (json) {
        QJsonObject object = comparison.toJson();
        object.insert(QStringLiteral("run"), id);
        object.insert(QStringLiteral("last_success"), success->toJson());
        CliOutput::printJson(object);
        return CliOutput::ExitOk;
    }
    QStringList lines;
    lines << HistoryCommand::tr("Run %1 compared with run %2 of %3, the last time it worked:")
                 .arg(QString::number(id), QString::number(success->id),
                      success->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const QString &line : comparison.toLines())
        lines << QStringLiteral("  ") + line;
    CliOutput::out(lines.join(QLatin1Char('\n')));
    return CliOutput::ExitOk;
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HistoryCommand::tr(
        "Lists the runs kept in the history, newest first, and manages the history. "
        "'sendcheck-cli report ID' writes one as a report."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        HistoryCommand::tr("Only the runs of this profile (name or id)."), QStringLiteral("NAME"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         HistoryCommand::tr("At most N runs (default: all)."),
                                         QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), HistoryCommand::tr("Print JSON."));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        HistoryCommand::tr("What changed between run ID and the last successful run of the "
                           "same profile before it."),
        QStringLiteral("ID"));
    const QCommandLineOption deleteOption(
        QStringLiteral("delete"), HistoryCommand::tr("Delete run ID."), QStringLiteral("ID"));
    const QCommandLineOption deleteAllOption(QStringLiteral("delete-all"),
                                             HistoryCommand::tr("Delete every run."));
    const QCommandLineOption keepDaysOption(
        QStringLiteral("keep-days"),
        HistoryCommand::tr("From now on keep runs for N days (0: no limit; default 365)."),
        QStringLiteral("N"));
    const QCommandLineOption keepRunsOption(
        QStringLiteral("keep-runs"),
        HistoryCommand::tr("From now on keep the newest N runs (0: no limit; default 1000)."),
        QStringLiteral("N"));
    parser.addOptions({profileOption, limitOption, jsonOption, compareOption, deleteOption,
                       deleteAllOption, keepDaysOption, keepRunsOption});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::err(HistoryCommand::tr("Unexpected argument '%1'.")
                           .arg(parser.positionalArguments().constFirst()));
        return CliOutput::ExitUsage;
    }
    int limit = 0;
    if (parser.isSet(limitOption)) {
        const auto value = count(parser, limitOption);
        if (!value)
            return CliOutput::ExitUsage;
        limit = *value;
    }
    std::optional<qint64> compareId;
    std::optional<qint64> deleteId;
    if (parser.isSet(compareOption) && !(compareId = runId(parser.value(compareOption))))
        return CliOutput::ExitUsage;
    if (parser.isSet(deleteOption) && !(deleteId = runId(parser.value(deleteOption))))
        return CliOutput::ExitUsage;
    std::optional<int> keepDays;
    std::optional<int> keepRuns;
    if (parser.isSet(keepDaysOption) && !(keepDays = count(parser, keepDaysOption)))
        return CliOutput::ExitUsage;
    if (parser.isSet(keepRunsOption) && !(keepRuns = count(parser, keepRunsOption)))
        return CliOutput::ExitUsage;

    HistoryStore store;
    QString error;
    if (!store.open(&error)) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (!store.notice().isEmpty())
        CliOutput::err(store.notice());

    if (compareId)
        return compare(store, *compareId, parser.isSet(jsonOption));
    if (deleteId || parser.isSet(deleteAllOption)) {
        const bool done = deleteId ? store.remove(*deleteId, &error) : store.removeAll(&error);
        if (!done) {
            CliOutput::err(error);
            return CliOutput::ExitFailure;
        }
        CliOutput::out(deleteId ? HistoryCommand::tr("Run %1 deleted.").arg(*deleteId)
                                : HistoryCommand::tr("History emptied."));
        return CliOutput::ExitOk;
    }
    if (keepDays || keepRuns) {
        HistoryRetention retention = store.retention();
        retention.days = keepDays.value_or(retention.days);
        retention.runs = keepRuns.value_or(retention.runs);
        if (!store.setRetention(retention, &error)) {
            CliOutput::err(error);
            return CliOutput::ExitFailure;
        }
        CliOutput::out(HistoryCommand::tr("History keeps runs for %1, at most %2 (0: no limit).")
                           .arg(HistoryCommand::tr("%n day(s)", nullptr, retention.days),
                                HistoryCommand::tr("%n run(s)", nullptr, retention.runs)));
        return CliOutput::ExitOk;
    }

    const auto entries = store.list(parser.value(profileOption), limit, &error);
    if (!entries) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray runs;
        for (const HistoryEntry &entry : *entries)
            runs.append(entry.toJson());
        CliOutput::printJson({{QStringLiteral("runs"), runs}});
    } else {
        printEntries(*entries);
    }
    return CliOutput::ExitOk;
}

} // namespace

static const CommandRegistration registration(
    {QStringLiteral("history"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "List the runs kept in the history; compare with the last success."),
     runHistory});
