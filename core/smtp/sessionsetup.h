// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sendcheck {

class SmtpSession;
class TestMessage;

// Gives a session its envelope (from the message's addresses, IDN-converted) and a message
// factory, so every caller (CLI, GUI, tests) sends the same way. `count` messages go over the
// one connection. Returns false with the reasons when the message is not valid; nothing is
// sent then.
[[nodiscard]] bool prepareTestSend(SmtpSession &session, const TestMessage &message, int count,
                                   QString *error);

} // namespace Sendcheck
