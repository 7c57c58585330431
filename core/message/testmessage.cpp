// SPDX-License-Identifier: GPL-3.0-or-later
#include "testmessage.h"

#include "headerencoder.h"
#include "mimewriter.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace Sendcheck {

namespace {

bool isValidMessageId(const QString &id)
{
    if (!id.startsWith(u'<') || !id.endsWith(u'>') || id.size() < 5)
        return false;
    const QString inner = id.mid(1, id.size() - 2);
    const qsizetype at = inner.indexOf(u'@');
    if (at <= 0 || at == inner.size() - 1 || inner.indexOf(u'@', at + 1) >= 0)
        return false;
    for (const QChar c : inner) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'<' || c == u'>' || c == u'"'
            || c == u'\\')
            return false;
    }
    return true;
}

} // namespace

QStringList TestMessage::validate() const
{
    QStringList problems;
    if (m_from.isNull())
        problems.append(tr("The sender (From) address is missing."));
    if (m_to.isEmpty() && m_cc.isEmpty())
        problems.append(tr("There is no recipient: add at least one To or Cc address."));

    // Addresses only come from Address::parse, which refuses line breaks; the free text must
    // be checked here, before a header is built from it.
    if (HeaderEncoder::hasLineBreakOrNul(m_subject))
        problems.append(tr("The subject contains a line break or NUL character; a header value "
                           "must be one line."));
    QList<Address> everyone = m_to + m_cc;
    everyone.prepend(m_from);
    for (const Address &address : std::as_const(everyone)) {
        if (HeaderEncoder::hasLineBreakOrNul(address.displayName())
            || HeaderEncoder::hasLineBreakOrNul(address.addrSpec())) {
            problems.append(tr("The address %1 contains a line break or NUL character.")
                                .arg(address.addrSpec()));
        }
    }
    if (!m_messageId.isEmpty() && !isValidMessageId(m_messageId)) {
        problems.append(tr("The Message-ID %1 is not of the form <unique-part@domain> (no "
                           "spaces, line breaks or control characters).")
                            .arg(m_messageId.simplified()));
    }
    if (m_date && !m_date->isValid())
        problems.append(tr("The date of the message is not valid."));

    for (const QString &path : m_attachments) {
        const QFileInfo info(path);
        if (HeaderEncoder::hasLineBreakOrNul(info.fileName()))
            problems.append(tr("The attachment name %1 contains a line break or NUL character.")
                                .arg(info.fileName().simplified()));
        if (!info.exists())
            problems.append(tr("The attachment %1 does not exist.").arg(path));
        else if (!info.isFile())
            problems.append(tr("The attachment %1 is not a regular file.").arg(path));
        else if (!info.isReadable())
            problems.append(tr("The attachment %1 cannot be read (permissions).").arg(path));
    }
    return problems;
}

std::unique_ptr<MessageSource> TestMessage::createSource() const
{
    return std::make_unique<MimeWriter>(*this);
}

std::function<std::unique_ptr<MessageSource>()> TestMessage::sourceFactory() const
{
    struct DateCache
    {
        qint64 second = -1;
        QByteArray text;
    };
    auto cache = std::make_shared<DateCache>();
    return [layout = MimeWriter::layout(*this), fixedDate = m_date, messageId = m_messageId,
            domain = m_from.domain(), cache]() -> std::unique_ptr<MessageSource> {
        QByteArray date;
        if (fixedDate) {
            date = formatDate(*fixedDate);
        } else {
            // The local time zone lookup behind a QDateTime was a twentieth of a burst's CPU.
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            if (cache->second != now) {
                cache->second = now;
                cache->text = formatDate(QDateTime::fromSecsSinceEpoch(now));
            }
            date = cache->text;
        }
        return std::make_unique<MimeWriter>(
            layout, date, messageId.isEmpty() ? generateMessageId(domain) : messageId);
    };
}

QStringList TestMessage::envelopeRecipients() const
{
    QStringList recipients;
    for (const QList<Address> &list : {m_to, m_cc}) {
        for (const Address &address : list) {
            const QString spec = address.addrSpec();
            if (!spec.isEmpty() && !recipients.contains(spec))
                recipients.append(spec);
        }
    }
    return recipients;
}

bool TestMessage::needsSmtpUtf8() const
{
    if (m_from.needsSmtpUtf8())
        return true;
    for (const QList<Address> &list : {m_to, m_cc}) {
        for (const Address &address : list) {
            if (address.needsSmtpUtf8())
                return true;
        }
    }
    return false;
}

QByteArray TestMessage::formatDate(const QDateTime &dateTime)
{
    static constexpr const char *Days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *Months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offset = dateTime.offsetFromUtc() / 60;
    const int absOffset = qAbs(offset);
    return QByteArray(Days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()) + ' '
        + Months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' '
        + QByteArray::number(time.hour()).rightJustified(2, '0') + ':'
        + QByteArray::number(time.minute()).rightJustified(2, '0') + ':'
        + QByteArray::number(time.second()).rightJustified(2, '0') + ' ' + (offset < 0 ? '-' : '+')
        + QByteArray::number(absOffset / 60).rightJustified(2, '0')
        + QByteArray::number(absOffset % 60).rightJustified(2, '0');
}

QString TestMessage::generateMessageId(const QString &domain)
{
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    const QByteArray unique = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '.'
        + QByteArray::number(random[0], 36) + QByteArray::number(random[1], 36);
    const QString right = domain.isEmpty() ? QStringLiteral("sendcheck.invalid") : domain;
    return u'<' + QString::fromLatin1(unique) + u'@' + right + u'>';
}

} // namespace Sendcheck
