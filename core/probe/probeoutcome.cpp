// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeoutcome.h"

#include "common/enumnames.h"

#include <QCoreApplication>

namespace Sendcheck {

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
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Sendcheck::PortProbe", text);
    };
    switch (outcome) {
    case ProbeOutcome::Works:
        return tr("Works");
    case ProbeOutcome::Refused:
        return tr("Refused");
    case ProbeOutcome::NoAnswer:
        return tr("No answer");
    case ProbeOutcome::WrongMode:
        return tr("Wrong security mode");
    case ProbeOutcome::Certificate:
        return tr("Certificate problem");
    case ProbeOutcome::Interception:
        return tr("TLS interception");
    case ProbeOutcome::Error:
        return tr("Error");
    }
    return QString();
}

} // namespace Sendcheck
