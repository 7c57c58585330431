// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sendcheck {

// A note, limit, user-name hint or link title of a preset in the user's language. The presets
// keep their English texts (JSON output and reports stay the same everywhere); the window and
// the CLI's human output show them through this. resources/provider_texts.py lists them for
// lupdate in providertexts.cpp.
[[nodiscard]] QString providerText(const QString &english);

} // namespace Sendcheck
