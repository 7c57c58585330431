// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"

#include "profiles/profile.h"
#include "tlstext.h"
#include "transcript/transcriptentry.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sendcheck {

CertificateDialog::CertificateDialog(const TlsInfo &tls, const QString &host, quint16 port,
                                     QWidget *parent)
    : QDialog(parent), m_host(host.trimmed()), m_port(port)
{
    const QString server = visibleText(QStringLiteral("%1:%2").arg(m_host).arg(m_port));
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate not trusted"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The server %1 showed a certificate that this computer cannot verify. This is what a "
           "lab server with its own certificate looks like, and also what an attacker in the "
           "middle looks like. Trust it only if you know this is your server's certificate: "
           "compare the SHA-256 fingerprint with the one your administrator gives you. It will "
           "be trusted for %1 only, not for any other server or port.")
            .arg(server),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!tls.errors.isEmpty()) {
        auto *errors = new QLabel(
            tr("Problems: %1").arg(visibleText(tls.errors.join(QStringLiteral("; ")))), this);
        errors->setObjectName(QStringLiteral("certificateErrors"));
        errors->setTextFormat(Qt::PlainText);
        errors->setWordWrap(true);
        QFont bold = errors->font();
        bold.setBold(true);
        errors->setFont(bold);
        layout->addWidget(errors);
    }
    auto *details = new QPlainTextEdit(this);
    details->setObjectName(QStringLiteral("certificateDetails"));
    details->setAccessibleName(tr("Certificate details"));
    details->setAccessibleDescription(
        tr("The encryption in use, what did not verify, and each certificate the server showed: "
           "who it names, who issued it, how long it is valid and its SHA-256 fingerprint."));
    details->setReadOnly(true);
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setPlainText(TlsText::details(tls));
    details->setMinimumSize(560, 220);
    layout->addWidget(details, 1);

    if (!tls.chain.isEmpty())
        m_fingerprint = Profile::normalizeSha256(tls.chain.first().sha256).value_or(QByteArray());

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this certificate for %1").arg(server),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setAccessibleName(tr("Trust this certificate for %1").arg(server));
    m_trust->setAccessibleDescription(
        tr("Keeps this certificate's SHA-256 fingerprint in the profile: from then on this "
           "certificate is accepted for %1, and only there, although it does not verify.")
            .arg(server));
    m_trust->setEnabled(!m_fingerprint.isEmpty());
    QPushButton *reject = buttons->addButton(tr("&Do not trust"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectCertificate"));
    reject->setAccessibleName(tr("Do not trust this certificate"));
    reject->setAccessibleDescription(
        tr("Closes this dialog and changes nothing: the certificate stays untrusted."));
    reject->setDefault(true); // the safe choice is the one Enter picks
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace Sendcheck
