// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Sendcheck {

// How discovery reaches the network. The URLs can be pointed at a local server for tests
// (SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL, SENDCHECK_ISPDB_URL and
// SENDCHECK_DISCOVERY_CA_FILE, read by fromEnvironment()).
struct DiscoveryOptions
{
    bool offline = false; // presets and the bundled snapshot only: no DNS, no HTTP

    // Empty: https://autoconfig.DOMAIN/mail/config-v1.1.xml and
    // https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml. Set: the host becomes the
    // first path segment below this base: BASE/autoconfig.DOMAIN/mail/config-v1.1.xml and
    // BASE/DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml.
    QUrl autoconfigBase;
    // The same for the plain-HTTP attempts (made only when both HTTPS ones found nothing).
    QUrl autoconfigHttpBase;
    // The ISPDB: BASE + DOMAIN.
    QUrl ispdbBase = QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
    // A PEM file of CA certificates trusted in addition to the system's, for HTTPS.
    QString extraCaFile;

    int timeoutMs = 10000; // per HTTP request, start to end (Thunderbird: 10 s)
    qint64 maxBytes = 1024 * 1024; // an autoconfig file larger than this is refused
    int maxRedirects = 5;

    [[nodiscard]] static DiscoveryOptions fromEnvironment();

    [[nodiscard]] QUrl autoconfigUrl(const QString &domain, bool wellKnown, bool plainHttp,
                                     const QString &address) const;
    [[nodiscard]] QUrl ispdbUrl(const QString &domain) const;
};

} // namespace Sendcheck
