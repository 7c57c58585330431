// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefilesend.h"

#include "message/messagefile.h"
#include "message/messagesource.h"
#include "preparedsend.h"
#include "smtp/smtpsession.h"

namespace Sendcheck {

bool applyMessageFile(const PreparedSend &send, const MessageFile &file, SmtpSession &session,
                      QString *error)
{
    if (!send.applyTo(session, 1, error))
        return false;
    if (!send.message)
        return true; // the session stops before MAIL FROM: no message goes out
    const TestMessage &envelope = *send.message;
    session.setEnvelope({envelope.from().addrSpec(), envelope.envelopeRecipients(),
                         envelope.needsSmtpUtf8(), file.hasEightBit()});
    session.setMessageFactory([file] { return file.createSource(); }, 1);
    return true;
}

} // namespace Sendcheck
