// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedsend.h"

#include "smtp/sessionsetup.h"
#include "smtp/smtpsession.h"

namespace Sendcheck {

bool PreparedSend::applyTo(SmtpSession &session, int count, QString *error) const
{
    session.setSettings(settings);
    session.setCredentials(credentials);
    session.setStopAfter(stopAfter);
    return !message || prepareTestSend(session, *message, count, error);
}

} // namespace Sendcheck
