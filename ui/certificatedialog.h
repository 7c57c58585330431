// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/tlsinfo.h"

#include <QDialog>

class QPushButton;

namespace Sendcheck {

// Shown when a server's certificate did not verify: the certificate, what is wrong with it,
// and an explicit choice. Trusting it pins its SHA-256 fingerprint in the profile; nothing is
// ever accepted silently. The dialog is opened with open(), never exec(), so the session and
// tests keep running.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const TlsInfo &tls, const QString &host, QWidget *parent = nullptr);

    // The fingerprint that "trust" pins: the server's own certificate, lower-case hex.
    [[nodiscard]] QByteArray fingerprint() const { return m_fingerprint; }
    [[nodiscard]] QPushButton *trustButton() const { return m_trust; }

private:
    QByteArray m_fingerprint;
    QPushButton *m_trust = nullptr;
};

} // namespace Sendcheck
