// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <map>
#include <optional>

namespace Sendcheck {

// A CredentialStore in memory, for unit tests and for "keep it for this session only" when
// secure storage is unavailable. Answers asynchronously like the real keychain.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    // Makes every following call fail with `status` (Unavailable, AccessDenied, ...), or, with
    // std::nullopt, work again. Lets tests play a missing or locked keyring.
    void simulateFailure(std::optional<CredentialResult::Status> status);
    // Entries held (a password and a token entry count as two).
    [[nodiscard]] int size() const { return int(m_secrets.size()); }
    // The entry exactly as stored under `key` (a record, see CredentialStore), and a way to
    // put one there directly: what an older version (or anyone) left in the keyring.
    // (A copy for the test to compare; the store's own bytes are one SecretBuffer per entry.)
    [[nodiscard]] QByteArray rawEntry(const QString &key) const
    {
        const auto it = m_secrets.find(key);
        return it == m_secrets.end() ? QByteArray() : it->second.view().toByteArray();
    }
    void setRawEntry(const QString &key, const QByteArray &content)
    {
        m_secrets.insert_or_assign(key, SecretBuffer(content));
    }

protected:
    void readKey(const QString &key, QObject *context, Callback done) override;
    void writeKey(const QString &key, QByteArrayView secret, QObject *context,
                  Callback done) override;
    void removeKey(const QString &key, QObject *context, Callback done) override;

private:
    void finish(QObject *context, Callback done, CredentialResult result);

    std::map<QString, SecretBuffer> m_secrets; // each wiped when replaced or removed
    std::optional<CredentialResult::Status> m_failure;
};

} // namespace Sendcheck
