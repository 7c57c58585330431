// SPDX-License-Identifier: GPL-3.0-or-later
#include "rundifference.h"

#include <QHash>

namespace Sendcheck {

QString RunDifference::areaName(Area area)
{
    switch (area) {
    case Area::Settings:
        return QStringLiteral("settings");
    case Area::Tls:
        return QStringLiteral("tls");
    case Area::Certificate:
        return QStringLiteral("certificate");
    case Area::Capabilities:
        return QStringLiteral("capabilities");
    case Area::Banner:
        return QStringLiteral("banner");
    }
    return QString();
}

QString RunDifference::label() const
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("host"), QT_TR_NOOP("Server")},
        {QStringLiteral("port"), QT_TR_NOOP("Port")},
        {QStringLiteral("security"), QT_TR_NOOP("Security")},
        {QStringLiteral("auth"), QT_TR_NOOP("Sign-in method")},
        {QStringLiteral("user"), QT_TR_NOOP("User name")},
        {QStringLiteral("sign_in"), QT_TR_NOOP("Signs in with")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("ehlo_name"), QT_TR_NOOP("EHLO name")},
        {QStringLiteral("ca_file"), QT_TR_NOOP("Extra CA certificates")},
        {QStringLiteral("trusted_sha256"), QT_TR_NOOP("Trusted certificates")},
        {QStringLiteral("allow_plain_auth"), QT_TR_NOOP("Sign-in without encryption allowed")},
        {QStringLiteral("timeout_seconds"), QT_TR_NOOP("Time limit (s)")},
        {QStringLiteral("tls.used"), QT_TR_NOOP("TLS used")},
        {QStringLiteral("tls.protocol"), QT_TR_NOOP("TLS version")},
        {QStringLiteral("tls.cipher"), QT_TR_NOOP("Cipher")},
        {QStringLiteral("tls.verified"), QT_TR_NOOP("Certificate verified")},
        {QStringLiteral("certificate.sha256"), QT_TR_NOOP("Certificate (SHA-256)")},
        {QStringLiteral("certificate.subject"), QT_TR_NOOP("Certificate issued to")},
        {QStringLiteral("certificate.issuer"), QT_TR_NOOP("Certificate issued by")},
        {QStringLiteral("certificate.not_after"), QT_TR_NOOP("Certificate valid until")},
        {QStringLiteral("certificate.chain"), QT_TR_NOOP("Intermediate certificates")},
        {QStringLiteral("capability"), QT_TR_NOOP("Capability")},
        {QStringLiteral("banner"), QT_TR_NOOP("Greeting")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QJsonObject RunDifference::toJson() const
{
    return {{QStringLiteral("area"), areaName(area)},
            {QStringLiteral("field"), field},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after}};
}

} // namespace Sendcheck
