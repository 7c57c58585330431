// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace Sendcheck {

namespace {

Q_LOGGING_CATEGORY(lcCredentialRecords, "sendcheck.credentials.records", QtInfoMsg)

const QLatin1String recordMarker("sendcheckSecret");

QString kindName(CredentialStore::Kind kind)
{
    return kind == CredentialStore::Kind::OAuthTokens ? QStringLiteral("oauth")
                                                      : QStringLiteral("password");
}

} // namespace

bool CredentialStore::isValidProfileId(const QString &profileId)
{
    const QUuid uuid = QUuid::fromString(profileId);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == profileId;
}

QByteArray CredentialStore::wrap(const QString &profileId, Kind kind, const QByteArray &secret)
{
    const QJsonObject record {{recordMarker, 1},
                              {QStringLiteral("profile"), profileId},
                              {QStringLiteral("kind"), kindName(kind)},
                              {QStringLiteral("secret"), QString::fromLatin1(secret.toBase64())}};
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> CredentialStore::unwrap(const QByteArray &stored,
                                                  const QString &profileId, Kind kind, bool *legacy)
{
    *legacy = false;
    const QJsonDocument document = QJsonDocument::fromJson(stored);
    const QJsonObject record = document.object();
    if (!document.isObject() || !record.contains(recordMarker)) {
        // A bare secret from before the record: the key it was found under (built from a valid
        // id) is the only thing that says whose it is, and it names exactly one profile and kind.
        *legacy = true;
        return stored;
    }
    if (record.value(recordMarker).toInt() != 1
        || record.value(QStringLiteral("profile")).toString() != profileId
        || record.value(QStringLiteral("kind")).toString() != kindName(kind)
        || !record.value(QStringLiteral("secret")).isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        record.value(QStringLiteral("secret")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

void CredentialStore::refuseId(const QString &profileId, QObject *context, Callback done)
{
    qCWarning(lcCredentialRecords) << "refused a keychain access for an invalid profile id";
    const CredentialResult result {
        CredentialResult::Status::Error, QByteArray(),
        tr("The profile id \"%1\" is not one Sendcheck issued, so no saved secret is used for "
           "it. Import or re-create the profile to give it a new id.")
            .arg(profileId.left(80))};
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void CredentialStore::readRecord(const QString &profileId, Kind kind, QObject *context,
                                 Callback done)
{
    if (!isValidProfileId(profileId)) {
        refuseId(profileId, context, std::move(done));
        return;
    }
    const QString key
        = kind == Kind::OAuthTokens ? oauthTokensKey(profileId) : secretKey(profileId);
    QPointer<QObject> guard(context);
    readKey(
        key, this,
        [this, guard, key, profileId, kind, done = std::move(done)](CredentialResult result) {
            if (result.ok()) {
                bool legacy = false;
                const auto secret = unwrap(result.secret, profileId, kind, &legacy);
                if (!secret) {
                    qCWarning(lcCredentialRecords)
                        << "key" << key << "holds a record for another profile or kind";
                    result = {
                        CredentialResult::Status::Error, QByteArray(),
                        tr("The keyring entry \"%1\" was not written for this "
                           "profile's %2, so it was not used. Save the secret again.")
                            .arg(key, kind == Kind::OAuthTokens ? tr("sign-in") : tr("password"))};
                } else {
                    result.secret = *secret;
                    if (legacy) {
                        // Rewritten as a record; the answer does not wait for it.
                        qCInfo(lcCredentialRecords) << "key" << key << "migrated to a record";
                        writeKey(key, wrap(profileId, kind, *secret), this,
                                 [](const CredentialResult &) {});
                    }
                }
            }
            if (guard)
                done(result);
        });
}

void CredentialStore::writeRecord(const QString &profileId, Kind kind, const QByteArray &secret,
                                  QObject *context, Callback done)
{
    if (!isValidProfileId(profileId)) {
        refuseId(profileId, context, std::move(done));
        return;
    }
    const QString key
        = kind == Kind::OAuthTokens ? oauthTokensKey(profileId) : secretKey(profileId);
    writeKey(key, wrap(profileId, kind, secret), context, std::move(done));
}

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
    readRecord(profileId, Kind::Password, context, std::move(done));
}

void CredentialStore::write(const QString &profileId, const QByteArray &secret, QObject *context,
                            Callback done)
{
    writeRecord(profileId, Kind::Password, secret, context, std::move(done));
}

void CredentialStore::readOAuthTokens(const QString &profileId, QObject *context, Callback done)
{
    readRecord(profileId, Kind::OAuthTokens, context, std::move(done));
}

void CredentialStore::writeOAuthTokens(const QString &profileId, const QByteArray &serialized,
                                       QObject *context, Callback done)
{
    writeRecord(profileId, Kind::OAuthTokens, serialized, context, std::move(done));
}

void CredentialStore::removeOAuthTokens(const QString &profileId, QObject *context, Callback done)
{
    if (!isValidProfileId(profileId)) {
        refuseId(profileId, context, std::move(done));
        return;
    }
    removeKey(oauthTokensKey(profileId), context, std::move(done));
}

void CredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    if (!isValidProfileId(profileId)) {
        refuseId(profileId, context, std::move(done));
        return;
    }
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
