// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// A BIMI record at <selector>._bimi.<domain> (draft-brand-indicators-for-message-identification):
// "v=BIMI1; l=<https URL of an SVG Tiny PS logo>; a=<https URL of a mark certificate (VMC/CMC),
// PEM>". An empty l= and a= declines BIMI. Receivers show the logo only for mail that passes
// DMARC under p=quarantine or p=reject, and most (Gmail, Apple) only with a= as well.
struct BimiRecord
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::BimiRecord)

public:
    QString record;
    QString logo; // l=
    QString authority; // a=
    bool declined = false; // l= and a= both empty
    QStringList errors;

    [[nodiscard]] bool isValid() const { return errors.isEmpty(); }
    [[nodiscard]] static bool looksLikeRecord(const QByteArray &text); // starts with v=BIMI1
    [[nodiscard]] static BimiRecord parse(const QString &text);
};

} // namespace Sendcheck
