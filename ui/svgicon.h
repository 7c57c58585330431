// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QPalette;

namespace Sendcheck {

// The program's icons: SVG drawn by Qt SVG at whatever size and pixel ratio is asked for, so
// they stay crisp at 200%. Action icons take the desktop theme's icon where it has one and are
// drawn in the palette's text colour otherwise (dark mode included); status icons are always
// Sendcheck's own, because their colours carry the meaning and must match the stage tints.
class SvgIcon
{
public:
    enum class Name {
        StatusPass,
        StatusWarn,
        StatusFail,
        StatusInfo,
        StatusRunning,
        StatusPending,
        StatusStopped,
        Send,
        Test,
        Stop,
        Step,
        Copy,
        Save,
    };

    [[nodiscard]] static QIcon icon(Name name, const QPalette &palette);
    // The Sendcheck drawing alone, never the theme's (for tests and the status icons).
    [[nodiscard]] static QIcon ownIcon(Name name, const QPalette &palette);
    // ":/icons/status-pass.svg", ...
    [[nodiscard]] static QString resourcePath(Name name);
    // The freedesktop icon name tried first; empty for the status icons.
    [[nodiscard]] static QString themeName(Name name);
};

} // namespace Sendcheck
