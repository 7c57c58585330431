// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli probe HOST: which port and encryption work from here? Every candidate (465 TLS,
// 587, 25 and 2525 STARTTLS, or --ports) tried at once without credentials, each explained,
// the best one recommended (core/probe).
#include "clioutput.h"
#include "commandregistry.h"
#include "runkeeper.h"

#include "probe/portprobe.h"
#include "probe/probeexplanation.h"
#include "profiles/cafile.h"
#include "profiles/profilerules.h"
#include "report/probereport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

using namespace Sendcheck;

namespace {

QString trProbe(const char *text)
{
    return QCoreApplication::translate("ProbeCommand", text);
}

constexpr int DefaultTimeoutSeconds = 10;
constexpr int MaxTimeoutSeconds = 300;

QString connectText(const ProbeAttemptResult &attempt)
{
    return attempt.connectMs < 0
        ? QStringLiteral("-")
        : trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "%1 ms")).arg(attempt.connectMs);
}

void printTable(const PortProbeResult &result, const QString &host, int timeoutSeconds)
{
    QStringList out;
    out << trProbe(QT_TRANSLATE_NOOP("ProbeCommand",
                                     "Port probe of %1: %2 settings tried at once, no password "
                                     "sent, at most %3 s each (%4 ms in all)"))
               .arg(host)
               .arg(result.attempts.size())
               .arg(timeoutSeconds)
               .arg(result.totalMs)
        << QString();
    const QStringList header {trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "PORT")),
                              trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "SECURITY")),
                              trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "RESULT")),
                              trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "CONNECT")),
                              trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "DETAILS"))};
    QList<QStringList> rows {header};
    for (const ProbeAttemptResult &attempt : result.attempts) {
        QString port = QString::number(attempt.candidate.port);
        if (attempt.candidate.host != host)
            port = attempt.candidate.host + u':' + port;
        rows << QStringList {port, securityName(attempt.candidate.security),
                             probeOutcomeName(attempt.outcome), connectText(attempt),
                             attempt.summary()};
    }
    QList<qsizetype> widths(header.size() - 1, 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString line;
        for (qsizetype i = 0; i + 1 < rows[r].size(); ++i)
            line += rows[r][i].leftJustified(widths[i] + 2);
        line += rows[r].last();
        if (result.recommended && r == *result.recommended + 1)
            line += trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "  <- recommended"));
        out << line;
    }

    QStringList notes;
    for (const ProbeAttemptResult &attempt : result.attempts) {
        if (attempt.outcome == ProbeOutcome::Works && attempt.fix().isEmpty())
            continue;
        const Explanation explanation = probeExplanation(attempt);
        QString note = QStringLiteral("  %1/%2: %3")
                           .arg(attempt.candidate.port)
                           .arg(securityName(attempt.candidate.security), explanation.title);
        if (!attempt.fix().isEmpty())
            note += QStringLiteral(". ") + attempt.fix();
        note += QStringLiteral(" [%1]").arg(attempt.topic);
        notes << note;
    }
    if (!notes.isEmpty())
        out << QString() << trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "Why the others:")) << notes;
    out << QString();
    if (const ProbeAttemptResult *best = result.recommendedAttempt())
        out << trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "Recommended: %1 port %2, %3. %4"))
                   .arg(best->candidate.host)
                   .arg(best->candidate.port)
                   .arg(securityName(best->candidate.security), result.reason);
    else
        out << trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "Nothing to recommend: %1"))
                   .arg(result.reason);
    CliOutput::out(out.join(QLatin1Char('\n')));
}

int runProbe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trProbe(QT_TRANSLATE_NOOP(
        "ProbeCommand",
        "Tries every usual way to reach a mail server at once, without a password: 465 with "
        "TLS from the start, 587, 25 and 2525 with STARTTLS (or --ports). For each: whether it "
        "connects, what the server says, what TLS gives (version, cipher, certificate), which "
        "sign-in methods it offers and what is wrong if it fails. Recommends the best working "
        "setting. Nothing but EHLO, STARTTLS and QUIT is sent. Exits with 0 when a setting "
        "works.")));
    parser.addPositionalArgument(
        QStringLiteral("host"),
        trProbe(
            QT_TRANSLATE_NOOP("ProbeCommand", "The outgoing mail server, e.g. smtp.example.com.")),
        QStringLiteral("HOST"));
    const QCommandLineOption portsOption(
        QStringLiteral("ports"),
        trProbe(QT_TRANSLATE_NOOP("ProbeCommand",
                                  "Ports to try, comma-separated, each optionally with /tls or "
                                  "/starttls: 465,587 or 465/tls,2525/starttls (default: "
                                  "465/tls,587/starttls,25/starttls,2525/starttls).")),
        QStringLiteral("LIST"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "Extra CA certificates (PEM file) to trust.")),
        QStringLiteral("FILE"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        trProbe(QT_TRANSLATE_NOOP("ProbeCommand",
                                  "Give up on each attempt after this many seconds (default 10); "
                                  "the whole probe takes no longer.")),
        QStringLiteral("SECONDS"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "Print the result as JSON.")));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        trProbe(QT_TRANSLATE_NOOP("ProbeCommand",
                                  "Also write the result as a report to FILE, in the format its "
                                  "name ends with: .md, .html, .json or .pdf.")),
        QStringLiteral("FILE"));
    const QCommandLineOption noHistoryOption(
        QStringLiteral("no-history"),
        trProbe(QT_TRANSLATE_NOOP("ProbeCommand",
                                  "Do not keep this run in the history (every probe is kept "
                                  "there otherwise, unless SENDCHECK_NO_HISTORY is set).")));
    parser.addOptions(
        {portsOption, caFileOption, timeoutOption, jsonOption, reportOption, noHistoryOption});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;
    const auto usageError = [](const QString &text) {
        CliOutput::err(QStringLiteral("sendcheck-cli probe: ") + text);
        return int(CliOutput::ExitUsage);
    };

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(trProbe(QT_TRANSLATE_NOOP(
            "ProbeCommand", "give one server name, e.g. sendcheck-cli probe smtp.example.com.")));
    const QString host = positional.first().trimmed();
    if (!ProfileRules::isServerName(host))
        return usageError(trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "\"%1\" is not a server name."))
                              .arg(positional.first()));

    QString error;
    QList<ProbeCandidate> candidates = PortProbe::defaultCandidates(host, QStringLiteral("user"));
    if (parser.isSet(portsOption)) {
        const auto parsed = PortProbe::parsePorts(host, parser.value(portsOption), &error);
        if (!parsed)
            return usageError(QStringLiteral("--ports: ") + error);
        candidates = *parsed;
    }

    ProbeOptions options;
    int timeoutSeconds = DefaultTimeoutSeconds;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeoutOption).trimmed().toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
            return usageError(
                trProbe(QT_TRANSLATE_NOOP("ProbeCommand",
                                          "--timeout: \"%1\" is not a number of seconds from 1 "
                                          "to %2."))
                    .arg(parser.value(timeoutOption))
                    .arg(MaxTimeoutSeconds));
    }
    options.timeout = std::chrono::seconds(timeoutSeconds);

    Profile profile;
    profile.host = host;
    if (parser.isSet(caFileOption)) {
        const QFileInfo info(parser.value(caFileOption));
        if (!info.isFile() || !info.isReadable())
            return usageError(
                trProbe(
                    QT_TRANSLATE_NOOP("ProbeCommand", "--ca-file: \"%1\" is not a readable file."))
                    .arg(parser.value(caFileOption)));
        const auto certificates = CaFile::read(info.absoluteFilePath(), &error);
        if (!certificates)
            return usageError(QStringLiteral("--ca-file: ") + error);
        options.extraCaCertificates = *certificates;
        profile.caFile = info.absoluteFilePath();
    }

    // The report file is checked before anything is tried.
    if (parser.isSet(reportOption) && parser.value(reportOption).isEmpty())
        return usageError(
            trProbe(QT_TRANSLATE_NOOP("ProbeCommand", "--report needs a file name.")));
    const std::optional<RunKeeper> keeper
        = RunKeeper::make(parser.value(reportOption),
                          !parser.isSet(noHistoryOption) && !RunKeeper::historyOffByEnvironment(),
                          &error, QStringLiteral("probe"));
    if (!keeper)
        return usageError(error);

    PortProbe probe;
    probe.setCandidates(candidates);
    probe.setOptions(options);
    QObject::connect(&probe, &PortProbe::finished, &probe,
                     [](const PortProbeResult &) { QCoreApplication::quit(); });
    probe.start();
    QCoreApplication::exec();
    const PortProbeResult &result = probe.result();

    if (parser.isSet(jsonOption)) {
        QJsonObject json = result.toJson();
        json.insert(QStringLiteral("host"), host);
        CliOutput::printJson(json);
    } else {
        printTable(result, host, timeoutSeconds);
    }
    const int exitCode = result.anyWorks() ? CliOutput::ExitOk : CliOutput::ExitFailure;
    // The report file, and the run in the history (kind "probe").
    return keeper->keep(ProbeReport::make(result, profile), exitCode);
}

} // namespace

static const CommandRegistration registration(
    {QStringLiteral("probe"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "Try every port and encryption of a mail server at once; recommend one."),
     runProbe});
