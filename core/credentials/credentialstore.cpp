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

SecretBuffer CredentialStore::wrap(const QString &profileId, Kind kind, QByteArrayView secret)
{
    // Each transient copy is overwritten once the next holds it; the JSON object's own storage
    // is Qt's and freed as it is.
    QByteArray base64 = secret.toByteArray().toBase64();
    QString text = QString::fromLatin1(base64);
    SecretBuffer::wipeShared(base64);
    const QJsonObject record {{recordMarker, 1},
                              {QStringLiteral("profile"), profileId},
                              {QStringLiteral("kind"), kindName(kind)},
                              {QStringLiteral("secret"), text}};
    SecretBuffer::wipeShared(text);
    QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Compact);
    return SecretBuffer::takeFrom(json);
}

std::optional<SecretBuffer> CredentialStore::unwrap(QByteArrayView stored, const QString &profileId,
                                                    Kind kind, bool *legacy)
{
    *legacy = false;
    // Read in place: no copy of `stored`.
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(stored.data(), stored.size()));
    const QJsonObject record = document.object();
    if (!document.isObject() || !record.contains(recordMarker)) {
        // A bare secret from before the record: the key it was found under (built from a valid
        // id) is the only thing that says whose it is, and it names exactly one profile and kind.
        *legacy = true;
        return SecretBuffer(stored);
    }
    if (record.value(recordMarker).toInt() != 1
        || record.value(QStringLiteral("profile")).toString() != profileId
        || record.value(QStringLiteral("kind")).toString() != kindName(kind)
        || !record.value(QStringLiteral("secret")).isString())
        return std::nullopt;
    QString text = record.value(QStringLiteral("secret")).toString();
    QByteArray base64 = text.toLatin1();
    SecretBuffer::wipeShared(text);
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    SecretBuffer::wipeShared(base64);
    if (!decoded) {
        SecretBuffer::wipeShared(decoded.decoded);
        return std::nullopt;
    }
    return SecretBuffer::takeFrom(decoded.decoded);
}

void CredentialStore::refuseId(const QString &profileId, QObject *context, Callback done)
{
    qCWarning(lcCredentialRecords) << "refused a keychain access for an invalid profile id";
    CredentialResult result {
        CredentialResult::Status::Error,
        {},
        tr("The profile id \"%1\" is not one Sendcheck issued, so no saved secret is used for "
           "it. Import or re-create the profile to give it a new id.")
            .arg(profileId.left(80))};
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
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
                auto secret = unwrap(result.secret.view(), profileId, kind, &legacy);
                if (!secret) {
                    qCWarning(lcCredentialRecords)
                        << "key" << key << "holds a record for another profile or kind";
                    result = CredentialResult {
                        CredentialResult::Status::Error,
                        {},
                        tr("The keyring entry \"%1\" was not written for this "
                           "profile's %2, so it was not used. Save the secret again.")
                            .arg(key, kind == Kind::OAuthTokens ? tr("sign-in") : tr("password"))};
                } else {
                    result.secret = std::move(*secret); // the record's buffer is wiped here
                    if (legacy) {
                        // Rewritten as a record; the answer does not wait for it.
                        qCInfo(lcCredentialRecords) << "key" << key << "migrated to a record";
                        writeKey(key, wrap(profileId, kind, result.secret.view()).view(), this,
                                 [](const CredentialResult &) {});
                    }
                }
            }
            if (guard)
                done(std::move(result));
        });
}

void CredentialStore::writeRecord(const QString &profileId, Kind kind, QByteArrayView secret,
                                  QObject *context, Callback done)
{
    if (!isValidProfileId(profileId)) {
        refuseId(profileId, context, std::move(done));
        return;
    }
    const QString key
        = kind == Kind::OAuthTokens ? oauthTokensKey(profileId) : secretKey(profileId);
    const SecretBuffer record = wrap(profileId, kind, secret);
    writeKey(key, record.view(), context, std::move(done));
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

void CredentialStore::write(const QString &profileId, QByteArrayView secret, QObject *context,
                            Callback done)
{
    writeRecord(profileId, Kind::Password, secret, context, std::move(done));
}

void CredentialStore::readOAuthTokens(const QString &profileId, QObject *context, Callback done)
{
    readRecord(profileId, Kind::OAuthTokens, context, std::move(done));
}

void CredentialStore::writeOAuthTokens(const QString &profileId, QByteArrayView serialized,
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
              [this, guard, profileId, done = std::move(done)](CredentialResult first) {
                  if (first.status == CredentialResult::Status::Unavailable) {
                      if (guard)
                          done(std::move(first));
                      return;
                  }
                  // A removal carries no secret: its status and message are all there is.
                  removeKey(oauthTokensKey(profileId), this,
                            [guard, firstStatus = first.status, firstMessage = first.message,
                             done](CredentialResult second) {
                                if (!guard)
                                    return;
                                const auto fine = [](CredentialResult::Status status) {
                                    return status == CredentialResult::Status::Ok
                                        || status == CredentialResult::Status::NotFound;
                                };
                                // Ok when either entry was there; NotFound only when neither.
                                if (fine(firstStatus)
                                    && (!fine(second.status)
                                        || firstStatus != CredentialResult::Status::Ok)) {
                                    done(std::move(second));
                                    return;
                                }
                                done(CredentialResult {firstStatus, {}, firstMessage});
                            });
              });
}

} // namespace Sendcheck
