// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli discover ADDRESS: from an email address to the outgoing servers to try, every
// source shown with its outcome (bundled presets, autoconfig, the ISPDB and its bundled
// snapshot, SRV records, guesses), and which one to use.
#include "clioutput.h"
#include "commandregistry.h"
#include "nameserverlookup.h"
#include "runkeeper.h"

#include "discovery/discovery.h"
#include "dns/dnssettings.h"
#include "dns/unbounddnsresolver.h"
#include "probe/portprobe.h"
#include "profiles/cafile.h"
#include "report/discoveryreport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <optional>

using namespace Sendcheck;

static QString trDiscover(const char *text)
{
    return QCoreApplication::translate("DiscoverCommand", text);
}

static void printResult(const DiscoveryResult &result)
{
    QStringList out;
    out << trDiscover(
               QT_TRANSLATE_NOOP("DiscoverCommand", "Settings for %1 (ISPDB snapshot of %2)"))
               .arg(result.address, result.snapshotDate);
    out << QString() << trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "Sources, in order:"));
    for (const DiscoverySource &source : result.sources) {
        out << QStringLiteral("  %1  %2  %3")
                   .arg(DiscoverySource::outcomeName(source.outcome).toUpper().leftJustified(12),
                        DiscoverySource::kindLabel(source.kind), source.urlOrName);
        if (!source.detail.isEmpty())
            out << QStringLiteral("                %1").arg(source.detail);
    }
    out << QString();
    if (result.candidates.isEmpty()) {
        out << trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "No server settings found."));
    } else {
        out << trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "Servers to try:"));
        if (result.probe)
            out << trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                                "  (each tried from here at once, no password "
                                                "sent: %1 ms in all)"))
                       .arg(result.probe->totalMs);
        const std::optional<qsizetype> best = result.recommended();
        for (qsizetype i = 0; i < result.candidates.size(); ++i) {
            const DiscoveryCandidate &candidate = result.candidates.at(i);
            QString note;
            if (best && *best == i)
                note = trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "recommended"));
            else if (candidate.probe.source == QLatin1String("guess"))
                note = trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "guess"));
            else if (candidate.probe.source == QLatin1String("probe"))
                note = trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "found by trying"));
            else if (!candidate.trusted)
                note = trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "untrusted"));
            out << QStringLiteral("  %1 %2  %3  %4")
                       .arg(best && *best == i ? QStringLiteral("*") : QStringLiteral(" "),
                            candidate.describe().leftJustified(40),
                            candidate.probe.source.leftJustified(10), note);
            if (const ProbeAttemptResult *attempt = result.probeAttempt(i)) {
                QString tried = QStringLiteral("      %1: %2")
                                    .arg(probeOutcomeName(attempt->outcome), attempt->summary());
                if (!attempt->fix().isEmpty())
                    tried += QStringLiteral(". ") + attempt->fix();
                out << tried + QStringLiteral(" [%1]").arg(attempt->topic);
            } else if (result.probe) {
                out << QStringLiteral("      ")
                        + trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                                       "not tried: it has no encryption"));
            }
        }
        // The usual (or --ports) ports tried on the hosts found that did not work: one line each.
        if (result.probe) {
            QStringList failed;
            for (const ProbeAttemptResult &attempt : result.probe->attempts) {
                const bool listed
                    = std::any_of(result.candidates.cbegin(), result.candidates.cend(),
                                  [&attempt](const DiscoveryCandidate &c) {
                                      return c.probe.host == attempt.candidate.host
                                          && c.probe.port == attempt.candidate.port
                                          && c.probe.security == attempt.candidate.security;
                                  });
                if (listed)
                    continue;
                DiscoveryCandidate tried;
                tried.probe = attempt.candidate;
                failed << QStringLiteral("    %1  %2: %3")
                              .arg(tried.describe().leftJustified(40),
                                   probeOutcomeName(attempt.outcome), attempt.summary());
            }
            if (!failed.isEmpty()) {
                out << trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                                    "  Also tried on the hosts found, without "
                                                    "success (no source lists these):"));
                out << failed;
            }
        }
    }
    out << QString() << result.recommendationReason();
    CliOutput::out(out.join(QLatin1Char('\n')));
}

static int runDiscover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trDiscover(QT_TRANSLATE_NOOP(
        "DiscoverCommand",
        "Finds the outgoing (SMTP) server settings for an email address and shows every source "
        "it asked, in order: the bundled presets (by domain and by MX host), the domain's "
        "autoconfig file, Thunderbird's ISPDB (online and a bundled, dated snapshot), SRV "
        "records and guesses. Exits with 0 when a setting was found.\n\nFor tests: "
        "SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL and SENDCHECK_ISPDB_URL point "
        "the autoconfig and ISPDB requests at another server, SENDCHECK_DISCOVERY_CA_FILE adds "
        "trusted CA certificates (PEM).")));
    parser.addPositionalArgument(
        QStringLiteral("address"),
        trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "The email address to find settings for.")),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "Print the result as JSON.")));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"),
        trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                     "Ask nobody: only the bundled presets and ISPDB snapshot.")));
    const QCommandLineOption nameserverOption(
        QStringLiteral("nameserver"),
        trDiscover(
            QT_TRANSLATE_NOOP("DiscoverCommand", "Ask this nameserver instead of the system's.")),
        QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        trDiscover(QT_TRANSLATE_NOOP(
            "DiscoverCommand",
            "Also write the result as a report to FILE, in the format its name ends with: .md "
            "(Markdown, for a ticket), .html, .json or .pdf.")),
        QStringLiteral("FILE"));
    const QCommandLineOption probeOption(
        QStringLiteral("probe"),
        trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                     "Then try every server found, and the usual ports (465 "
                                     "with TLS from the start, 587, 25 and 2525 with STARTTLS) on "
                                     "each host found, at once and without a password (as the "
                                     "probe command does), "
                                     "and recommend the one that works from here; a port that "
                                     "works though no source lists it is shown with the source "
                                     "\"probe\". Exits with 0 only when one works; the run is "
                                     "kept in the history.")));
    const QCommandLineOption portsOption(
        QStringLiteral("ports"),
        trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                     "With --probe: the ports to try on each host found instead "
                                     "of the usual ones, as for the probe command: 465,587 or "
                                     "465/tls,587/starttls.")),
        QStringLiteral("LIST"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                     "With --probe: extra CA certificates (PEM file) to trust.")),
        QStringLiteral("FILE"));
    const QCommandLineOption noHistoryOption(
        QStringLiteral("no-history"),
        trDiscover(
            QT_TRANSLATE_NOOP("DiscoverCommand",
                              "Do not keep the run in the history (a run with --probe is kept "
                              "there otherwise, unless SENDCHECK_NO_HISTORY is set).")));
    parser.addOptions({jsonOption, offlineOption, nameserverOption, reportOption, probeOption,
                       portsOption, caFileOption, noHistoryOption});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CliOutput::err(trDiscover(QT_TRANSLATE_NOOP(
            "DiscoverCommand",
            "Give one email address, e.g. sendcheck-cli discover anna@example.com.")));
        return CliOutput::ExitUsage;
    }
    QString domain;
    const QString problem = Discovery::checkAddress(positional.first(), &domain);
    if (!problem.isEmpty()) {
        CliOutput::err(problem);
        return CliOutput::ExitUsage;
    }
    QString error;
    if (parser.isSet(reportOption) && parser.value(reportOption).isEmpty()) {
        CliOutput::err(
            trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "--report needs a file name.")));
        return CliOutput::ExitUsage;
    }
    const bool probing = parser.isSet(probeOption);
    if (probing && parser.isSet(offlineOption)) {
        CliOutput::err(trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                                    "--offline asks nobody, and --probe connects "
                                                    "to every server found: use one of them.")));
        return CliOutput::ExitUsage;
    }
    if (!probing && parser.isSet(caFileOption)) {
        CliOutput::err(
            trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "--ca-file belongs with --probe.")));
        return CliOutput::ExitUsage;
    }
    if (!probing && parser.isSet(portsOption)) {
        CliOutput::err(
            trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand", "--ports belongs with --probe.")));
        return CliOutput::ExitUsage;
    }
    QList<ProbeCandidate> probePorts = DiscoveryResult::standardPorts();
    if (parser.isSet(portsOption)) {
        const auto parsed = PortProbe::parsePorts(QString(), parser.value(portsOption), &error);
        if (!parsed) {
            CliOutput::err(QStringLiteral("--ports: ") + error);
            return CliOutput::ExitUsage;
        }
        probePorts = *parsed;
    }
    ProbeOptions probeOptions;
    if (parser.isSet(caFileOption)) {
        const QFileInfo info(parser.value(caFileOption));
        if (!info.isFile() || !info.isReadable()) {
            CliOutput::err(trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                                        "--ca-file: \"%1\" is not a readable "
                                                        "file."))
                               .arg(parser.value(caFileOption)));
            return CliOutput::ExitUsage;
        }
        const auto certificates = CaFile::read(info.absoluteFilePath(), &error);
        if (!certificates) {
            CliOutput::err(QStringLiteral("--ca-file: ") + error);
            return CliOutput::ExitUsage;
        }
        probeOptions.extraCaCertificates = *certificates;
    }
    // A probed run is kept in the history, as a send is; discovery alone asks no mail server.
    const std::optional<RunKeeper> keeper = RunKeeper::make(
        parser.value(reportOption),
        probing && !parser.isSet(noHistoryOption) && !RunKeeper::historyOffByEnvironment(), &error,
        QStringLiteral("discover"));
    if (!keeper) {
        CliOutput::err(error);
        return CliOutput::ExitUsage;
    }

    DiscoveryOptions options = DiscoveryOptions::fromEnvironment();
    options.offline = parser.isSet(offlineOption);
    DnsSettings settings;
    if (parser.isSet(nameserverOption)) {
        QString host;
        quint16 port = 53;
        if (!DnsSettings::splitHostPort(parser.value(nameserverOption), &host, &port)) {
            CliOutput::err(
                trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                             "'%1' is not HOST or HOST:PORT (an IPv6 address in "
                                             "brackets: [2001:db8::53]:53)."))
                    .arg(parser.value(nameserverOption)));
            return CliOutput::ExitUsage;
        }
        QHostAddress address(host);
        if (address.isNull() && !options.offline) {
            const auto found = lookUpNameserver(host, &error);
            if (!found) {
                CliOutput::err(trDiscover(QT_TRANSLATE_NOOP("DiscoverCommand",
                                                            "Could not find the nameserver %1: %2"))
                                   .arg(host, error));
                return CliOutput::ExitFailure;
            }
            address = *found;
        }
        settings.nameserver = address;
        settings.port = port;
    }
    std::unique_ptr<UnboundDnsResolver> resolver;
    if (!options.offline) {
        resolver = std::make_unique<UnboundDnsResolver>(settings);
        if (!resolver->setupError().isEmpty()) {
            CliOutput::err(resolver->setupError());
            return CliOutput::ExitFailure;
        }
    }

    Discovery discovery(resolver.get(), options);
    std::optional<DiscoveryResult> result;
    QObject::connect(&discovery, &Discovery::finished, &discovery,
                     [&result](const DiscoveryResult &found) {
                         result = found;
                         QCoreApplication::quit();
                     });
    discovery.start(positional.first());
    QCoreApplication::exec();
    if (!result)
        return CliOutput::ExitFailure;

    // --probe: every candidate and the usual (or --ports) ports on each host found, at once, as
    // `sendcheck-cli probe` tries a host's ports.
    if (probing) {
        PortProbe probe;
        probe.setCandidates(result->probeCandidates(probePorts));
        probe.setOptions(probeOptions);
        QObject::connect(&probe, &PortProbe::finished, &probe,
                         [](const PortProbeResult &) { QCoreApplication::quit(); });
        probe.start();
        QCoreApplication::exec();
        result->setProbe(probe.result());
    }

    if (parser.isSet(jsonOption))
        CliOutput::printJson(result->toJson());
    else
        printResult(*result);
    const bool found = probing ? result->probe->anyWorks() : !result->candidates.isEmpty();
    const int exitCode = found ? CliOutput::ExitOk : CliOutput::ExitFailure;
    return keeper->keep(DiscoveryReport::make(*result), exitCode);
}

static const CommandRegistration registration(
    {QStringLiteral("discover"),
     QT_TRANSLATE_NOOP("CliCommand", "Find the outgoing server settings for an email address."),
     runDiscover});
