// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domaincheckresult.h"

#include "report/report.h"

#include <QCoreApplication>

namespace Sendcheck {

// A finished domain check as a report (kind "domain"): its checks (DomainCheckItem's status
// mapped by DomainCheckItem::reportStatus), and the whole check under "domain" for the report's
// Domain section (records to publish, DNSSEC). `profile` is the profile the domain came from,
// or a fresh one naming only the provider's preset.
class DomainReport
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DomainReport)

public:
    [[nodiscard]] static Report make(const DomainCheckResult &result, const Profile &profile);
};

} // namespace Sendcheck
