// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativefont.h"

#include <QApplication>
#include <QFontDatabase>
#include <QWidget>

namespace Sendcheck {

namespace {

constexpr char factorProperty[] = "sendcheckRelativeFontSize";
constexpr char boldProperty[] = "sendcheckRelativeFontBold";
constexpr char fixedProperty[] = "sendcheckFixedPitchFont";

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setBold(true);
    return font;
}

} // namespace

void setRelativeFontSize(QWidget *widget, qreal factor, bool bold)
{
    widget->setProperty(factorProperty, factor);
    widget->setProperty(boldProperty, bold);
    widget->setFont(scaledFont(widget->font(), factor, bold));
}

void setFixedPitchFont(QWidget *widget)
{
    widget->setProperty(fixedProperty, true);
    widget->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void applyFontScale(QWidget *root, qreal scale)
{
    const QFont base = scaledFont(QApplication::font(), scale, false);
    root->setFont(base);
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    const QFont fixed
        = scaledFont(QFontDatabase::systemFont(QFontDatabase::FixedFont), scale, false);
    for (QWidget *widget : widgets) {
        if (widget->property(fixedProperty).toBool()) {
            widget->setFont(fixed);
            continue;
        }
        const QVariant factor = widget->property(factorProperty);
        if (factor.isValid())
            widget->setFont(
                scaledFont(base, factor.toReal(), widget->property(boldProperty).toBool()));
    }
}

} // namespace Sendcheck
