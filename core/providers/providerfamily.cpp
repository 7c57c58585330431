// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerfamily.h"

#include "common/enumnames.h"

#include "presetjson.h"
#include "provider.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace Sendcheck {

namespace {

const AuthNote allAuthNotes[] = {AuthNote::SmtpAuthSwitch, AuthNote::PasswordSignInRetiring};

// Compiled once per pattern: the diagnosis asks for the family of a server for every reply.
const QRegularExpression &hostExpression(const QString &pattern)
{
    static QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.cend())
        it = compiled.insert(
            pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    return *it;
}

} // namespace

QString authNoteName(AuthNote note)
{
    switch (note) {
    case AuthNote::SmtpAuthSwitch:
        return QStringLiteral("smtp-auth-switch");
    case AuthNote::PasswordSignInRetiring:
        return QStringLiteral("password-sign-in-retiring");
    }
    return QString();
}

std::optional<AuthNote> authNoteFromName(const QString &name)
{
    return enumFromName(name, allAuthNotes, authNoteName);
}

bool ProviderFamily::matchesHost(const QString &host) const
{
    const QString name = host.trimmed();
    if (name.isEmpty())
        return false;
    for (const QString &pattern : hostPatterns) {
        if (hostExpression(pattern).match(name).hasMatch())
            return true;
    }
    return false;
}

std::optional<ProviderFamily> ProviderFamily::fromJson(const QJsonObject &object, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    ProviderFamily family;
    family.id = object.value(QStringLiteral("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(family.id).hasMatch()) {
        *error = Provider::tr("\"id\" must be lower-case letters, digits and '-' (got \"%1\").")
                     .arg(family.id);
        return std::nullopt;
    }
    QStringList notes;
    if (!PresetJson::readStringList(object, QStringLiteral("presets"), &family.presetIds, error)
        || !PresetJson::readStringList(object, QStringLiteral("hostPatterns"), &family.hostPatterns,
                                       error)
        || !PresetJson::readStringList(object, QStringLiteral("authNotes"), &notes, error))
        return std::nullopt;
    if (family.presetIds.isEmpty()) {
        *error = Provider::tr("\"presets\" must name at least one preset.");
        return std::nullopt;
    }
    for (const QString &pattern : std::as_const(family.hostPatterns)) {
        const QRegularExpression expression = hostExpression(pattern);
        if (pattern.isEmpty() || !expression.isValid()) {
            *error = Provider::tr("\"hostPatterns\": \"%1\" is not a valid regular expression.")
                         .arg(pattern);
            return std::nullopt;
        }
    }
    const QJsonValue ports = object.value(QStringLiteral("unsupportedPorts"));
    if (!ports.isUndefined() && !ports.isArray()) {
        *error = Provider::tr("\"unsupportedPorts\" must be a list of port numbers.");
        return std::nullopt;
    }
    const QJsonArray portArray = ports.toArray();
    for (const QJsonValue &value : portArray) {
        const double number = value.toDouble(-1);
        if (number < 1 || number > 65535 || number != int(number)) {
            *error = Provider::tr("A port must be a whole number from 1 to 65535.");
            return std::nullopt;
        }
        family.unsupportedPorts.append(quint16(number));
    }
    for (const QString &name : std::as_const(notes)) {
        const auto note = authNoteFromName(name);
        if (!note) {
            *error = Provider::tr("Unknown note \"%1\" in \"authNotes\".").arg(name);
            return std::nullopt;
        }
        family.authNotes.append(*note);
    }
    return family;
}

QJsonObject ProviderFamily::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id},
                        {QStringLiteral("presets"), QJsonArray::fromStringList(presetIds)}};
    if (!hostPatterns.isEmpty())
        object.insert(QStringLiteral("hostPatterns"), QJsonArray::fromStringList(hostPatterns));
    if (!unsupportedPorts.isEmpty()) {
        QJsonArray ports;
        for (const quint16 port : unsupportedPorts)
            ports.append(int(port));
        object.insert(QStringLiteral("unsupportedPorts"), ports);
    }
    if (!authNotes.isEmpty()) {
        QJsonArray notes;
        for (const AuthNote note : authNotes)
            notes.append(authNoteName(note));
        object.insert(QStringLiteral("authNotes"), notes);
    }
    return object;
}

} // namespace Sendcheck
