// SPDX-License-Identifier: GPL-3.0-or-later
#include "cafile.h"

#include <QDir>
#include <QFile>

namespace Sendcheck {

std::optional<QList<QSslCertificate>> CaFile::read(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The CA file %1 cannot be read: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    // One byte more than allowed tells "too large" apart from "exactly the limit"; a device
    // like /dev/zero reports no size, so the read itself is what is bounded.
    const QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes) {
        *error = tr("The CA file %1 is larger than %2 KiB, which no file of CA certificates is; "
                    "it was not used.")
                     .arg(shown)
                     .arg(maxBytes / 1024);
        return std::nullopt;
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(content, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(content, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty()) {
        *error
            = tr("The CA file %1 holds no certificate (PEM or DER); it was not used.").arg(shown);
        return std::nullopt;
    }
    return certificates;
}

} // namespace Sendcheck
