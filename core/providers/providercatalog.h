// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provider.h"
#include "providerfamily.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// All presets: the built-in ones compiled in from resources/providers.json, then the user's
// own files (*.json in userPresetDirectory(), in name order), which add presets or replace a
// built-in one with the same id. A broken file or preset is skipped and reported in errors(),
// naming the file and the preset; the rest still loads.
//
// A preset file is either {"schema": 1, "presets": [ {...}, ... ], "families": [ {...}, ... ]}
// ("families" optional) or a single preset object. A family groups one provider's presets with
// what the diagnosis needs to recognise its servers (ProviderFamily); a later one with the same
// id replaces an earlier one.
class ProviderCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ProviderCatalog)

public:
    ProviderCatalog() = default;

    // The built-in presets plus the user preset directory. Check errors() afterwards.
    [[nodiscard]] static ProviderCatalog loadDefault();
    // The built-in presets alone, read once. For facts that must not depend on the user's files
    // (the diagnosis).
    [[nodiscard]] static const ProviderCatalog &builtIn();
    // ":/providers.json"
    [[nodiscard]] static QString builtInPath();
    // <AppConfigLocation>/presets, e.g. ~/.config/sendcheck/presets (XDG_CONFIG_HOME applies).
    [[nodiscard]] static QString userPresetDirectory();

    // Adds every valid preset in `path`, replacing earlier ones with the same id. Returns false
    // if anything in the file was wrong (the problems are appended to errors()).
    bool addFile(const QString &path);
    // addFile() for each *.json in `directory`; a missing directory is not an error.
    void addDirectory(const QString &directory);

    [[nodiscard]] const Provider *find(const QString &id) const;
    [[nodiscard]] const QList<Provider> &all() const { return m_providers; }
    [[nodiscard]] const QStringList &errors() const { return m_errors; }

    [[nodiscard]] const QList<ProviderFamily> &families() const { return m_families; }
    [[nodiscard]] const ProviderFamily *findFamily(const QString &id) const;
    // The family that lists the preset `presetId`; nullptr for none.
    [[nodiscard]] const ProviderFamily *familyOfPreset(const QString &presetId) const;
    // The first family whose host patterns match `host`; nullptr for none.
    [[nodiscard]] const ProviderFamily *familyOfHost(const QString &host) const;
    // The presets of `family` that exist in this catalog, in catalog order.
    [[nodiscard]] QList<const Provider *> presetsOf(const ProviderFamily &family) const;
    // The encryption every preset documents for `port` (STARTTLS or SSL/TLS; unencrypted
    // entries do not count); nothing when no preset lists it encrypted or presets disagree.
    [[nodiscard]] std::optional<Security> documentedSecurity(quint16 port) const;

private:
    void addError(const QString &path, const QString &preset, const QString &message);
    bool addFamilies(const QString &path, const QJsonValue &families);

    QList<Provider> m_providers;
    QList<ProviderFamily> m_families;
    QStringList m_errors;
};

} // namespace Sendcheck
