// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportoutline.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sendcheck {

// The "Read-back" section of a report (Report::readBack): whether the test message arrived,
// where, after how long, the receiver's Authentication-Results, the hops with their TLS, the
// spam verdicts, and each finding with its fix; or why the mailbox could not be read. Text from
// the message's header is outside text (verbatim); strict redaction has been applied to the
// JSON before it gets here, like everywhere else in the report.
class ReadBackSection
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReadBackSection)

public:
    [[nodiscard]] static ReportSection of(const QJsonObject &readBack);
};

} // namespace Sendcheck
