// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolvercheck.h"

#include <QHostInfo>
#include <QNetworkInformation>

namespace Sendcheck {

ResolverCheck::ResolverCheck(QObject *parent) : QObject(parent)
{
    m_limit.setSingleShot(true);
    // A resolver that does not answer a well-known name in time is not working either.
    connect(&m_limit, &QTimer::timeout, this, [this] { conclude(Outcome::Offline); });
}

ResolverCheck::~ResolverCheck()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

namespace {
constexpr char ControlNameVariable[] = "SENDCHECK_DNS_CONTROL_NAME";
}

QString ResolverCheck::defaultControlHost()
{
    if (qEnvironmentVariableIsSet(ControlNameVariable))
        return qEnvironmentVariable(ControlNameVariable).trimmed();
    return DefaultControlHost;
}

bool ResolverCheck::defaultUseNetworkInformation()
{
    return !qEnvironmentVariableIsSet(ControlNameVariable);
}

void ResolverCheck::start(std::chrono::milliseconds limit)
{
    if (isRunning())
        return;
    if (m_useNetworkInformation
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)
        && QNetworkInformation::instance()->reachability()
            == QNetworkInformation::Reachability::Disconnected) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(Outcome::Offline); }, Qt::QueuedConnection);
        return;
    }
    if (m_controlHost.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(Outcome::Unknown); }, Qt::QueuedConnection);
        return;
    }
    m_limit.start(limit);
    m_lookupId = QHostInfo::lookupHost(m_controlHost, this, &ResolverCheck::onLookedUp);
}

void ResolverCheck::onLookedUp(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId)
        return;
    conclude(info.error() == QHostInfo::NoError && !info.addresses().isEmpty() ? Outcome::Works
                                                                               : Outcome::Offline);
}

void ResolverCheck::conclude(Outcome outcome)
{
    if (m_lookupId < 0)
        return;
    if (m_limit.isActive())
        m_limit.stop();
    else
        QHostInfo::abortHostLookup(m_lookupId); // the limit passed first
    m_lookupId = -1;
    Q_EMIT finished(outcome);
}

} // namespace Sendcheck
