// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariorule.h"

#include <QList>
#include <QString>

namespace Sendcheck {

// A trainer's own scenario, one rule per line:
//
//     # comments and blank lines are ignored
//     banner: 421 4.3.2 Service shutting down
//     rcpt: 550 5.1.1 No such user here
//     data-end: 554 5.7.1 Spam
//     mail: drop
//
// STAGE is one of connect banner ehlo starttls auth mail rcpt data data-end quit. A rule
// makes its stage fail, so its code is 4xx or 5xx; the enhanced code (RFC 3463) is optional.
class ScenarioScript
{
public:
    // Parses `text`; on the first bad line returns false and sets a translated error that
    // names the line number. `rules` is only changed on success.
    [[nodiscard]] static bool parse(const QString &text, QList<ScenarioRule> *rules,
                                    QString *error);
    // Reads and parses a file (UTF-8); the error names the file.
    [[nodiscard]] static bool parseFile(const QString &path, QList<ScenarioRule> *rules,
                                        QString *error);
};

} // namespace Sendcheck
