// SPDX-License-Identifier: GPL-3.0-or-later
#include "readbackoutput.h"

#include "clioutput.h"
#include "interrupt.h"

#include "imap/readback.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

using namespace Sendcheck;

namespace {

// The texts keep the context of `inbox-check`, where they were first written.
struct InboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(InboxCommand)
};

QString statusWord(DomainCheckItem::Status status)
{
    switch (status) {
    case DomainCheckItem::Status::Pass:
        return InboxCommand::tr("ok");
    case DomainCheckItem::Status::Warn:
        return InboxCommand::tr("warning");
    case DomainCheckItem::Status::Fail:
        return InboxCommand::tr("FAILED");
    case DomainCheckItem::Status::Info:
        return InboxCommand::tr("note");
    case DomainCheckItem::Status::Error:
        return InboxCommand::tr("error");
    }
    return {};
}

} // namespace

void runReadBack(ReadBack &readBack, bool transcript, bool progress)
{
    if (transcript)
        QObject::connect(
            readBack.session()->transcript(), &Transcript::entryAdded, &readBack,
            [](const TranscriptEntry &entry) { CliOutput::err(Transcript::formatEntry(entry)); });
    if (progress)
        QObject::connect(&readBack, &ReadBack::progress, &readBack,
                         [](const QString &text) { CliOutput::err(text); });
    QEventLoop loop;
    QObject::connect(&readBack, &ReadBack::finished, &loop, &QEventLoop::quit);
    onInterrupt(&loop, [&readBack] {
        if (!readBack.isFinished())
            readBack.cancel();
    });
    readBack.start();
    if (!readBack.isFinished())
        loop.exec();
}

void printReadBackResult(const ReadBackResult &result)
{
    if (result.arrived)
        CliOutput::out(InboxCommand::tr("Arrived after %1 s in \"%2\"%3.")
                           .arg(QString::number(result.seconds, 'f', 1), result.folder,
                                result.spam ? InboxCommand::tr(" (as spam)") : QString()));
    else
        CliOutput::out(InboxCommand::tr("Not arrived within %1 s.").arg(result.waitSeconds));
    if (result.authenticationResults)
        CliOutput::out(
            InboxCommand::tr("Authentication-Results (%1): %2")
                .arg(result.authenticationResults->authservId(), result.authenticationResultsRaw));
    if (!result.receivedSpf.isEmpty())
        CliOutput::out(InboxCommand::tr("Received-SPF: %1").arg(result.receivedSpf));
    if (!result.gmailLabels.isEmpty())
        CliOutput::out(InboxCommand::tr("Gmail labels: %1")
                           .arg(result.gmailLabels.join(QStringLiteral(", "))));
    for (const ReceivedHop &hop : result.hops)
        CliOutput::out(
            InboxCommand::tr("  hop: %1 → %2 (%3, TLS: %4)")
                .arg(hop.from.isEmpty() ? QStringLiteral("?") : hop.from, hop.by, hop.with,
                     hop.tls == ReceivedHop::Tls::Yes
                         ? (hop.tlsVersion.isEmpty() ? InboxCommand::tr("yes") : hop.tlsVersion)
                         : hop.tls == ReceivedHop::Tls::No ? InboxCommand::tr("no")
                                                           : InboxCommand::tr("not said")));
    for (const DomainCheckItem &item : result.checks) {
        CliOutput::out(
            QStringLiteral("[%1] %2: %3").arg(statusWord(item.status), item.title, item.summary));
        if (!item.fix.isEmpty() && item.status != DomainCheckItem::Status::Pass)
            CliOutput::out(InboxCommand::tr("      Fix: %1").arg(item.fix));
    }
}

void printReadBackFailure(const ImapFailure &failure)
{
    if (failure.kind == FailureKind::Cancelled) {
        CliOutput::err(InboxCommand::tr("Stopped: %1").arg(failure.message));
        return;
    }
    CliOutput::err(failure.serverText.isEmpty()
                       ? InboxCommand::tr("The mailbox could not be read: %1").arg(failure.message)
                       : InboxCommand::tr("The mailbox could not be read: %1 The server "
                                          "said: %2")
                             .arg(failure.message, failure.serverText));
}

QJsonObject readBackImapJson(const ReadBack &readBack)
{
    const ServerSettings &settings = readBack.session()->settings();
    return QJsonObject {{QStringLiteral("host"), settings.host},
                        {QStringLiteral("port"), settings.port},
                        {QStringLiteral("security"), securityName(settings.security)},
                        {QStringLiteral("tls"), readBack.session()->tls().toJson()},
                        {QStringLiteral("used_idle"), readBack.usedIdle()},
                        {QStringLiteral("folders_searched"),
                         QJsonArray::fromStringList(readBack.searchedFolders())}};
}

QJsonObject readBackFailureJson(const ImapFailure &failure)
{
    return QJsonObject {{QStringLiteral("kind"), failureKindName(failure.kind)},
                        {QStringLiteral("step"), failure.step},
                        {QStringLiteral("message"), failure.message},
                        {QStringLiteral("server_text"), failure.serverText}};
}
