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
        result = CredentialResult {*m_failure, {}, tr("Simulated credential store failure.")};
    }
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
}

void MemoryCredentialStore::readKey(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.find(key);
    if (it == m_secrets.end() || m_failure)
        finish(context, std::move(done),
               {CredentialResult::Status::NotFound, {}, tr("Nothing saved.")});
    else
        finish(context, std::move(done),
               {CredentialResult::Status::Ok, SecretBuffer(it->second.view()), QString()});
}

void MemoryCredentialStore::writeKey(const QString &key, QByteArrayView secret, QObject *context,
                                     Callback done)
{
    if (!m_failure)
        m_secrets.insert_or_assign(key, SecretBuffer(secret));
    finish(context, std::move(done), {CredentialResult::Status::Ok, {}, QString()});
}

void MemoryCredentialStore::removeKey(const QString &key, QObject *context, Callback done)
{
    const bool removed = !m_failure && m_secrets.erase(key) > 0;
    finish(context, std::move(done),
           {removed ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound,
            {},
            QString()});
}

} // namespace Sendcheck
