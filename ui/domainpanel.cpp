// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainpanel.h"

#include "palettecolors.h"
#include "reportactions.h"
#include "svgicon.h"

#include "dns/unbounddnsresolver.h"
#include "domain/domaincheck.h"
#include "domain/domainreport.h"
#include "providers/providercatalog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {

QIcon statusIcon(DomainCheckItem::Status status, const QPalette &palette)
{
    return SvgIcon::ownIcon(SvgIcon::statusName(status), palette);
}

QString statusText(DomainCheckItem::Status status)
{
    using Status = DomainCheckItem::Status;
    switch (status) {
    case Status::Pass:
        return DomainPanel::tr("passed");
    case Status::Warn:
        return DomainPanel::tr("warning");
    case Status::Fail:
        return DomainPanel::tr("failed");
    case Status::Error:
        return DomainPanel::tr("could not check");
    case Status::Info:
        break;
    }
    return DomainPanel::tr("information");
}

} // namespace

DomainPanel::DomainPanel(const ProviderCatalog *catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Domain:"), this);
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domainInput"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setAccessibleName(tr("Domain to check"));
    m_domain->setAccessibleDescription(tr("The domain you send from, for example example.com."));
    label->setBuddy(m_domain);
    m_checkButton = new QPushButton(tr("Check domain"), this);
    m_checkButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Domain));
    m_checkButton->setObjectName(QStringLiteral("checkDomain"));
    m_checkButton->setToolTip(tr("Looks up SPF, DKIM, DMARC and MX the way receivers do."));
    m_checkButton->setAccessibleDescription(m_checkButton->toolTip());
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Checking"));
    m_progress->hide();
    row->addWidget(label);
    row->addWidget(m_domain, 1);
    row->addWidget(m_checkButton);
    row->addWidget(m_progress);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("domainMessage"));
    m_message->setAccessibleName(tr("Domain check status"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_checks = new QTreeWidget(split);
    m_checks->setObjectName(QStringLiteral("domainChecks"));
    m_checks->setAccessibleName(tr("Domain checks"));
    m_checks->setAccessibleDescription(
        tr("The result of each check of the domain, with what to fix."));
    m_checks->setHeaderLabels({tr("Check"), tr("What was found")});
    m_checks->setWordWrap(true);
    m_checks->setAlternatingRowColors(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_publish = new QTreeWidget(split);
    m_publish->setObjectName(QStringLiteral("domainPublish"));
    m_publish->setAccessibleName(tr("Records to publish"));
    m_publish->setAccessibleDescription(tr("The DNS records to publish for this domain."));
    m_publish->setHeaderLabels({tr("Records to publish"), QString()});
    m_publish->setWordWrap(true);
    m_publish->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_publish->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_publish->header()->setStretchLastSection(false);
    m_spfTree = new QTreeWidget(split);
    m_spfTree->setObjectName(QStringLiteral("spfTree"));
    m_spfTree->setAccessibleName(tr("SPF include tree"));
    m_spfTree->setAccessibleDescription(
        tr("The SPF record and every record it includes, with the DNS lookups they cost."));
    m_spfTree->setHeaderLabels({tr("SPF include tree"), tr("Lookups"), tr("Record")});
    split->addWidget(m_checks);
    split->addWidget(m_publish);
    split->addWidget(m_spfTree);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    layout->addWidget(split, 1);
    m_report = new ReportActions(this);
    m_report->setObjectName(QStringLiteral("domainReport"));
    layout->addWidget(m_report);

    connect(m_domain, &QLineEdit::textEdited, this, [this] { m_userEdited = true; });
    connect(m_domain, &QLineEdit::returnPressed, this, &DomainPanel::check);
    connect(m_checkButton, &QPushButton::clicked, this, &DomainPanel::check);
    connect(m_report, &ReportActions::notice, this, &DomainPanel::notice);
    setMessage(tr("Checks what receivers check about the domain you send from: SPF, DKIM, "
                  "DMARC and MX, and what your provider asks you to publish."),
               false);
}

DomainPanel::~DomainPanel() = default;

void DomainPanel::setProfile(const Profile &profile)
{
    m_profile = profile;
    if (m_userEdited)
        return;
    const QString from = profile.from.trimmed();
    const qsizetype at = from.lastIndexOf(QLatin1Char('@'));
    QString domain = at < 0 ? QString() : from.mid(at + 1);
    if (domain.endsWith(QLatin1Char('>')))
        domain.chop(1);
    m_domain->setText(domain);
}

void DomainPanel::setResolver(DnsResolver *resolver)
{
    m_resolver = resolver;
}

void DomainPanel::setDomain(const QString &domain)
{
    m_domain->setText(domain);
    m_userEdited = true;
}

QString DomainPanel::domain() const
{
    return m_domain->text();
}

QString DomainPanel::message() const
{
    return m_message->text();
}

void DomainPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? PaletteColors::accent(palette, PaletteColors::Red)
                           : QWidget::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void DomainPanel::check()
{
    if (m_running)
        return;
    DomainCheckRequest request;
    const QString problem = DomainCheck::checkDomainName(m_domain->text(), &request.domain);
    if (!problem.isEmpty()) {
        setMessage(problem, true);
        return;
    }
    if (const Provider *provider = m_catalog ? m_catalog->find(m_profile.presetId) : nullptr) {
        if (provider->domainDns) {
            request.provider = *provider;
            if (const Provider::Host *host = provider->findHost(m_profile.host)) {
                // A FIPS endpoint ("us-east-1-fips") is in its region.
                request.region = host->id;
                if (request.region.endsWith(QLatin1String("-fips")))
                    request.region.chop(5);
            }
        }
    }
    if (!m_resolver) {
        if (!m_ownResolver) {
            auto resolver = std::make_unique<UnboundDnsResolver>(DnsSettings {});
            if (!resolver->setupError().isEmpty()) {
                setMessage(tr("DNS lookups cannot start: %1").arg(resolver->setupError()), true);
                return;
            }
            m_ownResolver = std::move(resolver);
        }
        m_resolver = m_ownResolver.get();
    }
    m_check = std::make_unique<DomainCheck>(m_resolver);
    m_check->setPolicyFetcher(m_fetcher);
    connect(m_check.get(), &DomainCheck::finished, this,
            [this](const DomainCheckResult &result) { showResult(result); });
    m_running = true;
    m_checkButton->setEnabled(false);
    m_progress->show();
    setMessage(tr("Looking up the DNS records of %1…").arg(request.domain), false);
    m_check->start(request);
}

void DomainPanel::showResult(const DomainCheckResult &result)
{
    m_running = false;
    m_checkButton->setEnabled(true);
    m_progress->hide();
    m_result = result;

    m_checks->clear();
    QStringList unreachable;
    for (const DomainCheckItem &item : result.checks) {
        auto *row = new QTreeWidgetItem(m_checks, {item.title, item.summary});
        row->setIcon(0, statusIcon(item.status, palette()));
        row->setData(0, Qt::UserRole, item.id);
        row->setToolTip(0, QStringLiteral("%1 (%2)").arg(statusText(item.status), item.id));
        row->setToolTip(1, item.summary);
        if (!item.fix.isEmpty() && item.status != DomainCheckItem::Status::Pass) {
            auto *fix = new QTreeWidgetItem(row, {tr("What to do"), item.fix});
            fix->setToolTip(1, item.fix);
            row->setExpanded(true);
        }
        if (item.status == DomainCheckItem::Status::Error)
            unreachable << item.summary;
        if (item.id == QLatin1String("mx.records"))
            addMxHosts(result, row);
        if (item.id == QLatin1String("dane.match"))
            addDaneHosts(result, row);
    }

    m_publish->clear();
    for (const PublishRecord &record : result.publish) {
        auto *row = new QTreeWidgetItem(m_publish, {record.zoneLine()});
        row->setData(0, Qt::UserRole, record.zoneLine());
        row->setToolTip(0, record.why);
        auto *why = new QTreeWidgetItem(row, {record.why});
        why->setFlags(Qt::ItemIsEnabled);
        row->setExpanded(true);
        auto *copy = new QPushButton(tr("Copy"), m_publish);
        copy->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Copy));
        copy->setObjectName(QStringLiteral("copyRecord"));
        copy->setAccessibleName(tr("Copy %1").arg(record.name));
        copy->setToolTip(tr("Copies the record, in zone-file form, to the clipboard."));
        copy->setAccessibleDescription(copy->toolTip());
        const QString line = record.zoneLine();
        connect(copy, &QPushButton::clicked, this, [this, line] {
            QGuiApplication::clipboard()->setText(line);
            Q_EMIT notice(tr("Copied: %1").arg(line));
        });
        m_publish->setItemWidget(row, 1, copy);
    }
    if (result.publish.isEmpty())
        new QTreeWidgetItem(m_publish, {tr("Nothing to publish.")});

    m_spfTree->clear();
    if (!result.spf.tree.record.isEmpty() || !result.spf.tree.children.isEmpty()) {
        addSpfNode(result.spf.tree, nullptr);
        m_spfTree->expandAll();
        m_spfTree->resizeColumnToContents(0);
    }

    Profile profile;
    profile.presetId = m_profile.presetId;
    m_report->setReport(DomainReport::make(result, profile));

    if (!unreachable.isEmpty())
        setMessage(tr("Some records could not be read, so parts of the check are missing: %1 "
                      "Check your network or nameserver and try again.")
                       .arg(unreachable.first()),
                   true);
    else
        setMessage(DomainReport::make(result, profile).verdict, false);
    Q_EMIT finished();
}

void DomainPanel::addMxHosts(const DomainCheckResult &result, QTreeWidgetItem *mxRow)
{
    for (const MxRecords::Host &host : result.mx.hosts) {
        if (host.ipLiteral)
            continue;
        auto *row = new QTreeWidgetItem(mxRow, {tr("MX %1").arg(host.preference)});
        row->setData(0, Qt::UserRole, host.host);
        auto *cell = new QWidget(m_checks);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(host.host, cell);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *button = new QPushButton(tr("Check this server"), cell);
        button->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Server));
        button->setObjectName(QStringLiteral("checkMxServer"));
        button->setAccessibleName(tr("Check the server %1").arg(host.host));
        button->setToolTip(tr("Opens the Server tab for %1: reverse DNS, blocklists and its "
                              "greeting.")
                               .arg(host.host));
        button->setAccessibleDescription(button->toolTip());
        cellLayout->addWidget(name);
        cellLayout->addWidget(button);
        cellLayout->addStretch(1);
        const QString target = host.host;
        connect(button, &QPushButton::clicked, this,
                [this, target] { Q_EMIT checkServerRequested(target); });
        m_checks->setItemWidget(row, 1, cell);
    }
    if (mxRow->childCount() > 0)
        mxRow->setExpanded(true);
}

void DomainPanel::addDaneHosts(const DomainCheckResult &result, QTreeWidgetItem *matchRow)
{
    using Match = DomainCheckResult::DaneHost::CertificateMatch;
    using Status = DomainCheckItem::Status;
    for (const DomainCheckResult::DaneHost &host : result.dane) {
        const Match &match = host.match;
        QString text;
        Status status = Status::Info;
        switch (match.result) {
        case Match::Result::NotTried:
            continue;
        case Match::Result::Match:
            text = tr("Certificate matches %1").arg(match.record);
            status = Status::Pass;
            break;
        case Match::Result::NoMatch:
            text = tr("Certificate does not match the TLSA records (SHA-256 %1)").arg(match.sha256);
            status = Status::Fail;
            break;
        case Match::Result::NoStartTls:
            text = tr("No STARTTLS offered");
            status = Status::Fail;
            break;
        case Match::Result::TlsFailed:
            text = tr("TLS handshake failed: %1").arg(match.detail);
            status = Status::Fail;
            break;
        case Match::Result::Unreachable:
            text = match.address.isNull()
                ? tr("Not compared: %1").arg(match.detail) // no address
                : tr("Not compared: port %1 not reachable from here").arg(match.port);
            break;
        case Match::Result::Error:
            text = tr("Not compared: %1").arg(match.detail);
            break;
        }
        auto *row = new QTreeWidgetItem(matchRow, {host.host, text});
        row->setIcon(0, statusIcon(status, palette()));
        row->setData(0, Qt::UserRole, host.host);
        const QString where = match.address.isNull()
            ? QString::number(match.port)
            : tr("%1 port %2").arg(match.address.toString()).arg(match.port);
        row->setToolTip(0, where);
        row->setToolTip(1, match.detail.isEmpty() ? text : text + QLatin1Char('\n') + match.detail);
    }
    if (matchRow->childCount() > 0)
        matchRow->setExpanded(true);
}

void DomainPanel::addSpfNode(const SpfNode &node, QTreeWidgetItem *parent)
{
    const QString name = node.via.isEmpty() ? node.domain : node.via;
    const QStringList columns {name, QString::number(node.lookups),
                               node.record.isEmpty() ? node.error : node.record};
    auto *item
        = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_spfTree, columns);
    item->setToolTip(2, columns.at(2));
    for (const SpfNode &child : node.children)
        addSpfNode(child, item);
}

} // namespace Sendcheck
