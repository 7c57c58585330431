// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorypolicyfetcher.h"

#include <QPointer>
#include <QTimer>

namespace Sendcheck {

MemoryPolicyFetcher::MemoryPolicyFetcher(QObject *parent) : PolicyFetcher(parent) { }

void MemoryPolicyFetcher::addFile(const QString &host, const QString &path, const QByteArray &body)
{
    Outcome outcome;
    outcome.ok = true;
    outcome.httpStatus = 200;
    outcome.contentType = QStringLiteral("text/plain");
    outcome.body = body;
    setOutcome(host, path, outcome);
}

void MemoryPolicyFetcher::setOutcome(const QString &host, const QString &path,
                                     const Outcome &outcome)
{
    m_outcomes.insert(host.toLower() + path, outcome);
}

QString MemoryPolicyFetcher::source() const
{
    return tr("files held in memory");
}

void MemoryPolicyFetcher::fetch(const QString &host, const QString &path, QObject *context,
                                Callback done)
{
    const QString key = host.toLower() + path;
    m_fetched << key;
    Outcome outcome;
    if (m_outcomes.contains(key))
        outcome = m_outcomes.value(key);
    else
        outcome.error = tr("Could not connect to %1.").arg(host);
    QTimer::singleShot(0, context, [done = std::move(done), outcome]() { done(outcome); });
}

} // namespace Sendcheck
