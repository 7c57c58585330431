// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Sendcheck {

// One thing that is not what it was in the last successful run.
struct RunDifference
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::RunDifference)

public:
    enum class Area { Settings, Tls, Certificate, Capabilities, Banner };

    Area area = Area::Settings;
    // A stable id: "host", "port", "security", "auth", "user", "sign_in", "from", "ehlo_name",
    // "ca_file", "pins", "allow_plain_auth", "timeout_seconds", "tls.used",
    // "tls.protocol", "tls.cipher", "tls.verified", "certificate.sha256",
    // "certificate.subject", "certificate.issuer", "certificate.not_after", "certificate.chain",
    // "capability", "banner".
    QString field;
    QString before; // in the last successful run; empty: not there
    QString after; // in this run; empty: not there

    // "settings", "tls", "certificate", "capabilities", "banner".
    [[nodiscard]] static QString areaName(Area area);
    // What `field` is, in words ("Port", "TLS version", "Certificate (SHA-256)").
    [[nodiscard]] QString label() const;
    // {area, field, before, after}
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const RunDifference &, const RunDifference &) = default;
};

} // namespace Sendcheck
