// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli server HOST: is this mail server healthy and trusted? Addresses, reverse DNS
// (forward-confirmed), the names in its greeting, DNS blocklists and, on request, the open
// relay test (never DATA), in plain words or as JSON.
#include "clioutput.h"
#include "commandregistry.h"
#include "nameserverlookup.h"
#include "runkeeper.h"

#include "dns/dnssettings.h"
#include "dns/unbounddnsresolver.h"
#include "report/report.h"
#include "server/servercheck.h"

#include <QCoreApplication>

#include <optional>

using namespace Sendcheck;

static QString trServer(const char *text)
{
    return QCoreApplication::translate("ServerCommand", text);
}

// One line per check, then what to do.
static void printResult(const ServerCheckResult &result)
{
    QStringList out;
    QStringList addresses;
    for (const QHostAddress &address : result.addresses)
        addresses << address.toString();
    out << trServer(QT_TRANSLATE_NOOP("ServerCommand", "Server: %1 port %2 (%3)"))
               .arg(result.host)
               .arg(result.port)
               .arg(addresses.isEmpty() ? QStringLiteral("-")
                                        : addresses.join(QStringLiteral(", ")));
    for (const DomainCheckItem &item : result.checks)
        out << QStringLiteral("%1  %2  %3")
                   .arg(DomainCheckItem::statusName(item.status).toUpper().leftJustified(5),
                        item.id.leftJustified(22), item.summary);
    QStringList fixes;
    for (const DomainCheckItem &item : result.checks) {
        if (item.status != DomainCheckItem::Status::Pass && !item.fix.isEmpty())
            fixes << QStringLiteral("  %1: %2").arg(item.id, item.fix);
    }
    if (!fixes.isEmpty())
        out << QString() << trServer(QT_TRANSLATE_NOOP("ServerCommand", "What to do:")) << fixes;
    CliOutput::out(out.join(QLatin1Char('\n')));
}

static bool isMailAddress(const QString &text)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' '))
        && !text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('>'));
}

static int runServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trServer(QT_TRANSLATE_NOOP(
        "ServerCommand",
        "Checks whether a mail server is healthy and trusted: its addresses, reverse DNS (PTR, "
        "forward-confirmed), the name in its greeting, DNS blocklists and, with --relay-test, "
        "whether it relays mail for anyone (no message is ever sent). Exits with 0 when "
        "nothing fails.")));
    parser.addPositionalArgument(
        QStringLiteral("host"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand",
                                   "The mail server's host name or address (e.g. an MX host).")),
        QStringLiteral("HOST"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand", "The SMTP port (default 25).")),
        QStringLiteral("P"), QStringLiteral("25"));
    const QCommandLineOption ipOption(
        QStringLiteral("ip"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand",
                                   "The server's public address, when it differs from what HOST "
                                   "resolves to here (NAT, split DNS): reverse DNS and "
                                   "blocklists are checked for it.")),
        QStringLiteral("ADDR"));
    const QCommandLineOption relayOption(
        QStringLiteral("relay-test"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand",
                                   "Test whether the server relays for anyone: MAIL FROM --from, "
                                   "RCPT TO --to, then RSET and QUIT (never DATA).")));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand", "Relay test: an outside sender address.")),
        QStringLiteral("A"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand",
                                   "Relay test: a recipient at a domain the server does not "
                                   "receive mail for.")),
        QStringLiteral("B"));
    const QCommandLineOption nameserverOption(
        QStringLiteral("nameserver"),
        trServer(
            QT_TRANSLATE_NOOP("ServerCommand", "Ask this nameserver instead of the system's.")),
        QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand", "Print the result as JSON.")));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand",
                                   "Also write the result as a report to FILE, in the format its "
                                   "name ends with: .md, .html, .json or .pdf.")),
        QStringLiteral("FILE"));
    const QCommandLineOption noHistoryOption(
        QStringLiteral("no-history"),
        trServer(QT_TRANSLATE_NOOP("ServerCommand", "Do not keep this run in the history.")));
    parser.addOptions({portOption, ipOption, relayOption, fromOption, toOption, nameserverOption,
                       jsonOption, reportOption, noHistoryOption});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    const auto usage = [](const QString &message) {
        CliOutput::err(message);
        return int(CliOutput::ExitUsage);
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(trServer(QT_TRANSLATE_NOOP(
            "ServerCommand",
            "Give one server to check, e.g. sendcheck-cli server mail.example.com.")));
    ServerCheckRequest request;
    const QString problem = ServerCheck::checkHostName(positional.first(), &request.host);
    if (!problem.isEmpty())
        return usage(problem);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port == 0 || port > 65535)
        return usage(
            trServer(QT_TRANSLATE_NOOP("ServerCommand", "--port: '%1' is not a port (1 to 65535)."))
                .arg(parser.value(portOption)));
    request.port = quint16(port);
    if (parser.isSet(ipOption)) {
        request.ip = QHostAddress(parser.value(ipOption));
        if (request.ip.isNull())
            return usage(
                trServer(QT_TRANSLATE_NOOP("ServerCommand", "--ip: '%1' is not an IP address."))
                    .arg(parser.value(ipOption)));
    }
    if (parser.isSet(relayOption)) {
        request.relayTest = true;
        request.mailFrom = parser.value(fromOption).trimmed();
        request.rcptTo = parser.value(toOption).trimmed();
        if (!isMailAddress(request.mailFrom) || !isMailAddress(request.rcptTo))
            return usage(trServer(QT_TRANSLATE_NOOP(
                "ServerCommand",
                "--relay-test needs --from and --to, two mail addresses at domains the server "
                "does not receive mail for, e.g. --from test@example.org --to test@example.net.")));
    } else if (parser.isSet(fromOption) || parser.isSet(toOption)) {
        return usage(trServer(
            QT_TRANSLATE_NOOP("ServerCommand", "--from and --to belong to --relay-test.")));
    }
    if (parser.isSet(reportOption) && parser.value(reportOption).isEmpty())
        return usage(trServer(QT_TRANSLATE_NOOP("ServerCommand", "--report needs a file name.")));
    QString error;
    const std::optional<RunKeeper> keeper = RunKeeper::make(
        parser.value(reportOption),
        !parser.isSet(noHistoryOption) && !RunKeeper::historyOffByEnvironment(), &error);
    if (!keeper)
        return usage(error);

    DnsSettings settings;
    if (parser.isSet(nameserverOption)) {
        QString host;
        quint16 nameserverPort = 53;
        if (!DnsSettings::splitHostPort(parser.value(nameserverOption), &host, &nameserverPort))
            return usage(trServer(QT_TRANSLATE_NOOP(
                                      "ServerCommand",
                                      "'%1' is not HOST or HOST:PORT (an IPv6 address in brackets: "
                                      "[2001:db8::53]:53)."))
                             .arg(parser.value(nameserverOption)));
        QHostAddress address(host);
        if (address.isNull()) {
            QString lookupError;
            const auto found = lookUpNameserver(host, &lookupError);
            if (!found) {
                CliOutput::err(trServer(QT_TRANSLATE_NOOP("ServerCommand",
                                                          "Could not find the nameserver %1: %2"))
                                   .arg(host, lookupError));
                return CliOutput::ExitFailure;
            }
            address = *found;
        }
        settings.nameserver = address;
        settings.port = nameserverPort;
    }

    UnboundDnsResolver resolver(settings);
    if (!resolver.setupError().isEmpty()) {
        CliOutput::err(resolver.setupError());
        return CliOutput::ExitFailure;
    }
    ServerCheck check(&resolver);
    std::optional<ServerCheckResult> result;
    QObject::connect(&check, &ServerCheck::finished, &check,
                     [&result](const ServerCheckResult &found) {
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
    return keeper->keep(result->toReport(), exitCode);
}

static const CommandRegistration registration(
    {QStringLiteral("server"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "Check a mail server's reverse DNS, greeting, blocklists and open relay."),
     runServer});
