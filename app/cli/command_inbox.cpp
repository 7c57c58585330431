// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli inbox-check --message-id ID --imap-host H --imap-user U ...`: signs in to a
// mailbox over IMAP, finds a sent test message by its Message-ID within a wait, and reports
// where it landed and how the receiver judged it (core/imap ReadBack).
#include "clioutput.h"
#include "commandregistry.h"
#include "readbackoutput.h"
#include "sendsupport.h"

#include "credentials/keychaincredentialstore.h"
#include "imap/readback.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

using namespace Sendcheck;

namespace {

// Texts are looked up as InboxCommand::tr("...") so that lupdate sees them with their context.
struct InboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(InboxCommand)
};

// Exit codes: 0 arrived in the inbox (or another non-junk folder), 1 the mailbox could not be
// read, 2 usage, 3 not arrived within the wait, 4 arrived but filed as spam, 130 stopped with
// Ctrl+C (readBackStoppedExitCode).
enum InboxExit : int { ExitNotArrived = 3, ExitSpam = 4 };

// The profile's password, or its read-back mailbox's own password when the mailbox user in
// `settings` is that mailbox's other account (Profile::imap). The certificates the profile
// pinned for this mailbox server's host and port join `settings`, as for `send --read-back`.
std::optional<SecretBuffer> keychainSecret(const QString &profileName, ServerSettings &settings)
{
    const QString imapUser = settings.userName;
    ProfileStore store;
    QString error;
    const Profile *profile = findSavedProfile(store, profileName, &error);
    if (!profile) {
        CliOutput::err(error);
        return std::nullopt;
    }
    for (const QByteArray &pin : profile->imap.pinsFor(settings.host, settings.port)) {
        if (!settings.pinnedSha256.contains(pin))
            settings.pinnedSha256.append(pin);
    }
    KeychainCredentialStore keychain;
    QEventLoop loop;
    std::optional<SecretBuffer> secret;
    const bool mailboxAccount = profile->imap.isOtherAccount(profile->userName)
        && imapUser.trimmed() == profile->imap.userName.trimmed();
    const auto done = [&](CredentialResult result) {
        if (result.ok())
            secret = std::move(result.secret);
        else if (result.status == CredentialResult::Status::NotFound && mailboxAccount)
            CliOutput::err(InboxCommand::tr("No mailbox password is saved for \"%1\": save one "
                                            "with 'sendcheck-cli password set --imap --profile "
                                            "\"%1\"', or give it with --password-stdin.")
                               .arg(profile->name));
        else if (result.status == CredentialResult::Status::NotFound)
            CliOutput::err(InboxCommand::tr("No password is saved for \"%1\": save one with "
                                            "'sendcheck-cli password set --profile \"%1\"', or "
                                            "give it with --password-stdin.")
                               .arg(profile->name));
        else
            CliOutput::err(result.message);
        loop.quit();
    };
    if (mailboxAccount)
        keychain.readImapPassword(profile->id, &loop, done);
    else
        keychain.read(profile->id, &loop, done);
    loop.exec();
    return secret;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InboxCommand::tr(
        "Signs in to a mailbox over IMAP (read-only) and looks for a sent test message by its "
        "Message-ID: in the inbox, the junk folder and the other folders, waiting for it up to "
        "--wait seconds (IDLE where the server offers it). Reports where it landed and how the "
        "receiver judged it (SPF, DKIM, DMARC, ARC, spam filters, TLS on the way). The password "
        "comes from standard input, an environment variable or the keychain of a saved profile, "
        "never from a flag. Exit codes: 0 arrived, 1 mailbox not readable, 2 usage, 3 not "
        "arrived in time, 4 arrived as spam, 130 stopped with Ctrl+C while waiting."));
    const QCommandLineOption messageId(QStringLiteral("message-id"),
                                       InboxCommand::tr("The Message-ID of the sent message."),
                                       QStringLiteral("ID"));
    const QCommandLineOption host(QStringLiteral("imap-host"), InboxCommand::tr("The IMAP server."),
                                  QStringLiteral("H"));
    const QCommandLineOption port(
        QStringLiteral("imap-port"),
        InboxCommand::tr("The IMAP port (993 for tls, 143 for starttls)."), QStringLiteral("P"));
    const QCommandLineOption security(QStringLiteral("imap-security"),
                                      InboxCommand::tr("tls (default) or starttls."),
                                      QStringLiteral("MODE"));
    const QCommandLineOption user(QStringLiteral("imap-user"),
                                  InboxCommand::tr("The mailbox user name."), QStringLiteral("U"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        InboxCommand::tr("Read the mailbox password from standard input."));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"),
        InboxCommand::tr("Read the mailbox password from the environment variable VAR."),
        QStringLiteral("VAR"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        InboxCommand::tr("Take the password from the keychain entry of the saved profile NAME "
                         "(and trust the certificates it pinned for this mailbox server)."),
        QStringLiteral("NAME"));
    const QCommandLineOption xoauth2(
        QStringLiteral("xoauth2"),
        InboxCommand::tr("The secret is an OAuth access token: sign in with XOAUTH2."));
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        InboxCommand::tr("Wait up to SECONDS for the message (default 120, at most 900)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        InboxCommand::tr("Also trust the CA certificates in file F (PEM)."), QStringLiteral("F"));
    const QCommandLineOption pin(
        QStringLiteral("pin-sha256"),
        InboxCommand::tr("Accept the server certificate with this SHA-256 fingerprint."),
        QStringLiteral("FP"));
    const QCommandLineOption transcript(
        QStringLiteral("transcript"),
        InboxCommand::tr("Show the IMAP conversation (redacted) on standard error as it happens."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  InboxCommand::tr("Print the result as JSON."));
    parser.addOptions({messageId, host, port, security, user, passwordStdin, passwordEnv, profile,
                       xoauth2, wait, caFile, pin, transcript, json});
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    const auto usage = [](const QString &text) {
        CliOutput::err(text);
        return int(CliOutput::ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(InboxCommand::tr("inbox-check takes no arguments besides its options."));
    if (!parser.isSet(messageId) || !parser.isSet(host) || !parser.isSet(user))
        return usage(InboxCommand::tr("Give --message-id ID, --imap-host H and --imap-user U."));

    ServerSettings settings;
    settings.host = parser.value(host);
    settings.userName = parser.value(user);
    settings.security = Security::ImplicitTls;
    if (parser.isSet(security)) {
        const QString mode = parser.value(security).toLower();
        if (mode == QLatin1String("starttls"))
            settings.security = Security::StartTls;
        else if (mode != QLatin1String("tls"))
            return usage(InboxCommand::tr("--imap-security is tls or starttls."));
    }
    settings.port = settings.security == Security::ImplicitTls ? 993 : 143;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return usage(InboxCommand::tr("--imap-port is a number from 1 to 65535."));
        settings.port = quint16(value);
    }
    int waitSeconds = int(ReadBack::defaultWait.count());
    if (parser.isSet(wait)) {
        bool ok = false;
        waitSeconds = parser.value(wait).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > int(ReadBack::maxWait.count()))
            return usage(InboxCommand::tr("--wait is a number of seconds from 0 to %1.")
                             .arg(ReadBack::maxWait.count()));
    }
    settings.caFile = parser.value(caFile);
    for (const QString &fingerprint : parser.values(pin)) {
        const QByteArray normalized = normalizeFingerprint(fingerprint);
        if (normalized.isEmpty())
            return usage(InboxCommand::tr("--pin-sha256 takes a SHA-256 fingerprint (64 hex "
                                          "digits)."));
        settings.pinnedSha256.append(normalized);
    }
    settings.mechanism = parser.isSet(xoauth2) ? AuthMechanism::XOAuth2 : AuthMechanism::Auto;
    settings.timeouts.capAll(std::chrono::seconds(60));

    const int sources = int(parser.isSet(passwordStdin)) + int(parser.isSet(passwordEnv))
        + int(parser.isSet(profile));
    if (sources != 1)
        return usage(InboxCommand::tr("Give the mailbox password in one way: --password-stdin, "
                                      "--password-env VAR or --profile NAME (keychain)."));
    std::optional<SecretBuffer> secret = parser.isSet(profile)
        ? keychainSecret(parser.value(profile), settings)
        : CliOutput::readSecret(parser.isSet(passwordStdin), parser.value(passwordEnv));
    if (!secret)
        return CliOutput::ExitFailure;

    ReadBack readBack;
    readBack.session()->setSettings(settings);
    readBack.session()->setSecret(std::move(*secret));
    readBack.setMessageId(parser.value(messageId));
    readBack.setWait(std::chrono::seconds(waitSeconds));

    const bool asJson = parser.isSet(json);
    runReadBack(readBack, parser.isSet(transcript), !asJson);

    const ImapFailure &failure = readBack.failure();
    const bool haveResult = readBack.hasResult();
    if (asJson) {
        QJsonObject out;
        out.insert(QStringLiteral("imap"), readBackImapJson(readBack));
        if (haveResult)
            out.insert(QStringLiteral("read_back"), readBack.result().toJson());
        if (failure.isFailure() && !haveResult)
            out.insert(QStringLiteral("error"), readBackFailureJson(failure));
        if (readBack.wasStopped())
            out.insert(QStringLiteral("stopped"), true);
        CliOutput::printJson(out);
    } else if (haveResult) {
        printReadBackResult(readBack.result());
    }
    if (!haveResult) {
        if (!asJson)
            printReadBackFailure(failure);
        return readBack.wasStopped() ? readBackStoppedExitCode : int(CliOutput::ExitFailure);
    }
    const ReadBackResult &result = readBack.result();
    if (!result.arrived)
        return ExitNotArrived;
    return result.spam ? int(ExitSpam) : int(CliOutput::ExitOk);
}

const CommandRegistration registration(
    {QStringLiteral("inbox-check"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "Find a sent test message in a mailbox (IMAP) and show how the receiver "
                       "judged it."),
     run});

} // namespace
