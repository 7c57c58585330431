// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/domaincheckitem.h"

#include <QIcon>

class QPalette;

namespace Sendcheck {

// The program's icons: SVG drawn by Qt SVG at whatever size and pixel ratio is asked for, so
// they stay crisp at 200%. Action icons take the desktop theme's icon where it has one and are
// drawn in the palette's text colour otherwise (dark mode included); status icons are always
// Sendcheck's own, because their colours carry the meaning and must match the stage tints; the
// transcript's locks are drawn in the colour they are given.
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
        Arrived, // "Check that it arrived": the read-back
        Probe, // "Test all ports"
        Domain, // "Check domain"
        Server, // "Check server", "Check this server"
        LockClosed,
        LockOpen,
    };

    [[nodiscard]] static QIcon icon(Name name, const QPalette &palette);
    // For buttons and menus: the theme's icon, else ours in the application palette's text
    // colour at the time it is drawn, so it follows a switch to dark colours.
    [[nodiscard]] static QIcon actionIcon(Name name);
    // Sendcheck's drawing in `ink` (the transcript's green and amber locks).
    [[nodiscard]] static QIcon tintedIcon(Name name, const QColor &ink);
    // Draws nothing, at any size: keeps rows without an icon aligned with rows that have one.
    [[nodiscard]] static QIcon blank();
    // The Sendcheck drawing alone, never the theme's (for tests and the status icons).
    [[nodiscard]] static QIcon ownIcon(Name name, const QPalette &palette);
    // ":/icons/status-pass.svg", ...
    [[nodiscard]] static QString resourcePath(Name name);
    // The status icon for a check's row (Domain and Server panels).
    [[nodiscard]] static Name statusName(DomainCheckItem::Status status);
    // The freedesktop icon name tried first; empty for the status icons.
    [[nodiscard]] static QString themeName(Name name);
};

} // namespace Sendcheck
