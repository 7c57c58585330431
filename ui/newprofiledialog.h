// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/discoveryoptions.h"
#include "discovery/discoveryresult.h"
#include "probe/probeoptions.h"
#include "profiles/profile.h"
#include "report/report.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Sendcheck {

class CredentialStore;
class Discovery;
class DnsResolver;
class OAuthPanel;
class PasswordField;
class PortProbe;
class ProfileStore;
class ProviderCatalog;

// "New profile from address…": type the address, watch discovery's sources fill in (core/
// discovery), then every server found, and the usual ports on each host found, tried at once
// without a password (core/probe; with progress, and a Stop button), each row saying what the
// probe found (a port no source lists gets a row, source "probe", once it works); the one that
// works is preselected (TLS on 465 before STARTTLS on 587; before the probe, or offline, the
// sources' pick). Type the password (saved to the keychain through the CredentialStore) or sign in
// with the preset's OAuth provider, and the profile is saved to the ProfileStore. Offline, nothing
// is tried.
class NewProfileDialog : public QDialog
{
    Q_OBJECT
public:
    NewProfileDialog(ProfileStore *profiles, CredentialStore *credentials,
                     const ProviderCatalog *catalog, QWidget *parent = nullptr);
    ~NewProfileDialog() override;

    // For tests and the screenshot: where discovery looks (default: the environment, see
    // DiscoveryOptions::fromEnvironment) and the resolver it asks (default: the system's,
    // through libunbound). The resolver is not owned.
    void setDiscoveryOptions(const DiscoveryOptions &options);
    void setResolver(DnsResolver *resolver) { m_externalResolver = resolver; }
    // How the probe step tries the servers (CA certificates to trust, time per attempt).
    void setProbeOptions(const ProbeOptions &options) { m_probeOptions = options; }
    // The ports the probe step also tries on every host found (port and security; default
    // DiscoveryResult::standardPorts(): 465, 587, 25, 2525). Tests set loopback ports here.
    void setProbePorts(const QList<ProbeCandidate> &ports) { m_probePorts = ports; }

    // Starts discovery for `address` (as the "Find settings" button does).
    void findSettings(const QString &address);
    // Saves the profile as the Save button does; false (and the reason shown) on failure.
    bool saveProfile();

    [[nodiscard]] const DiscoveryResult &result() const { return m_result; }
    [[nodiscard]] QTreeWidget *sourcesView() const { return m_sources; }
    [[nodiscard]] QTreeWidget *candidatesView() const { return m_candidates; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] PasswordField *passwordField() const { return m_password; }
    [[nodiscard]] QComboBox *signInChoice() const { return m_signIn; }
    [[nodiscard]] QString savedProfileId() const { return m_savedId; }
    [[nodiscard]] bool isFinished() const { return m_result.finished; }
    [[nodiscard]] bool isProbing() const;
    [[nodiscard]] QProgressBar *probeProgress() const { return m_progress; }
    [[nodiscard]] QPushButton *stopProbeButton() const { return m_stopProbe; }

    // Ends the probe step now (as Stop does): the servers tried so far keep their result.
    void stopProbe();

Q_SIGNALS:
    // Discovery is done; the probe step starts right after it (unless offline or nothing to
    // try), and probeFinished() follows.
    void discoveryFinished();
    void probeFinished();
    // Discovery and its probe as a report (kind "discovery"), to keep in the history; not for
    // a probe that was stopped.
    void reportReady(const Sendcheck::Report &report);
    void profileSaved(const QString &profileId);

public Q_SLOTS:
    void reject() override;

private:
    void onChanged();
    void startProbe();
    void onProbeFinished();
    void updateState();
    void fillSources();
    // Keeps the row picked unless `preferRecommended` (the probe found what works, and the
    // user has not picked a row).
    void fillCandidates(bool preferRecommended = false);
    void onCandidateChosen();
    void updateSignIn();
    void updateButtons();
    [[nodiscard]] const DiscoveryCandidate *chosenCandidate() const;
    [[nodiscard]] QString uniqueName(const QString &wanted) const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    const ProviderCatalog *m_catalog;
    DiscoveryOptions m_options;
    DnsResolver *m_externalResolver = nullptr;
    std::unique_ptr<DnsResolver> m_ownResolver;
    std::unique_ptr<Discovery> m_discovery;
    std::unique_ptr<PortProbe> m_probe;
    ProbeOptions m_probeOptions;
    QList<ProbeCandidate> m_probePorts = DiscoveryResult::standardPorts();
    DiscoveryResult m_result;
    bool m_probeStopped = false;
    bool m_userPicked = false; // a row was picked by hand since the last Find
    Profile m_profile; // the one being made; its id keys the keychain entry
    QString m_savedId;

    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QCheckBox *m_offline = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_sources = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QLabel *m_candidateNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stopProbe = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_userName = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_signIn = nullptr;
    PasswordField *m_password = nullptr;
    OAuthPanel *m_oauth = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sendcheck
