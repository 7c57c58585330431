// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/servercheck.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Sendcheck {

class DnsResolver;

// "Is this mail server healthy and trusted?": host and port (from the current profile,
// editable), an optional public address, the opt-in relay test with its two addresses, and
// the findings of a ServerCheck as rows with a status icon, what was found and what to do.
class ServerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPanel(QWidget *parent = nullptr);
    ~ServerPanel() override;

    void setServer(const QString &host, quint16 port);
    [[nodiscard]] QString host() const;
    [[nodiscard]] quint16 port() const;
    void setPublicAddress(const QString &address);
    void setRelayTest(bool on, const QString &from, const QString &to);
    // The resolver to ask (not owned); without one, the system's nameservers.
    void setResolver(DnsResolver *resolver);
    void setNote(const QString &text);
    // Starts a check with what the fields hold.
    void check();

Q_SIGNALS:
    void finished(const Sendcheck::ServerCheckResult &result);

private:
    void showResult(const ServerCheckResult &result);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_ip;
    QCheckBox *m_relay;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_checkButton;
    QLabel *m_status;
    QTreeWidget *m_rows;
    DnsResolver *m_resolver = nullptr;
    std::unique_ptr<DnsResolver> m_ownResolver;
    std::unique_ptr<ServerCheck> m_check;
};

} // namespace Sendcheck
