// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/domaincheckresult.h"
#include "profiles/profile.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sendcheck {

class DnsResolver;
class DomainCheck;
class PolicyFetcher;
class ProviderCatalog;
class ReportActions;
struct SpfNode;

// The Domain tab: will mail from this domain be trusted? The domain comes from the current
// profile's From address (editable); Check runs the real DomainCheck asynchronously through the
// system's nameservers (or a resolver set by a test or the screenshot scene) and shows each check
// with a status icon, what was found and what to do, the records to publish with a Copy button
// each, the SPF include tree, and "Copy for ticket" / "Save report…" for the check's report.
// Under the MX row each MX host has a "Check this server" button (checkServerRequested()).
class DomainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DomainPanel(const ProviderCatalog *catalog, QWidget *parent = nullptr);
    ~DomainPanel() override;

    // Takes the From domain (unless the user typed another), the provider and its region.
    void setProfile(const Profile &profile);
    // Not owned; nullptr: the system's nameservers (libunbound).
    void setResolver(DnsResolver *resolver);
    // Where MTA-STS policies come from (not owned); nullptr: over HTTPS from the web.
    void setPolicyFetcher(PolicyFetcher *fetcher) { m_fetcher = fetcher; }
    void setDomain(const QString &domain);
    [[nodiscard]] QString domain() const;

    // Starts a check of the domain in the field; a bad name is refused with a message.
    void check();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const std::optional<DomainCheckResult> &result() const { return m_result; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] ReportActions *reportActions() const { return m_report; }
    [[nodiscard]] QTreeWidget *checksView() const { return m_checks; }
    [[nodiscard]] QTreeWidget *publishView() const { return m_publish; }
    [[nodiscard]] QTreeWidget *spfTreeView() const { return m_spfTree; }

Q_SIGNALS:
    void finished();
    // "Check this server" beside an MX host: the window opens the Server tab for it.
    void checkServerRequested(const QString &host);
    void notice(const QString &text);

private:
    void showResult(const DomainCheckResult &result);
    void setMessage(const QString &text, bool error);
    void addSpfNode(const SpfNode &node, QTreeWidgetItem *parent);
    void addMxHosts(const DomainCheckResult &result, QTreeWidgetItem *mxRow);
    // Under dane.match: one row per MX host whose certificate was compared.
    void addDaneHosts(const DomainCheckResult &result, QTreeWidgetItem *matchRow);

    const ProviderCatalog *m_catalog;
    DnsResolver *m_resolver = nullptr;
    PolicyFetcher *m_fetcher = nullptr;
    std::unique_ptr<DnsResolver> m_ownResolver;
    std::unique_ptr<DomainCheck> m_check;
    std::optional<DomainCheckResult> m_result;
    Profile m_profile;
    bool m_userEdited = false;
    bool m_running = false;

    QLineEdit *m_domain = nullptr;
    QPushButton *m_checkButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_checks = nullptr;
    QTreeWidget *m_publish = nullptr;
    QTreeWidget *m_spfTree = nullptr;
    ReportActions *m_report = nullptr;
};

} // namespace Sendcheck
