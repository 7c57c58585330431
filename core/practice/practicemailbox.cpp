// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicemailbox.h"

#include "readback/headerblock.h"

#include <QLocale>
#include <QRegularExpression>

namespace Sendcheck {

namespace {

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).remove(QLatin1Char('>')).trimmed().toLower();
}

// The domain of the first address in a From field value ("Name <a@b>" or "a@b").
QString fromDomain(const QString &fromValue)
{
    static const QRegularExpression address(QStringLiteral("[^\\s<>\"]+@([A-Za-z0-9.-]+)"));
    return address.match(fromValue).captured(1).toLower();
}

// The client's EHLO or HELO name, from the session's transcript.
QString heloName(const QString &transcript)
{
    static const QRegularExpression helo(QStringLiteral("(?:EHLO|HELO) (\\S+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString name = helo.match(transcript).captured(1);
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString rfc5322Date(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
        + QStringLiteral(" +0000");
}

} // namespace

PracticeMailbox::PracticeMailbox(QObject *parent)
    : QObject(parent), m_uidValidity(quint32(QDateTime::currentSecsSinceEpoch()))
{ }

void PracticeMailbox::deliver(const ReceivedMessage &message, const QString &hostName, bool junk)
{
    const QString from = fromDomain(HeaderBlock::parse(message.data).value(u"From"));
    const QString mailFrom = domainOf(message.mailFrom);
    const QString protocol = QStringLiteral("ESMTP")
        + (message.tls ? QStringLiteral("S") : QString())
        + (message.authUser.isEmpty() ? QString() : QStringLiteral("A"));
    QStringList trace;
    trace << QStringLiteral("Return-Path: <%1>").arg(message.mailFrom);
    // The practice server checks no DNS: it says "none" for SPF, DKIM and DMARC rather than
    // inventing a pass. The junk scenario shows how a receiver writes failing results.
    QString results = QStringLiteral("Authentication-Results: %1;").arg(hostName);
    if (!message.authUser.isEmpty())
        results += QStringLiteral("\r\n\tauth=pass smtp.auth=%1;").arg(message.authUser);
    if (junk) {
        results += QStringLiteral(
                       "\r\n\tspf=fail (%1: domain of %2 does not designate the sending host as "
                       "permitted sender) smtp.mailfrom=%3;\r\n\tdkim=none (message not signed);"
                       "\r\n\tdmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=%4")
                       .arg(hostName, message.mailFrom, mailFrom, from);
    } else {
        results += QStringLiteral("\r\n\tspf=none (the practice server does not look up SPF) "
                                  "smtp.mailfrom=%1;\r\n\tdkim=none (message not signed);"
                                  "\r\n\tdmarc=none header.from=%2")
                       .arg(mailFrom, from);
    }
    trace << results;
    if (junk) {
        trace << QStringLiteral("X-Spam-Flag: YES")
              << QStringLiteral("X-Spam-Status: Yes, score=8.4 required=5.0 "
                                "tests=PRACTICE_JUNK_SCENARIO,SPF_FAIL,DMARC_REJECT");
    }
    trace << QStringLiteral("Received: from %1\r\n\tby %2 with %3 id %4\r\n\tfor <%5>; %6")
                 .arg(heloName(message.sessionTranscript), hostName, protocol, message.queueId,
                      message.rcptTo.value(0), rfc5322Date(message.received));

    Message delivered;
    delivered.uid = m_nextUid++;
    delivered.folder = junk ? Folder::Junk : Folder::Inbox;
    delivered.received = message.received;
    delivered.content = trace.join(QStringLiteral("\r\n")).toUtf8() + "\r\n" + message.data;
    m_messages.append(delivered);
    while (m_messages.size() > m_maxMessages)
        m_messages.removeFirst();
    Q_EMIT this->delivered(delivered.folder);
}

QList<const PracticeMailbox::Message *> PracticeMailbox::messages(Folder folder) const
{
    QList<const Message *> found;
    for (const Message &message : m_messages) {
        if (message.folder == folder)
            found.append(&message);
    }
    return found;
}

QString PracticeMailbox::folderName(Folder folder)
{
    return folder == Folder::Junk ? QStringLiteral("Junk") : QStringLiteral("INBOX");
}

std::optional<PracticeMailbox::Folder> PracticeMailbox::folderFromName(const QString &name)
{
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return Folder::Inbox;
    if (name == QLatin1String("Junk"))
        return Folder::Junk;
    return std::nullopt;
}

} // namespace Sendcheck
