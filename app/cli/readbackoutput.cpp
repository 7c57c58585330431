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
QString tr(const char *text)
{
    return QCoreApplication::translate("InboxCommand", text);
}

QString statusWord(DomainCheckItem::Status status)
{
    switch (status) {
    case DomainCheckItem::Status::Pass:
        return tr("ok");
    case DomainCheckItem::Status::Warn:
        return tr("warning");
    case DomainCheckItem::Status::Fail:
        return tr("FAILED");
    case DomainCheckItem::Status::Info:
        return tr("note");
    case DomainCheckItem::Status::Error:
        return tr("error");
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
        CliOutput::out(tr("Arrived after %1 s in \"%2\"%3.")
                           .arg(QString::number(result.seconds, 'f', 1), result.folder,
                                result.spam ? tr(" (as spam)") : QString()));
    else
        CliOutput::out(tr("Not arrived within %1 s.").arg(result.waitSeconds));
    if (result.authenticationResults)
        CliOutput::out(
            tr("Authentication-Results (%1): %2")
                .arg(result.authenticationResults->authservId(), result.authenticationResultsRaw));
    if (!result.receivedSpf.isEmpty())
        CliOutput::out(tr("Received-SPF: %1").arg(result.receivedSpf));
    if (!result.gmailLabels.isEmpty())
        CliOutput::out(tr("Gmail labels: %1").arg(result.gmailLabels.join(QStringLiteral(", "))));
    for (const ReceivedHop &hop : result.hops)
        CliOutput::out(tr("  hop: %1 → %2 (%3, TLS: %4)")
                           .arg(hop.from.isEmpty() ? QStringLiteral("?") : hop.from, hop.by,
                                hop.with,
                                hop.tls == ReceivedHop::Tls::Yes
                                    ? (hop.tlsVersion.isEmpty() ? tr("yes") : hop.tlsVersion)
                                    : hop.tls == ReceivedHop::Tls::No ? tr("no")
                                                                      : tr("not said")));
    for (const DomainCheckItem &item : result.checks) {
        CliOutput::out(
            QStringLiteral("[%1] %2: %3").arg(statusWord(item.status), item.title, item.summary));
        if (!item.fix.isEmpty() && item.status != DomainCheckItem::Status::Pass)
            CliOutput::out(tr("      Fix: %1").arg(item.fix));
    }
}

void printReadBackFailure(const ImapFailure &failure)
{
    if (failure.kind == FailureKind::Cancelled) {
        CliOutput::err(tr("Stopped: %1").arg(failure.message));
        return;
    }
    CliOutput::err(failure.serverText.isEmpty()
                       ? tr("The mailbox could not be read: %1").arg(failure.message)
                       : tr("The mailbox could not be read: %1 The server "
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
