// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpanel.h"

#include "dns/unbounddnsresolver.h"
#include "svgicon.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sendcheck {

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_ip(new QLineEdit(this))
    , m_relay(new QCheckBox(tr("Open relay test"), this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("Chec&k server"), this))
    , m_status(new QLabel(this))
    , m_rows(new QTreeWidget(this))
{
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    // The labels have no Alt letters (the window's are taken), so name the fields for screen
    // readers here.
    m_host->setAccessibleName(tr("Server"));
    m_port->setAccessibleName(tr("Port"));
    m_ip->setAccessibleName(tr("Public address"));
    m_from->setAccessibleName(tr("Outside sender"));
    m_to->setAccessibleName(tr("Outside recipient"));
    m_rows->setAccessibleName(tr("Server checks"));
    m_host->setPlaceholderText(QStringLiteral("mail.example.com"));
    m_ip->setPlaceholderText(tr("optional, when it differs from what the name resolves to"));
    m_from->setPlaceholderText(QStringLiteral("test@example.org"));
    m_to->setPlaceholderText(QStringLiteral("test@example.net"));
    m_host->setAccessibleDescription(tr("The mail server to check, for example mail.example.com."));
    m_port->setAccessibleDescription(tr("The port to check, usually 25."));
    m_ip->setAccessibleDescription(
        tr("The server's public IP address, only when it differs from what the name resolves to."));
    m_relay->setAccessibleDescription(
        tr("Also tries to send from one outside address to another through the server."));
    m_from->setAccessibleDescription(
        tr("A sender address outside your domain, for example test@example.org."));
    m_to->setAccessibleDescription(
        tr("A recipient address outside your domain, for example test@example.net."));
    m_checkButton->setAccessibleDescription(
        tr("Checks the server as others see it: reverse DNS, blocklists and its greeting."));
    m_rows->setAccessibleDescription(tr("The results of the server check, one row each."));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_relay, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });

    auto *form = new QFormLayout;
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("Server:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("Public address:"), m_ip);
    // A short box text and the explanation beside it, wrapped: long translations fit narrow
    // windows.
    auto *relayRow = new QHBoxLayout;
    auto *relayNote
        = new QLabel(tr("Test whether it relays mail for anyone (no message is sent)"), this);
    relayNote->setWordWrap(true);
    relayNote->setBuddy(m_relay);
    relayRow->addWidget(m_relay);
    relayRow->addWidget(relayNote, 1);
    form->addRow(QString(), relayRow);
    form->addRow(tr("Outside sender:"), m_from);
    form->addRow(tr("Outside recipient:"), m_to);

    m_rows->setColumnCount(2);
    m_rows->setHeaderLabels({tr("Check"), tr("What was found")});
    m_rows->setRootIsDecorated(false);
    m_rows->setWordWrap(true);
    m_rows->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rows->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    m_checkButton->setObjectName(QStringLiteral("checkServer"));
    m_checkButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Server));
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_rows, 1);
    connect(m_checkButton, &QPushButton::clicked, this, &ServerPanel::check);
}

ServerPanel::~ServerPanel() = default;

void ServerPanel::setServer(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

QString ServerPanel::host() const
{
    return m_host->text();
}

quint16 ServerPanel::port() const
{
    return quint16(m_port->value());
}

void ServerPanel::setPublicAddress(const QString &address)
{
    m_ip->setText(address);
}

void ServerPanel::setRelayTest(bool on, const QString &from, const QString &to)
{
    m_relay->setChecked(on);
    m_from->setText(from);
    m_to->setText(to);
}

void ServerPanel::setResolver(DnsResolver *resolver)
{
    m_resolver = resolver;
}

void ServerPanel::setNote(const QString &text)
{
    m_status->setText(text);
}

void ServerPanel::check()
{
    ServerCheckRequest request;
    const QString problem = ServerCheck::checkHostName(m_host->text(), &request.host);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    request.port = quint16(m_port->value());
    if (!m_ip->text().trimmed().isEmpty()) {
        request.ip = QHostAddress(m_ip->text().trimmed());
        if (request.ip.isNull()) {
            m_status->setText(tr("\u201c%1\u201d is not an IP address.").arg(m_ip->text()));
            return;
        }
    }
    if (m_relay->isChecked()) {
        request.relayTest = true;
        request.mailFrom = m_from->text().trimmed();
        request.rcptTo = m_to->text().trimmed();
        if (!request.mailFrom.contains(QLatin1Char('@'))
            || !request.rcptTo.contains(QLatin1Char('@'))) {
            m_status->setText(tr("The relay test needs an outside sender and recipient, two "
                                 "addresses at domains this server does not receive mail for."));
            return;
        }
    }
    DnsResolver *resolver = m_resolver;
    if (!resolver) {
        if (!m_ownResolver)
            m_ownResolver = std::make_unique<UnboundDnsResolver>(DnsSettings {});
        resolver = m_ownResolver.get();
    }
    m_check = std::make_unique<ServerCheck>(resolver);
    connect(m_check.get(), &ServerCheck::finished, this, &ServerPanel::showResult);
    m_checkButton->setEnabled(false);
    m_rows->clear();
    m_status->setText(tr("Checking %1 \u2026").arg(request.host));
    m_check->start(request);
}

void ServerPanel::showResult(const ServerCheckResult &result)
{
    m_checkButton->setEnabled(true);
    m_rows->clear();
    for (const DomainCheckItem &item : result.checks) {
        QString text = item.summary;
        if (!item.fix.isEmpty() && item.status != DomainCheckItem::Status::Pass)
            text += QStringLiteral("\n") + tr("What to do: %1").arg(item.fix);
        auto *row = new QTreeWidgetItem(m_rows, {item.title, text});
        row->setIcon(0, SvgIcon::ownIcon(SvgIcon::statusName(item.status), palette()));
        row->setToolTip(0, item.id);
        row->setToolTip(1, text);
    }
    int failed = 0;
    for (const DomainCheckItem &item : result.checks) {
        if (item.status == DomainCheckItem::Status::Fail
            || item.status == DomainCheckItem::Status::Error)
            ++failed;
    }
    m_status->setText(failed == 0 ? tr("No problem found with %1.").arg(result.host)
                                  : tr("Checks that failed or could not be done: %1.").arg(failed));
    Q_EMIT finished(result);
}

} // namespace Sendcheck
