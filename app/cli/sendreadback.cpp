// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendreadback.h"

#include "clioutput.h"
#include "readbackoutput.h"

#include "imap/readback.h"
#include "providers/providercatalog.h"
#include "send/preparedsend.h"

#include <QCoreApplication>

using namespace Sendcheck;

namespace {

// The texts keep the context of `send`, the command they belong to.
struct SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)
};

} // namespace

SendReadBackOptions::SendReadBackOptions()
    : m_readBack(QStringLiteral("read-back"),
                 SendCommand::tr(
                     "After a successful send, look for the message in the mailbox over IMAP and "
                     "show where it landed and how the receiver judged it (a profile with "
                     "read-back on does this without the flag)."))
    , m_noReadBack(QStringLiteral("no-read-back"),
                   SendCommand::tr("Do not read the message back, even though the profile has "
                                   "read-back on."))
    , m_host(QStringLiteral("imap-host"),
             SendCommand::tr(
                 "The mailbox's IMAP server (default: the profile's read-back mailbox, else the "
                 "preset's, else the SMTP host)."),
             QStringLiteral("H"))
    , m_port(QStringLiteral("imap-port"),
             SendCommand::tr(
                 "The IMAP port (default: the profile's, else the preset's, else 993; 143 means "
                 "STARTTLS)."),
             QStringLiteral("P"))
    , m_security(QStringLiteral("imap-security"),
                 SendCommand::tr("IMAP encryption: tls or starttls."), QStringLiteral("MODE"))
    , m_user(QStringLiteral("imap-user"),
             SendCommand::tr(
                 "The mailbox user name (default: the profile's read-back mailbox user, else the "
                 "SMTP user name with the same secret; another account uses the mailbox password "
                 "saved with `password set --imap`)."),
             QStringLiteral("U"))
    , m_pin(QStringLiteral("imap-pin-sha256"),
            SendCommand::tr(
                "Trust the mailbox server's certificate by its SHA-256 fingerprint (64 hex "
                "digits, colons allowed) for this run; repeatable. Pins saved for the "
                "mailbox server with the profile apply as well; the SMTP server's never do."),
            QStringLiteral("HEX"))
    , m_wait(QStringLiteral("wait"),
             SendCommand::tr(
                 "Wait up to SECONDS for the message to arrive (default 120, at most 900)."),
             QStringLiteral("SECONDS"))
{ }

void SendReadBackOptions::addTo(QCommandLineParser &parser) const
{
    for (const auto *option :
         {&m_readBack, &m_noReadBack, &m_host, &m_port, &m_security, &m_user, &m_pin, &m_wait})
        parser.addOption(*option);
}

QString SendReadBackOptions::description()
{
    return SendCommand::tr(
        "With --read-back, or with a profile that has read-back on, Sendcheck signs in to "
        "the mailbox (IMAP, read-only, with the same password or OAuth sign-in, or the "
        "mailbox's own password) after the message was accepted, finds it by its "
        "Message-ID within --wait seconds, and reports whether it arrived, in which "
        "folder (inbox or junk), after how long, the receiver's SPF, DKIM, DMARC and "
        "ARC results and the hops it took. Read-back exit codes, when the send itself "
        "succeeded: 11 not arrived within the wait, 12 the mailbox could not be read, "
        "13 arrived as spam, 130 stopped with Ctrl+C while waiting.");
}

bool SendReadBackOptions::read(const QCommandLineParser &parser, bool singleMessage,
                               bool profileReadsBack, std::optional<Plan> *plan,
                               QString *error) const
{
    plan->reset();
    if (parser.isSet(m_readBack) && parser.isSet(m_noReadBack)) {
        *error = SendCommand::tr("give --read-back or --no-read-back, not both.");
        return false;
    }
    const bool fromProfile = profileReadsBack && singleMessage && !parser.isSet(m_noReadBack);
    if (!parser.isSet(m_readBack) && !fromProfile) {
        for (const auto *option : {&m_host, &m_port, &m_security, &m_user, &m_pin, &m_wait}) {
            if (parser.isSet(*option)) {
                *error = SendCommand::tr("--%1 belongs to --read-back.")
                             .arg(option->names().constFirst());
                return false;
            }
        }
        return true;
    }
    if (!singleMessage) {
        *error = SendCommand::tr(
            "--read-back looks for one sent message; it does not go with --quit-after, "
            "--count or --connections.");
        return false;
    }
    Plan result;
    result.setup.host = parser.value(m_host).trimmed();
    result.setup.userName = parser.value(m_user);
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint value = parser.value(m_port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            *error = SendCommand::tr("--imap-port takes a number from 1 to 65535.");
            return false;
        }
        result.setup.port = quint16(value);
    }
    if (parser.isSet(m_security)) {
        const QString mode = parser.value(m_security).toLower();
        if (mode == QLatin1String("tls"))
            result.setup.security = Security::ImplicitTls;
        else if (mode == QLatin1String("starttls"))
            result.setup.security = Security::StartTls;
        else {
            *error = SendCommand::tr("--imap-security takes tls or starttls.");
            return false;
        }
    }
    for (const QString &value : parser.values(m_pin)) {
        const auto pin = Profile::normalizeSha256(value);
        if (!pin) {
            *error = SendCommand::tr("--imap-pin-sha256: \"%1\" is not a SHA-256 fingerprint; "
                                     "give 64 hexadecimal digits, with or without colons.")
                         .arg(value);
            return false;
        }
        if (!result.setup.extraPins.contains(*pin))
            result.setup.extraPins.append(*pin);
    }
    result.wait = ReadBack::defaultWait;
    if (parser.isSet(m_wait)) {
        bool ok = false;
        const int seconds = parser.value(m_wait).toInt(&ok);
        if (!ok || seconds < 0 || seconds > int(ReadBack::maxWait.count())) {
            *error = SendCommand::tr("--wait takes a number of seconds from 0 to %1.")
                         .arg(ReadBack::maxWait.count());
            return false;
        }
        result.wait = std::chrono::seconds(seconds);
    }
    *plan = std::move(result);
    return true;
}

QString giveMessageId(PreparedSend &send)
{
    if (!send.message)
        return {};
    if (send.message->messageId().isEmpty())
        send.message->setMessageId(TestMessage::generateMessageId(send.message->from().domain()));
    return send.message->messageId();
}

int SendReadBackOutcome::exitCode(int sendExitCode) const
{
    if (sendExitCode != CliOutput::ExitOk)
        return sendExitCode;
    if (stopped)
        return readBackStoppedExitCode;
    if (!setupError.isEmpty() || !result)
        return SendReadBackOptions::ExitMailboxUnreadable;
    if (!result->arrived)
        return SendReadBackOptions::ExitNotArrived;
    return result->spam ? int(SendReadBackOptions::ExitSpam) : int(CliOutput::ExitOk);
}

void SendReadBackOutcome::addJson(QJsonObject &object) const
{
    if (!imap.isEmpty())
        object.insert(QStringLiteral("imap"), imap);
    if (result) {
        object.insert(QStringLiteral("read_back"), result->toJson());
        return;
    }
    QJsonObject error = readBackFailureJson(failure);
    if (!setupError.isEmpty())
        error = QJsonObject {{QStringLiteral("kind"), failureKindName(FailureKind::InvalidInput)},
                             {QStringLiteral("step"), QStringLiteral("setup")},
                             {QStringLiteral("message"), setupError},
                             {QStringLiteral("server_text"), QString()}};
    QJsonObject readBack {{QStringLiteral("arrived"), false}, {QStringLiteral("error"), error}};
    if (stopped)
        readBack.insert(QStringLiteral("stopped"), true);
    object.insert(QStringLiteral("read_back"), readBack);
}

void SendReadBackOutcome::print() const
{
    CliOutput::out(QString());
    CliOutput::out(SendCommand::tr("Read-back from the mailbox:"));
    if (!setupError.isEmpty()) {
        CliOutput::err(QStringLiteral("sendcheck-cli send: ") + setupError);
        return;
    }
    if (result)
        printReadBackResult(*result);
    else
        printReadBackFailure(failure);
}

SendReadBackOutcome runSendReadBack(const SendReadBackOptions::Plan &plan, const PreparedSend &send,
                                    const QString &messageId, bool live)
{
    SendReadBackOutcome outcome;
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const Provider *preset
        = send.profile.presetId.isEmpty() ? nullptr : catalog.find(send.profile.presetId);
    QString error;
    const std::optional<ServerSettings> settings = plan.setup.settingsFor(
        send.profile, preset, send.credentials.kind, &error, send.credentials.grantedScopes);
    if (!settings) {
        outcome.setupError = error;
        outcome.report = ReadBack::reportJson(error);
        return outcome;
    }
    ReadBack readBack;
    readBack.session()->setSettings(*settings);
    readBack.session()->setSecret(ReadBackSetup::secretFor(send));
    readBack.setMessageId(messageId);
    readBack.setWait(plan.wait);
    if (live)
        CliOutput::err(SendCommand::tr("Looking for the message in %1 on %2:%3 as %4 (up to %5 s)")
                           .arg(messageId, settings->host)
                           .arg(settings->port)
                           .arg(settings->userName)
                           .arg(plan.wait.count()));
    runReadBack(readBack, live, live);
    outcome.imap = readBackImapJson(readBack);
    outcome.report = readBack.reportJson();
    if (readBack.hasResult())
        outcome.result = readBack.result();
    else
        outcome.failure = readBack.failure();
    outcome.stopped = readBack.wasStopped();
    return outcome;
}
