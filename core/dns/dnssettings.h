// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// How the resolver reaches DNS: the nameserver to ask (or the system's), the time allowed for
// one query, and the DNSSEC trust anchors (none: every answer's DNSSEC status is
// Indeterminate).
struct DnsSettings
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DnsSettings)

public:
    QHostAddress nameserver; // null: the system's nameservers (/etc/resolv.conf)
    quint16 port = 53;
    int timeoutMs = 5000; // per query
    // Trust anchors in zone-file form ("example. DS 12345 13 2 ..." or a DNSKEY line).
    QStringList trustAnchors;
    QString trustAnchorFile; // a file of such lines, e.g. /usr/share/dns/root.key

    [[nodiscard]] bool validates() const
    {
        return !trustAnchors.isEmpty() || !trustAnchorFile.isEmpty();
    }
    // "192.0.2.1@53" as libunbound writes a forwarder; empty for the system's nameservers.
    [[nodiscard]] QString forwarder() const;
    // "192.0.2.1:5353", "[2001:db8::1]:53" or "the system's nameservers", for messages.
    [[nodiscard]] QString describeNameserver() const;

    // Parses "ADDR", "ADDR:PORT", "[IPV6]" or "[IPV6]:PORT" (a bare IPv6 address is taken whole).
    // Sets nameserver and port; returns an error message (translated) when it is not one, also
    // for a host name: libunbound needs an address (look the name up first).
    [[nodiscard]] static std::optional<QString>
    parseNameserver(const QString &text, QHostAddress *address, quint16 *port);
    // Splits "HOST[:PORT]" where HOST may be a name; for the CLI, which looks a name up first.
    [[nodiscard]] static bool splitHostPort(const QString &text, QString *host, quint16 *port);
};

} // namespace Sendcheck
