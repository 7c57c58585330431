// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Sendcheck {

// A dark Fusion palette, for checking (and showing) that every colour in the window follows
// the palette: `sendcheck --dark`, or SENDCHECK_DARK=1.
void applyDarkPalette(QApplication &app);
// The style's own light palette (what the window had before dark colours were chosen).
void applyLightPalette(QApplication &app);
// Whether the desktop asks for dark colours. Qt 6.5 and later say so where the platform tells
// (QStyleHints::colorScheme()); elsewhere, and on Qt 6.4, the palette the application started
// with decides: a dark window colour means a dark desktop theme.
[[nodiscard]] bool systemPrefersDark();

} // namespace Sendcheck
