// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeoutcome.h"

#include "common/enumnames.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

// Texts are looked up as PortProbeText::tr("...") so that lupdate sees each one with its context.
struct PortProbeText
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::PortProbe)
};

} // namespace

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Works:
        return QStringLiteral("works");
    case ProbeOutcome::Refused:
        return QStringLiteral("refused");
    case ProbeOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case ProbeOutcome::WrongMode:
        return QStringLiteral("wrong_mode");
    case ProbeOutcome::Certificate:
        return QStringLiteral("certificate");
    case ProbeOutcome::Interception:
        return QStringLiteral("interception");
    case ProbeOutcome::Error:
        return QStringLiteral("error");
    }
    return QString();
}

std::optional<ProbeOutcome> probeOutcomeFromName(const QString &name)
{
    return enumFromName(name,
                        {ProbeOutcome::Works, ProbeOutcome::Refused, ProbeOutcome::NoAnswer,
                         ProbeOutcome::WrongMode, ProbeOutcome::Certificate,
                         ProbeOutcome::Interception, ProbeOutcome::Error},
                        probeOutcomeName);
}

QString probeOutcomeLabel(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Works:
        return PortProbeText::tr("Works");
    case ProbeOutcome::Refused:
        return PortProbeText::tr("Refused");
    case ProbeOutcome::NoAnswer:
        return PortProbeText::tr("No answer");
    case ProbeOutcome::WrongMode:
        return PortProbeText::tr("Wrong security mode");
    case ProbeOutcome::Certificate:
        return PortProbeText::tr("Certificate problem");
    case ProbeOutcome::Interception:
        return PortProbeText::tr("TLS interception");
    case ProbeOutcome::Error:
        return PortProbeText::tr("Error");
    }
    return QString();
}

} // namespace Sendcheck
