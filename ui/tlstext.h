// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/tlsinfo.h"

#include <QCoreApplication>

namespace Sendcheck {

// TLS facts as plain text for people: the verdict panel, the certificate dialog, copies.
class TlsText
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::TlsText)

public:
    [[nodiscard]] static QString details(const TlsInfo &tls);
    [[nodiscard]] static QString certificate(const CertificateInfo &certificate);
    [[nodiscard]] static QString verification(const TlsInfo &tls);
};

} // namespace Sendcheck
