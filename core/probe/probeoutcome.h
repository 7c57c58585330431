// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Sendcheck {

// What one port probe attempt found: the JSON's probe[].outcome.
enum class ProbeOutcome {
    Works, // connected, greeted, TLS verified (STARTTLS or implicit), EHLO answered inside TLS
    Refused, // nothing listens: the connection was turned away at once
    NoAnswer, // no connection within the time (filtered), or connected and never a word
    WrongMode, // TLS spoken to a plain port, or a plain greeting on a TLS port
    Certificate, // the certificate did not verify (name, expiry, unknown issuer)
    Interception, // the certificate was made by antivirus or proxy software (TlsInterception)
    Error, // anything else: no STARTTLS, a refusal, a broken reply, a stalled conversation
};

// "works", "refused", "no_answer", "wrong_mode", "certificate", "interception", "error".
[[nodiscard]] QString probeOutcomeName(ProbeOutcome outcome);
[[nodiscard]] std::optional<ProbeOutcome> probeOutcomeFromName(const QString &name);
// The outcome in a few plain words, translated ("Works", "Wrong security mode").
[[nodiscard]] QString probeOutcomeLabel(ProbeOutcome outcome);

} // namespace Sendcheck
