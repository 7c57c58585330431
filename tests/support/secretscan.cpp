// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QUrl>

#include <utility>

namespace TestSupport {

namespace {

constexpr qsizetype minimumSecretLength = 6;
constexpr qsizetype minimumSignatureLength = 8;

struct Needle
{
    QString description;
    QByteArray bytes;
};

// The base64 characters that depend on `secret` alone when it starts `alignment` bytes into a
// longer encoded text: the groups it shares with its neighbours are cut off, the rest appears
// verbatim in any base64 text that carries the secret at that alignment.
QByteArray base64Signature(const QByteArray &secret, int alignment,
                           QByteArray::Base64Options options)
{
    const QByteArray padded = QByteArray(alignment, '\0') + secret;
    const QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype begin = alignment == 0 ? 0 : 4;
    const qsizetype end = (padded.size() / 3) * 4;
    return end > begin ? encoded.mid(begin, end - begin) : QByteArray();
}

QList<Needle> needles(const QByteArray &user, const QByteArray &secret)
{
    QList<Needle> list;
    const auto add = [&list](const QString &description, const QByteArray &bytes) {
        if (bytes.size() < minimumSignatureLength)
            return;
        for (const Needle &existing : std::as_const(list)) {
            if (existing.bytes == bytes)
                return;
        }
        list.append({description, bytes});
    };

    add(QStringLiteral("the secret in plain text"), secret);
    add(QStringLiteral("the secret URL-encoded"),
        QUrl::toPercentEncoding(QString::fromUtf8(secret)));
    add(QStringLiteral("the secret form-encoded"),
        QUrl::toPercentEncoding(QString::fromUtf8(secret), " ").replace(' ', '+'));
    add(QStringLiteral("the secret as hex"), secret.toHex());
    add(QStringLiteral("the secret as upper-case hex"), secret.toHex().toUpper());

    // Whole payloads first, so a finding names the most telling form.
    const QByteArray plain = QByteArray(1, '\0') + user + QByteArray(1, '\0') + secret;
    const QByteArray plainAuthz = user + plain;
    const QByteArray userSecret = user + QByteArray(1, '\0') + secret;
    const QByteArray xoauth2 = "user=" + user
        + "\x01"
          "auth=Bearer "
        + secret + "\x01\x01";
    add(QStringLiteral("base64 of the AUTH PLAIN payload (\\0user\\0secret)"), plain.toBase64());
    add(QStringLiteral("base64 of the AUTH PLAIN payload with authzid (user\\0user\\0secret)"),
        plainAuthz.toBase64());
    add(QStringLiteral("base64 of user\\0secret"), userSecret.toBase64());
    add(QStringLiteral("base64 of user:secret (HTTP Basic)"), (user + ':' + secret).toBase64());
    add(QStringLiteral("base64 of the XOAUTH2 payload"), xoauth2.toBase64());
    add(QStringLiteral("base64 of the secret (as AUTH LOGIN sends it)"), secret.toBase64());

    for (int alignment = 0; alignment < 3; ++alignment) {
        add(QStringLiteral("base64 text carrying the secret (alignment %1)").arg(alignment),
            base64Signature(secret, alignment, QByteArray::Base64Encoding));
        add(QStringLiteral("base64url text carrying the secret (alignment %1)").arg(alignment),
            base64Signature(secret, alignment, QByteArray::Base64UrlEncoding));
    }
    return list;
}

} // namespace

QStringList findSecretLeaks(const QByteArray &haystack, const QByteArray &user,
                            const QByteArray &secret)
{
    if (secret.size() < minimumSecretLength) {
        return {QStringLiteral("secret scan refused: a secret of %1 bytes is too short to "
                               "search for meaningfully (use at least %2)")
                    .arg(secret.size())
                    .arg(minimumSecretLength)};
    }
    QStringList findings;
    const QList<Needle> list = needles(user, secret);
    for (const Needle &needle : list) {
        const qsizetype offset = haystack.indexOf(needle.bytes);
        if (offset < 0)
            continue;
        qsizetype count = 0;
        for (qsizetype at = offset; at >= 0; at = haystack.indexOf(needle.bytes, at + 1))
            ++count;
        findings.append(QStringLiteral("%1 at offset %2 (%3 time(s))")
                            .arg(needle.description)
                            .arg(offset)
                            .arg(count));
    }
    return findings;
}

QStringList findSecretLeaksInDirectory(const QString &directory, const QByteArray &user,
                                       const QByteArray &secret)
{
    QStringList findings;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            findings.append(
                QStringLiteral("%1: cannot be read to scan it: %2").arg(path, file.errorString()));
            continue;
        }
        const QStringList inFile = findSecretLeaks(file.readAll(), user, secret);
        for (const QString &finding : inFile)
            findings.append(path + QStringLiteral(": ") + finding);
    }
    return findings;
}

} // namespace TestSupport
