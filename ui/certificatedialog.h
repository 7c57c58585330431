// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/tlsinfo.h"

#include <QDialog>

class QPushButton;

namespace Sendcheck {

// Shown when a server's certificate did not verify: the server (host and port), the
// certificate, what is wrong with it, and an explicit choice. Trusting it pins its SHA-256
// fingerprint in the profile for that host and port only; nothing is ever accepted silently. The
// dialog is opened with open(), never exec(), so the session and tests keep running.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const TlsInfo &tls, const QString &host, quint16 port,
                      QWidget *parent = nullptr);

    // The fingerprint that "trust" pins: the server's own certificate, lower-case hex.
    [[nodiscard]] QByteArray fingerprint() const { return m_fingerprint; }
    [[nodiscard]] QPushButton *trustButton() const { return m_trust; }
    // The server the pin is for.
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_fingerprint;
    QPushButton *m_trust = nullptr;
};

} // namespace Sendcheck
