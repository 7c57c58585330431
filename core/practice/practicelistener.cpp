// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicelistener.h"

namespace Sendcheck {

PracticeListener::PracticeListener(QObject *parent) : QTcpServer(parent) { }

void PracticeListener::incomingConnection(qintptr descriptor)
{
    Q_EMIT descriptorAccepted(descriptor);
}

} // namespace Sendcheck
