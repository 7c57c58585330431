// SPDX-License-Identifier: GPL-3.0-or-later
#include "providercatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcProviders, "sendcheck.providers")

namespace Sendcheck {

namespace {
constexpr qint64 maxPresetFileSize = 4 * 1024 * 1024;
}

ProviderCatalog ProviderCatalog::loadDefault()
{
    ProviderCatalog catalog;
    catalog.addFile(builtInPath());
    catalog.addDirectory(userPresetDirectory());
    return catalog;
}

const ProviderCatalog &ProviderCatalog::builtIn()
{
    static const ProviderCatalog catalog = [] {
        ProviderCatalog c;
        c.addFile(builtInPath());
        return c;
    }();
    return catalog;
}

QString ProviderCatalog::builtInPath()
{
    return QStringLiteral(":/providers.json");
}

QString ProviderCatalog::userPresetDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/presets");
}

void ProviderCatalog::addError(const QString &path, const QString &preset, const QString &message)
{
    const QString text = preset.isEmpty()
        ? tr("%1: %2").arg(QDir::toNativeSeparators(path), message)
        : tr("%1: preset \"%2\": %3").arg(QDir::toNativeSeparators(path), preset, message);
    qCWarning(lcProviders).noquote() << text;
    m_errors.append(text);
}

bool ProviderCatalog::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addError(path, QString(), tr("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > maxPresetFileSize) {
        addError(path, QString(), tr("is too large to be a preset file."));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addError(path, QString(),
                 tr("is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        addError(path, QString(), tr("must contain a JSON object."));
        return false;
    }

    const QJsonObject root = document.object();
    QJsonArray entries;
    bool clean = true;
    if (root.contains(QStringLiteral("presets"))) {
        const int schema = root.value(QStringLiteral("schema")).toInt(1);
        if (schema != 1) {
            addError(path, QString(),
                     tr("uses preset schema %1; this version reads schema 1.").arg(schema));
            return false;
        }
        if (!root.value(QStringLiteral("presets")).isArray()) {
            addError(path, QString(), tr("\"presets\" must be a list."));
            return false;
        }
        entries = root.value(QStringLiteral("presets")).toArray();
        clean = addFamilies(path, root.value(QStringLiteral("families")));
    } else {
        entries.append(root);
    }

    QSet<QString> seen;
    int index = 0;
    for (const QJsonValue &entry : std::as_const(entries)) {
        ++index;
        const QJsonObject object = entry.toObject();
        const QString label = object.value(QStringLiteral("id")).toString().isEmpty()
            ? tr("#%1").arg(index)
            : object.value(QStringLiteral("id")).toString();
        QString error;
        auto provider = Provider::fromJson(object, &error);
        if (!provider) {
            addError(path, label, error);
            clean = false;
            continue;
        }
        if (seen.contains(provider->id)) {
            addError(path, label, tr("the id is used twice in this file."));
            clean = false;
            continue;
        }
        seen.insert(provider->id);
        provider->sourceFile = path;
        auto existing = std::find_if(m_providers.begin(), m_providers.end(),
                                     [&](const Provider &p) { return p.id == provider->id; });
        if (existing != m_providers.end()) {
            qCInfo(lcProviders) << "preset" << provider->id << "replaced by" << path;
            *existing = std::move(*provider);
        } else {
            m_providers.append(std::move(*provider));
        }
    }
    return clean;
}

bool ProviderCatalog::addFamilies(const QString &path, const QJsonValue &families)
{
    if (families.isUndefined())
        return true;
    if (!families.isArray()) {
        addError(path, QString(), tr("\"families\" must be a list."));
        return false;
    }
    bool clean = true;
    const QJsonArray array = families.toArray();
    for (const QJsonValue &entry : array) {
        QString error;
        auto family = ProviderFamily::fromJson(entry.toObject(), &error);
        if (!family) {
            const QString text
                = tr("%1: provider family \"%2\": %3")
                      .arg(QDir::toNativeSeparators(path),
                           entry.toObject().value(QStringLiteral("id")).toString(), error);
            qCWarning(lcProviders).noquote() << text;
            m_errors.append(text);
            clean = false;
            continue;
        }
        auto existing = std::find_if(m_families.begin(), m_families.end(),
                                     [&](const ProviderFamily &f) { return f.id == family->id; });
        if (existing != m_families.end())
            *existing = std::move(*family);
        else
            m_families.append(std::move(*family));
    }
    return clean;
}

void ProviderCatalog::addDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return;
    const QStringList files
        = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files)
        addFile(dir.filePath(name));
}

const Provider *ProviderCatalog::find(const QString &id) const
{
    for (const Provider &provider : m_providers) {
        if (provider.id == id)
            return &provider;
    }
    return nullptr;
}

const ProviderFamily *ProviderCatalog::findFamily(const QString &id) const
{
    for (const ProviderFamily &family : m_families) {
        if (family.id == id)
            return &family;
    }
    return nullptr;
}

const ProviderFamily *ProviderCatalog::familyOfPreset(const QString &presetId) const
{
    if (presetId.isEmpty())
        return nullptr;
    for (const ProviderFamily &family : m_families) {
        if (family.presetIds.contains(presetId))
            return &family;
    }
    return nullptr;
}

const ProviderFamily *ProviderCatalog::familyOfHost(const QString &host) const
{
    for (const ProviderFamily &family : m_families) {
        if (family.matchesHost(host))
            return &family;
    }
    return nullptr;
}

QList<const Provider *> ProviderCatalog::presetsOf(const ProviderFamily &family) const
{
    QList<const Provider *> presets;
    for (const Provider &provider : m_providers) {
        if (family.presetIds.contains(provider.id))
            presets.append(&provider);
    }
    return presets;
}

std::optional<Security> ProviderCatalog::documentedSecurity(quint16 port) const
{
    std::optional<Security> found;
    for (const Provider &provider : m_providers) {
        for (const Provider::Port &entry : provider.ports) {
            if (entry.port != port || entry.security == Security::None)
                continue;
            if (found && *found != entry.security)
                return std::nullopt;
            found = entry.security;
        }
    }
    return found;
}

} // namespace Sendcheck
