// SPDX-License-Identifier: GPL-3.0-or-later
#include "mtastspolicy.h"

#include "dns/dnsname.h"

namespace Sendcheck {

QString MtaStsPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Enforce:
        return QStringLiteral("enforce");
    case Mode::Testing:
        return QStringLiteral("testing");
    case Mode::None:
        break;
    }
    return QStringLiteral("none");
}

bool MtaStsPolicy::mxMatches(const QString &pattern, const QString &host)
{
    const QString p = DnsName::normalized(pattern.trimmed());
    const QString h = DnsName::normalized(host.trimmed());
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (p.startsWith(QLatin1String("*."))) {
        const QString suffix = p.mid(1); // ".example.com"
        if (!h.endsWith(suffix))
            return false;
        const QString first = h.chopped(suffix.size());
        return !first.isEmpty() && !first.contains(QLatin1Char('.'));
    }
    return p == h;
}

QString MtaStsPolicy::matchingPattern(const QString &host) const
{
    for (const QString &pattern : mx) {
        if (mxMatches(pattern, host))
            return pattern;
    }
    return QString();
}

MtaStsPolicy MtaStsPolicy::parse(const QByteArray &body)
{
    MtaStsPolicy policy;
    const QString text = QString::fromUtf8(body);
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool first = true;
    bool sawVersion = false;
    bool sawMode = false;
    bool sawMaxAge = false;
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            if (policy.errors.size() < 3)
                policy.errors << tr("'%1' is not a \"key: value\" line.").arg(line.left(60));
            first = false;
            continue;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("version")) {
            if (sawVersion)
                policy.warnings << tr("version is given more than once; the first counts.");
            else {
                policy.version = value;
                if (!first)
                    policy.warnings << tr("version: should be the first line.");
            }
            sawVersion = true;
        } else if (key == QLatin1String("mode")) {
            if (!sawMode) {
                if (value == QLatin1String("enforce"))
                    policy.mode = Mode::Enforce;
                else if (value == QLatin1String("testing"))
                    policy.mode = Mode::Testing;
                else if (value == QLatin1String("none"))
                    policy.mode = Mode::None;
                else
                    policy.errors
                        << tr("mode: %1 is not enforce, testing or none.").arg(value.left(40));
            } else {
                policy.warnings << tr("mode is given more than once; the first counts.");
            }
            sawMode = true;
        } else if (key == QLatin1String("max_age")) {
            bool ok = false;
            const qint64 seconds = value.toLongLong(&ok);
            bool digits = !value.isEmpty() && value.size() <= 10;
            for (const QChar c : value)
                digits = digits && c.isDigit() && c.unicode() < 0x80;
            if (sawMaxAge)
                policy.warnings << tr("max_age is given more than once; the first counts.");
            else if (!ok || !digits)
                policy.errors << tr("max_age: %1 is not a number of seconds.").arg(value.left(40));
            else if (seconds > maxMaxAge)
                policy.errors << tr("max_age: %1 is more than the %2 seconds (one year) allowed.")
                                     .arg(seconds)
                                     .arg(maxMaxAge);
            else
                policy.maxAge = seconds;
            sawMaxAge = true;
        } else if (key == QLatin1String("mx")) {
            const QString pattern = value.toLower();
            const QString bare = pattern.startsWith(QLatin1String("*.")) ? pattern.mid(2) : pattern;
            if (!DnsName::isHostName(DnsName::normalized(bare)) || bare.contains(QLatin1Char('*')))
                policy.errors
                    << tr("mx: %1 is not a host name or a *.domain pattern.").arg(value.left(60));
            else
                policy.mx << pattern;
        }
        first = false;
    }
    if (!sawVersion)
        policy.errors.prepend(tr("The file has no \"version: STSv1\" line, so it is not an "
                                 "MTA-STS policy."));
    else if (policy.version != QLatin1String("STSv1"))
        policy.errors.prepend(tr("version: %1 is not STSv1.").arg(policy.version.left(40)));
    if (!sawMode)
        policy.errors << tr("The policy has no mode: line (enforce, testing or none).");
    if (!sawMaxAge)
        policy.errors << tr("The policy has no max_age: line.");
    if (policy.mx.isEmpty() && policy.mode && *policy.mode != Mode::None)
        policy.errors << tr("The policy names no mx: hosts, so no server can match it.");
    if (policy.maxAge && *policy.maxAge < 86400 && policy.mode && *policy.mode == Mode::Enforce)
        policy.warnings << tr("max_age is under a day: senders forget the policy quickly and an "
                              "attacker can wait it out. A week or more (604800) is usual.");
    return policy;
}

} // namespace Sendcheck
