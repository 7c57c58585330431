// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsetup.h"

#include "message/messagesource.h"
#include "message/testmessage.h"
#include "smtpsession.h"

namespace Sendcheck {

bool prepareTestSend(SmtpSession &session, const TestMessage &message, int count, QString *error)
{
    const QStringList problems = message.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    session.setEnvelope(
        {message.from().addrSpec(), message.envelopeRecipients(), message.needsSmtpUtf8()});
    // Built once for all `count` copies (a burst encodes its body once).
    session.setMessageFactory(message.sourceFactory(), count);
    return true;
}

} // namespace Sendcheck
