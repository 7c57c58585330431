// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli send`: one test message, a connection test (--quit-after), or a burst
// (--count/--connections), with the live transcript and a verdict.
#include "clioutput.h"
#include "commandregistry.h"
#include "connectionoptions.h"
#include "runkeeper.h"
#include "sendreadback.h"
#include "sendsupport.h"

#include "message/messagefile.h"
#include "report/report.h"
#include "report/sessionjson.h"
#include "send/messagefilesend.h"
#include "send/testsend.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

using namespace Sendcheck;

namespace {

// Exit codes name the stage that failed, so scripts can tell "cannot connect" from "login
// refused" without parsing text. Keep in step with the help text and the README.
int exitCodeFor(const SessionResult &result)
{
    if (result.ok)
        return CliOutput::ExitOk;
    if (result.failure.kind == FailureKind::InvalidInput
        && result.failure.stage <= Stage::Connecting)
        return CliOutput::ExitUsage;
    if (result.failure.kind == FailureKind::Cancelled)
        return 130;
    switch (result.failure.stage) {
    case Stage::Connecting:
        return 3;
    case Stage::Banner:
        return 4;
    case Stage::Ehlo:
        return 5;
    case Stage::StartTls:
    case Stage::TlsHandshake:
        return 6;
    case Stage::Auth:
        return 7;
    case Stage::MailFrom:
        return 8;
    case Stage::RcptTo:
        return 9;
    case Stage::Data:
        return 10;
    default:
        return CliOutput::ExitFailure;
    }
}

const char *const SendDescription = QT_TRANSLATE_NOOP(
    "SendCommand",
    "Sends a test message (or tests the connection with --quit-after) and shows every line of "
    "the SMTP conversation.\n\n"
    "A secret is never a flag value: give it on standard input (--password-stdin), in an "
    "environment variable (--password-env VAR), or keep it in the keychain with "
    "'sendcheck-cli password set --profile NAME'. With --auth xoauth2 the secret is the OAuth "
    "access token. A profile that signs in with OAuth ('sendcheck-cli oauth login') takes its "
    "token from the keyring and renews it when it has expired.\n\n"
    "Exit codes: 0 sent (or stopped where asked), 1 other failure, 2 bad usage or input, "
    "3 connect, 4 greeting, 5 EHLO, 6 STARTTLS/TLS, 7 sign-in (also: no usable OAuth "
    "sign-in), 8 sender (MAIL FROM), "
    "9 recipient (RCPT TO), 10 message (DATA), 130 cancelled.\n\n"
    "Every run is kept in the history ('sendcheck-cli history'; 'sendcheck-cli report ID' "
    "writes it as a report later) unless --no-history is given or the environment variable "
    "SENDCHECK_NO_HISTORY is set. --report FILE writes the report at once; a report that "
    "cannot be written makes a successful send exit with 1.");

struct SendOptions
{
    QCommandLineOption profile {
        QStringLiteral("profile"),
        QCoreApplication::translate("SendCommand",
                                    "Use the saved profile NAME; flags given as well override it."),
        QStringLiteral("NAME")};
    QCommandLineOption passwordStdin {
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("SendCommand",
                                    "Read the password (or token) from standard input.")};
    QCommandLineOption passwordEnv {
        QStringLiteral("password-env"),
        QCoreApplication::translate(
            "SendCommand", "Read the password (or token) from the environment variable VAR."),
        QStringLiteral("VAR")};
    QCommandLineOption cc {QStringLiteral("cc"),
                           QCoreApplication::translate("SendCommand", "Copy to ADDR (repeatable)."),
                           QStringLiteral("ADDR")};
    QCommandLineOption subject {QStringLiteral("subject"),
                                QCoreApplication::translate("SendCommand", "The subject line."),
                                QStringLiteral("S")};
    QCommandLineOption body {QStringLiteral("body"),
                             QCoreApplication::translate("SendCommand", "The message text."),
                             QStringLiteral("TEXT")};
    QCommandLineOption bodyFile {
        QStringLiteral("body-file"),
        QCoreApplication::translate("SendCommand", "Read the message text (UTF-8) from file F."),
        QStringLiteral("F")};
    QCommandLineOption htmlFile {
        QStringLiteral("html-file"),
        QCoreApplication::translate("SendCommand", "Add an HTML version read from file F."),
        QStringLiteral("F")};
    QCommandLineOption attach {
        QStringLiteral("attach"),
        QCoreApplication::translate("SendCommand", "Attach file F (repeatable)."),
        QStringLiteral("F")};
    QCommandLineOption quitAfter {
        QStringLiteral("quit-after"),
        QCoreApplication::translate(
            "SendCommand",
            "Stop after STAGE: connect, banner, ehlo, tls, auth, mail, rcpt or "
            "data (data: the server said 354; the connection is closed "
            "without sending, so nothing is delivered)."),
        QStringLiteral("STAGE")};
    QCommandLineOption count {QStringLiteral("count"),
                              QCoreApplication::translate(
                                  "SendCommand", "Send N messages (a burst, to find rate limits)."),
                              QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption connections {
        QStringLiteral("connections"),
        QCoreApplication::translate("SendCommand",
                                    "Spread a burst over C connections, each reused with RSET."),
        QStringLiteral("C"), QStringLiteral("1")};
    QCommandLineOption json {
        QStringLiteral("json"),
        QCoreApplication::translate("SendCommand", "Print one JSON object instead of text.")};
    QCommandLineOption quiet {
        QStringLiteral("quiet"),
        QCoreApplication::translate("SendCommand", "Print only the verdict, not the transcript.")};
    QCommandLineOption report {
        QStringLiteral("report"),
        QCoreApplication::translate(
            "SendCommand",
            "Also write the run as a report to FILE, in the format its name ends with: .md "
            "(Markdown, for a ticket), .html, .json or .pdf. Passwords and tokens are never in "
            "it."),
        QStringLiteral("FILE")};
    QCommandLineOption noHistory {
        QStringLiteral("no-history"),
        QCoreApplication::translate(
            "SendCommand",
            "Do not keep this run in the history (also: environment variable "
            "SENDCHECK_NO_HISTORY=1).")};

    void addTo(QCommandLineParser &parser) const
    {
        for (const auto *option :
             {&profile, &passwordStdin, &passwordEnv, &cc, &subject, &body, &bodyFile, &htmlFile,
              &attach, &quitAfter, &count, &connections, &json, &quiet, &report, &noHistory})
            parser.addOption(*option);
    }
};

std::optional<QString> readTextFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SendCommand", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

void printVerdict(const SessionResult &result, const Profile &profile)
{
    for (const RecipientResult &recipient : result.recipients) {
        CliOutput::out(
            recipient.accepted
                ? QCoreApplication::translate("SendCommand", "  recipient %1: accepted")
                      .arg(recipient.address)
                : QCoreApplication::translate("SendCommand", "  recipient %1: REFUSED: %2")
                      .arg(recipient.address, visibleText(recipient.reply.toOneLine())));
    }
    if (result.ok) {
        const QString what = result.stage == Stage::Done
            ? QCoreApplication::translate("SendCommand", "Sent: the server accepted the message")
            : QCoreApplication::translate("SendCommand", "OK: everything up to '%1' works")
                  .arg(stageName(result.stage));
        CliOutput::out(
            QStringLiteral("\u2714 %1 (%2 ms%3)")
                .arg(what)
                .arg(result.totalMs)
                .arg(result.tls.used ? QStringLiteral(", ") + result.tls.protocol : QString()));
        return;
    }
    const SessionFailure &failure = result.failure;
    QString line = QCoreApplication::translate("SendCommand", "\u2718 Failed at %1 (%2)")
                       .arg(stageName(failure.stage), stageLabel(failure.stage));
    if (failure.reply)
        line += QStringLiteral(": ") + visibleText(failure.reply->toOneLine());
    else if (!failure.detail.isEmpty())
        line += QStringLiteral(": ") + visibleText(failure.detail);
    CliOutput::out(line);
    if (result.messagesAccepted > 0)
        CliOutput::out(QCoreApplication::translate(
            "SendCommand", "  (the message was still delivered to the accepted recipients)"));
    printExplanation(result, profile);
}

int runSingle(const PreparedSend &send, bool json, bool quiet, const RunKeeper &keeper,
              const std::optional<SendReadBackOptions::Plan> &readBackPlan = std::nullopt,
              const QString &messageId = QString())
{
    const Profile &profile = send.profile;
    SmtpSession session;
    QString error;
    if (!send.applyTo(session, 1, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitUsage;
    }
    if (!json && !quiet) {
        QObject::connect(
            session.transcript(), &Transcript::entryAdded, &session,
            [](const TranscriptEntry &entry) { CliOutput::out(Transcript::formatEntry(entry)); });
    }
    QObject::connect(&session, &SmtpSession::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    session.start();
    if (session.isRunning())
        QCoreApplication::exec();
    const SessionResult &result = session.result();
    // The read-back, once the server has accepted the message.
    std::optional<SendReadBackOutcome> readBack;
    if (readBackPlan && result.ok && result.stage == Stage::Done)
        readBack = runSendReadBack(*readBackPlan, send, messageId, !json && !quiet);
    if (json) {
        QJsonObject object = sessionToJson(result, session.transcript());
        addExplanationJson(object, result, profile);
        if (readBack)
            readBack->addJson(object);
        CliOutput::printJson(object);
    } else {
        printVerdict(result, profile);
        if (readBack)
            readBack->print();
    }
    const int exitCode = readBack ? readBack->exitCode(exitCodeFor(result)) : exitCodeFor(result);
    Report report = Report::fromSession(result, session.transcript(), profile);
    if (readBack)
        report.readBack = readBack->report;
    return keeper.keep(report, exitCode);
}

// A burst is one run in the history: the report of the first failure (or of the first
// connection, whose transcript is kept), with the burst's figures as a check.
Report burstReport(const SessionResult &result, const Transcript *transcript,
                   const Profile &profile, const QList<ReportRecord> &figures, bool ok,
                   const QString &summary)
{
    Report report = Report::fromSession(result, transcript, profile);
    report.ok = ok;
    if (ok) {
        report.verdict = QCoreApplication::translate("SendCommand", "Burst sent: %1").arg(summary);
    } else {
        report.verdict = QCoreApplication::translate("SendCommand", "Burst: %1; first failure: %2")
                             .arg(summary, report.verdict);
    }
    ReportCheck check;
    check.id = QStringLiteral("send.burst");
    check.status = ok ? ReportCheck::Status::Pass : ReportCheck::Status::Fail;
    check.title = QCoreApplication::translate("SendCommand", "Burst");
    check.summary = summary;
    check.records = figures;
    report.checks.append(check);
    return report;
}

// N messages over C connections at once, each connection reused (the next MAIL pipelined behind
// the previous final dot where the server allows it, RSET after a transaction cut short).
int runBurst(const PreparedSend &send, int count, int connections, bool json,
             const RunKeeper &keeper)
{
    const Profile &profile = send.profile;
    connections = std::clamp(connections, 1, count);
    std::vector<std::unique_ptr<SmtpSession>> sessions;
    int running = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < connections; ++i) {
        const int share = count / connections + (i < count % connections ? 1 : 0);
        auto session = std::make_unique<SmtpSession>();
        session->transcript()->setKeepEntries(i == 0); // one transcript is enough to explain
        QString error;
        if (!send.applyTo(*session, share, &error)) {
            CliOutput::err(error);
            return CliOutput::ExitUsage;
        }
        QObject::connect(session.get(), &SmtpSession::finished, QCoreApplication::instance(),
                         [&running] {
                             if (--running == 0)
                                 QCoreApplication::quit();
                         });
        sessions.push_back(std::move(session));
    }
    running = connections;
    for (auto &session : sessions)
        session->start();
    QCoreApplication::exec();
    const double seconds = clock.elapsed() / 1000.0;

    int accepted = 0, deferred = 0, rejected = 0;
    const SessionResult *firstFailure = nullptr;
    const SmtpSession *failedSession = nullptr;
    for (const auto &session : sessions) {
        const SessionResult &r = session->result();
        accepted += r.messagesAccepted;
        deferred += r.messagesDeferred;
        rejected += r.messagesRejected;
        if (!r.ok && !firstFailure) {
            firstFailure = &r;
            failedSession = session.get();
        }
    }
    const int notSent = count - accepted - deferred - rejected;
    const double rate = seconds > 0 ? accepted / seconds : 0;
    const QString summary
        = QCoreApplication::translate(
              "SendCommand",
              "%n message(s) over %1 in %2 s: %3 accepted, %4 deferred (4xx), %5 rejected "
              "(5xx), %6 not sent; %7 messages per second",
              nullptr, count)
              .arg(QCoreApplication::translate("SendCommand", "%n connection(s)", nullptr,
                                               connections))
              .arg(seconds, 0, 'f', 2)
              .arg(accepted)
              .arg(deferred)
              .arg(rejected)
              .arg(notSent)
              .arg(rate, 0, 'f', 1);
    if (json) {
        QJsonObject object {{QStringLiteral("ok"), accepted == count},
                            {QStringLiteral("stage"),
                             stageName(firstFailure ? firstFailure->failure.stage : Stage::Done)},
                            {QStringLiteral("burst"),
                             QJsonObject {{QStringLiteral("messages"), count},
                                          {QStringLiteral("connections"), connections},
                                          {QStringLiteral("accepted"), accepted},
                                          {QStringLiteral("deferred"), deferred},
                                          {QStringLiteral("rejected"), rejected},
                                          {QStringLiteral("not_sent"), notSent},
                                          {QStringLiteral("seconds"), seconds},
                                          {QStringLiteral("messages_per_second"), rate}}}};
        if (firstFailure) {
            QJsonObject failureJson = sessionToJson(*firstFailure, nullptr);
            failureJson.remove(QStringLiteral("transcript"));
            addExplanationJson(failureJson, *firstFailure, profile);
            object.insert(QStringLiteral("first_failure"), failureJson);
        }
        CliOutput::printJson(object);
    } else {
        CliOutput::out(summary);
        if (firstFailure) {
            CliOutput::out(QCoreApplication::translate("SendCommand", "First failure:"));
            printVerdict(*firstFailure, profile);
        }
    }
    const int exitCode = firstFailure ? exitCodeFor(*firstFailure) : int(CliOutput::ExitOk);
    if (!keeper.wantsReport() && !keeper.records())
        return exitCode;
    // Only the first connection keeps its transcript.
    const SmtpSession *reported = failedSession ? failedSession : sessions.front().get();
    const Transcript *transcript
        = reported == sessions.front().get() ? reported->transcript() : nullptr;
    auto figure = [](const char *name, double value) {
        return ReportRecord {QString::fromLatin1(name), QString::number(value)};
    };
    const QList<ReportRecord> figures {
        figure("messages", count),
        figure("connections", connections),
        figure("accepted", accepted),
        figure("deferred", deferred),
        figure("rejected", rejected),
        figure("not_sent", notSent),
        {QStringLiteral("seconds"), QString::number(seconds, 'f', 2)},
        {QStringLiteral("messages_per_second"), QString::number(rate, 'f', 1)}};
    return keeper.keep(burstReport(reported->result(), transcript, profile, figures,
                                   accepted == count && !firstFailure, summary),
                       exitCode);
}

// `--message-file FILE`: a prepared message sent as it is (helpdesk staff re-send the real
// message that failed), its envelope from --from/--to/--cc or the profile.
QCommandLineOption messageFileOption()
{
    return QCommandLineOption(
        QStringLiteral("message-file"),
        QCoreApplication::translate(
            "SendCommand",
            "Send the prepared message in FILE (RFC 5322, such as an .eml a mail program "
            "saved) as it is, header fields included; the envelope comes from --from, --to and "
            "--cc (or the profile). Line ends go out as CR LF; nothing else is changed."),
        QStringLiteral("FILE"));
}

// The flags that build a test message, which a message file replaces; the first one given.
QString messageFlagBesideFile(const QCommandLineParser &parser, const SendOptions &options)
{
    for (const QCommandLineOption *option :
         {&options.subject, &options.body, &options.bodyFile, &options.htmlFile, &options.attach})
        if (parser.isSet(*option))
            return QStringLiteral("--") + option->names().constFirst();
    return QString();
}

int runMessageFile(const PreparedSend &send, const MessageFile &file, bool json, bool quiet,
                   const RunKeeper &keeper)
{
    const Profile &profile = send.profile;
    SmtpSession session;
    QString error;
    if (!applyMessageFile(send, file, session, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitUsage;
    }
    if (!json && !quiet) {
        if (file.bareLfLines() > 0)
            CliOutput::out(QCoreApplication::translate(
                               "SendCommand",
                               "Note: %1 has Unix line ends (LF); they go out as CR LF, as SMTP "
                               "requires. Nothing else in the message is changed.")
                               .arg(file.path()));
        QObject::connect(
            session.transcript(), &Transcript::entryAdded, &session,
            [](const TranscriptEntry &entry) { CliOutput::out(Transcript::formatEntry(entry)); });
    }
    QObject::connect(&session, &SmtpSession::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    session.start();
    if (session.isRunning())
        QCoreApplication::exec();
    const SessionResult &result = session.result();
    if (json) {
        QJsonObject object = sessionToJson(result, session.transcript());
        addExplanationJson(object, result, profile);
        CliOutput::printJson(object);
    } else {
        printVerdict(result, profile);
    }
    return keeper.keep(Report::fromSession(result, session.transcript(), profile),
                       exitCodeFor(result));
}

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("SendCommand", SendDescription)
                                     + QStringLiteral("\n\n") + SendReadBackOptions::description());
    ConnectionOptions connection;
    connection.addTo(parser);
    const SendOptions options;
    options.addTo(parser);
    const SendReadBackOptions readBackOptions;
    readBackOptions.addTo(parser);
    const QCommandLineOption messageFile = messageFileOption();
    parser.addOption(messageFile);
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;
    auto usageError = [](const QString &text) {
        CliOutput::err(QStringLiteral("sendcheck-cli send: ") + text);
        return int(CliOutput::ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("SendCommand", "unexpected argument '%1'.")
                              .arg(parser.positionalArguments().first()));

    QString error;
    // The report file is checked before anything else happens: nothing is sent when it could
    // not be written afterwards.
    if (parser.isSet(options.report) && parser.value(options.report).isEmpty())
        return usageError(
            QCoreApplication::translate("SendCommand", "--report needs a file name."));
    const std::optional<RunKeeper> keeper = RunKeeper::make(
        parser.value(options.report),
        !parser.isSet(options.noHistory) && !RunKeeper::historyOffByEnvironment(), &error);
    if (!keeper)
        return usageError(error);
    std::optional<Profile> loaded = loadProfileForSend(parser.value(options.profile), &error);
    if (!loaded)
        return usageError(error);
    Profile profile = *loaded;
    if (!connection.applyTo(parser, profile, &error))
        return usageError(error);
    if (const auto problem = TestSend::checkServer(profile))
        return usageError(problemText(*problem, profile));

    std::optional<Stage> quitAfter;
    if (parser.isSet(options.quitAfter)) {
        const QString name = parser.value(options.quitAfter);
        quitAfter = stageFromName(name);
        static const QStringList allowed {QStringLiteral("connect"), QStringLiteral("banner"),
                                          QStringLiteral("ehlo"),    QStringLiteral("tls"),
                                          QStringLiteral("auth"),    QStringLiteral("mail"),
                                          QStringLiteral("rcpt"),    QStringLiteral("data")};
        if (!quitAfter || !allowed.contains(name))
            return usageError(
                QCoreApplication::translate("SendCommand", "--quit-after takes one of: %1.")
                    .arg(allowed.join(QStringLiteral(", "))));
    }
    bool countOk = false, connectionsOk = false;
    const int count = parser.value(options.count).toInt(&countOk);
    const int connections = parser.value(options.connections).toInt(&connectionsOk);
    if (!countOk || count < 1 || count > 1000000)
        return usageError(QCoreApplication::translate("SendCommand",
                                                      "--count takes a number from 1 to 1000000."));
    if (!connectionsOk || connections < 1 || connections > 100)
        return usageError(QCoreApplication::translate(
            "SendCommand", "--connections takes a number from 1 to 100."));
    if ((count > 1 || connections > 1) && quitAfter)
        return usageError(QCoreApplication::translate(
            "SendCommand",
            "--count and --connections send messages; they do not go with --quit-after."));
    std::optional<SendReadBackOptions::Plan> readBackPlan;
    // A profile with read-back on reads back here too, unless the run sends no single message
    // Sendcheck wrote (a burst, --quit-after, --message-file).
    if (!readBackOptions.read(parser, count == 1 && connections == 1 && !quitAfter,
                              profile.imap.readBack && !parser.isSet(messageFile), &readBackPlan,
                              &error))
        return usageError(error);
    if (parser.isSet(options.passwordStdin) && parser.isSet(options.passwordEnv))
        return usageError(QCoreApplication::translate(
            "SendCommand",
            "give the secret either on standard input or in an environment variable, not both."));

    std::optional<MessageFile> prepared;
    if (parser.isSet(messageFile)) {
        if (const QString flag = messageFlagBesideFile(parser, options); !flag.isEmpty())
            return usageError(QCoreApplication::translate(
                                  "SendCommand",
                                  "--message-file sends the file as it is; it does not go with %1.")
                                  .arg(flag));
        if (count > 1 || connections > 1)
            return usageError(QCoreApplication::translate(
                "SendCommand",
                "--message-file sends one message; it does not go with --count or --connections."));
        if (readBackPlan)
            return usageError(QCoreApplication::translate(
                "SendCommand",
                "--read-back looks for a message that Sendcheck wrote; it does not "
                "go with --message-file."));
        // Checked before anything is sent: a file that cannot go out unchanged never connects.
        prepared = MessageFile::inspect(parser.value(messageFile), &error);
        if (!prepared)
            return usageError(error);
    }

    // The message's content, unless the session stops before one is needed; TestSend checks
    // the addresses and the message, the same way for the window.
    TestSendRequest request;
    request.profile = profile;
    request.stopAfter = quitAfter;
    if (readBackPlan) {
        request.readBack = true;
        request.readBackUser = readBackPlan->setup.userName;
    }
    if (TestSend::needsSender(quitAfter)) {
        request.cc = parser.values(options.cc);
        request.subject = parser.isSet(options.subject)
            ? parser.value(options.subject)
            : QCoreApplication::translate("SendCommand", "Sendcheck test message");
        if (parser.isSet(options.body) && parser.isSet(options.bodyFile))
            return usageError(QCoreApplication::translate("SendCommand",
                                                          "give --body or --body-file, not both."));
        if (parser.isSet(options.bodyFile)) {
            const auto text = readTextFile(parser.value(options.bodyFile), &error);
            if (!text)
                return usageError(error);
            request.textBody = *text;
        } else {
            request.textBody = parser.isSet(options.body)
                ? parser.value(options.body)
                : QCoreApplication::translate(
                      "SendCommand",
                      "This is a test message from Sendcheck, sent through %1 "
                      "port %2 from %3 to check the outgoing mail settings.\n")
                      .arg(profile.host)
                      .arg(profile.port)
                      .arg(QHostInfo::localHostName());
        }
        if (parser.isSet(options.htmlFile)) {
            const auto html = readTextFile(parser.value(options.htmlFile), &error);
            if (!html)
                return usageError(error);
            request.htmlBody = *html;
        }
        request.attachments = parser.values(options.attach);
    }

    // A secret on stdin or in an environment variable; otherwise TestSend takes the profile's
    // from the keychain (its password, or its OAuth sign-in).
    if (parser.isSet(options.passwordStdin) || parser.isSet(options.passwordEnv)) {
        auto secret = CliOutput::readSecret(parser.isSet(options.passwordStdin),
                                            parser.value(options.passwordEnv));
        if (!secret)
            return CliOutput::ExitUsage;
        request.secret = std::move(*secret);
    }
    int exitCode = CliOutput::ExitUsage;
    std::optional<PreparedSend> send = prepareSend(std::move(request), &exitCode);
    if (!send)
        return exitCode;

    const bool json = parser.isSet(options.json);
    if (prepared)
        return runMessageFile(*send, *prepared, json, parser.isSet(options.quiet), *keeper);
    if (count > 1 || connections > 1)
        return runBurst(*send, count, connections, json, *keeper);
    const QString messageId = readBackPlan ? giveMessageId(*send) : QString();
    return runSingle(*send, json, parser.isSet(options.quiet), *keeper, readBackPlan, messageId);
}

} // namespace

static const CommandRegistration registration(
    {QStringLiteral("send"),
     QT_TRANSLATE_NOOP("CliCommand", "Send a test message, test a connection, or send a burst."),
     runSend});
