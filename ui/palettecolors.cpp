// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettecolors.h"

namespace Sendcheck::PaletteColors {

namespace {
QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor accent(const QPalette &palette, int hue)
{
    return QColor::fromHsl(hue, 170, isDark(palette) ? 165 : 80);
}

QColor tint(const QPalette &palette, int hue)
{
    return mix(palette.color(QPalette::Base), QColor::fromHsl(hue, 160, 128),
               isDark(palette) ? 0.35 : 0.22);
}

QColor forDirection(const QPalette &palette, Direction direction)
{
    switch (direction) {
    case Direction::Client: {
        // The link colour, moved to a lightness that reads on this base.
        const QColor link = palette.color(QPalette::Link);
        return QColor::fromHsl(link.hslHue() < 0 ? 220 : link.hslHue(),
                               qMax(link.hslSaturation(), 150), isDark(palette) ? 170 : 90);
    }
    case Direction::Server:
        return palette.color(QPalette::Text);
    case Direction::Info:
        return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
    case Direction::Tls:
        return accent(palette, Green);
    case Direction::Error:
        return accent(palette, Red);
    }
    return palette.color(QPalette::Text);
}

} // namespace Sendcheck::PaletteColors
