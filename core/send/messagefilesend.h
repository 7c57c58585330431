// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sendcheck {

class MessageFile;
class SmtpSession;
struct PreparedSend;

// `send --message-file`: the prepared send as usual (settings, credentials, envelope from the
// flags or the profile), but the message is the file as it is instead of the test message.
// False with the reason when the prepared send is refused; the session must not start then.
[[nodiscard]] bool applyMessageFile(const PreparedSend &send, const MessageFile &file,
                                    SmtpSession &session, QString *error);

} // namespace Sendcheck
