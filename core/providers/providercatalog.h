// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provider.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// All presets: the built-in ones compiled in from resources/providers.json, then the user's
// own files (*.json in userPresetDirectory(), in name order), which add presets or replace a
// built-in one with the same id. A broken file or preset is skipped and reported in errors(),
// naming the file and the preset; the rest still loads.
//
// A preset file is either {"schema": 1, "presets": [ {...}, ... ]} or a single preset object.
class ProviderCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ProviderCatalog)

public:
    ProviderCatalog() = default;

    // The built-in presets plus the user preset directory. Check errors() afterwards.
    [[nodiscard]] static ProviderCatalog loadDefault();
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

private:
    void addError(const QString &path, const QString &preset, const QString &message);

    QList<Provider> m_providers;
    QStringList m_errors;
};

} // namespace Sendcheck
