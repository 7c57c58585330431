// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace Sendcheck {

// Small icons drawn with QPainter at whatever size and pixel ratio they are asked for, so they
// stay crisp on High-DPI screens and take their colour from the palette. Used where an icon
// must exist even without the Qt SVG plugin (the transcript's lock marks).
class GlyphIcon
{
public:
    enum class Shape {
        Blank, // keeps rows without a mark aligned with rows that have one
        LockClosed,
        LockOpen,
        // Check results (the Domain panel): a tick, a cross, a triangle with "!", a ring with "i".
        Pass,
        Fail,
        Warning,
        Info,
    };

    [[nodiscard]] static QIcon icon(Shape shape, const QColor &color);
};

} // namespace Sendcheck
