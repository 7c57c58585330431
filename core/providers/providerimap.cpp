// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerimap.h"

#include "presetjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace Sendcheck {

std::optional<ProviderImap> ProviderImap::fromJson(const QJsonValue &value, QString *error)
{
    ProviderImap imap;
    if (value.isBool() && !value.toBool()) {
        imap.hasMailbox = false;
        imap.port = 0;
        return imap;
    }
    if (!value.isObject()) {
        *error = tr("\"imap\" must be an object, or false for a service without a mailbox.");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (!PresetJson::readString(object, QStringLiteral("host"), &imap.host, error)
        || !PresetJson::readStringList(object, QStringLiteral("scopes"), &imap.oauthScopes, error))
        return std::nullopt;
    if (imap.host.trimmed().isEmpty() || imap.host.contains(QLatin1Char(' '))) {
        *error = tr("\"imap\" needs a server name in \"host\".");
        return std::nullopt;
    }
    const QJsonValue security = object.value(QStringLiteral("security"));
    if (!security.isUndefined()) {
        const auto mode = securityFromName(security.toString());
        if (!mode || *mode == Security::None) {
            *error = tr("\"imap\": \"security\" must be tls or starttls.");
            return std::nullopt;
        }
        imap.security = *mode;
    }
    imap.port = imap.security == Security::ImplicitTls ? 993 : 143;
    const QJsonValue port = object.value(QStringLiteral("port"));
    if (!port.isUndefined()) {
        const double number = port.toDouble(-1);
        if (number < 1 || number > 65535 || number != int(number)) {
            *error = tr("\"imap\": the port must be a whole number from 1 to 65535.");
            return std::nullopt;
        }
        imap.port = quint16(number);
    }
    for (const QString &scope : std::as_const(imap.oauthScopes)) {
        if (scope.trimmed().isEmpty() || scope.contains(QLatin1Char(' '))) {
            *error = tr("\"imap\": every scope is one word (got \"%1\").").arg(scope);
            return std::nullopt;
        }
    }
    const QString confidence = object.value(QStringLiteral("confidence")).toString();
    if (!confidence.isEmpty() && confidence != QLatin1String("confirmed")
        && confidence != QLatin1String("check-with-provider")) {
        *error = tr("\"imap\": \"confidence\" must be \"confirmed\" or \"check-with-provider\".");
        return std::nullopt;
    }
    imap.checkWithProvider = confidence == QLatin1String("check-with-provider");
    return imap;
}

QJsonValue ProviderImap::toJson() const
{
    if (!hasMailbox)
        return false;
    QJsonObject object {
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("security"), securityName(security)},
        {QStringLiteral("confidence"),
         checkWithProvider ? QStringLiteral("check-with-provider") : QStringLiteral("confirmed")}};
    if (!oauthScopes.isEmpty())
        object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(oauthScopes));
    return object;
}

} // namespace Sendcheck
