// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverysource.h"

namespace Sendcheck {

QString DiscoverySource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Preset:
        return QStringLiteral("preset");
    case Kind::Mx:
        return QStringLiteral("mx");
    case Kind::Autoconfig:
        return QStringLiteral("autoconfig");
    case Kind::Ispdb:
        return QStringLiteral("ispdb");
    case Kind::Snapshot:
        return QStringLiteral("snapshot");
    case Kind::Srv:
        return QStringLiteral("srv");
    case Kind::Guess:
        return QStringLiteral("guess");
    }
    return QString();
}

QString DiscoverySource::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Found:
        return QStringLiteral("found");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::Untrusted:
        return QStringLiteral("untrusted");
    case Outcome::OtherDomain:
        return QStringLiteral("other_domain");
    case Outcome::Error:
        return QStringLiteral("error");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

QString DiscoverySource::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Address:
        return tr("Address");
    case Kind::Preset:
        return tr("Bundled presets");
    case Kind::Mx:
        return tr("MX records");
    case Kind::Autoconfig:
        return tr("Autoconfig file");
    case Kind::Ispdb:
        return tr("Thunderbird ISPDB");
    case Kind::Snapshot:
        return tr("ISPDB snapshot");
    case Kind::Srv:
        return tr("SRV record");
    case Kind::Guess:
        return tr("Guess");
    }
    return QString();
}

QString DiscoverySource::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("looking…");
    case Outcome::Found:
        return tr("found");
    case Outcome::NotFound:
        return tr("nothing there");
    case Outcome::Untrusted:
        return tr("untrusted (plain HTTP)");
    case Outcome::OtherDomain:
        return tr("for another domain");
    case Outcome::Error:
        return tr("failed");
    case Outcome::Skipped:
        return tr("skipped");
    }
    return QString();
}

QJsonObject DiscoverySource::toJson() const
{
    return QJsonObject {{QStringLiteral("kind"), kindName(kind)},
                        {QStringLiteral("url_or_name"), urlOrName},
                        {QStringLiteral("outcome"), outcomeName(outcome)},
                        {QStringLiteral("trusted"), trusted},
                        {QStringLiteral("detail"), detail}};
}

} // namespace Sendcheck
