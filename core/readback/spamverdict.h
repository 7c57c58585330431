// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

class HeaderBlock;

// What a spam filter on the way wrote into the message's header: SpamAssassin's X-Spam-*,
// rspamd's X-Spamd-Result, Microsoft's spam confidence level (SCL) and bulk level (BCL).
struct SpamVerdict
{
    QString filter; // "spamassassin", "rspamd", "microsoft"
    QString header; // the field it was read from
    std::optional<bool> spam; // the filter's own yes/no, where it says one
    std::optional<double> score;
    std::optional<double> threshold; // the score from which the filter calls it spam
    QString detail; // the tests or categories it lists, as written (shortened)

    // Every verdict the header holds, newest filter first.
    [[nodiscard]] static QList<SpamVerdict> read(const HeaderBlock &header);
};

} // namespace Sendcheck
