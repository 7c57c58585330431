// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sendcheck {

// A certificate the user chose to trust, for one server: its SHA-256 fingerprint and the host
// and port it was trusted for. It never applies to another name or port.
struct CertificatePin
{
    QString host; // as the profile names the server; compared without regard to case
    quint16 port = 0;
    QByteArray sha256; // lowercase hex, 64 digits, no colons

    [[nodiscard]] bool isFor(const QString &otherHost, quint16 otherPort) const
    {
        return port == otherPort && !host.isEmpty()
            && host.compare(otherHost.trimmed(), Qt::CaseInsensitive) == 0;
    }

    // {"host", "port", "sha256"}: the form in profiles.json, export files and reports.
    [[nodiscard]] QJsonObject toJson() const
    {
        return {{QStringLiteral("host"), host},
                {QStringLiteral("port"), int(port)},
                {QStringLiteral("sha256"), QString::fromLatin1(sha256)}};
    }

    // The fingerprints among `pins` trusted for `otherHost` and `otherPort`, each once.
    [[nodiscard]] static QList<QByteArray>
    fingerprintsFor(const QList<CertificatePin> &pins, const QString &otherHost, quint16 otherPort)
    {
        QList<QByteArray> result;
        for (const CertificatePin &pin : pins) {
            if (pin.isFor(otherHost, otherPort) && !result.contains(pin.sha256))
                result.append(pin.sha256);
        }
        return result;
    }

    friend bool operator==(const CertificatePin &, const CertificatePin &) = default;
};

} // namespace Sendcheck
