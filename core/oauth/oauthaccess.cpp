// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthaccess.h"

#include "oauthrefresh.h"

#include "credentials/credentialstore.h"
#include "profiles/profile.h"

#include <QPointer>

namespace Sendcheck {

namespace {

OAuthOutcome keychainFailure(const CredentialResult &result)
{
    return OAuthOutcome::failure(OAuthOutcome::Status::KeychainError, result.message);
}

} // namespace

OAuthAccess::OAuthAccess(CredentialStore *store, QObject *parent) : QObject(parent), m_store(store)
{ }

void OAuthAccess::saved(const Profile &profile, QObject *context, Callback done)
{
    const QString name = profile.name;
    m_store->readOAuthTokens(
        profile.id, context, [name, done = std::move(done)](const CredentialResult &result) {
            if (result.status == CredentialResult::Status::NotFound) {
                done(OAuthOutcome::failure(
                    OAuthOutcome::Status::NotSignedIn,
                    tr("\"%1\" is not signed in. Use \"Sign in with ...\" first. (If your "
                       "keyring is locked, unlock it: a locked keyring looks the same.)")
                        .arg(name)));
                return;
            }
            if (!result.ok()) {
                done(keychainFailure(result));
                return;
            }
            auto tokens = OAuthTokens::parse(result.secret.rawView());
            if (!tokens) {
                done(OAuthOutcome::failure(OAuthOutcome::Status::NotSignedIn,
                                           tr("The saved sign-in of \"%1\" is damaged and "
                                              "cannot be used. Sign in again.")
                                               .arg(name)));
                return;
            }
            OAuthOutcome outcome;
            outcome.tokens = std::move(*tokens);
            done(outcome);
        });
}

void OAuthAccess::signedIn(const Profile &profile, const OAuthConfig &config, QObject *context,
                           Callback done)
{
    const QString name = profile.name;
    saved(profile, context, [name, config, done = std::move(done)](const OAuthOutcome &stored) {
        if (stored.ok() && !stored.tokens.issuedFor(config)) {
            // Never treat one provider's (or app's) tokens as a sign-in with another.
            done(OAuthOutcome::failure(OAuthOutcome::Status::NotSignedIn,
                                       tr("The saved sign-in of \"%1\" was made with another "
                                          "provider or app registration. Sign in again.")
                                           .arg(name)));
            return;
        }
        done(stored);
    });
}

void OAuthAccess::usableTokens(const Profile &profile, const OAuthConfig &config, QObject *context,
                               Callback done)
{
    QPointer<QObject> guard(context);
    signedIn(profile, config, this,
             [this, guard, profile, config, done = std::move(done)](const OAuthOutcome &stored) {
                 if (!guard)
                     return;
                 if (!stored.ok()
                     || stored.tokens.accessTokenUsable(QDateTime::currentDateTimeUtc())) {
                     done(stored);
                     return;
                 }
                 auto *refresh = new OAuthRefresh(config, stored.tokens, this);
                 refresh->setTimeout(m_refreshTimeout);
                 const QByteArray renewedWith = stored.tokens.refreshToken;
                 connect(refresh, &OAuthRefresh::finished, this,
                         [this, guard, profile, refresh, done,
                          renewedWith](const OAuthOutcome &renewed) {
                             refresh->deleteLater();
                             if (!guard)
                                 return;
                             if (!renewed.ok()) {
                                 done(renewed);
                                 return;
                             }
                             saveRenewed(profile, renewed, renewedWith, guard.data(), done);
                         });
                 refresh->start();
             });
}

void OAuthAccess::saveRenewed(const Profile &profile, const OAuthOutcome &renewed,
                              const QByteArray &renewedWith, QObject *context, Callback done)
{
    // The provider may have rotated the refresh token: save before use, or the next renewal
    // would present a dead one. But a sign-in made meanwhile (in the window, by another
    // command) wins: its tokens are newer than these, which then serve this one send only.
    saved(profile, context,
          [this, profile, renewed, renewedWith, context, done](const OAuthOutcome &current) {
              if (current.ok() && current.tokens.refreshToken != renewedWith) {
                  done(renewed);
                  return;
              }
              save(profile, renewed.tokens, context, [renewed, done](const OAuthOutcome &saved) {
                  if (saved.ok()) {
                      done(saved);
                      return;
                  }
                  // The renewed token still works for this send; say why the next one
                  // will need another renewal.
                  OAuthOutcome usable = renewed;
                  usable.message = tr("The renewed sign-in could not be saved in the keychain "
                                      "(%1); it is used for this send only.")
                                       .arg(saved.message);
                  done(usable);
              });
          });
}

void OAuthAccess::save(const Profile &profile, const OAuthTokens &tokens, QObject *context,
                       Callback done)
{
    m_store->writeOAuthTokens(profile.id, tokens.serialize(), context,
                              [tokens, done = std::move(done)](const CredentialResult &result) {
                                  if (!result.ok()) {
                                      done(keychainFailure(result));
                                      return;
                                  }
                                  OAuthOutcome outcome;
                                  outcome.tokens = tokens;
                                  done(outcome);
                              });
}

void OAuthAccess::signOut(const Profile &profile, QObject *context, Callback done)
{
    m_store->removeOAuthTokens(
        profile.id, context, [done = std::move(done)](const CredentialResult &result) {
            if (result.ok() || result.status == CredentialResult::Status::NotFound)
                done(OAuthOutcome());
            else
                done(keychainFailure(result));
        });
}

Credentials OAuthAccess::credentialsFor(const Profile &profile, const OAuthTokens &tokens)
{
    Credentials credentials;
    credentials.kind = Credentials::Kind::OAuthToken;
    credentials.userName
        = profile.userName.trimmed().isEmpty() ? tokens.account : profile.userName.trimmed();
    // The access token's own buffer from here to the SASL exchange. The tokens themselves stay
    // an OAuthTokens value (shared QByteArrays in the outcome copies), not wiped from here.
    credentials.secret = SecretBuffer(tokens.accessToken);
    credentials.grantedScopes = tokens.grantedScopes;
    credentials.signedInAccount = tokens.account;
    return credentials;
}

} // namespace Sendcheck
