// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Field readers shared by the parts of a preset file (presets, provider families). Each leaves
// `target` alone when the key is absent and fails, with a message in `error`, on a wrong type.
namespace Sendcheck::PresetJson {

[[nodiscard]] bool readString(const QJsonObject &object, const QString &key, QString *target,
                              QString *error);
[[nodiscard]] bool readStringList(const QJsonObject &object, const QString &key,
                                  QStringList *target, QString *error);

} // namespace Sendcheck::PresetJson
