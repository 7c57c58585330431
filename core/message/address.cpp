// SPDX-License-Identifier: GPL-3.0-or-later
#include "address.h"

#include "headerencoder.h"

#include <QHostAddress>
#include <QUrl>

namespace Sendcheck {

namespace {

bool isAsciiAtext(char16_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c < 0x80 && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c));
}

bool isLdh(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool isDottedQuad(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255)
            return false;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > 0x7f)
                return false;
        }
    }
    return true;
}

QString describeChar(QChar c)
{
    if (c == u' ')
        return Address::tr("a space");
    return QStringLiteral("'%1'").arg(c);
}

// Removes the quotes of quoted words in a display name and resolves their backslash escapes.
QString unquotePhrase(const QString &phrase)
{
    QString out;
    bool inQuote = false;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        const QChar c = phrase.at(i);
        if (inQuote && c == u'\\' && i + 1 < phrase.size()) {
            out.append(phrase.at(++i));
        } else if (c == u'"') {
            inQuote = !inQuote;
        } else {
            out.append(c);
        }
    }
    return out.simplified();
}

std::optional<QString> checkLocalPart(const QString &local)
{
    if (local.isEmpty())
        return Address::tr("The part before the @ is empty.");
    if (local.startsWith(u'"')) {
        for (qsizetype i = 1; i < local.size(); ++i) {
            const char16_t c = local.at(i).unicode();
            if (c == '\\') {
                if (i + 1 >= local.size())
                    break;
                ++i;
            } else if (c == '"') {
                if (i != local.size() - 1)
                    return Address::tr("There is text between the closing quote and the @.");
                return std::nullopt;
            }
        }
        return Address::tr("The quoted part before the @ is missing its closing quote.");
    }
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return Address::tr("The part before the @ may not start or end with a dot.");
    if (local.contains(QLatin1String("..")))
        return Address::tr("The part before the @ has two dots in a row.");
    for (const QChar c : local) {
        if (c != u'.' && !isAsciiAtext(c.unicode()) && c.unicode() < 0x80) {
            return Address::tr("The part before the @ contains %1, which is only allowed "
                               "inside quotes (\"like this\"@example.com).")
                .arg(describeChar(c));
        }
    }
    return std::nullopt;
}

std::optional<QString> checkAddressLiteral(const QString &domain)
{
    const QString inner = domain.mid(1, domain.size() - 2);
    bool valid = false;
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
        const QHostAddress address(inner.mid(5));
        valid = address.protocol() == QAbstractSocket::IPv6Protocol;
    } else {
        valid = isDottedQuad(inner);
    }
    if (!domain.endsWith(u']') || !valid) {
        return Address::tr("%1 is not a valid address literal; write an IPv4 address as "
                           "[192.0.2.1] or an IPv6 address as [IPv6:2001:db8::1].")
            .arg(domain);
    }
    return std::nullopt;
}

std::optional<QString> checkAceDomain(const QString &ace, const QString &original)
{
    if (ace.endsWith(u'.'))
        return Address::tr("The domain %1 ends with a dot.").arg(original);
    if (ace.toUtf8().size() > Address::MaxDomainOctets) {
        return Address::tr("The domain is %1 bytes long; the limit is %2.")
            .arg(ace.toUtf8().size())
            .arg(Address::MaxDomainOctets);
    }
    const QStringList labels = ace.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty()) {
            return Address::tr("The domain %1 has an empty part (a dot at the start, or two "
                               "dots in a row).")
                .arg(original);
        }
        for (const QChar c : label) {
            if (!isLdh(c.unicode())) {
                return Address::tr("The domain contains %1, which is not allowed in a domain "
                                   "name (only letters, digits, hyphens and dots).")
                    .arg(describeChar(c));
            }
        }
        if (label.size() > 63) {
            return Address::tr("The domain part %1 is %2 characters long; the limit is 63.")
                .arg(label.left(20) + QStringLiteral("…"))
                .arg(label.size());
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Address::tr("The domain part %1 starts or ends with a hyphen.").arg(label);
    }
    bool numericTld = true;
    for (const QChar c : labels.constLast())
        numericTld = numericTld && c.isDigit();
    if (numericTld) {
        if (isDottedQuad(ace)) {
            return Address::tr("The domain %1 is an IP address; write it in brackets, as [%1].")
                .arg(ace);
        }
        return Address::tr("The last part of the domain %1 is all digits, which no real domain "
                           "has.")
            .arg(original);
    }
    return std::nullopt;
}

} // namespace

std::optional<Address> Address::parse(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Address> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // Control characters first: a CR or LF here would end the SMTP command early and let the
    // rest of the text be read as a second command or header.
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u == '\r')
            return fail(tr("The address contains a carriage return (CR); line breaks are not "
                           "allowed in an address."));
        if (u == '\n')
            return fail(tr("The address contains a line feed (LF); line breaks are not allowed "
                           "in an address."));
        if (u == 0)
            return fail(tr("The address contains a NUL character, which is not allowed."));
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            return fail(tr("The address contains the control character U+%1, which is not "
                           "allowed.")
                            .arg(QString::number(uint(u), 16).rightJustified(4, u'0').toUpper()));
        }
    }

    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("The address is empty."));

    Address address;
    QString spec = text;
    if (text.endsWith(u'>')) {
        qsizetype open = -1;
        bool inQuote = false;
        for (qsizetype i = 0; i < text.size() && open < 0; ++i) {
            const QChar c = text.at(i);
            if (inQuote && c == u'\\')
                ++i;
            else if (c == u'"')
                inQuote = !inQuote;
            else if (c == u'<' && !inQuote)
                open = i;
        }
        if (open < 0)
            return fail(tr("The address ends with '>' but has no matching '<'."));
        address.m_displayName = unquotePhrase(text.left(open));
        spec = text.mid(open + 1, text.size() - open - 2).trimmed();
    } else if (text.contains(u'<')) {
        return fail(tr("The address has a '<' without a closing '>', or text after the '>'."));
    }
    if (spec.isEmpty())
        return fail(tr("The address between '<' and '>' is empty."));

    qsizetype at = -1;
    if (spec.startsWith(u'"')) {
        // The @ that ends a quoted local part is the first one after the closing quote.
        qsizetype i = 1;
        for (; i < spec.size(); ++i) {
            if (spec.at(i) == u'\\')
                ++i;
            else if (spec.at(i) == u'"')
                break;
        }
        if (i >= spec.size())
            return fail(tr("The quoted part before the @ is missing its closing quote."));
        at = spec.indexOf(u'@', i);
    } else {
        at = spec.lastIndexOf(u'@');
    }
    if (at < 0)
        return fail(tr("The address has no @ sign; it should look like name@example.com."));

    const QString local = spec.left(at);
    const QString domain = spec.mid(at + 1);
    if (const auto problem = checkLocalPart(local))
        return fail(*problem);
    if (local.toUtf8().size() > MaxLocalPartOctets) {
        return fail(tr("The part before the @ is %1 bytes long; the limit is %2.")
                        .arg(local.toUtf8().size())
                        .arg(MaxLocalPartOctets));
    }
    if (domain.isEmpty())
        return fail(tr("The part after the @ (the domain) is empty."));

    QString ace;
    if (domain.startsWith(u'[')) {
        if (const auto problem = checkAddressLiteral(domain))
            return fail(*problem);
        ace = domain;
    } else {
        bool ascii = true;
        for (const QChar c : domain)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            ace = domain;
        } else {
            ace = QString::fromLatin1(QUrl::toAce(domain));
            if (ace.isEmpty()) {
                return fail(
                    tr("The domain %1 is not a valid international domain name.").arg(domain));
            }
        }
        if (const auto problem = checkAceDomain(ace, domain))
            return fail(*problem);
    }

    const qsizetype pathOctets = local.toUtf8().size() + 1 + ace.toUtf8().size() + 2;
    if (pathOctets > MaxPathOctets) {
        return fail(tr("The address is %1 bytes long (with the angle brackets); the limit is %2.")
                        .arg(pathOctets)
                        .arg(MaxPathOctets));
    }

    address.m_localPart = local;
    address.m_domain = ace;
    return address;
}

QString Address::addrSpec() const
{
    if (isNull())
        return QString();
    return m_localPart + u'@' + m_domain;
}

QString Address::unicodeDomain() const
{
    if (m_domain.startsWith(u'['))
        return m_domain;
    // Without IgnoreIDNWhitelist Qt only decodes the top-level domains on its list.
    return QUrl::fromAce(m_domain.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

QByteArray Address::headerForm() const
{
    const QByteArray spec = addrSpec().toUtf8();
    const QByteArray phrase = HeaderEncoder::encodePhrase(m_displayName);
    if (phrase.isEmpty())
        return spec;
    return phrase + " <" + spec + '>';
}

QString Address::toDisplayString() const
{
    const QString spec = m_localPart + u'@' + unicodeDomain();
    if (m_displayName.isEmpty())
        return spec;
    return m_displayName + QStringLiteral(" <") + spec + u'>';
}

bool Address::needsSmtpUtf8() const
{
    for (const QChar c : m_localPart) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

} // namespace Sendcheck
