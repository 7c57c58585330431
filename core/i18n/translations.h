// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Sendcheck {

// Loads the bundled translation (resource :/i18n/sendcheck_<lang>.qm) that fits the user's
// language, as the system reports it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix), and Qt's
// own translations where they are installed. Call once, right after creating the application.
// English is the source language: sendcheck_en.qm holds only the plural forms of the %n texts
// ("1 check", "2 checks") and is loaded for every language without a catalogue of its own.
void installTranslations(QCoreApplication &app);

} // namespace Sendcheck
