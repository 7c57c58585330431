// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practicestage.h"

#include <QString>

namespace Sendcheck {

// One way to fail at one stage: either close the connection without a word (`drop`) or answer
// with `code enhanced text` instead of the normal reply. A 421 reply also closes, as RFC 5321
// says a server shutting down does.
struct ScenarioRule
{
    PracticeStage stage = PracticeStage::Banner;
    bool drop = false;
    int code = 0;
    QString enhanced; // "5.1.1", may be empty
    QString text;

    // "550 5.1.1 No such user here" as it goes on the wire, without CRLF.
    [[nodiscard]] QString replyLine() const
    {
        QString line = QString::number(code);
        if (!enhanced.isEmpty())
            line += QLatin1Char(' ') + enhanced;
        if (!text.isEmpty())
            line += QLatin1Char(' ') + text;
        return line;
    }
    bool operator==(const ScenarioRule &) const = default;
};

} // namespace Sendcheck
