// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileimap.h"

#include "profile.h"
#include "profilerules.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Sendcheck {

QJsonObject ProfileImap::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("read_back"), readBack);
    if (!host.isEmpty())
        object.insert(QStringLiteral("host"), host);
    if (port != 0)
        object.insert(QStringLiteral("port"), int(port));
    if (security)
        object.insert(QStringLiteral("security"), securityName(*security));
    if (!userName.isEmpty())
        object.insert(QStringLiteral("user"), userName);
    if (!pins.isEmpty()) {
        QJsonArray pinArray;
        for (const CertificatePin &pin : pins)
            pinArray.append(pin.toJson());
        object.insert(QStringLiteral("pins"), pinArray);
    }
    return object;
}

std::optional<ProfileImap> ProfileImap::fromJson(const QJsonValue &value, QString *error)
{
    const auto refuse = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!value.isObject())
        return refuse(tr("\"imap\" must be an object."));
    const QJsonObject object = value.toObject();
    ProfileImap imap;

    const QJsonValue readBack = object.value(QStringLiteral("read_back"));
    if (!readBack.isUndefined() && !readBack.isBool())
        return refuse(tr("\"imap\": \"read_back\" must be true or false."));
    imap.readBack = readBack.toBool(false);

    for (const auto &[key, target] : {std::pair {QStringLiteral("host"), &imap.host},
                                      std::pair {QStringLiteral("user"), &imap.userName}}) {
        const QJsonValue text = object.value(key);
        if (text.isUndefined() || text.isNull())
            continue;
        if (!text.isString())
            return refuse(tr("\"imap\": \"%1\" must be a text value.").arg(key));
        *target = text.toString().trimmed();
    }
    if (!imap.host.isEmpty() && !ProfileRules::isServerName(imap.host))
        return refuse(tr("\"imap\": \"%1\" is not a server name.").arg(imap.host.left(100)));

    const QJsonValue port = object.value(QStringLiteral("port"));
    if (!port.isUndefined() && !port.isNull()) {
        const double number = port.toDouble(-1);
        if (!port.isDouble() || number < 1 || number > 65535 || number != int(number))
            return refuse(tr("\"imap\": the port must be a whole number from 1 to 65535."));
        imap.port = quint16(number);
    }

    const QJsonValue security = object.value(QStringLiteral("security"));
    if (!security.isUndefined() && !security.isNull()) {
        const auto parsed = securityFromName(security.toString());
        // The mailbox is read over TLS only (ReadBackSetup refuses none as well).
        if (!parsed || *parsed == Security::None)
            return refuse(tr("\"imap\": \"security\" must be \"tls\" or \"starttls\"."));
        imap.security = *parsed;
    }

    QString pinError;
    if (!Profile::readPinList(object.value(QStringLiteral("pins")), &imap.pins, &pinError))
        return refuse(QStringLiteral("\"imap\": ") + pinError);
    return imap;
}

} // namespace Sendcheck
