// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli practice`: runs the practice server in the foreground and logs its sessions.
#include "clioutput.h"
#include "commandregistry.h"
#include "interrupt.h"

#include "practice/practicecertificate.h"
#include "practice/practiceimapserver.h"
#include "practice/practiceserver.h"
#include "practice/scenario.h"
#include "practice/scenarioscript.h"
#include "transcript/transcriptentry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <limits>
#include <optional>

using namespace Sendcheck;

namespace {

// Texts are looked up as PracticeCommand::tr("...") so that lupdate sees each one with its context.
struct PracticeCommand
{
    Q_DECLARE_TR_FUNCTIONS(PracticeCommand)
};

// Every line goes out at once: the tests and scripts that start us read the first line to
// learn the ports, and a buffered line would never arrive.
void printLine(const QString &text)
{
    static QFile out;
    if (!out.isOpen() && !out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    out.write(text.toUtf8() + '\n');
    out.flush(); // QFile on a FILE* goes through stdio, which buffers a pipe or a file
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

// The value of a numeric limit flag: a whole number in [minimum, maximum]. Prints the flag's
// rule and returns nullopt otherwise.
std::optional<qint64> limitValue(const QCommandLineParser &parser, const QCommandLineOption &option,
                                 qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    CliOutput::err(PracticeCommand::tr("--%1 needs a whole number from %2 to %3.")
                       .arg(option.names().constFirst())
                       .arg(minimum)
                       .arg(maximum));
    return std::nullopt;
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

// The flags for the server's limits beyond the message size (PracticeSettings says what each
// one guards against and what a client over it is told).
struct LimitOptions
{
    const QCommandLineOption maxLineOption {
        QStringLiteral("max-line-length"),
        PracticeCommand::tr(
            "The longest command line accepted, in bytes; a longer one is answered with 500 "
            "(default %1).")
            .arg(PracticeSettings::DefaultMaxCommandLine),
        PracticeCommand::tr("bytes")};
    const QCommandLineOption maxTextLineOption {
        QStringLiteral("max-text-line-length"),
        PracticeCommand::tr(
            "The longest line of message data accepted, in bytes; a message with a longer one is "
            "refused with 554 (default %1).")
            .arg(PracticeSettings::DefaultMaxTextLine),
        PracticeCommand::tr("bytes")};
    const QCommandLineOption maxSessionsOption {
        QStringLiteral("max-sessions"),
        PracticeCommand::tr(
            "Sessions open at once; one more is answered with 421 and closed (on the implicit "
            "TLS port closed without a reply) (default %1).")
            .arg(PracticeSettings::DefaultMaxSessions),
        PracticeCommand::tr("N")};
    const QCommandLineOption maxSessionsPerClientOption {
        QStringLiteral("max-sessions-per-client"),
        PracticeCommand::tr(
            "Sessions open at once from one client address; one more is answered with 421 and "
            "closed (default %1; 0 = only --max-sessions).")
            .arg(PracticeSettings::DefaultMaxSessionsPerClient),
        PracticeCommand::tr("N")};
    const QCommandLineOption maxSessionSecondsOption {
        QStringLiteral("max-session-seconds"),
        PracticeCommand::tr(
            "How long one session may last, however busy; then 421 and the connection closes "
            "(default %1; 0 = no limit).")
            .arg(PracticeSettings::DefaultMaxSessionSeconds),
        PracticeCommand::tr("seconds")};
    const QCommandLineOption maxSavedMessagesOption {
        QStringLiteral("max-saved-messages"),
        PracticeCommand::tr(
            "With --save-dir: messages kept in the folder; beyond it the oldest saved messages "
            "are deleted, no message is refused (default %1; 0 = no limit).")
            .arg(PracticeSettings::DefaultMaxSavedMessages),
        PracticeCommand::tr("N")};
    const QCommandLineOption maxSavedBytesOption {
        QStringLiteral("max-saved-bytes"),
        PracticeCommand::tr(
            "With --save-dir: bytes of messages kept in the folder; beyond it the oldest saved "
            "messages are deleted (default %1; 0 = no limit).")
            .arg(PracticeSettings::DefaultMaxSavedBytes),
        PracticeCommand::tr("bytes")};

    [[nodiscard]] QList<QCommandLineOption> all() const
    {
        return {maxLineOption,           maxTextLineOption,
                maxSessionsOption,       maxSessionsPerClientOption,
                maxSessionSecondsOption, maxSavedMessagesOption,
                maxSavedBytesOption};
    }

    // Gives `server` the limits set on the command line; false (after saying why) when a
    // value is out of range.
    [[nodiscard]] bool apply(const QCommandLineParser &parser, PracticeServer *server) const
    {
        const auto read = [&parser](const QCommandLineOption &option, qint64 minimum,
                                    qint64 maximum, const auto &set) {
            if (!parser.isSet(option))
                return true;
            const auto value = limitValue(parser, option, minimum, maximum);
            if (value)
                set(*value);
            return value.has_value();
        };
        constexpr qint64 maxInt = std::numeric_limits<int>::max();
        return read(maxLineOption, 512, PracticeSettings::MaxLineLimit,
                    [server](qint64 v) { server->setMaxCommandLine(int(v)); })
            && read(maxTextLineOption, 1000, PracticeSettings::MaxLineLimit,
                    [server](qint64 v) { server->setMaxTextLine(int(v)); })
            && read(maxSessionsOption, 1, 100000,
                    [server](qint64 v) { server->setMaxSessions(int(v)); })
            && read(maxSessionsPerClientOption, 0, 100000,
                    [server](qint64 v) { server->setMaxSessionsPerClient(int(v)); })
            && read(maxSessionSecondsOption, 0, 7 * 24 * 3600,
                    [server](qint64 v) { server->setMaxSessionSeconds(int(v)); })
            && read(maxSavedMessagesOption, 0, maxInt,
                    [server](qint64 v) { server->setMaxSavedMessages(int(v)); })
            && read(maxSavedBytesOption, 0, std::numeric_limits<qint64>::max(),
                    [server](qint64 v) { server->setMaxSavedBytes(v); });
    }
};

int runPractice(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PracticeCommand::tr(
        "Runs the practice server: a real SMTP server on this computer that fails on purpose.\n"
        "Plain SMTP with STARTTLS listens on one port, implicit TLS on another. The lab "
        "account is practice / practice unless --user and --password-env are given.\n"
        "The first line printed is \"listening smtp=HOST:PORT tls=HOST:PORT\", the second "
        "\"listening imap=HOST:PORT imaps=HOST:PORT\" (the practice mailbox, where every accepted "
        "message lands); then one line per session event. Stop it with Ctrl+C (SIGINT) or "
        "SIGTERM.\n\n"
        "Scenarios (--scenario, repeatable, several at once):\n%1\n"
        "Example: --scenario greylist-451 --scenario drop-at=rcpt"));
    QString scenarioHelp;
    for (const QString &name : Scenario::names())
        scenarioHelp
            += QStringLiteral("  %1  %2\n").arg(name.leftJustified(22), Scenario::describe(name));
    parser.setApplicationDescription(parser.applicationDescription().arg(scenarioHelp));

    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        PracticeCommand::tr(
            "Plain SMTP + STARTTLS address and port (default 127.0.0.1:2525; port 0 = any free "
            "port)."),
        PracticeCommand::tr("host:port"), QStringLiteral("127.0.0.1:2525"));
    const QCommandLineOption tlsListenOption(
        QStringLiteral("tls-listen"),
        PracticeCommand::tr(
            "Implicit TLS address and port (default 127.0.0.1:4650; port 0 = any free port)."),
        PracticeCommand::tr("host:port"), QStringLiteral("127.0.0.1:4650"));
    const QCommandLineOption imapListenOption(
        QStringLiteral("imap-listen"),
        PracticeCommand::tr("IMAP + STARTTLS port of the practice mailbox, on the same address "
                            "(default 1430, or any free port when --listen asks for one)."),
        PracticeCommand::tr("port"));
    const QCommandLineOption imapsListenOption(
        QStringLiteral("imaps-listen"),
        PracticeCommand::tr("Implicit-TLS IMAP port of the practice mailbox (default 9930, or any "
                            "free port when --listen asks for one)."),
        PracticeCommand::tr("port"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        PracticeCommand::tr(
            "A scenario name; repeat for several. drop-at takes a stage: drop-at=rcpt."),
        PracticeCommand::tr("name"));
    const QCommandLineOption scenarioFileOption(
        QStringLiteral("scenario-file"),
        PracticeCommand::tr(
            "A scenario script: one \"STAGE: CODE ENHANCED text\" or \"STAGE: drop\" per line, "
            "# for comments. Stages: %1.")
            .arg(practiceStageNames().join(QLatin1String(", "))),
        PracticeCommand::tr("file"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        PracticeCommand::tr("The lab account's user name (default practice)."),
        PracticeCommand::tr("user"));
    const QCommandLineOption passwordEnvOption(
        QStringLiteral("password-env"),
        PracticeCommand::tr(
            "Read the lab account's password from this environment variable (never a flag "
            "value)."),
        PracticeCommand::tr("VAR"));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("xoauth2-token-env"),
        PracticeCommand::tr(
            "Offer XOAUTH2 and OAUTHBEARER and accept the test token in this environment "
            "variable."),
        PracticeCommand::tr("VAR"));
    const QCommandLineOption tokenUserOption(
        QStringLiteral("token-user"),
        PracticeCommand::tr(
            "The account the test token belongs to (default: the lab account's user name)."),
        PracticeCommand::tr("user"));
    const QCommandLineOption saveDirOption(
        QStringLiteral("save-dir"),
        PracticeCommand::tr(
            "Save each received message there as an .eml file. The folder and the files are "
            "made private to you (0700 and 0600)."),
        PracticeCommand::tr("dir"));
    const QCommandLineOption greylistOption(
        QStringLiteral("greylist-seconds"),
        PracticeCommand::tr("How long greylist-451 defers a sender/recipient pair (default 60)."),
        PracticeCommand::tr("N"));
    const QCommandLineOption maxSizeOption(
        QStringList {QStringLiteral("max-message-size"), QStringLiteral("max-size")},
        PracticeCommand::tr(
            "The message size limit in bytes, announced as SIZE; more data is answered with 552 "
            "(default %1).")
            .arg(PracticeSettings::DefaultMaxMessageSize),
        PracticeCommand::tr("bytes"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        PracticeCommand::tr("Close sessions idle this many seconds (default 300)."),
        PracticeCommand::tr("seconds"));
    const QCommandLineOption certDirOption(
        QStringLiteral("cert-dir"),
        PracticeCommand::tr(
            "Where the practice certificate is kept (default: the application data folder); "
            "made private to you (0700, key and certificate 0600)."),
        PracticeCommand::tr("dir"));
    const QCommandLineOption listOption(QStringLiteral("list-scenarios"),
                                        PracticeCommand::tr("List the scenarios and exit."));
    const QCommandLineOption remoteOption(
        QStringLiteral("allow-remote"),
        PracticeCommand::tr(
            "Allow a non-loopback listen address. The practice server has a published "
            "password and fails on purpose: do not expose it to a network you do not control."));
    parser.addOptions({listenOption, tlsListenOption, imapListenOption, imapsListenOption,
                       scenarioOption, scenarioFileOption, userOption, passwordEnvOption,
                       tokenEnvOption, tokenUserOption, saveDirOption, greylistOption,
                       maxSizeOption, idleOption, certDirOption, listOption, remoteOption});
    const LimitOptions limits;
    parser.addOptions(limits.all());
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    if (parser.isSet(listOption)) {
        for (const QString &name : Scenario::names())
            CliOutput::out(QStringLiteral("%1\t%2").arg(name, Scenario::describe(name)));
        return CliOutput::ExitOk;
    }

    Scenario scenario;
    for (const QString &name : parser.values(scenarioOption)) {
        QString error;
        if (!scenario.add(name, &error)) {
            CliOutput::err(error);
            return CliOutput::ExitUsage;
        }
    }
    if (parser.isSet(scenarioFileOption)) {
        QList<ScenarioRule> rules;
        QString error;
        if (!ScenarioScript::parseFile(parser.value(scenarioFileOption), &rules, &error)) {
            CliOutput::err(error);
            return CliOutput::ExitUsage;
        }
        scenario.addRules(rules);
    }
    if (parser.isSet(greylistOption)) {
        bool ok = false;
        const int seconds = parser.value(greylistOption).toInt(&ok);
        if (!ok || seconds < 0) {
            CliOutput::err(PracticeCommand::tr("--greylist-seconds needs a number of seconds."));
            return CliOutput::ExitUsage;
        }
        scenario.setGreylistSeconds(seconds);
    }

    QHostAddress smtpAddress;
    QHostAddress tlsAddress;
    quint16 smtpPort = 0;
    quint16 tlsPort = 0;
    if (!parseListen(parser.value(listenOption), &smtpAddress, &smtpPort)
        || !parseListen(parser.value(tlsListenOption), &tlsAddress, &tlsPort)) {
        CliOutput::err(
            PracticeCommand::tr("--listen and --tls-listen take HOST:PORT, as in 127.0.0.1:2525."));
        return CliOutput::ExitUsage;
    }
    const bool allowRemote = parser.isSet(remoteOption);
    if ((!smtpAddress.isLoopback() || !tlsAddress.isLoopback()) && !allowRemote) {
        CliOutput::err(PracticeCommand::tr(
            "The practice server listens on loopback addresses only: it has a "
            "published password and fails on purpose. Use --allow-remote if you "
            "really want it reachable from other machines."));
        return CliOutput::ExitUsage;
    }
    if (smtpAddress != tlsAddress) {
        CliOutput::err(PracticeCommand::tr("--listen and --tls-listen must use the same address."));
        return CliOutput::ExitUsage;
    }

    PracticeServer server;
    server.setAllowRemote(allowRemote);
    server.setScenario(scenario);
    if (parser.isSet(certDirOption))
        server.setCertificateDirectory(parser.value(certDirOption));
    if (parser.isSet(userOption) || parser.isSet(passwordEnvOption)) {
        if (!parser.isSet(userOption) || !parser.isSet(passwordEnvOption)) {
            CliOutput::err(PracticeCommand::tr("--user and --password-env go together."));
            return CliOutput::ExitUsage;
        }
        const auto password = CliOutput::readSecret(false, parser.value(passwordEnvOption));
        if (!password)
            return CliOutput::ExitUsage;
        // The server keeps what it expects for as long as it runs (its own copy).
        server.setCredentials(parser.value(userOption), password->view().toByteArray());
    }
    if (parser.isSet(tokenEnvOption)) {
        const auto token = CliOutput::readSecret(false, parser.value(tokenEnvOption));
        if (!token)
            return CliOutput::ExitUsage;
        server.setXOAuth2Token(token->view().toByteArray());
    }
    if (parser.isSet(tokenUserOption))
        server.setTokenUser(parser.value(tokenUserOption));
    if (parser.isSet(maxSizeOption)) {
        bool ok = false;
        const qint64 size = parser.value(maxSizeOption).toLongLong(&ok);
        if (!ok || size <= 0) {
            CliOutput::err(PracticeCommand::tr("--max-message-size needs a number of bytes."));
            return CliOutput::ExitUsage;
        }
        server.setMaxMessageSize(size);
    }
    if (!limits.apply(parser, &server))
        return CliOutput::ExitUsage;
    if (parser.isSet(idleOption)) {
        bool ok = false;
        const int seconds = parser.value(idleOption).toInt(&ok);
        if (!ok || seconds <= 0) {
            CliOutput::err(PracticeCommand::tr("--idle-timeout needs a number of seconds."));
            return CliOutput::ExitUsage;
        }
        server.setIdleTimeout(seconds * 1000);
    }
    if (parser.isSet(saveDirOption))
        server.setSaveDirectory(parser.value(saveDirOption));

    if (!server.start(smtpAddress, smtpPort, tlsPort)) {
        CliOutput::err(server.errorString());
        return CliOutput::ExitFailure;
    }
    printLine(QStringLiteral("listening smtp=%1 tls=%2")
                  .arg(endpoint(server.address(), server.smtpPort()),
                       endpoint(server.address(), server.tlsPort())));
    PracticeImapServer mailbox(&server);
    const bool anyPort = smtpPort == 0;
    const auto imapPort = [&](const QCommandLineOption &option, quint16 fallback) {
        bool ok = true;
        const uint port
            = parser.isSet(option) ? parser.value(option).toUInt(&ok) : (anyPort ? 0 : fallback);
        return ok && port <= 65535 ? std::optional<quint16>(quint16(port)) : std::nullopt;
    };
    const auto imap = imapPort(imapListenOption, 1430);
    const auto imaps = imapPort(imapsListenOption, 9930);
    if (!imap || !imaps) {
        CliOutput::err(PracticeCommand::tr("--imap-listen and --imaps-listen take a port number."));
        return CliOutput::ExitUsage;
    }
    if (!mailbox.start(server.address(), *imap, *imaps)) {
        CliOutput::err(mailbox.errorString());
        return CliOutput::ExitFailure;
    }
    printLine(QStringLiteral("listening imap=%1 imaps=%2")
                  .arg(endpoint(server.address(), mailbox.imapPort()),
                       endpoint(server.address(), mailbox.imapsPort())));
    printLine(PracticeCommand::tr("certificate sha256=%1 (%2)")
                  .arg(server.certificateFingerprint(), server.certificate().certificatePath()));
    printLine(PracticeCommand::tr("scenario %1; account %2")
                  .arg(scenario.activeNames().isEmpty() && scenario.rules().isEmpty()
                           ? QStringLiteral("accept")
                           : (scenario.activeNames()
                              + (parser.isSet(scenarioFileOption)
                                     ? QStringList {parser.value(scenarioFileOption)}
                                     : QStringList {}))
                                 .join(QLatin1Char(',')),
                       server.settings().user));
    for (const QString &path : server.tightenedPaths())
        printLine(PracticeCommand::tr("made private %1 (it was open to other users)").arg(path));
    if (server.saveDirectoryIsShared())
        printLine(PracticeCommand::tr(
                      "note: %1 is shared or another user's; it is left as it is, and each message "
                      "saved there is readable by you only")
                      .arg(server.saveDirectory()));

    QObject::connect(
        &server, &PracticeServer::sessionStarted, &server,
        [](quint64 id, const QString &peer, bool tls) {
            printLine(PracticeCommand::tr("session %1 connect from %2%3")
                          .arg(id)
                          .arg(peer, tls ? PracticeCommand::tr(" (implicit TLS)") : QString()));
        });
    QObject::connect(
        &server, &PracticeServer::sessionAuthenticated, &server,
        [](quint64 id, const QString &user) {
            printLine(
                PracticeCommand::tr("session %1 auth user=%2").arg(id).arg(visibleText(user)));
        });
    QObject::connect(
        &server, &PracticeServer::messageReceived, &server, [](const ReceivedMessage &message) {
            printLine(
                PracticeCommand::tr("session %1 message %2 bytes from=<%3> to=%4 tls=%5 id=%6")
                    .arg(message.sessionId)
                    .arg(message.data.size())
                    .arg(visibleText(message.mailFrom),
                         visibleText(message.rcptTo.join(QLatin1Char(','))),
                         message.tls ? QStringLiteral("yes") : QStringLiteral("no"),
                         message.queueId));
        });
    QObject::connect(&server, &PracticeServer::messageSaved, &server, [](const QString &path) {
        printLine(PracticeCommand::tr("saved %1").arg(path));
    });
    QObject::connect(
        &server, &PracticeServer::savedMessageRemoved, &server, [](const QString &path) {
            printLine(PracticeCommand::tr("removed %1 (the save folder keeps the newest messages)")
                          .arg(path));
        });
    QObject::connect(&server, &PracticeServer::saveFailed, &server,
                     [](const QString &path, const QString &error) {
                         CliOutput::err(
                             PracticeCommand::tr("could not save %1: %2").arg(path, error));
                     });
    QObject::connect(&server, &PracticeServer::sessionEnded, &server, [](quint64 id) {
        printLine(PracticeCommand::tr("session %1 close").arg(id));
    });
    QObject::connect(&server, &PracticeServer::connectionRefused, &server, [](const QString &peer) {
        printLine(PracticeCommand::tr("refused %1: too many sessions").arg(peer));
    });
    QObject::connect(&server, &PracticeServer::acceptFailed, &server, [](const QString &error) {
        CliOutput::err(PracticeCommand::tr("accepting a connection failed: %1").arg(error));
    });

    onInterrupt(&server, [&server] {
        printLine(PracticeCommand::tr("stopping"));
        server.stop();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    return code == 0 ? CliOutput::ExitOk : CliOutput::ExitFailure;
}

} // namespace

static const CommandRegistration registration(
    {QStringLiteral("practice"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "Run the practice SMTP server (fails on purpose, for training and tests)."),
     runPractice});
