// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycredentialstore.h"

#include <QTimer>

namespace Sendcheck {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent) : CredentialStore(parent) { }

void MemoryCredentialStore::simulateFailure(std::optional<CredentialResult::Status> status)
{
    m_failure = status;
}

void MemoryCredentialStore::finish(QObject *context, Callback done, CredentialResult result)
{
    if (m_failure) {
        result = CredentialResult {*m_failure, QByteArray(),
                                   tr("Simulated credential store failure.")};
    }
    QTimer::singleShot(0, context, [done = std::move(done), result]() { done(result); });
}

void MemoryCredentialStore::readKey(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd() || m_failure)
        finish(context, std::move(done),
               {CredentialResult::Status::NotFound, QByteArray(), tr("Nothing saved.")});
    else
        finish(context, std::move(done), {CredentialResult::Status::Ok, *it, QString()});
}

void MemoryCredentialStore::writeKey(const QString &key, const QByteArray &secret, QObject *context,
                                     Callback done)
{
    if (!m_failure)
        m_secrets.insert(key, secret);
    finish(context, std::move(done), {CredentialResult::Status::Ok, QByteArray(), QString()});
}

void MemoryCredentialStore::removeKey(const QString &key, QObject *context, Callback done)
{
    const bool removed = !m_failure && m_secrets.remove(key);
    finish(context, std::move(done),
           {removed ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound,
            QByteArray(), QString()});
}

} // namespace Sendcheck
