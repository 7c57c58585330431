// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverycandidate.h"

#include <QCoreApplication>

namespace Sendcheck {

QJsonObject DiscoveryCandidate::toJson() const
{
    QJsonObject object {{QStringLiteral("host"), probe.host},
                        {QStringLiteral("port"), int(probe.port)},
                        {QStringLiteral("security"), securityName(probe.security)},
                        {QStringLiteral("source"), probe.source},
                        {QStringLiteral("trusted"), trusted}};
    if (!presetId.isEmpty())
        object.insert(QStringLiteral("preset"), presetId);
    if (!userName.isEmpty())
        object.insert(QStringLiteral("user_name"), userName);
    return object;
}

QString DiscoveryCandidate::describe() const
{
    const char *mode = probe.security == Security::ImplicitTls
        ? QT_TRANSLATE_NOOP("Sendcheck::DiscoveryCandidate", "TLS from the start")
        : probe.security == Security::StartTls
        ? QT_TRANSLATE_NOOP("Sendcheck::DiscoveryCandidate", "STARTTLS")
        : QT_TRANSLATE_NOOP("Sendcheck::DiscoveryCandidate", "no encryption");
    return QStringLiteral("%1:%2 (%3)")
        .arg(probe.host)
        .arg(probe.port)
        .arg(QCoreApplication::translate("Sendcheck::DiscoveryCandidate", mode));
}

} // namespace Sendcheck
