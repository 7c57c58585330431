// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Sendcheck {

// A dark Fusion palette, for checking (and showing) that every colour in the window follows
// the palette: `sendcheck --dark`, or SENDCHECK_DARK=1.
void applyDarkPalette(QApplication &app);

} // namespace Sendcheck
