// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QPointer>

namespace Sendcheck {

QString CredentialStore::secretKey(const QString &profileId)
{
    return QStringLiteral("profile/") + profileId;
}

QString CredentialStore::oauthTokensKey(const QString &profileId)
{
    return secretKey(profileId) + QStringLiteral("/oauth");
}

void CredentialStore::read(const QString &profileId, QObject *context, Callback done)
{
    readKey(secretKey(profileId), context, std::move(done));
}

void CredentialStore::write(const QString &profileId, const QByteArray &secret, QObject *context,
                            Callback done)
{
    writeKey(secretKey(profileId), secret, context, std::move(done));
}

void CredentialStore::readOAuthTokens(const QString &profileId, QObject *context, Callback done)
{
    readKey(oauthTokensKey(profileId), context, std::move(done));
}

void CredentialStore::writeOAuthTokens(const QString &profileId, const QByteArray &serialized,
                                       QObject *context, Callback done)
{
    writeKey(oauthTokensKey(profileId), serialized, context, std::move(done));
}

void CredentialStore::removeOAuthTokens(const QString &profileId, QObject *context, Callback done)
{
    removeKey(oauthTokensKey(profileId), context, std::move(done));
}

void CredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    // The password first; then the tokens, whose absence is normal.
    QPointer<QObject> guard(context);
    removeKey(secretKey(profileId), this,
              [this, guard, profileId, done = std::move(done)](const CredentialResult &first) {
                  if (first.status == CredentialResult::Status::Unavailable) {
                      if (guard)
                          done(first);
                      return;
                  }
                  removeKey(oauthTokensKey(profileId), this,
                            [guard, first, done](const CredentialResult &second) {
                                if (!guard)
                                    return;
                                const auto fine = [](const CredentialResult &result) {
                                    return result.ok()
                                        || result.status == CredentialResult::Status::NotFound;
                                };
                                // Ok when either entry was there; NotFound only when neither.
                                if (!fine(first))
                                    done(first);
                                else if (!fine(second))
                                    done(second);
                                else
                                    done(first.ok() ? first : second);
                            });
              });
}

} // namespace Sendcheck
