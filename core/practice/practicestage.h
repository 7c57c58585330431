// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// The points of a session where the practice server can be told to fail. Finer than
// Sendcheck::Stage on purpose: a trainer wants to fail "after the final dot" (data-end)
// separately from "at the DATA command" (data).
enum class PracticeStage {
    Connect, // right after the TCP (or TLS) connection is accepted
    Banner, // the 220 greeting
    Ehlo, // EHLO / HELO
    StartTls, // the STARTTLS command
    Auth, // the final reply of an AUTH exchange
    Mail, // MAIL FROM
    Rcpt, // RCPT TO
    Data, // the DATA command
    DataEnd, // after the final dot
    Quit, // QUIT
};

// "connect", "banner", "ehlo", "starttls", "auth", "mail", "rcpt", "data", "data-end", "quit".
[[nodiscard]] QString practiceStageName(PracticeStage stage);
[[nodiscard]] std::optional<PracticeStage> practiceStageFromName(const QString &name);
[[nodiscard]] QStringList practiceStageNames();

} // namespace Sendcheck
