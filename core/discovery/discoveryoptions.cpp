// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoveryoptions.h"

namespace Sendcheck {

DiscoveryOptions DiscoveryOptions::fromEnvironment()
{
    DiscoveryOptions options;
    const auto url
        = [](const char *name) { return QUrl(qEnvironmentVariable(name), QUrl::StrictMode); };
    if (qEnvironmentVariableIsSet("SENDCHECK_AUTOCONFIG_URL"))
        options.autoconfigBase = url("SENDCHECK_AUTOCONFIG_URL");
    if (qEnvironmentVariableIsSet("SENDCHECK_AUTOCONFIG_HTTP_URL"))
        options.autoconfigHttpBase = url("SENDCHECK_AUTOCONFIG_HTTP_URL");
    if (qEnvironmentVariableIsSet("SENDCHECK_ISPDB_URL"))
        options.ispdbBase = url("SENDCHECK_ISPDB_URL");
    options.extraCaFile = qEnvironmentVariable("SENDCHECK_DISCOVERY_CA_FILE");
    return options;
}

static QUrl below(QUrl base, const QString &path)
{
    QString basePath = base.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    base.setPath(basePath + path);
    return base;
}

QUrl DiscoveryOptions::autoconfigUrl(const QString &domain, bool wellKnown, bool plainHttp,
                                     const QString &address) const
{
    const QString host = wellKnown ? domain : QStringLiteral("autoconfig.") + domain;
    const QString path = wellKnown ? QStringLiteral(".well-known/autoconfig/mail/config-v1.1.xml")
                                   : QStringLiteral("mail/config-v1.1.xml");
    const QUrl base = plainHttp ? autoconfigHttpBase : autoconfigBase;
    QUrl url;
    if (base.isEmpty()) {
        url.setScheme(plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
        url.setHost(host);
        url.setPath(QLatin1Char('/') + path);
    } else {
        url = below(base, host + QLatin1Char('/') + path);
    }
    // The address goes only over HTTPS (Thunderbird sends it over HTTP too).
    if (!plainHttp && !address.isEmpty()) {
        url.setQuery(QStringLiteral("emailaddress=")
                         + QString::fromLatin1(QUrl::toPercentEncoding(address)),
                     QUrl::TolerantMode);
    }
    return url;
}

QUrl DiscoveryOptions::ispdbUrl(const QString &domain) const
{
    return below(ispdbBase, domain);
}

} // namespace Sendcheck
