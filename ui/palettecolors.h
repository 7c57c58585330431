// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcript/transcriptentry.h"

#include <QColor>
#include <QPalette>

namespace Sendcheck::PaletteColors {

// Colours derived from the current palette, so light and dark themes both stay readable:
// nothing here is a fixed RGB value; hues are placed at a lightness that contrasts with the
// palette's base colour.
[[nodiscard]] bool isDark(const QPalette &palette);
[[nodiscard]] QColor forDirection(const QPalette &palette, Direction direction);
// A readable foreground in a hue (0 = red, 120 = green) for this palette.
[[nodiscard]] QColor accent(const QPalette &palette, int hue);
// A soft background in a hue, for the verdict and the stage strip.
[[nodiscard]] QColor tint(const QPalette &palette, int hue);

constexpr int Green = 130;
constexpr int Red = 0;
constexpr int Amber = 40;

} // namespace Sendcheck::PaletteColors
