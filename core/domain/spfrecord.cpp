// SPDX-License-Identifier: GPL-3.0-or-later
#include "spfrecord.h"

#include "spfmacro.h"

#include <QRegularExpression>

#include <optional>

namespace Sendcheck {

bool SpfTerm::countsAsLookup() const
{
    if (kind == Kind::Modifier)
        return name == QLatin1String("redirect");
    return name == QLatin1String("include") || name == QLatin1String("a")
        || name == QLatin1String("mx") || name == QLatin1String("ptr")
        || name == QLatin1String("exists");
}

const SpfTerm *SpfRecord::modifier(const QString &name) const
{
    for (const SpfTerm &term : terms) {
        if (term.kind == SpfTerm::Kind::Modifier && term.name == name)
            return &term;
    }
    return nullptr;
}

bool SpfRecord::hasAll() const
{
    for (const SpfTerm &term : terms) {
        if (term.isMechanism() && term.name == QLatin1String("all"))
            return true;
    }
    return false;
}

bool SpfRecord::isSpfRecord(const QByteArray &text)
{
    return text.size() >= 6 && text.left(6).toLower() == "v=spf1"
        && (text.size() == 6 || text.at(6) == ' ');
}

namespace {

// A CIDR length: digits without a leading zero, at most `max`.
std::optional<int> cidrLength(const QString &digits, int max)
{
    if (digits.isEmpty() || (digits.size() > 1 && digits.front() == QLatin1Char('0')))
        return std::nullopt;
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok || value > max)
        return std::nullopt;
    return value;
}

// A dotted quad without leading zeros (RFC 7208 ip4-network); QHostAddress accepts more.
std::optional<QHostAddress> ip4Network(const QString &text)
{
    static const QRegularExpression quad(
        QStringLiteral("^(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9]"
                       "[0-9]{0,2})\\z"));
    const auto match = quad.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    quint32 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = match.captured(i).toInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | quint32(octet);
    }
    return QHostAddress(value);
}

std::optional<QHostAddress> ip6Network(const QString &text)
{
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('%')))
        return std::nullopt;
    for (const QChar c : text) {
        if (!(c.isDigit() || c == QLatin1Char(':') || c == QLatin1Char('.')
              || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))))
            return std::nullopt;
    }
    const QHostAddress address(text);
    if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return address;
}

} // namespace

SpfRecord SpfRecord::parse(const QByteArray &bytes)
{
    SpfRecord record;
    record.text = QString::fromLatin1(bytes);
    const auto fail = [&record](int position, const QString &why) {
        if (record.error.isEmpty()) {
            record.error = why;
            record.errorPosition = position;
        }
        return record;
    };
    for (int i = 0; i < bytes.size(); ++i) {
        if (uchar(bytes.at(i)) > 0x7e)
            return fail(i, tr("The record contains a character that is not ASCII."));
    }
    if (!isSpfRecord(bytes))
        return fail(0, tr("The record does not start with v=spf1."));

    const QString &text = record.text;
    int pos = 6;
    static const QRegularExpression modifierName(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]*="));
    static const QRegularExpression dualCidr(
        QStringLiteral("^(.*?)(?:/([0-9]+))?(?://([0-9]+))?\\z"),
        QRegularExpression::DotMatchesEverythingOption);
    while (pos < text.size()) {
        if (text.at(pos) == QLatin1Char(' ')) {
            ++pos;
            continue;
        }
        int end = text.indexOf(QLatin1Char(' '), pos);
        if (end < 0)
            end = int(text.size());
        const QString word = text.mid(pos, end - pos);
        SpfTerm term;
        term.position = pos;
        term.text = word;

        const auto nameMatch = modifierName.match(word);
        if (nameMatch.hasMatch()) {
            term.kind = SpfTerm::Kind::Modifier;
            term.name = word.left(nameMatch.capturedLength() - 1).toLower();
            term.domainSpec = word.mid(nameMatch.capturedLength());
            QString why;
            const int bad = SpfMacro::syntaxError(term.domainSpec, false, &why);
            if (bad >= 0)
                return fail(pos + int(nameMatch.capturedLength()) + bad,
                            tr("Modifier %1: %2.").arg(term.name, why));
            if (term.name == QLatin1String("redirect") || term.name == QLatin1String("exp")) {
                if (term.domainSpec.isEmpty() || !SpfMacro::hasValidDomainEnd(term.domainSpec))
                    return fail(
                        pos,
                        tr("%1= needs a domain name, not '%2'.").arg(term.name, term.domainSpec));
                if (record.modifier(term.name))
                    return fail(pos, tr("%1= appears more than once.").arg(term.name));
            }
            record.terms << term;
            pos = end;
            continue;
        }

        int at = 0;
        if (!word.isEmpty() && QStringLiteral("+-~?").contains(word.at(0))) {
            term.qualifier = word.at(0);
            at = 1;
        }
        int nameEnd = at;
        while (nameEnd < word.size() && word.at(nameEnd) != QLatin1Char(':')
               && word.at(nameEnd) != QLatin1Char('/'))
            ++nameEnd;
        term.name = word.mid(at, nameEnd - at).toLower();
        const QString rest = word.mid(nameEnd); // ":..." or "/..." or empty
        const bool hasArgument = rest.startsWith(QLatin1Char(':'));
        const QString argument = hasArgument ? rest.mid(1) : QString();
        const int argumentPos = pos + nameEnd + 1;

        const auto checkDomainSpec = [&](const QString &spec, int specPos) -> bool {
            QString why;
            const int bad = SpfMacro::syntaxError(spec, false, &why);
            if (bad >= 0) {
                fail(specPos + bad, tr("%1: %2.").arg(term.text, why));
                return false;
            }
            if (spec.isEmpty() || !SpfMacro::hasValidDomainEnd(spec)) {
                fail(specPos, tr("%1: '%2' is not a valid domain name.").arg(term.text, spec));
                return false;
            }
            return true;
        };

        if (term.name == QLatin1String("all")) {
            if (!rest.isEmpty())
                return fail(pos + nameEnd, tr("'all' takes no argument: %1.").arg(word));
        } else if (term.name == QLatin1String("include") || term.name == QLatin1String("exists")) {
            if (!hasArgument)
                return fail(pos, tr("%1 needs a domain: %1:example.com.").arg(term.name));
            term.domainSpec = argument;
            if (!checkDomainSpec(argument, argumentPos))
                return record;
        } else if (term.name == QLatin1String("ptr")) {
            if (!rest.isEmpty() && !hasArgument)
                return fail(pos + nameEnd, tr("'ptr' takes no prefix length: %1.").arg(word));
            if (hasArgument) {
                term.domainSpec = argument;
                if (!checkDomainSpec(argument, argumentPos))
                    return record;
            }
        } else if (term.name == QLatin1String("a") || term.name == QLatin1String("mx")) {
            const QString tail = hasArgument ? argument : rest;
            const auto match = dualCidr.match(tail);
            const QString spec = match.captured(1);
            if (!hasArgument && !spec.isEmpty())
                return fail(pos + nameEnd, tr("%1: invalid prefix length.").arg(word));
            if (hasArgument && !checkDomainSpec(spec, argumentPos))
                return record;
            term.domainSpec = spec;
            if (match.capturedLength(2) > 0) {
                const auto v4 = cidrLength(match.captured(2), 32);
                if (!v4)
                    return fail(pos, tr("%1: an IPv4 prefix length is 0 to 32.").arg(word));
                term.cidr4 = *v4;
            }
            if (match.capturedLength(3) > 0) {
                const auto v6 = cidrLength(match.captured(3), 128);
                if (!v6)
                    return fail(pos, tr("%1: an IPv6 prefix length is 0 to 128.").arg(word));
                term.cidr6 = *v6;
            }
        } else if (term.name == QLatin1String("ip4") || term.name == QLatin1String("ip6")) {
            const bool v4 = term.name == QLatin1String("ip4");
            if (!hasArgument)
                return fail(pos,
                            tr("%1 needs an address: %2.")
                                .arg(term.name,
                                     v4 ? QStringLiteral("ip4:192.0.2.0/24")
                                        : QStringLiteral("ip6:2001:db8::/32")));
            const int slash = argument.indexOf(QLatin1Char('/'));
            const QString address = slash < 0 ? argument : argument.left(slash);
            const auto network = v4 ? ip4Network(address) : ip6Network(address);
            if (!network)
                return fail(
                    argumentPos,
                    tr("%1: '%2' is not an %3 address.")
                        .arg(word, address, v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6")));
            term.network = *network;
            if (slash >= 0) {
                const auto length = cidrLength(argument.mid(slash + 1), v4 ? 32 : 128);
                if (!length)
                    return fail(argumentPos + slash,
                                v4 ? tr("%1: an IPv4 prefix length is 0 to 32.").arg(word)
                                   : tr("%1: an IPv6 prefix length is 0 to 128.").arg(word));
                (v4 ? term.cidr4 : term.cidr6) = *length;
            }
        } else if (term.name.isEmpty()) {
            return fail(pos, tr("'%1' is not a mechanism or modifier.").arg(word));
        } else {
            return fail(pos, tr("Unknown mechanism '%1'.").arg(term.name));
        }
        record.terms << term;
        pos = end;
    }
    return record;
}

} // namespace Sendcheck
