// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssettings.h"

namespace Sendcheck {

QString DnsSettings::forwarder() const
{
    if (nameserver.isNull())
        return QString();
    return QStringLiteral("%1@%2").arg(nameserver.toString()).arg(port);
}

QString DnsSettings::describeNameserver() const
{
    if (nameserver.isNull())
        return tr("the system's nameservers");
    if (nameserver.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(nameserver.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(nameserver.toString()).arg(port);
}

bool DnsSettings::splitHostPort(const QString &text, QString *host, quint16 *port)
{
    const QString t = text.trimmed();
    QString hostPart = t;
    QString portPart;
    if (t.startsWith(QLatin1Char('['))) {
        const int close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        hostPart = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            portPart = rest.mid(1);
        }
    } else if (t.count(QLatin1Char(':')) == 1) {
        hostPart = t.section(QLatin1Char(':'), 0, 0);
        portPart = t.section(QLatin1Char(':'), 1);
    }
    if (hostPart.isEmpty())
        return false;
    quint16 p = 53;
    if (!portPart.isNull()) {
        bool ok = false;
        const uint value = portPart.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return false;
        p = quint16(value);
    }
    *host = hostPart;
    *port = p;
    return true;
}

std::optional<QString> DnsSettings::parseNameserver(const QString &text, QHostAddress *address,
                                                    quint16 *port)
{
    QString host;
    quint16 p = 53;
    if (!splitHostPort(text, &host, &p))
        return tr("'%1' is not a nameserver address: give ADDRESS or ADDRESS:PORT, e.g. "
                  "192.0.2.53:53 or [2001:db8::53]:53.")
            .arg(text);
    const QHostAddress parsed(host);
    if (parsed.isNull())
        return tr("'%1' is not an IP address.").arg(host);
    *address = parsed;
    *port = p;
    return std::nullopt;
}

} // namespace Sendcheck
