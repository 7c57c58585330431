// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "profilerules.h"

#include "smtp/tlsinfo.h"

#include <QJsonArray>
#include <QUuid>

namespace Sendcheck {

namespace {

bool readString(const QJsonObject &object, const QString &key, QString *target, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        if (error)
            *error = Profile::tr("\"%1\" must be a text value.").arg(key);
        return false;
    }
    *target = value.toString();
    return true;
}

bool readStringList(const QJsonObject &object, const QString &key, QStringList *target,
                    QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        if (error)
            *error = Profile::tr("\"%1\" must be a list of text values.").arg(key);
        return false;
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            if (error)
                *error = Profile::tr("\"%1\" must be a list of text values.").arg(key);
            return false;
        }
        result.append(item.toString());
    }
    *target = result;
    return true;
}

} // namespace

Profile Profile::create(const QString &name)
{
    Profile profile;
    profile.id = newId();
    profile.name = name;
    return profile;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Profile::isValidId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

QList<QByteArray> Profile::pinsFor(const QString &pinHost, quint16 pinPort) const
{
    return CertificatePin::fingerprintsFor(pins, pinHost, pinPort);
}

QJsonObject Profile::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("name"), name);
    if (!presetId.isEmpty())
        object.insert(QStringLiteral("preset"), presetId);
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("port"), int(port));
    object.insert(QStringLiteral("security"), securityName(security));
    object.insert(QStringLiteral("auth"), mechanismName(mechanism));
    object.insert(QStringLiteral("user"), userName);
    object.insert(QStringLiteral("from"), from);
    object.insert(QStringLiteral("defaultTo"), QJsonArray::fromStringList(defaultTo));
    object.insert(QStringLiteral("ehloName"), ehloName);
    object.insert(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    object.insert(QStringLiteral("caFile"), caFile);
    QJsonArray pinArray;
    for (const CertificatePin &pin : pins)
        pinArray.append(pin.toJson());
    object.insert(QStringLiteral("pins"), pinArray);
    object.insert(QStringLiteral("allowPlainAuth"), allowPlainAuth);
    if (usesOAuth()) // absent means a password (or key), as in files from before OAuth
        object.insert(QStringLiteral("signIn"), QStringLiteral("oauth"));
    if (usesOAuth() || !oauthClientId.isEmpty()) {
        QJsonObject oauth;
        oauth.insert(QStringLiteral("clientId"), oauthClientId);
        if (!oauthTenant.isEmpty())
            oauth.insert(QStringLiteral("tenant"), oauthTenant);
        if (!oauthAccount.isEmpty())
            oauth.insert(QStringLiteral("account"), oauthAccount);
        object.insert(QStringLiteral("oauth"), oauth);
    }
    if (!imap.isDefault())
        object.insert(QStringLiteral("imap"), imap.toJson());
    return object;
}

std::optional<Profile> Profile::fromJson(const QJsonObject &object, QString *error)
{
    Profile profile;
    if (!readString(object, QStringLiteral("id"), &profile.id, error)
        || !readString(object, QStringLiteral("name"), &profile.name, error)
        || !readString(object, QStringLiteral("preset"), &profile.presetId, error)
        || !readString(object, QStringLiteral("host"), &profile.host, error)
        || !readString(object, QStringLiteral("user"), &profile.userName, error)
        || !readString(object, QStringLiteral("from"), &profile.from, error)
        || !readStringList(object, QStringLiteral("defaultTo"), &profile.defaultTo, error)
        || !readString(object, QStringLiteral("ehloName"), &profile.ehloName, error)
        || !readString(object, QStringLiteral("caFile"), &profile.caFile, error))
        return std::nullopt;

    if (profile.id.trimmed().isEmpty()) {
        if (error)
            *error = tr("The profile has no id.");
        return std::nullopt;
    }
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("The profile has no name.");
        return std::nullopt;
    }

    const QJsonValue security = object.value(QStringLiteral("security"));
    if (!security.isUndefined()) {
        const auto parsed = securityFromName(security.toString());
        if (!parsed) {
            if (error)
                *error = tr("Unknown security mode \"%1\" (expected starttls, tls or none).")
                             .arg(security.toString());
            return std::nullopt;
        }
        profile.security = *parsed;
    }

    const QJsonValue auth = object.value(QStringLiteral("auth"));
    if (!auth.isUndefined()) {
        const auto parsed = mechanismFromName(auth.toString());
        if (!parsed) {
            if (error)
                *error = tr("Unknown sign-in method \"%1\".").arg(auth.toString());
            return std::nullopt;
        }
        profile.mechanism = *parsed;
    }

    const QJsonValue port = object.value(QStringLiteral("port"));
    if (port.isUndefined()) {
        profile.port = ServerSettings::defaultPort(profile.security);
    } else {
        const double value = port.toDouble(-1);
        if (!port.isDouble() || value < 1 || value > 65535 || value != int(value)) {
            if (error)
                *error = tr("The port must be a whole number from 1 to 65535.");
            return std::nullopt;
        }
        profile.port = quint16(value);
    }

    const QJsonValue timeout = object.value(QStringLiteral("timeoutSeconds"));
    if (!timeout.isUndefined()) {
        const double value = timeout.toDouble(-1);
        if (!timeout.isDouble() || value < 0 || value > ProfileRules::maxTimeoutSeconds
            || value != int(value)) {
            if (error)
                *error = tr("\"timeoutSeconds\" must be a whole number from 0 to %1.")
                             .arg(ProfileRules::maxTimeoutSeconds);
            return std::nullopt;
        }
        profile.timeoutSeconds = int(value);
    }

    const auto notAFingerprint = [error](const QString &pin) {
        if (error)
            *error = tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits).").arg(pin);
    };
    // The older form: fingerprints alone, which meant the profile's own server.
    QStringList legacyPins;
    if (!readStringList(object, QStringLiteral("trustedSha256"), &legacyPins, error))
        return std::nullopt;
    for (const QString &pin : std::as_const(legacyPins)) {
        const auto normalized = normalizeSha256(pin);
        if (!normalized) {
            notAFingerprint(pin);
            return std::nullopt;
        }
        const CertificatePin bound {profile.host.trimmed(), profile.port, *normalized};
        if (!profile.pins.contains(bound))
            profile.pins.append(bound);
    }
    if (!readPinList(object.value(QStringLiteral("pins")), &profile.pins, error))
        return std::nullopt;

    const QJsonValue allowPlain = object.value(QStringLiteral("allowPlainAuth"));
    if (!allowPlain.isUndefined() && !allowPlain.isBool()) {
        if (error)
            *error = tr("\"allowPlainAuth\" must be true or false.");
        return std::nullopt;
    }
    profile.allowPlainAuth = allowPlain.toBool(false);

    const QJsonValue signIn = object.value(QStringLiteral("signIn"));
    if (!signIn.isUndefined()) {
        if (signIn.toString() == QLatin1String("oauth")) {
            profile.signIn = SignIn::OAuth;
        } else if (signIn.toString() != QLatin1String("password")) {
            if (error)
                *error = tr("\"signIn\" must be \"password\" or \"oauth\".");
            return std::nullopt;
        }
    }
    const QJsonValue oauth = object.value(QStringLiteral("oauth"));
    if (!oauth.isUndefined()) {
        if (!oauth.isObject()) {
            if (error)
                *error = tr("\"oauth\" must be an object.");
            return std::nullopt;
        }
        const QJsonObject fields = oauth.toObject();
        if (!readString(fields, QStringLiteral("clientId"), &profile.oauthClientId, error)
            || !readString(fields, QStringLiteral("tenant"), &profile.oauthTenant, error)
            || !readString(fields, QStringLiteral("account"), &profile.oauthAccount, error))
            return std::nullopt;
    }
    const QJsonValue imap = object.value(QStringLiteral("imap"));
    if (!imap.isUndefined() && !imap.isNull()) {
        std::optional<ProfileImap> parsed = ProfileImap::fromJson(imap, error);
        if (!parsed)
            return std::nullopt;
        profile.imap = *parsed;
    }
    return profile;
}

ServerSettings Profile::toServerSettings() const
{
    ServerSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    settings.mechanism = mechanism;
    settings.userName = userName;
    settings.ehloName = ehloName;
    settings.caFile = caFile;
    settings.pinnedSha256 = pinsFor(host, port); // never a pin made for another server
    settings.allowPlainAuth = allowPlainAuth;
    if (timeoutSeconds > 0)
        settings.timeouts.capAll(std::chrono::seconds(timeoutSeconds));
    return settings;
}

bool Profile::readPinList(const QJsonValue &list, QList<CertificatePin> *pins, QString *error)
{
    if (list.isUndefined() || list.isNull())
        return true;
    if (!list.isArray()) {
        if (error)
            *error = tr("\"pins\" must be a list of {host, port, sha256} objects.");
        return false;
    }
    const QJsonArray array = list.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject fields = item.toObject();
        const QJsonValue pinPort = fields.value(QStringLiteral("port"));
        const double portNumber = pinPort.toDouble(-1);
        const QString pinHost = fields.value(QStringLiteral("host")).toString().trimmed();
        if (!item.isObject() || !ProfileRules::isServerName(pinHost) || !pinPort.isDouble()
            || portNumber < 1 || portNumber > 65535 || portNumber != int(portNumber)) {
            if (error)
                *error = tr("Each of \"pins\" needs a server name (\"host\"), a port from 1 "
                            "to 65535 and a fingerprint (\"sha256\").");
            return false;
        }
        const QString text = fields.value(QStringLiteral("sha256")).toString();
        const auto normalized = normalizeSha256(text);
        if (!normalized) {
            if (error)
                *error
                    = tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits).").arg(text);
            return false;
        }
        const CertificatePin pin {pinHost, quint16(portNumber), *normalized};
        if (!pins->contains(pin))
            pins->append(pin);
    }
    return true;
}

std::optional<QByteArray> Profile::normalizeSha256(const QString &text)
{
    const QByteArray hex = normalizeFingerprint(text);
    return hex.isEmpty() ? std::nullopt : std::optional(hex);
}

} // namespace Sendcheck
