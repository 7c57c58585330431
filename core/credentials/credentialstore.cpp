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
    switch (kind) {
    case CredentialStore::Kind::OAuthTokens:
        return QStringLiteral("oauth");
    case CredentialStore::Kind::ImapPassword:
        return QStringLiteral("imap");
    case CredentialStore::Kind::Password:
        break;
    }
    return QStringLiteral("password");
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
    const QString key = keyFor(profileId, kind);
    QPointer<QObject> guard(context);
    readKey(key, this,
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
                                .arg(key,
                                     kind == Kind::OAuthTokens        ? tr("sign-in")
                                         : kind == Kind::ImapPassword ? tr("mailbox password")
                                                                      : tr("password"))};
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
    const QString key = keyFor(profileId, kind);
    const SecretBuffer record = wrap(profileId, kind, secret);
    writeKey(key, record.view(), context, std::move(done));
}

QString CredentialStore::keyFor(const QString &profileId, Kind kind)
{
    switch (kind) {
    case Kind::OAuthTokens:
        return oauthTokensKey(profileId);
    case Kind::ImapPassword:
        return imapPasswordKey(profileId);
    case Kind::Password:
        break;
    }
    return secretKey(profileId);
}

QString CredentialStore::secretKey(const QString &profileId)
{
    return QStringLiteral("profile/") + profileId;
}

QString CredentialStore::oauthTokensKey(const QString &profileId)
{
    return secretKey(profileId) + QStringLiteral("/oauth");
}

QString CredentialStore::imapPasswordKey(const QString &profileId)
{
    return secretKey(profileId) + QStringLiteral("/imap");
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

void CredentialStore::readImapPassword(const QString &profileId, QObject *context, Callback done)
{
    readRecord(profileId, Kind::ImapPassword, context, std::move(done));
}

void CredentialStore::writeImapPassword(const QString &profileId, QByteArrayView secret,
                                        QObject *context, Callback done)
{
    writeRecord(profileId, Kind::ImapPassword, secret, context, std::move(done));
}

void CredentialStore::removeImapPassword(const QString &profileId, QObject *context, Callback done)
{
    if (!isValidProfileId(profileId)) {
        refuseId(profileId, context, std::move(done));
        return;
    }
    removeKey(imapPasswordKey(profileId), context, std::move(done));
}

void CredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    if (!isValidProfileId(profileId)) {
        refuseId(profileId, context, std::move(done));
        return;
    }
    // The password first; then the tokens and the mailbox's password, whose absence is normal.
    removeKeys({secretKey(profileId), oauthTokensKey(profileId), imapPasswordKey(profileId)},
               CredentialResult::Status::NotFound, QString(), QPointer(context), std::move(done));
}

void CredentialStore::removeKeys(QStringList keys, CredentialResult::Status status,
                                 const QString &message, QPointer<QObject> context, Callback done)
{
    if (keys.isEmpty()) {
        if (context)
            done(CredentialResult {status, {}, message});
        return;
    }
    const QString key = keys.takeFirst();
    // A removal carries no secret: its status and message are all there is.
    removeKey(key, this, [this, keys, status, message, context, done](CredentialResult result) {
        const auto fine = [](CredentialResult::Status answer) {
            return answer == CredentialResult::Status::Ok
                || answer == CredentialResult::Status::NotFound;
        };
        if (result.status == CredentialResult::Status::Unavailable) {
            if (context)
                done(std::move(result));
            return;
        }
        // Ok when any entry was there; NotFound only when none; the first error wins.
        if (fine(status) && (!fine(result.status) || result.status == CredentialResult::Status::Ok))
            removeKeys(keys, result.status, result.message, context, done);
        else
            removeKeys(keys, status, message, context, done);
    });
}

} // namespace Sendcheck
