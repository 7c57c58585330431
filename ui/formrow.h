// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QString>
#include <QWidget>

namespace Sendcheck {

// Adds `field` to `form` under a label with a mnemonic (`label`, e.g. "&From:") that is its
// buddy; the field gets `name` as object name and the label's words as accessible name.
inline void addFormRow(QFormLayout *form, QWidget *owner, const QString &label, QWidget *field,
                       const QString &name)
{
    field->setObjectName(name);
    auto *buddyLabel = new QLabel(label, owner);
    buddyLabel->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    form->addRow(buddyLabel, field);
}

} // namespace Sendcheck
