// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TestSupport {

// Absolute path of a file under tests/ in the source tree.
[[nodiscard]] QString testDataPath(const QString &relative);
// Absolute path of the built sendcheck-cli.
[[nodiscard]] QString cliPath();

} // namespace TestSupport
