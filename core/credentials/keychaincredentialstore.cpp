// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "sendcheck.credentials", QtInfoMsg)

namespace Sendcheck {

namespace {

CredentialResult resultFor(const QKeychain::Job *job)
{
    using Status = CredentialResult::Status;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return {Status::Ok, {}, QString()};
    case QKeychain::EntryNotFound:
        return {Status::NotFound,
                {},
                KeychainCredentialStore::tr(
                    "No saved password was found in the keyring. If your keyring is locked, "
                    "unlock it and try again: a locked keyring gives the same answer.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Status::AccessDenied,
                {},
                KeychainCredentialStore::tr("The keyring refused access (it may be locked): %1")
                    .arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {Status::Unavailable,
                {},
                KeychainCredentialStore::tr(
                    "Secure storage is unavailable (%1). The password can only be used for "
                    "this session; nothing was written to disk.")
                    .arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
        return {
            Status::Error,
            {},
            KeychainCredentialStore::tr("The keyring could not delete the entry: %1").arg(detail)};
    }
    return {Status::Error, {}, detail};
}

// Hands the job's result to `done` once, unless the caller's context has gone.
template<typename Job, typename Extract>
void whenFinished(Job *job, QObject *context, CredentialStore::Callback done, Extract extract)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, done = std::move(done), extract](QKeychain::Job *finished) {
                         CredentialResult result = resultFor(finished);
                         qCDebug(lcCredentials)
                             << "key" << finished->key() << "status" << int(result.status);
                         if (result.ok())
                             extract(static_cast<Job *>(finished), result);
                         if (guard)
                             done(std::move(result));
                     });
}

template<typename Job> Job *makeJob(QObject *parent, const QString &key)
{
    auto *job = new Job(KeychainCredentialStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file, whatever the platform default
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent) { }

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("sendcheck");
}

void KeychainCredentialStore::readKey(const QString &key, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    whenFinished(job, context, std::move(done),
                 [](QKeychain::ReadPasswordJob *finished, CredentialResult &result) {
                     // Into the one buffer; then the copies QtKeychain handed out are
                     // overwritten: textData() is a QString of its own, binaryData() shares the
                     // job's data (the job is finished and deletes itself after this signal).
                     QString text = finished->textData();
                     result.secret = SecretBuffer::takeUtf8(text);
                     QByteArray jobData = finished->binaryData();
                     SecretBuffer::wipeShared(jobData);
                 });
    job->start();
}

void KeychainCredentialStore::writeKey(const QString &key, QByteArrayView secret, QObject *context,
                                       Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    // The job keeps its own UTF-8 copy until it is deleted; it gives no way to reach it. The
    // QString handed to it is overwritten here.
    QString text = QString::fromUtf8(secret);
    job->setTextData(text);
    SecretBuffer::wipeShared(text);
    whenFinished(job, context, std::move(done),
                 [](QKeychain::WritePasswordJob *, CredentialResult &) {});
    job->start();
}

void KeychainCredentialStore::removeKey(const QString &key, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    whenFinished(job, context, std::move(done),
                 [](QKeychain::DeletePasswordJob *, CredentialResult &) {});
    job->start();
}

} // namespace Sendcheck
