// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QWidget;

namespace Sendcheck {

// A widget whose text is bigger or smaller than its surroundings (the verdict's title, small
// status lines). Qt stops passing a parent's font size on to a widget that set its own, so the
// factor is remembered and applyFontScale() recomputes such widgets from the base font.
void setRelativeFontSize(QWidget *widget, qreal factor, bool bold = false);

// The system's fixed-pitch font (server replies, certificate details), kept at the size of the
// surrounding text times the larger-font scale.
void setFixedPitchFont(QWidget *widget);

// Sets `root`'s font to the application font times `scale` (the larger-font option) and every
// widget below it that has a relative size to that times its factor.
void applyFontScale(QWidget *root, qreal scale);

} // namespace Sendcheck
