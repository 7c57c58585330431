// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli domain DOMAIN: will mail from this domain be trusted? SPF, DKIM, DMARC and MX,
// looked up through libunbound (the system's nameservers or --nameserver), in plain words.
#include "clioutput.h"
#include "commandregistry.h"
#include "nameserverlookup.h"

#include "runkeeper.h"

#include "dns/dnssettings.h"
#include "dns/unbounddnsresolver.h"
#include "domain/domaincheck.h"
#include "domain/domainreport.h"
#include "domain/httpspolicyfetcher.h"
#include "providers/providercatalog.h"
#include "reportexport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

using namespace Sendcheck;

static QString trDomain(const char *text)
{
    return QCoreApplication::translate("DomainCommand", text);
}

static QString statusLabel(DomainCheckItem::Status status)
{
    return DomainCheckItem::statusName(status).toUpper();
}

// One line per check, then what to do, then the records to publish.
static void printResult(const DomainCheckResult &result)
{
    QStringList out;
    out << trDomain(QT_TRANSLATE_NOOP("DomainCommand", "Domain: %1")).arg(result.domain);
    for (const DomainCheckItem &item : result.checks)
        out << QStringLiteral("%1  %2  %3")
                   .arg(statusLabel(item.status).leftJustified(5), item.id.leftJustified(20),
                        item.summary);
    QStringList fixes;
    for (const DomainCheckItem &item : result.checks) {
        if (item.status == DomainCheckItem::Status::Pass || item.fix.isEmpty())
            continue;
        fixes << QStringLiteral("  %1: %2").arg(item.id, item.fix);
    }
    if (!fixes.isEmpty())
        out << QString() << trDomain(QT_TRANSLATE_NOOP("DomainCommand", "What to do:")) << fixes;
    if (!result.publish.isEmpty()) {
        out << QString() << trDomain(QT_TRANSLATE_NOOP("DomainCommand", "Records to publish:"));
        for (const PublishRecord &record : result.publish) {
            out << QStringLiteral("  ") + record.zoneLine();
            if (!record.why.isEmpty())
                out << QStringLiteral("      ") + record.why;
        }
    }
    if (result.dnssec != QLatin1String("not-validated"))
        out << QString()
            << QCoreApplication::translate("DomainCommand",
                                           "DNSSEC: %1 (%2 of %n answer(s) secure).", nullptr,
                                           result.answers)
                   .arg(result.dnssec)
                   .arg(result.secureAnswers);
    CliOutput::out(out.join(QLatin1Char('\n')));
}

static int runDomain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trDomain(QT_TRANSLATE_NOOP(
        "DomainCommand",
        "Checks what receivers check about a sending domain: its SPF record (and, with --ip, "
        "whether that server may send for it), DKIM keys, DMARC policy and alignment, MX "
        "records, and the transport policies MTA-STS, TLS-RPT, DANE and BIMI. Exits with 0 when "
        "nothing fails.")));
    parser.addPositionalArgument(
        QStringLiteral("domain"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "The domain you send from (the part after "
                                   "@ in your From address).")),
        QStringLiteral("DOMAIN"));
    const QCommandLineOption ipOption(
        QStringLiteral("ip"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "The sending server's IP address: evaluate SPF for it.")),
        QStringLiteral("ADDR"));
    const QCommandLineOption heloOption(
        QStringLiteral("helo"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand", "The HELO name the server uses (for SPF).")),
        QStringLiteral("NAME"));
    const QCommandLineOption mailFromOption(
        QStringLiteral("mail-from"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "The envelope sender (MAIL FROM); its domain is what SPF "
                                   "checks. Default: the domain.")),
        QStringLiteral("ADDR"));
    const QCommandLineOption selectorOption(
        QStringLiteral("dkim-selector"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "A DKIM selector to look at (can be given more than once).")),
        QStringLiteral("S"));
    const QCommandLineOption providerOption(
        QStringLiteral("provider"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "The provider you send through (a preset id, e.g. "
                                   "google-workspace-relay): check its SPF include and "
                                   "DKIM selectors, and propose its records.")),
        QStringLiteral("ID"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "The provider's region as in its preset (e.g. eu-west-1 for "
                                   "Amazon SES): fills it into the records proposed.")),
        QStringLiteral("ID"));
    const QCommandLineOption nameserverOption(
        QStringLiteral("nameserver"),
        trDomain(
            QT_TRANSLATE_NOOP("DomainCommand", "Ask this nameserver instead of the system's.")),
        QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption trustAnchorOption(
        QStringLiteral("trust-anchor"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "Validate DNSSEC from the trust anchors in FILE (DS or DNSKEY "
                                   "lines in zone-file form, e.g. /usr/share/dns/root.key).")),
        QStringLiteral("FILE"));
    const QCommandLineOption dnssecOption(
        QStringLiteral("dnssec"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "Validate DNSSEC from the system's root key, "
                                   "/usr/share/dns/root.key (Debian package dns-root-data). "
                                   "Without this or --trust-anchor nothing is validated.")));
    const QCommandLineOption policyServerOption(
        QStringLiteral("mta-sts-server"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "Fetch the MTA-STS policy from this address instead of the "
                                   "address of mta-sts.DOMAIN (a lab or test server); its "
                                   "certificate is still checked for mta-sts.DOMAIN. Default "
                                   "port 443.")),
        QStringLiteral("ADDR[:PORT]"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "Also trust the CA certificates in FILE (PEM) for the "
                                   "MTA-STS policy's HTTPS.")),
        QStringLiteral("FILE"));
    const QCommandLineOption smtpPortOption(
        QStringLiteral("smtp-port"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "Compare the MX hosts' certificates with their DNSSEC-secure "
                                   "TLSA records on this port instead of 25 (a lab or test "
                                   "server).")),
        QStringLiteral("PORT"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "Also write the check as a report to FILE, in the format its "
                                   "name ends with: .md (Markdown, for a ticket), .html, .json "
                                   "or .pdf.")),
        QStringLiteral("FILE"));
    const QCommandLineOption strictOption(
        QStringLiteral("strict-redaction"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                   "In the report, also hide address local parts and IP "
                                   "addresses.")));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        trDomain(QT_TRANSLATE_NOOP("DomainCommand", "Print the result as JSON.")));
    parser.addOptions({ipOption, heloOption, mailFromOption, selectorOption, providerOption,
                       regionOption, nameserverOption, trustAnchorOption, dnssecOption,
                       policyServerOption, caFileOption, smtpPortOption, reportOption, strictOption,
                       jsonOption});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CliOutput::err(trDomain(QT_TRANSLATE_NOOP(
            "DomainCommand", "Give one domain to check, e.g. sendcheck-cli domain example.com.")));
        return CliOutput::ExitUsage;
    }
    DomainCheckRequest request;
    const QString problem = DomainCheck::checkDomainName(positional.first(), &request.domain);
    if (!problem.isEmpty()) {
        CliOutput::err(problem);
        return CliOutput::ExitUsage;
    }
    if (parser.isSet(ipOption)) {
        request.ip = QHostAddress(parser.value(ipOption));
        if (request.ip.isNull()) {
            CliOutput::err(
                trDomain(QT_TRANSLATE_NOOP("DomainCommand", "'%1' is not an IP address."))
                    .arg(parser.value(ipOption)));
            return CliOutput::ExitUsage;
        }
    }
    request.helo = parser.value(heloOption);
    request.mailFrom = parser.value(mailFromOption);
    request.dkimSelectors = parser.values(selectorOption);
    if (parser.isSet(providerOption)) {
        const ProviderCatalog catalog = ProviderCatalog::loadDefault();
        const Provider *provider = catalog.find(parser.value(providerOption));
        if (!provider || !provider->domainDns) {
            QStringList known;
            for (const Provider &candidate : catalog.all()) {
                if (candidate.domainDns)
                    known << candidate.id;
            }
            CliOutput::err(
                trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                           "No DNS facts for provider '%1'. Known: %2."))
                    .arg(parser.value(providerOption), known.join(QStringLiteral(", "))));
            return CliOutput::ExitUsage;
        }
        request.provider = *provider;
    }
    request.region = parser.value(regionOption);
    if (parser.isSet(smtpPortOption)) {
        bool ok = false;
        const uint port = parser.value(smtpPortOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            CliOutput::err(trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                                      "--smtp-port: '%1' is not a port number "
                                                      "(1 to 65535)."))
                               .arg(parser.value(smtpPortOption)));
            return CliOutput::ExitUsage;
        }
        request.smtpPort = quint16(port);
    }
    if (!request.region.isEmpty()
        && !(request.provider && request.provider->findHost(request.region))) {
        CliOutput::err(trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                                  "'%1' is not a region of the provider: "
                                                  "--region needs --provider and one of its "
                                                  "regions, e.g. eu-west-1 for amazon-ses."))
                           .arg(request.region));
        return CliOutput::ExitUsage;
    }
    // The report file is checked first: a check whose report cannot be written is not run.
    QString reportError;
    const std::optional<RunKeeper> keeper
        = RunKeeper::make(parser.value(reportOption), false, &reportError);
    if (parser.isSet(reportOption) && (parser.value(reportOption).isEmpty() || !keeper)) {
        CliOutput::err(reportError.isEmpty() ? trDomain(
                           QT_TRANSLATE_NOOP("DomainCommand", "--report needs a file name."))
                                             : reportError);
        return CliOutput::ExitUsage;
    }

    DnsSettings settings;
    if (parser.isSet(nameserverOption)) {
        QString host;
        quint16 port = 53;
        if (!DnsSettings::splitHostPort(parser.value(nameserverOption), &host, &port)) {
            CliOutput::err(
                trDomain(
                    QT_TRANSLATE_NOOP("DomainCommand",
                                      "'%1' is not HOST or HOST:PORT (an IPv6 address in brackets: "
                                      "[2001:db8::53]:53)."))
                    .arg(parser.value(nameserverOption)));
            return CliOutput::ExitUsage;
        }
        QHostAddress address(host);
        if (address.isNull()) {
            QString error;
            const auto found = lookUpNameserver(host, &error);
            if (!found) {
                CliOutput::err(trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                                          "Could not find the nameserver %1: %2"))
                                   .arg(host, error));
                return CliOutput::ExitFailure;
            }
            address = *found;
        }
        settings.nameserver = address;
        settings.port = port;
    }
    if (parser.isSet(trustAnchorOption)) {
        settings.trustAnchorFile = parser.value(trustAnchorOption);
    } else if (parser.isSet(dnssecOption)) {
        settings.trustAnchorFile = QStringLiteral("/usr/share/dns/root.key");
        if (!QFileInfo::exists(settings.trustAnchorFile)) {
            CliOutput::err(trDomain(QT_TRANSLATE_NOOP(
                "DomainCommand",
                "--dnssec needs the root key at /usr/share/dns/root.key (Debian package "
                "dns-root-data); give another with --trust-anchor FILE.")));
            return CliOutput::ExitUsage;
        }
    }

    HttpsGet::Limits limits;
    if (parser.isSet(policyServerOption)) {
        QString host;
        quint16 port = 443;
        const QString text = parser.value(policyServerOption);
        if (!DnsSettings::splitHostPort(text, &host, &port) || QHostAddress(host).isNull()) {
            CliOutput::err(trDomain(QT_TRANSLATE_NOOP("DomainCommand",
                                                      "--mta-sts-server: '%1' is not ADDRESS or "
                                                      "ADDRESS:PORT, e.g. 127.0.0.1:8443."))
                               .arg(text));
            return CliOutput::ExitUsage;
        }
        // splitHostPort's default port is DNS's.
        const bool portGiven = text.trimmed().startsWith(QLatin1Char('['))
            ? text.contains(QLatin1String("]:"))
            : text.count(QLatin1Char(':')) == 1;
        limits.connectAddress = QHostAddress(host);
        limits.port = portGiven ? port : 443;
    }
    if (parser.isSet(caFileOption)) {
        const QString path = parser.value(caFileOption);
        limits.extraCas = QSslCertificate::fromPath(path, QSsl::Pem);
        if (limits.extraCas.isEmpty()) {
            CliOutput::err(
                trDomain(QT_TRANSLATE_NOOP(
                             "DomainCommand",
                             "--ca-file: \"%1\" is not a readable file of PEM certificates."))
                    .arg(path));
            return CliOutput::ExitUsage;
        }
    }
    HttpsPolicyFetcher fetcher(limits);

    UnboundDnsResolver resolver(settings);
    if (!resolver.setupError().isEmpty()) {
        CliOutput::err(resolver.setupError());
        return CliOutput::ExitFailure;
    }
    DomainCheck check(&resolver);
    check.setPolicyFetcher(&fetcher);
    std::optional<DomainCheckResult> result;
    QObject::connect(&check, &DomainCheck::finished, &check,
                     [&result](const DomainCheckResult &found) {
                         result = found;
                         QCoreApplication::quit();
                     });
    check.start(request);
    QCoreApplication::exec();
    if (!result)
        return CliOutput::ExitFailure;

    if (parser.isSet(jsonOption))
        CliOutput::printJson(result->toJson());
    else
        printResult(*result);
    const int exitCode = result->hasFailure() ? CliOutput::ExitFailure : CliOutput::ExitOk;
    if (keeper && keeper->wantsReport()) {
        Profile profile;
        if (request.provider)
            profile.presetId = request.provider->id;
        const Report report = DomainReport::make(*result, profile);
        const QString path = parser.value(reportOption);
        QString error;
        if (!ReportExport::save(report, *ReportFormat::fromPath(path),
                                parser.isSet(strictOption) ? Report::Redaction::Strict
                                                           : Report::Redaction::Standard,
                                path, &error)) {
            CliOutput::err(error);
            return CliOutput::ExitFailure;
        }
    }
    return exitCode;
}

static const CommandRegistration registration(
    {QStringLiteral("domain"),
     QT_TRANSLATE_NOOP("CliCommand", "Check a sending domain's SPF, DKIM, DMARC and MX records."),
     runDomain});
